package io.canale.portal.opportunity;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;
import java.util.List;

/** Count and totals (one per currency) of one stage over everything the reader sees. */
@SchemaType
record PipelineStageTotal(String stage, int count, List<Money> totals) {
}

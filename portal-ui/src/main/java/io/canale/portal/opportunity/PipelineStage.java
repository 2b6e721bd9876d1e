package io.canale.portal.opportunity;

import io.canale.portal.api.SchemaType;

/** A stage of the sales pipeline; the last one is "lost", which needs a reason. */
@SchemaType
record PipelineStage(String key, int position, boolean closed, boolean needsReason) {
}

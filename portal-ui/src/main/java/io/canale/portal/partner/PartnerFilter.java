package io.canale.portal.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.SchemaType;

/** The API's {@code PartnerFilter}, as the grid's filters set it; blank or unset parts do not narrow the list. */
@SchemaType
@JsonInclude(JsonInclude.Include.NON_NULL)
record PartnerFilter(String nameContains, PartnerType type, Boolean active) {

    PartnerFilter {
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }
}

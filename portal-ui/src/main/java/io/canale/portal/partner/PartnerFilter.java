package io.canale.portal.partner;

import io.canale.portal.api.PartnerType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The grid's filter; null or blank parts do not narrow the list. */
record PartnerFilter(String nameContains, PartnerType type, Boolean active) {

    static final PartnerFilter NONE = new PartnerFilter(null, null, null);

    /** The API's {@code PartnerFilter} input, without the parts that are not set. */
    Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (nameContains != null && !nameContains.isBlank()) {
            input.put("nameContains", nameContains.trim());
        }
        if (type != null) {
            input.put("type", type.name());
        }
        if (active != null) {
            input.put("active", active);
        }
        return input;
    }
}

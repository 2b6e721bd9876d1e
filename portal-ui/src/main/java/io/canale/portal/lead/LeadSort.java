package io.canale.portal.lead;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the lead list by a main column; a grid header asks for one (see LeadsView). */
@SchemaType
enum LeadSort {
    NAME_ASC, NAME_DESC, COMPANY_ASC, COMPANY_DESC, STATUS_ASC, STATUS_DESC;

    /** The sort of a grid column ({@code NAME}, {@code COMPANY} or {@code STATUS}) in a direction. */
    static LeadSort of(String column, boolean ascending) {
        return valueOf(column + (ascending ? "_ASC" : "_DESC"));
    }

    String column() {
        return name().substring(0, name().lastIndexOf('_'));
    }

    boolean ascending() {
        return name().endsWith("_ASC");
    }
}

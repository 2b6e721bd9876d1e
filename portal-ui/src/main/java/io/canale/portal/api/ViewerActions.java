package io.canale.portal.api;

import java.io.Serializable;
import java.util.List;

/** What the signed-in caller may start, apart from any one record ({@code viewer.viewerCan}), as the API decided. */
@SchemaType
public record ViewerActions(boolean createLead, boolean importLeads, boolean manageRoutingRules, boolean registerDeal,
        boolean submitOrder, boolean createProduct, boolean publishPriceList, boolean publishStock,
        boolean createPartner, boolean seeOtherPartners, boolean openServiceCase, List<String> grantableClientScopes,
        boolean manageWebhooksOfAnyPartner) implements Serializable {

    /** Nothing allowed: what a view assumes when the API could not be asked. */
    public static final ViewerActions NONE = new ViewerActions(false, false, false, false, false, false, false, false,
            false, false, false, List.of(), false);
}

package io.canale.portal.search;

import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import io.canale.portal.api.SchemaType;
import io.canale.portal.catalog.Product;
import io.canale.portal.lead.Lead;
import io.canale.portal.opportunity.Opportunity;
import io.canale.portal.order.Order;

/** What a search found: the first page of each kind the reader may see (a kind it cannot read is empty). */
@SchemaType
record SearchResults(String text, Connection<Lead> leads, Connection<Opportunity> opportunities, Connection<Order> orders,
        Connection<Partner> partners, Connection<Product> products) {

    boolean nothingFound() {
        return leads.edges().isEmpty() && opportunities.edges().isEmpty() && orders.edges().isEmpty()
                && partners.edges().isEmpty() && products.edges().isEmpty();
    }
}

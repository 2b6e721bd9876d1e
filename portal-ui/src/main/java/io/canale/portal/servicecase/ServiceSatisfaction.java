package io.canale.portal.servicecase;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * Satisfaction figures over a period: the average score (1 to 5, null without answers), how many answers, and the
 * trend per calendar month, oldest first. {@code partnerId} is null for everybody's figures (staff).
 */
@SchemaType
record ServiceSatisfaction(String partnerId, int months, Double average, int count, List<Month> trend) {

    /** The answers of one calendar month, e.g. 2026-12. */
    @SchemaType("SatisfactionMonth")
    record Month(String month, Double average, int count) {
    }

    /** One dealer's or supplier's figures. */
    @SchemaType("PartnerSatisfaction")
    record OfPartner(PartnerRef partner, int months, Double average, int count, List<Month> trend) {
    }

    /** The answer of the view's document: the figures in all and per partner. */
    record Figures(ServiceSatisfaction serviceSatisfaction, List<OfPartner> serviceSatisfactionByPartner) {
    }
}

package io.canale.routing;

import io.canale.lead.LeadDetails;
import io.canale.partner.Partner;
import io.canale.partner.PartnerTier;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.List;

/**
 * One routing rule: which leads it applies to (country, region, postal-code prefix, product line) and which
 * dealers it may pick (tier, capacity). Empty lists mean "any".
 */
record RoutingRule(String id, String name, List<String> countries, List<String> regions,
        List<String> postalCodePrefixes, List<String> productLines, List<PartnerTier> dealerTiers,
        Integer maxOpenLeadsPerDealer) {

    RoutingRule {
        name = name == null ? null : name.strip();
        countries = clean(countries);
        regions = clean(regions);
        postalCodePrefixes = clean(postalCodePrefixes);
        productLines = clean(productLines);
        dealerTiers = dealerTiers == null ? List.of() : List.copyOf(dealerTiers);
    }

    RoutingRule withId(String newId) {
        return new RoutingRule(newId, name, countries, regions, postalCodePrefixes, productLines, dealerTiers,
                maxOpenLeadsPerDealer);
    }

    void validate(UserErrors errors, String path) {
        errors.requireText(path + ".name", name, 80);
        if (maxOpenLeadsPerDealer != null && maxOpenLeadsPerDealer < 1) {
            errors.add(path + ".maxOpenLeadsPerDealer", UserErrorCode.INVALID, "must be at least 1");
        }
        for (List<String> values : List.of(regions, postalCodePrefixes, productLines)) {
            if (values.size() > 200) {
                errors.add(path, UserErrorCode.TOO_MANY, "at most 200 values per list");
            }
        }
    }

    /** Whether the rule applies to a lead. */
    boolean appliesTo(LeadDetails lead) {
        LeadDetails.Address address = lead.address();
        return (countries.isEmpty() || countries.contains(address.country()))
                && (regions.isEmpty() || containsIgnoringCase(regions, address.region()))
                && (postalCodePrefixes.isEmpty() || (address.postalCode() != null
                        && postalCodePrefixes.stream().anyMatch(address.postalCode()::startsWith)))
                && (productLines.isEmpty() || containsIgnoringCase(productLines, lead.productLine()));
    }

    /** Whether a dealer may get the lead under this rule: it covers the lead's place and has the tier. */
    boolean admits(Partner dealer, LeadDetails lead) {
        var territory = dealer.territory();
        var address = lead.address();
        boolean coversCountry = territory.countries().contains(address.country());
        boolean coversRegion = territory.regions().isEmpty() || containsIgnoringCase(territory.regions(), address.region());
        return coversCountry && coversRegion && (dealerTiers.isEmpty() || dealerTiers.contains(dealer.tier()));
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        return value != null && values.stream().anyMatch(candidate -> candidate.equalsIgnoreCase(value.strip()));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    String describe() {
        return "'" + name + "'";
    }

}

package io.canale.routing;

import io.canale.lead.LeadDetails;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.partner.PartnerTier;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which leads a rule applies to, as a table: rule settings × lead place and product line. */
class RoutingRuleTests {

    @ParameterizedTest(name = "rule[{0} | {1} | {2} | {3}] × lead[{4} {5} {6} {7}] → {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            IT    | -                  | -     | -       | IT | Lombardia | 20121 | Furgoni | true
            IT    | -                  | -     | -       | CH | Ticino    | 6900  | Furgoni | false
            -     | lombardia;piemonte | -     | -       | IT | Lombardia | 20121 | -       | true
            -     | Piemonte           | -     | -       | IT | Lombardia | 20121 | -       | false
            -     | Piemonte           | -     | -       | IT | -         | 20121 | -       | false
            IT    | -                  | 20;21 | -       | IT | Lombardia | 20121 | -       | true
            IT    | -                  | 20;21 | -       | IT | Lombardia | 30121 | -       | false
            IT    | -                  | 20    | -       | IT | Lombardia | -     | -       | false
            -     | -                  | -     | furgoni | IT | -         | -     | Furgoni | true
            -     | -                  | -     | Moto    | IT | -         | -     | Furgoni | false
            -     | -                  | -     | Moto    | IT | -         | -     | -       | false
            -     | -                  | -     | -       | FR | -         | -     | -       | true
            """)
    void a_rule_applies_to_leads_in_its_countries_regions_postal_prefixes_and_product_lines(String countries, String regions, String prefixes, String lines, String country, String region,
            String postalCode, String productLine, boolean expected) {
        RoutingRule rule = new RoutingRule("r", "R", list(countries), list(regions), list(prefixes), list(lines), List.of(), null);
        LeadDetails lead = new LeadDetails(new LeadDetails.Contact("N", "n@x.demo", null), null,
                new LeadDetails.Address(country, region, postalCode), productLine, null);
        assertThat(rule.appliesTo(lead)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "tiers {0}, dealer {1} {2}/{3} × lead {4}/{5} → {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -         | GOLD   | IT    | Lombardia | IT | Lombardia | true
            -         | GOLD   | IT    | -         | IT | Sicilia   | true
            -         | GOLD   | IT    | Lombardia | IT | Sicilia   | false
            -         | GOLD   | CH    | -         | IT | Sicilia   | false
            GOLD;PLATINUM | SILVER | IT | -       | IT | Sicilia   | false
            GOLD;PLATINUM | GOLD   | IT | -       | IT | Sicilia   | true
            """)
    void a_rule_admits_dealers_of_its_tiers_whose_territory_covers_the_lead(String tiers, String tier, String dealerCountry, String dealerRegion, String country, String region,
            boolean expected) {
        RoutingRule rule = new RoutingRule("r", "R", List.of(), List.of(), List.of(), List.of(),
                list(tiers).stream().map(PartnerTier::valueOf).toList(), null);
        var dealer = io.canale.partner.PartnerFixtures.dealer("d", PartnerTier.valueOf(tier), dealerCountry, dealerRegion);
        LeadDetails lead = new LeadDetails(new LeadDetails.Contact("N", "n@x.demo", null), null,
                new LeadDetails.Address(country, region, null), null, null);
        assertThat(rule.admits(dealer, lead)).isEqualTo(expected);
    }

    private static List<String> list(String values) {
        return values == null ? List.of() : List.of(values.split(";"));
    }
}

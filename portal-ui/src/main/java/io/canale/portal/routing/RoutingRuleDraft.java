package io.canale.portal.routing;

import io.canale.portal.CommaLists;
import io.canale.portal.api.PartnerTier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A routing rule being created or changed: the Binder's bean and the source of the API's
 * {@code RoutingRuleInput}. Regions, postal-code prefixes and product lines are edited as comma-separated
 * texts.
 */
class RoutingRuleDraft {

    private String id;
    private String name = "";
    private Set<String> countries = new LinkedHashSet<>();
    private String regions = "";
    private String postalCodePrefixes = "";
    private String productLines = "";
    private Set<PartnerTier> dealerTiers = new LinkedHashSet<>();
    private Integer maxOpenLeadsPerDealer;

    static RoutingRuleDraft blank() {
        RoutingRuleDraft draft = new RoutingRuleDraft();
        draft.countries.add("IT");
        return draft;
    }

    static RoutingRuleDraft of(RoutingRuleList.Rule rule) {
        RoutingRuleDraft draft = new RoutingRuleDraft();
        draft.id = rule.id();
        draft.name = rule.name();
        draft.countries = new LinkedHashSet<>(rule.countries());
        draft.regions = CommaLists.join(rule.regions());
        draft.postalCodePrefixes = CommaLists.join(rule.postalCodePrefixes());
        draft.productLines = CommaLists.join(rule.productLines());
        draft.dealerTiers = new LinkedHashSet<>(rule.dealerTiers());
        draft.maxOpenLeadsPerDealer = rule.maxOpenLeadsPerDealer();
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    /** The API's {@code RoutingRuleInput}; no capacity limit is left out. */
    Map<String, Object> ruleInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name.trim());
        input.put("countries", List.copyOf(countries));
        input.put("regions", CommaLists.split(regions));
        input.put("postalCodePrefixes", CommaLists.split(postalCodePrefixes));
        input.put("productLines", CommaLists.split(productLines));
        input.put("dealerTiers", dealerTiers.stream().map(PartnerTier::name).toList());
        if (maxOpenLeadsPerDealer != null) {
            input.put("maxOpenLeadsPerDealer", maxOpenLeadsPerDealer);
        }
        return input;
    }

    String getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name == null ? "" : name;
    }

    Set<String> getCountries() {
        return countries;
    }

    void setCountries(Set<String> countries) {
        this.countries = new LinkedHashSet<>(countries);
    }

    String getRegions() {
        return regions;
    }

    void setRegions(String regions) {
        this.regions = regions == null ? "" : regions;
    }

    String getPostalCodePrefixes() {
        return postalCodePrefixes;
    }

    void setPostalCodePrefixes(String postalCodePrefixes) {
        this.postalCodePrefixes = postalCodePrefixes == null ? "" : postalCodePrefixes;
    }

    String getProductLines() {
        return productLines;
    }

    void setProductLines(String productLines) {
        this.productLines = productLines == null ? "" : productLines;
    }

    Set<PartnerTier> getDealerTiers() {
        return dealerTiers;
    }

    void setDealerTiers(Set<PartnerTier> dealerTiers) {
        this.dealerTiers = new LinkedHashSet<>(dealerTiers);
    }

    Integer getMaxOpenLeadsPerDealer() {
        return maxOpenLeadsPerDealer;
    }

    void setMaxOpenLeadsPerDealer(Integer maxOpenLeadsPerDealer) {
        this.maxOpenLeadsPerDealer = maxOpenLeadsPerDealer;
    }
}

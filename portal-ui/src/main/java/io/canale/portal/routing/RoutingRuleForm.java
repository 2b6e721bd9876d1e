package io.canale.portal.routing;

import io.canale.portal.CommaLists;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.routing.RoutingRuleApi.RoutingRuleInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A routing rule being created or changed: the Binder's bean and the source of the API's
 * {@code RoutingRuleInput}. Regions, postal-code prefixes and product lines are edited as comma-separated
 * texts.
 */
class RoutingRuleForm {

    private String id;
    private String name = "";
    private Set<String> countries = new LinkedHashSet<>();
    private String regions = "";
    private String postalCodePrefixes = "";
    private String productLines = "";
    private Set<PartnerTier> dealerTiers = new LinkedHashSet<>();
    private Integer maxOpenLeadsPerDealer;

    static RoutingRuleForm blank() {
        RoutingRuleForm form = new RoutingRuleForm();
        form.countries.add("IT");
        return form;
    }

    static RoutingRuleForm of(RoutingRuleList.Rule rule) {
        RoutingRuleForm form = new RoutingRuleForm();
        form.id = rule.id();
        form.name = rule.name();
        form.countries = new LinkedHashSet<>(rule.countries());
        form.regions = CommaLists.join(rule.regions());
        form.postalCodePrefixes = CommaLists.join(rule.postalCodePrefixes());
        form.productLines = CommaLists.join(rule.productLines());
        form.dealerTiers = new LinkedHashSet<>(rule.dealerTiers());
        form.maxOpenLeadsPerDealer = rule.maxOpenLeadsPerDealer();
        return form;
    }

    boolean isNew() {
        return id == null;
    }

    /** The API's {@code RoutingRuleInput}. */
    RoutingRuleInput ruleInput() {
        return new RoutingRuleInput(name.trim(), List.copyOf(countries), CommaLists.split(regions),
                CommaLists.split(postalCodePrefixes), CommaLists.split(productLines), List.copyOf(dealerTiers),
                maxOpenLeadsPerDealer);
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

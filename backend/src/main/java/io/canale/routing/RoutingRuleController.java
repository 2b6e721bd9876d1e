package io.canale.routing;

import io.canale.partner.PartnerTier;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Actor;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import io.canale.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Staff read and edit the ordered routing rules, always as a whole versioned list. */
@Controller
class RoutingRuleController {

    record RoutingRuleInput(String name, List<String> countries, List<String> regions, List<String> postalCodePrefixes,
            List<String> productLines, List<PartnerTier> dealerTiers, Integer maxOpenLeadsPerDealer) {

        RoutingRule rule() {
            return new RoutingRule(null, name, countries, regions, postalCodePrefixes, productLines, dealerTiers,
                    maxOpenLeadsPerDealer);
        }
    }

    record CreateRoutingRuleInput(Integer expectedVersion, Integer position, RoutingRuleInput rule) {
    }

    record UpdateRoutingRuleInput(Integer expectedVersion, String id, RoutingRuleInput rule) {
    }

    record MoveRoutingRuleInput(Integer expectedVersion, String id, Integer position) {
    }

    record DeleteRoutingRuleInput(Integer expectedVersion, String id) {
    }

    record RoutingRuleView(String id, String name, int position, List<String> countries, List<String> regions,
            List<String> postalCodePrefixes, List<String> productLines, List<PartnerTier> dealerTiers,
            Integer maxOpenLeadsPerDealer) {
    }

    record RoutingRuleList(List<RoutingRuleView> rules, long version) {

        static RoutingRuleList of(RoutingRuleBook book) {
            List<RoutingRuleView> views = new ArrayList<>();
            List<RoutingRule> rules = book.rules();
            for (int i = 0; i < rules.size(); i++) {
                RoutingRule rule = rules.get(i);
                views.add(new RoutingRuleView(rule.id(), rule.name(), i + 1, rule.countries(), rule.regions(),
                        rule.postalCodePrefixes(), rule.productLines(), rule.dealerTiers(), rule.maxOpenLeadsPerDealer()));
            }
            return new RoutingRuleList(views, book.version());
        }
    }

    record RoutingRulesPayload(RoutingRuleList routingRules, List<UserError> userErrors) {
    }

    private final RoutingRules rules;
    private final AccessPolicy policy;
    private final Clock clock;

    RoutingRuleController(RoutingRules rules, AccessPolicy policy, Clock clock) {
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    @QueryMapping
    RoutingRuleList routingRules(Caller caller) {
        policy.readRoutingRules(caller).enforce();
        return RoutingRuleList.of(rules.current());
    }

    @MutationMapping
    RoutingRulesPayload createRoutingRule(@Argument CreateRoutingRuleInput input, Caller caller) {
        return change(caller, input.expectedVersion(), (book, by) -> book.add(input.rule().rule(), input.position(), by, clock.instant()));
    }

    @MutationMapping
    RoutingRulesPayload updateRoutingRule(@Argument UpdateRoutingRuleInput input, Caller caller) {
        return change(caller, input.expectedVersion(), (book, by) -> book.update(input.id(), input.rule().rule(), by, clock.instant()));
    }

    @MutationMapping
    RoutingRulesPayload moveRoutingRule(@Argument MoveRoutingRuleInput input, Caller caller) {
        return change(caller, input.expectedVersion(), (book, by) -> book.move(input.id(), input.position(), by, clock.instant()));
    }

    @MutationMapping
    RoutingRulesPayload deleteRoutingRule(@Argument DeleteRoutingRuleInput input, Caller caller) {
        return change(caller, input.expectedVersion(), (book, by) -> book.remove(input.id(), by, clock.instant()));
    }

    private RoutingRulesPayload change(Caller caller, Integer expectedVersion, BiConsumer<RoutingRuleBook, Actor> edit) {
        policy.manageRoutingRules(caller).enforce();
        return Payloads.run(() -> {
            RoutingRuleBook book = rules.current();
            Versions.expect(expectedVersion, book.version());
            edit.accept(book, caller.actor());
            return rules.save(book);
        }, book -> new RoutingRulesPayload(RoutingRuleList.of(book), List.of()),
                errors -> new RoutingRulesPayload(null, errors));
    }
}

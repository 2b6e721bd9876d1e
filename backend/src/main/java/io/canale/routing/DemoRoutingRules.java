package io.canale.routing;

import io.canale.shared.Actor;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo routing rules (demo profile only), written once, before the demo leads are routed by them. */
@Component
@Profile("demo")
@Order(2)
class DemoRoutingRules implements ApplicationRunner {

    private final RoutingRules rules;
    private final Clock clock;

    DemoRoutingRules(RoutingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        RoutingRuleBook book = rules.current();
        if (book.rules().isEmpty()) {
            book.add(new RoutingRule(null, "Nord-Ovest", List.of("IT"), List.of("Lombardia", "Piemonte", "Liguria"),
                    List.of(), List.of(), List.of(), 25), null, Actor.platform("seed"), clock.instant());
            book.add(new RoutingRule(null, "Italia", List.of("IT"), List.of(), List.of(), List.of(), List.of(), 50),
                    null, Actor.platform("seed"), clock.instant());
            rules.save(book);
        }
    }
}

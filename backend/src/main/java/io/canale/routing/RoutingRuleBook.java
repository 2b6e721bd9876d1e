package io.canale.routing;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ordered routing rules as one aggregate: adding, changing, moving and deleting rules is one atomic,
 * versioned update, so two staff members editing at once cannot interleave their changes.
 */
@Document("routing_rules")
class RoutingRuleBook {

    static final String DEFAULT = "default";
    static final int MAX_RULES = 100;

    @Id
    private String id;
    private List<RoutingRule> rules = new ArrayList<>();
    private Audit audit;
    @Version
    private Long version;

    protected RoutingRuleBook() {
    }

    static RoutingRuleBook empty(Instant at) {
        RoutingRuleBook book = new RoutingRuleBook();
        book.id = DEFAULT;
        book.audit = Audit.createdBy(Actor.SYSTEM, at);
        return book;
    }

    RoutingRule add(RoutingRule rule, Integer position, Actor by, Instant at) {
        check(rule, null);
        if (rules.size() >= MAX_RULES) {
            throw new InvalidInputException("input.rule", UserErrorCode.TOO_MANY, "at most " + MAX_RULES + " rules");
        }
        RoutingRule stored = rule.withId(Ids.next("rule"));
        rules.add(index(position, rules.size() + 1), stored);
        audit = audit.changedBy(by, at);
        return stored;
    }

    void update(String ruleId, RoutingRule rule, Actor by, Instant at) {
        int index = indexOf(ruleId);
        check(rule, ruleId);
        rules.set(index, rule.withId(ruleId));
        audit = audit.changedBy(by, at);
    }

    void move(String ruleId, int position, Actor by, Instant at) {
        RoutingRule rule = rules.remove(indexOf(ruleId));
        rules.add(index(position, rules.size() + 1), rule);
        audit = audit.changedBy(by, at);
    }

    void remove(String ruleId, Actor by, Instant at) {
        rules.remove(indexOf(ruleId));
        audit = audit.changedBy(by, at);
    }

    List<RoutingRule> rules() {
        return List.copyOf(rules);
    }

    Long version() {
        return version;
    }

    private void check(RoutingRule rule, String ownId) {
        UserErrors errors = new UserErrors();
        rule.validate(errors, "input.rule");
        if (rule.name() != null && rules.stream().anyMatch(other -> !other.id().equals(ownId)
                && other.name().equalsIgnoreCase(rule.name()))) {
            errors.add("input.rule.name", UserErrorCode.DUPLICATE, "another rule has this name");
        }
        errors.throwIfAny();
    }

    private int indexOf(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        throw new InvalidInputException("input.id", UserErrorCode.NOT_FOUND, "no rule with this id");
    }

    private static int index(Integer position, int max) {
        if (position == null) {
            return max - 1;
        }
        if (position < 1 || position > max) {
            throw new InvalidInputException("input.position", UserErrorCode.INVALID, "must be between 1 and " + max);
        }
        return position - 1;
    }
}

package io.canale.servicecase;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Service cases on the home: new cases waiting for staff to triage them (index {@code status_newest}) and cases
 * waiting on a partner (index {@code waiting_on_newest}), oldest first, each named by its subject.
 */
@Component
public class CaseWork {

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    CaseWork(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    public Todos toTriage(Caller caller) {
        policy.triagesCases(caller);
        return cases(Criteria.where("status").is(ServiceCase.Status.NEW));
    }

    public Todos waitingOn(Caller caller) {
        return cases(Criteria.where("waitingOnPartnerId").is(policy.casesAwaitFrom(caller)));
    }

    private Todos cases(Criteria criteria) {
        return Todos.matching(mongo, criteria, Sort.by("createdAt"), ServiceCase.class,
                serviceCase -> new TodoItem(serviceCase.id(), serviceCase.subject(), null));
    }
}

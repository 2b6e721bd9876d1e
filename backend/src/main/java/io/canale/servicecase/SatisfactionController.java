package io.canale.servicecase;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import java.time.Instant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Customer satisfaction over GraphQL: a case's survey as its reader may see it, and the figures per partner. */
@Controller
class SatisfactionController {

    record SurveyView(CaseSurvey.Status status, String sentTo, String link, Integer score, String comment, Instant issuedAt,
            Instant expiresAt, Instant answeredAt) {
    }

    private final CaseSurveys surveys;
    private final ServiceCases cases;
    private final AccessPolicy policy;

    SatisfactionController(CaseSurveys surveys, ServiceCases cases, AccessPolicy policy) {
        this.surveys = surveys;
        this.cases = cases;
        this.policy = policy;
    }

    @SchemaMapping(typeName = "ServiceCase")
    SurveyView survey(ServiceCase serviceCase, Caller caller) {
        CaseSurvey survey = serviceCase.survey();
        io.canale.security.Facts.ServiceCase facts = cases.facts(serviceCase);
        if (survey == null || !policy.seesCaseSurvey(caller, facts)) {
            return null;
        }
        return new SurveyView(survey.status(surveys.now()), survey.sentTo(), surveys.linkFor(caller, serviceCase, facts), survey.score(),
                survey.comment(), survey.issuedAt(), survey.expiresAt(), survey.answeredAt());
    }

    @QueryMapping
    CaseSurveys.Satisfaction serviceSatisfaction(@Argument String partnerId, @Argument Integer months, Caller caller) {
        return surveys.satisfaction(caller, partnerId, months);
    }
}

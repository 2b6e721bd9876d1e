package io.canale.servicecase;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
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
    private final PartnerDirectory partners;

    SatisfactionController(CaseSurveys surveys, ServiceCases cases, AccessPolicy policy, PartnerDirectory partners) {
        this.surveys = surveys;
        this.cases = cases;
        this.policy = policy;
        this.partners = partners;
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
    List<CaseSurveys.Satisfaction> serviceSatisfactionByPartner(@Argument Integer months, Caller caller) {
        return surveys.satisfactionByPartner(caller, months);
    }

    /** The partners of a list of figures, named in one query. */
    @BatchMapping(typeName = "PartnerSatisfaction", field = "partner")
    Map<CaseSurveys.Satisfaction, PartnerRef> partner(List<CaseSurveys.Satisfaction> figures) {
        return partners.refsOf(figures, CaseSurveys.Satisfaction::partnerId);
    }

    @QueryMapping
    CaseSurveys.Satisfaction serviceSatisfaction(@Argument String partnerId, @Argument Integer months, Caller caller) {
        return surveys.satisfaction(caller, partnerId, months);
    }
}

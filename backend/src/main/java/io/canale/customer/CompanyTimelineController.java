package io.canale.customer;

import io.canale.deal.DealRegistrations;
import io.canale.lead.Leads;
import io.canale.opportunity.Opportunities;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Acted;
import io.canale.shared.Actor;
import io.canale.shared.CompanyNames;
import io.canale.shared.InvalidInputException;
import io.canale.shared.TimelineRecord;
import io.canale.shared.UserErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code companyTimeline}: everything that happened with a company, newest first, as far as the reader may see. */
@Controller
class CompanyTimelineController {

    static final int MAX_ENTRIES = 200;

    /** An entry with its record; its {@code by} and {@code actor} show the actor as the policy decides (partner module). */
    record CompanyTimelineEntry(String recordType, String recordId, java.time.Instant at, Actor actor, String event,
            String summary) implements Acted {
    }

    private final Leads leads;
    private final Opportunities opportunities;
    private final DealRegistrations deals;
    private final AccessPolicy policy;
    private final io.canale.shared.graphql.TimelineTexts texts;

    CompanyTimelineController(Leads leads, Opportunities opportunities, DealRegistrations deals, AccessPolicy policy,
            io.canale.shared.graphql.TimelineTexts texts) {
        this.leads = leads;
        this.opportunities = opportunities;
        this.deals = deals;
        this.policy = policy;
        this.texts = texts;
    }

    @QueryMapping
    List<CompanyTimelineEntry> companyTimeline(@Argument String company, @Argument Integer last,
            graphql.schema.DataFetchingEnvironment env, Caller caller) {
        String key = CompanyNames.key(company);
        if (key == null) {
            throw new InvalidInputException("company", UserErrorCode.INVALID, "give a company name");
        }
        int limit = last == null ? 50 : last;
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw new InvalidInputException("last", UserErrorCode.INVALID, "must be between 1 and " + MAX_ENTRIES);
        }
        List<TimelineRecord> records = new ArrayList<>(leads.ofCompany(caller, key));
        records.addAll(opportunities.ofCompany(caller, key));
        records.addAll(deals.ofCompany(caller, key));
        return records.stream()
                .flatMap(record -> policy.timelineFor(caller, record.timeline()).stream()
                        .map(entry -> new CompanyTimelineEntry(record.recordType(), record.id(), entry.at(), entry.actor(),
                                entry.event(), texts.summaryOf(entry, env))))
                .sorted(Comparator.comparing(CompanyTimelineEntry::at).reversed())
                .limit(limit)
                .toList();
    }
}

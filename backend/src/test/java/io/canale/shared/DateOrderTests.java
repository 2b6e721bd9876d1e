package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lead, order and opportunity lists sorted by date both ways, for a party and for staff, with their filters. */
class DateOrderTests extends IntegrationTestBase {

    List<Instant> dates(String login, String field, String arguments) {
        JsonNode page = http.graphql(tokenFor(login), "{ " + field + "(first: 50" + arguments + ") { edges { node { audit { createdAt } } } } }")
                .at("/data/" + field + "/edges");
        return page.findValuesAsString("createdAt").stream().map(Instant::parse).toList();
    }

    void sortedBothWays(String login, String field, String filter) {
        List<Instant> newest = dates(login, field, filter);
        List<Instant> oldest = dates(login, field, filter + ", order: OLDEST_FIRST");
        assertThat(newest).as(login + " " + field + filter).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates(login, field, filter + ", order: NEWEST_FIRST")).isEqualTo(newest);
        assertThat(oldest).isSorted();
        assertThat(oldest.getFirst()).isBeforeOrEqualTo(newest.getFirst());
    }

    /** Staff see the demo data too, which spans months: the two orders start differently. */
    void startsDifferently(String field) {
        assertThat(dates("staff@canale.demo", field, ", order: OLDEST_FIRST").getFirst())
                .isBefore(dates("staff@canale.demo", field, "").getFirst());
    }

    @Test
    void for_staff_the_oldest_and_the_newest_differ() {
        startsDifferently("leads");
        startsDifferently("orders");
        startsDifferently("opportunities");
    }

    @Test
    void leads_sort_by_date_received_both_ways() {
        sortedBothWays("dealer@canale.demo", "leads", "");
        sortedBothWays("staff@canale.demo", "leads", "");
        sortedBothWays("staff@canale.demo", "leads", ", filter: {dealerId: \"ptn_rossi_auto\"}");
    }

    @Test
    void orders_sort_by_date_submitted_both_ways() {
        sortedBothWays("dealer@canale.demo", "orders", "");
        sortedBothWays("supplier@canale.demo", "orders", "");
        sortedBothWays("staff@canale.demo", "orders", "");
        sortedBothWays("staff@canale.demo", "orders", ", status: SUBMITTED");
    }

    @Test
    void opportunities_sort_by_date_created_both_ways() {
        sortedBothWays("dealer@canale.demo", "opportunities", "");
        sortedBothWays("staff@canale.demo", "opportunities", "");
        sortedBothWays("staff@canale.demo", "opportunities", ", dealerId: \"ptn_rossi_auto\"");
    }

    @Test
    void the_pages_of_the_oldest_first_order_follow_each_other() {
        String page = "query($a: String) { leads(first: 2, after: $a, order: OLDEST_FIRST) { edges { node { audit { createdAt } } } "
                + "pageInfo { endCursor } } }";
        JsonNode first = http.graphql(tokenFor("staff@canale.demo"), page, Map.of()).at("/data/leads");
        JsonNode second = http.graphql(tokenFor("staff@canale.demo"), page, Map.of("a", first.at("/pageInfo/endCursor").asString()))
                .at("/data/leads");
        Instant lastOfFirst = Instant.parse(first.at("/edges/1/node/audit/createdAt").asString());
        Instant firstOfSecond = Instant.parse(second.at("/edges/0/node/audit/createdAt").asString());
        assertThat(firstOfSecond).isAfterOrEqualTo(lastOfFirst);
    }
}

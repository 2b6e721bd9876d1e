package io.canale.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import io.canale.support.SentCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Start-up backfills: in pages, every record once, and not a single query of the collection once done. */
class BackfillsTests extends IntegrationTestBase {

    /** A record stored before it had a {@code key}. */
    @Document("backfill_probes")
    record Probe(@Id String id, String batch, String key) {
    }

    @Autowired
    Backfills backfills;
    @Autowired
    MongoOperations mongo;

    final String batch = UUID.randomUUID().toString();
    final List<Integer> pageSizes = new ArrayList<>();

    Function<List<Probe>, Function<Probe, Update>> keys() {
        return page -> {
            pageSizes.add(page.size());
            return probe -> Update.update("key", "k-" + probe.id());
        };
    }

    @Test
    void a_backfill_fills_in_pages_marks_itself_done_and_reads_nothing_at_the_next_start() {
        int records = Backfills.PAGE * 2 + 37;
        List<Probe> stored = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            stored.add(new Probe(batch + "-" + String.format("%05d", i), batch, null));
        }
        mongo.insertAll(stored);

        backfills.fillAtStart("probe-" + batch, Probe.class, "key", keys());
        assertThat(pageSizes).containsExactly(Backfills.PAGE, Backfills.PAGE, 37);
        List<String> ids = stored.stream().map(Probe::id).toList();
        assertThat(mongo.find(Query.query(Criteria.where("_id").in(ids)), Probe.class)).hasSize(records)
                .allMatch(probe -> ("k-" + probe.id()).equals(probe.key()));
        assertThat(backfills.done("probe-" + batch)).isTrue();

        mongo.updateFirst(Query.query(Criteria.where("_id").is(batch + "-00007")), new Update().unset("key"), Probe.class);
        List<String> sent = SentCommands.during(() -> backfills.fillAtStart("probe-" + batch, Probe.class, "key", keys()));
        assertThat(sent).as("done: the collection is not read again").noneMatch(command -> command.contains("backfill_probes"));
        assertThat(mongo.findById(batch + "-00007", Probe.class).key()).isNull();

        backfills.fillNow(Probe.class, "key", keys());
        assertThat(mongo.findById(batch + "-00007", Probe.class).key()).as("by hand: filled").isEqualTo("k-" + batch + "-00007");
        mongo.remove(Query.query(Criteria.where("_id").in(ids)), Probe.class);
    }

    @Test
    void the_applications_backfills_are_done_after_the_first_start() {
        assertThat(List.of("product-search-texts", "notification-labels:LEAD,ORDER,SERVICE_CASE", "order-hand-overs", "order-numbers"))
                .allMatch(backfills::done);
    }
}

package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import graphql.relay.Connection;
import graphql.relay.Edge;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.CursorExpiredException;
import io.canale.shared.InvalidCursorException;
import io.canale.shared.Party;
import io.canale.shared.PartnerType;
import io.canale.shared.embedded.EmbeddedMongoConfiguration;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The feed against the store, without HTTP: entries written with the record's own write, relayed once whatever
 * fails between the steps, numbered uniquely and in order by several relays at once, resumable, pruned.
 */
@DataMongoTest(properties = {"canale.embedded.in-memory=true", "canale.changes.sweep-interval=PT1H",
        "canale.changes.subscriber-buffer=5", "canale.changes.tail-interval=PT1H"})
@Import({EmbeddedMongoConfiguration.class, ChangeCapture.class, ChangeRelay.class, ChangeStaging.class, RecordedWrites.class,
        ChangeFeed.class, ChangeReading.class, AccessPolicy.class, PartnerDirectory.class, ChangeTail.class, FeedPages.class,
        ChangeStreams.class, ChangeFeedMongoTests.Clocks.class})
class ChangeFeedMongoTests {

    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }

        /** Records the write commands sent to the store ("command collection"), for tests that check what a relay sends. */
        @Bean
        org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer writeCommands() {
            return settings -> settings.addCommandListener(new com.mongodb.event.CommandListener() {
                @Override
                public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                    if (Set.of("delete", "update", "insert").contains(event.getCommandName())) {
                        WRITES.add(event.getCommandName() + " " + event.getCommand().getString(event.getCommandName()).getValue());
                    }
                    if (event.getCommandName().equals("find") && event.getCommand().getString("find").getValue().equals(ChangeRelay.FEED)) {
                        // Copied: the command's buffer is reused once the listener returns.
                        FEED_READS.add(org.bson.BsonDocument.parse(event.getCommand().getDocument("filter", new org.bson.BsonDocument()).toJson()));
                    }
                }
            });
        }
    }

    static final java.util.Queue<String> WRITES = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The filters of the queries sent to the feed ("find changes"). */
    static final java.util.Queue<org.bson.BsonDocument> FEED_READS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A shared record as a feature would store it: parties, audit stamps, an optimistic version. */
    @org.springframework.data.mongodb.core.mapping.Document("opportunities")
    static class Sample {
        @Id
        String id;
        @Version
        Long version;
        String stage;
        String lostReason;
        List<Party> parties = new ArrayList<>();
        Audit audit;
    }

    static final Caller STAFF = caller("staff@x", "m", PartnerType.MANUFACTURER);
    static final Caller DEALER = caller("d@x", "d1", PartnerType.DEALER);
    static final Caller OTHER_DEALER = caller("e@x", "d2", PartnerType.DEALER);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ChangeRelay relay;
    @Autowired
    ChangeFeed feed;
    @Autowired
    ChangeCapture capture;
    @Autowired
    MutableClock clock;
    @Autowired
    ChangeStreams streams;
    @Autowired
    ChangeProperties properties;
    @Autowired
    ChangeTail tail;
    @Autowired
    ChangeStaging staging;
    @Autowired
    RecordedWrites recorded;

    /** The feed's last number when the test started: the feed is append-only, so tests read after it. */
    long base;

    @BeforeEach
    void empty() {
        mongo.getCollection("change_feed_state").deleteMany(new Document());
        mongo.getCollection("opportunities").deleteMany(new Document());
        mongo.getCollection(ChangeStaging.COLLECTION).deleteMany(new Document());
        mongo.getCollection(ChangeStaging.MARKS).deleteMany(new Document());
        Document last = mongo.getCollection(ChangeRelay.FEED).find().sort(Sorts.descending("_id")).first();
        base = last == null ? 0 : ((Number) last.get("_id")).longValue();
    }

    @Test
    void a_create_and_an_update_each_leave_one_entry_with_the_fields_before_and_after() {
        Sample sample = new Sample();
        sample.id = "opp_1";
        sample.stage = "QUALIFIED";
        sample.parties.add(new Party("d1", "OWNER"));
        sample.audit = Audit.createdBy(new Actor("d@x", new ActingPartner("d1", PartnerType.DEALER)), clock.instant());
        sample = mongo.insert(sample);
        sample.stage = "WON";
        sample.audit = sample.audit.changedBy(new Actor("staff@x", new ActingPartner("m", PartnerType.MANUFACTURER)), clock.instant());
        mongo.save(sample);

        List<Document> entries = awaitFeed(2);
        assertThat(entries).extracting(entry -> entry.getString("changeType")).containsExactly("CREATED", "UPDATED");
        assertThat(entries.get(0).getList("fields", Document.class)).extracting(field -> field.getString("path"))
                .containsExactlyInAnyOrder("stage", "parties.0.partnerId", "parties.0.role");
        Document update = entries.get(1);
        assertThat(update.getList("fields", Document.class)).singleElement().satisfies(field -> {
            assertThat(field.getString("path")).isEqualTo("stage");
            assertThat(field.getString("before")).isEqualTo("QUALIFIED");
            assertThat(field.getString("after")).isEqualTo("WON");
        });
        assertThat(update.get("actor", Document.class).getString("partnerId")).isEqualTo("m");
        assertThat(update.getLong("version")).isEqualTo(1L);
        assertThat(update.getList("parties", Document.class)).extracting(party -> party.getString("partnerId")).containsExactly("d1");
        assertThat(mongo.getCollection("opportunities").find().first().getList(ChangeCapture.PENDING, Document.class))
                .as("moved out of the record").isEmpty();
    }

    @Test
    void an_entry_written_before_a_crash_is_relayed_by_the_sweep_and_only_once() {
        // The write landed with its pending entry; the process died before the relay ran.
        Document record = recordWithPendingEntry("opp_crash_1", "QUALIFIED");
        mongo.getCollection("opportunities").insertOne(record);
        assertThat(relay.sweep()).isEqualTo(1);
        // Died again between appending to the feed and removing from the record: the entry is back in the record.
        Document again = recordWithPendingEntry("opp_crash_2", "LOST");
        mongo.getCollection("opportunities").insertOne(again);
        relay.sweep();
        mongo.getCollection("opportunities").updateOne(Filters.eq("_id", "opp_crash_2"),
                new Document("$set", new Document(ChangeCapture.PENDING, again.get(ChangeCapture.PENDING))));
        relay.sweep();

        List<Document> entries = afterBase();
        assertThat(entries).extracting(entry -> entry.getString("recordId")).containsExactly("opp_crash_1", "opp_crash_2");
        assertThat(entries).extracting(entry -> ((Number) entry.get("_id")).longValue()).containsExactly(base + 1, base + 2);
        assertThat(relay.sweep()).as("nothing left to relay").isZero();
    }

    @Test
    void a_bulk_insert_stages_its_entries_in_one_document_and_the_relay_never_rewrites_a_record() {
        WRITES.clear();
        recorded.insertAll(List.of(sample("opp_bulk_1", "QUALIFIED"), sample("opp_bulk_2", "LOST"), sample("opp_bulk_3", "WON")));

        List<Document> entries = awaitFeed(3);
        assertThat(entries).extracting(entry -> entry.getString("recordId")).containsExactly("opp_bulk_1", "opp_bulk_2", "opp_bulk_3");
        assertThat(entries).extracting(entry -> entry.getString("changeType")).containsOnly("CREATED");
        assertThat(entries.get(1).getList("fields", Document.class)).extracting(field -> field.getString("path"))
                .containsExactlyInAnyOrder("stage", "parties.0.partnerId", "parties.0.role");
        assertThat(entries.get(1).get("actor", Document.class).getString("subject")).isEqualTo("d@x");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(ChangeStaging.COLLECTION).countDocuments() == 0);
        assertThat(WRITES).as("write commands of the insert and the relay").containsSubsequence("insert change_staging",
                "insert opportunities", "insert change_staging_marks", "insert changes", "delete change_staging")
                .doesNotContain("update opportunities", "update change_staging");
        assertThat(mongo.getCollection("opportunities").find(Filters.exists(ChangeCapture.PENDING)).first())
                .as("no record carried an entry of its own").isNull();
    }

    @Test
    void a_batch_staged_before_a_crash_is_relayed_once_its_writer_is_silent_for_the_records_that_were_stored() {
        // The writer staged three records' entries and died: two records were stored, the third never was.
        diesAfterInserting(List.of(sample("opp_staged_1", "QUALIFIED"), sample("opp_staged_2", "LOST"), sample("opp_staged_3", "WON")));
        mongo.getCollection("opportunities").deleteOne(Filters.eq("_id", "opp_staged_3"));

        assertThat(relay.sweep()).as("a batch being written is its writer's").isZero();
        assertThat(afterBase()).isEmpty();
        clock.advance(ChangeStaging.SILENT_WRITER.plusSeconds(1));
        try {
            assertThat(relay.sweep()).isEqualTo(1);
            assertThat(afterBase()).extracting(entry -> entry.getString("recordId")).containsExactly("opp_staged_1", "opp_staged_2");
            assertThat(mongo.getCollection(ChangeStaging.COLLECTION).countDocuments()).isZero();
            assertThat(relay.sweep()).as("nothing left to relay").isZero();
            assertThat(afterBase()).hasSize(2);
        } finally {
            clock.advance(ChangeStaging.SILENT_WRITER.plusSeconds(1).negated());
        }
    }

    @Test
    void a_writer_whose_batch_a_relay_claimed_stages_its_entries_again_and_each_reaches_the_feed_once() {
        ChangeCapture.StagedInsert insert = diesAfterInserting(List.of(sample("opp_slow_1", "QUALIFIED"), sample("opp_slow_2", "LOST")));
        mongo.getCollection("opportunities").deleteOne(Filters.eq("_id", "opp_slow_2")); // not stored yet when the relay looks
        clock.advance(ChangeStaging.SILENT_WRITER.plusSeconds(1));
        try {
            relay.sweep(); // takes the stalled writer's batch over: relays the stored record's entry, drops the other
            mongo.getCollection("opportunities").insertOne(new Document("_id", "opp_slow_2")); // the stalled insert lands
            Object again = staging.written(insert.id(), insert.collection(), insert.recordIds(), insert.entries());
            assertThat(again).as("staged again").isNotEqualTo(insert.id());
            relay.relayStaged(List.of(again));
        } finally {
            clock.advance(ChangeStaging.SILENT_WRITER.plusSeconds(1).negated());
        }
        assertThat(afterBase()).extracting(entry -> entry.getString("recordId")).containsExactly("opp_slow_1", "opp_slow_2");
        assertThat(mongo.getCollection(ChangeStaging.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void a_record_changed_before_its_staged_batch_is_relayed_keeps_its_entries_in_order() {
        ChangeCapture.StagedInsert insert = diesAfterInserting(List.of(sample("opp_order_1", "QUALIFIED")));
        Sample changed = mongo.findById("opp_order_1", Sample.class);
        changed.stage = "WON";
        mongo.save(changed); // its own entry, relayed at once: the staged one goes first

        List<Document> entries = awaitFeed(2);
        assertThat(entries).extracting(entry -> entry.getString("changeType")).containsExactly("CREATED", "UPDATED");
        relay.relayStaged(List.of(staging.written(insert.id(), insert.collection(), insert.recordIds(), insert.entries())));
        assertThat(afterBase()).as("the batch's relay finds its entry in the feed").hasSize(2);
        assertThat(mongo.getCollection(ChangeStaging.COLLECTION).countDocuments()).isZero();
    }

    /** What {@link RecordedWrites#insertAll} leaves when the process dies right after the insert: the batch staged, not marked written. */
    private ChangeCapture.StagedInsert diesAfterInserting(List<Sample> samples) {
        ChangeCapture.StagedInsert insert = capture.stageInsertOf(RecordType.OPPORTUNITY, samples.size(), staging);
        try {
            mongo.insertAll(samples);
        } finally {
            capture.endStaging();
        }
        return insert;
    }

    private Sample sample(String id, String stage) {
        Sample sample = new Sample();
        sample.id = id;
        sample.stage = stage;
        sample.parties.add(new Party("d1", "OWNER"));
        sample.audit = Audit.createdBy(new Actor("d@x", new ActingPartner("d1", PartnerType.DEALER)), clock.instant());
        return sample;
    }

    @Test
    void a_relay_asks_to_remove_only_records_deleted_by_their_last_change() {
        mongo.getCollection("opportunities").insertMany(List.of(recordWithPendingEntry("opp_live_1", "QUALIFIED"),
                recordWithPendingEntry("opp_live_2", "LOST")));
        WRITES.clear();
        relay.relay("opportunities", List.of("opp_live_1", "opp_live_2"));
        // A delete filtered on more than the _id is a full scan of the collection on the embedded store.
        assertThat(WRITES).as("write commands of the relay").contains("insert changes", "update opportunities")
                .doesNotContain("delete opportunities");

        Document deleted = recordWithPendingEntry("opp_gone", "LOST");
        deleted.append(ChangeCapture.DELETED_AT, Date.from(clock.instant()));
        mongo.getCollection("opportunities").insertOne(deleted);
        WRITES.clear();
        relay.relay("opportunities", List.of("opp_gone", "opp_live_1"));
        assertThat(WRITES).as("the deleted record is removed once the feed has its entry").containsSubsequence(
                "insert changes", "update opportunities", "delete opportunities");
        assertThat(afterBase()).extracting(entry -> entry.getString("recordId")).containsExactly("opp_live_1", "opp_live_2", "opp_gone");
    }

    @Test
    void relays_of_several_nodes_number_every_entry_once_without_gaps() throws Exception {
        int perNode = 150;
        for (int i = 0; i < 2 * perNode; i++) {
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_node_" + i, "QUALIFIED"));
        }
        ChangeRelay first = new ChangeRelay(mongo, properties, clock, () -> { });
        ChangeRelay second = new ChangeRelay(mongo, properties, clock, () -> { });
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                ChangeRelay mine = node == 0 ? first : second;
                int from = node * perNode;
                running.add(nodes.submit(() -> {
                    for (int i = from; i < from + perNode; i += 3) {
                        // Both nodes also relay the other's records now and then, as two sweeps would.
                        mine.relay("opportunities", List.of("opp_node_" + i, "opp_node_" + (2 * perNode - 1 - i)));
                    }
                    return null;
                }));
            }
            for (Future<?> node : running) {
                node.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        first.sweep();
        List<Document> entries = afterBase();
        assertThat(entries).extracting(entry -> ((Number) entry.get("_id")).longValue())
                .containsExactlyElementsOf(LongStream.rangeClosed(base + 1, base + 2 * perNode).boxed().toList());
        assertThat(entries).extracting(entry -> entry.getString("recordId")).doesNotHaveDuplicates().hasSize(2 * perNode);
    }

    @Test
    void a_reader_resumes_after_its_cursor_and_sees_only_records_naming_its_partner() {
        for (int i = 0; i < 5; i++) {
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_mine_" + i, "QUALIFIED"));
        }
        Document foreign = recordWithPendingEntry("opp_foreign", "QUALIFIED");
        foreign.put("parties", List.of(new Document("partnerId", "d2").append("role", "OWNER")));
        foreign.getList(ChangeCapture.PENDING, Document.class).getFirst()
                .put("parties", List.of(new Document("partnerId", "d2").append("role", "OWNER")));
        mongo.getCollection("opportunities").insertOne(foreign);
        relay.sweep();

        Connection<ShownChange> first = feed.changes(DEALER, null, from(), 3);
        assertThat(ids(first)).containsExactly("opp_mine_0", "opp_mine_1", "opp_mine_2");
        Connection<ShownChange> rest = feed.changes(DEALER, null, first.getPageInfo().getEndCursor().getValue(), 100);
        assertThat(ids(rest)).containsExactly("opp_mine_3", "opp_mine_4");
        Connection<ShownChange> nothing = feed.changes(DEALER, null, rest.getPageInfo().getEndCursor().getValue(), 100);
        assertThat(nothing.getEdges()).isEmpty();
        assertThat(nothing.getPageInfo().getEndCursor().getValue()).as("stays where it was")
                .isEqualTo(rest.getPageInfo().getEndCursor().getValue());
        assertThat(ids(feed.changes(OTHER_DEALER, null, from(), 100))).containsExactly("opp_foreign");
        assertThat(ids(feed.changes(STAFF, List.of(RecordType.OPPORTUNITY), from(), 100))).hasSize(6);
        assertThat(ids(feed.changes(STAFF, List.of(RecordType.ORDER), from(), 100))).isEmpty();
        assertThatThrownBy(() -> feed.history(OTHER_DEALER, "opp_mine_0", null, 10)).hasMessageContaining("not found");
        assertThat(ids(feed.history(DEALER, "opp_mine_0", null, 10))).containsExactly("opp_mine_0");
        assertThatThrownBy(() -> feed.changes(DEALER, null, "x1", 10)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void entries_older_than_the_retention_are_dropped_and_their_cursors_expire() {
        for (int i = 0; i < 4; i++) {
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_old_" + i, "QUALIFIED"));
        }
        relay.sweep();
        String early = feed.changes(STAFF, null, from(), 1).getPageInfo().getEndCursor().getValue();
        clock.advance(properties.retention().plus(Duration.ofDays(1)));
        try {
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_new", "QUALIFIED"));
            relay.sweep();
            feed.prune();
            assertThatThrownBy(() -> feed.changes(STAFF, null, early, 10)).isInstanceOf(CursorExpiredException.class);
            assertThat(ids(feed.changes(STAFF, null, null, 10))).containsExactly("opp_new");
        } finally {
            clock.advance(properties.retention().plus(Duration.ofDays(1)).negated());
        }
    }

    @Test
    void a_subscriber_that_falls_behind_is_ended_while_the_others_get_every_change() throws Exception {
        java.util.concurrent.CopyOnWriteArrayList<String> fast = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<Throwable> slowEnded = new java.util.concurrent.CompletableFuture<>();
        long start = streams.now();
        reactor.core.Disposable keepingUp = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                .subscribe(change -> fast.add(change.recordId()));
        streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start).subscribe(new reactor.core.publisher.BaseSubscriber<ShownChange>() {
            @Override
            protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
                subscription.request(1); // then never again: a client that stopped reading
            }

            @Override
            protected void hookOnError(Throwable error) {
                slowEnded.complete(error);
            }

        });
        try {
            for (int i = 0; i < 20; i++) {
                mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_stream_" + i, "QUALIFIED"));
                relay.relay("opportunities", List.of("opp_stream_" + i));
            }
            assertThat(slowEnded.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(ChangeStreams.SlowSubscriberException.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> fast.size() >= 20);
            assertThat(fast).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "opp_stream_" + i).toList());
        } finally {
            keepingUp.dispose();
        }
    }

    @Test
    void each_reader_is_shown_an_entry_once_for_all_its_streams_and_never_another_readers_share() throws Exception {
        java.util.Map<String, List<ShownChange>> heard = new java.util.concurrent.ConcurrentHashMap<>();
        long start = streams.now();
        List<reactor.core.Disposable> listening = new ArrayList<>();
        for (String name : List.of("dealer-1", "dealer-2", "other-dealer", "staff")) {
            Caller reader = name.startsWith("dealer") ? DEALER : name.equals("staff") ? STAFF : OTHER_DEALER;
            listening.add(streams.after(reader, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                    .subscribe(change -> heard.computeIfAbsent(name, key -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(change)));
        }
        try {
            // Once every stream heard a change after its start, it has caught up: what follows comes from the tail.
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_warm_d1", "QUALIFIED"));
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_warm_d2", "QUALIFIED", "d2"));
            relay.relay("opportunities", List.of("opp_warm_d1", "opp_warm_d2"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.getOrDefault("staff", List.of()).size() >= 2
                    && heard.containsKey("dealer-1") && heard.containsKey("dealer-2") && heard.containsKey("other-dealer"));
            heard.clear();

            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_shared", "QUALIFIED"));
            relay.relay("opportunities", List.of("opp_shared"));
            Document others = recordWithPendingEntry("opp_others", "WON", "d2");
            mongo.getCollection("opportunities").insertOne(others);
            relay.relay("opportunities", List.of("opp_others"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.getOrDefault("staff", List.of()).size() >= 2
                    && heard.containsKey("dealer-1") && heard.containsKey("dealer-2") && heard.containsKey("other-dealer"));

            ShownChange toDealer = heard.get("dealer-1").getFirst();
            assertThat(heard.get("dealer-1")).extracting(ShownChange::recordId).containsExactly("opp_shared");
            assertThat(heard.get("dealer-2")).extracting(ShownChange::recordId).containsExactly("opp_shared");
            assertThat(heard.get("dealer-2").getFirst()).as("one shaping for both streams of the dealer").isSameAs(toDealer);
            assertThat(heard.get("other-dealer")).extracting(ShownChange::recordId).containsExactly("opp_others");
            ShownChange toStaff = heard.get("staff").getFirst();
            assertThat(toStaff.recordId()).isEqualTo("opp_shared");
            assertThat(toStaff).as("staff's own shaping").isNotSameAs(toDealer);
        } finally {
            listening.forEach(reactor.core.Disposable::dispose);
        }
    }

    /**
     * A stream that resumes after a sequence the tail handed over lately (a subscriber cut off as too slow, a client
     * reconnecting) catches up from the tail's recent entries: it is shown the very change the live streams of its
     * reader were shown (one shaping for all, no read of the feed per subscriber), in order, and still only what its
     * reader may read.
     */
    @Test
    void a_stream_resuming_after_a_recent_entry_catches_up_from_the_tail_with_the_live_streams_shaping() throws Exception {
        List<ShownChange> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = streams.now();
        reactor.core.Disposable listening = streams.after(DEALER, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                .subscribe(live::add);
        List<reactor.core.Disposable> resumed = new ArrayList<>();
        try {
            for (String id : List.of("opp_recent_1", "opp_recent_2")) {
                mongo.getCollection("opportunities").insertOne(recordWithPendingEntry(id, "QUALIFIED"));
                relay.relay("opportunities", List.of(id));
            }
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_recent_other", "WON", "d2"));
            relay.relay("opportunities", List.of("opp_recent_other"));
            await().atMost(Duration.ofSeconds(10)).until(() -> live.size() >= 2);

            List<ShownChange> dealer = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<ShownChange> other = new java.util.concurrent.CopyOnWriteArrayList<>();
            resumed.add(streams.after(DEALER, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start).subscribe(dealer::add));
            resumed.add(streams.after(OTHER_DEALER, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start).subscribe(other::add));
            await().atMost(Duration.ofSeconds(10)).until(() -> dealer.size() >= 2 && !other.isEmpty());

            assertThat(dealer).extracting(ShownChange::recordId).containsExactly("opp_recent_1", "opp_recent_2");
            assertThat(dealer.get(0)).as("the live stream's shaping").isSameAs(live.get(0));
            assertThat(dealer.get(1)).isSameAs(live.get(1));
            assertThat(other).extracting(ShownChange::recordId).containsExactly("opp_recent_other");
        } finally {
            listening.dispose();
            resumed.forEach(reactor.core.Disposable::dispose);
        }
    }

    @Test
    void a_new_stream_starts_where_the_tail_is_without_reading_the_feeds_end_and_misses_nothing() {
        java.util.concurrent.CopyOnWriteArrayList<String> first = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable running = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, streams.now())
                .subscribe(change -> first.add(change.recordId()));
        try {
            long position = streams.now();
            // Another node appends: this node's tail has not read it yet.
            ChangeRelay elsewhere = new ChangeRelay(mongo, properties, clock, () -> { });
            mongo.getCollection("opportunities").insertOne(recordWithPendingEntry("opp_elsewhere", "QUALIFIED"));
            elsewhere.relay("opportunities", List.of("opp_elsewhere"));

            long start = streams.now();
            assertThat(start).as("the tail's position, not the feed's end").isEqualTo(position);
            java.util.concurrent.CopyOnWriteArrayList<String> second = new java.util.concurrent.CopyOnWriteArrayList<>();
            reactor.core.Disposable late = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                    .subscribe(change -> second.add(change.recordId()));
            try {
                tail.nudge();
                await().atMost(Duration.ofSeconds(10)).until(() -> first.contains("opp_elsewhere") && second.contains("opp_elsewhere"));
                assertThat(second).containsExactly("opp_elsewhere");
            } finally {
                late.dispose();
            }
        } finally {
            running.dispose();
        }
    }

    @Test
    void streams_on_different_delivery_threads_each_receive_every_entry_in_sequence_order() {
        int streamCount = properties.deliveryThreads() * 3;
        List<List<String>> heard = new ArrayList<>();
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long start = streams.now();
        List<reactor.core.Disposable> listening = new ArrayList<>();
        for (int s = 0; s < streamCount; s++) {
            List<String> mine = new java.util.concurrent.CopyOnWriteArrayList<>();
            heard.add(mine);
            listening.add(streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start).subscribe(change -> {
                threads.add(Thread.currentThread().getName());
                mine.add(change.recordId());
            }));
        }
        try {
            List<String> expected = new ArrayList<>();
            for (int batch = 0; batch < 8; batch++) {
                List<Object> ids = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String id = "opp_lane_" + batch + "_" + i;
                    mongo.getCollection("opportunities").insertOne(recordWithPendingEntry(id, "QUALIFIED"));
                    ids.add(id);
                }
                relay.relay("opportunities", ids); // one append of five entries, read by the tail as one page
                ids.forEach(id -> expected.add((String) id));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().allMatch(mine -> mine.size() >= expected.size()));

            assertThat(heard).allSatisfy(mine -> assertThat(mine).containsExactlyElementsOf(expected));
            assertThat(threads).as("the pipelines ran on every delivery thread, not on the tail's")
                    .containsAll(java.util.stream.IntStream.rangeClosed(1, properties.deliveryThreads())
                            .mapToObj(n -> "change-delivery-" + n).toList());
        } finally {
            listening.forEach(reactor.core.Disposable::dispose);
        }
    }

    @Test
    void a_lane_that_falls_behind_holds_the_tail_back_instead_of_queueing_the_feed() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        long start = streams.now();
        // A listener that blocks its lane's thread on the first entry, as a pipeline that cannot keep up would.
        reactor.core.Disposable stuck = tail.entries().subscribe(entry -> {
            if (handed.getAndIncrement() == 0) {
                try {
                    release.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        tail.start();
        try {
            int total = ChangeTail.LANE_BACKLOG + 4 * 500;
            for (int batch = 0; batch < total / 500; batch++) {
                List<Document> records = new ArrayList<>();
                List<Object> ids = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    String id = "opp_backlog_" + batch + "_" + i;
                    records.add(recordWithPendingEntry(id, "QUALIFIED"));
                    ids.add(id);
                }
                mongo.getCollection("opportunities").insertMany(records);
                relay.relay("opportunities", ids);
            }
            long head = tail.head();
            await().atMost(Duration.ofSeconds(10)).until(() -> tail.position() - start >= ChangeTail.LANE_BACKLOG);
            Thread.sleep(1_000); // several ticks: a tail without the bound would read to the head meanwhile

            assertThat(tail.position() - start).as("read ahead of a stuck lane").isLessThanOrEqualTo(ChangeTail.LANE_BACKLOG + 500L);
            release.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> tail.position() == head && handed.get() >= total);
        } finally {
            release.countDown();
            stuck.dispose();
        }
    }

    /**
     * Subscribers cut off together resume far behind the tail's recent entries: each receives every entry once, in
     * order, and the feed is read by sequence — lookups on the {@code _id} index, never a range on it (which the
     * embedded store answers by scanning the whole feed) — a page at a time for all of them, not once per subscriber.
     */
    @Test
    void a_crowd_resuming_beyond_the_recent_entries_reads_the_feed_by_sequence_once_for_all() {
        int behindRecent = 10_000;
        int total = ChangeTail.RECENT + behindRecent;
        List<String> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = streams.now();
        reactor.core.Disposable listening = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                .subscribe(change -> live.add(change.recordId()));
        List<reactor.core.Disposable> resumed = new ArrayList<>();
        try {
            List<String> expected = relayMany("opp_crowd_", total);
            await().atMost(Duration.ofSeconds(60)).until(() -> live.size() >= total); // the tail keeps the last RECENT of them
            FEED_READS.clear();

            int crowd = 5;
            List<List<String>> heard = new ArrayList<>();
            for (int s = 0; s < crowd; s++) {
                List<String> mine = new java.util.concurrent.CopyOnWriteArrayList<>();
                heard.add(mine);
                resumed.add(streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, start)
                        .subscribe(change -> mine.add(change.recordId())));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> heard.stream().allMatch(mine -> mine.size() >= total));

            assertThat(heard).allSatisfy(mine -> assertThat(mine).containsExactlyElementsOf(expected));
            assertThat(FEED_READS).as("queries of the feed").isNotEmpty().allSatisfy(filter -> {
                assertThat(filter.keySet()).as("by _id alone").containsExactly("_id");
                assertThat(filter.get("_id").isDocument() ? filter.getDocument("_id").keySet() : Set.of())
                        .as("looked up by sequence, not a range").isSubsetOf(Set.of("$in"));
            });
            // Pages read for the catch-up, by first sequence (the tail's own reads ask for more at a time).
            java.util.Map<Long, Long> readsPerPage = FEED_READS.stream()
                    .map(filter -> filter.getDocument("_id").getArray("$in"))
                    .filter(sequences -> sequences.size() == FeedPages.PAGE)
                    .collect(java.util.stream.Collectors.groupingBy(sequences -> sequences.getFirst().asNumber().longValue(),
                            java.util.stream.Collectors.counting()));
            // The feed's end and the page of the first entry (it may hold earlier tests' entries, some removed) are
            // incomplete, so not kept: read once by each.
            long feedsEnd = java.util.Collections.max(readsPerPage.keySet());
            long firstPage = java.util.Collections.min(readsPerPage.keySet());
            assertThat(readsPerPage).as("pages behind the recent entries, and the feed's end").hasSizeBetween(
                    behindRecent / FeedPages.PAGE, behindRecent / FeedPages.PAGE + 3);
            assertThat(readsPerPage).as("each page read once for the crowd").allSatisfy((first, reads) -> assertThat(reads)
                    .isLessThanOrEqualTo(first == feedsEnd || first == firstPage ? crowd : 1L));
        } finally {
            listening.dispose();
            resumed.forEach(reactor.core.Disposable::dispose);
        }
    }

    /**
     * A number taken by an insert the store does not show yet (MongoDB may show a query the entry after it first): a
     * subscriber catching up waits for it instead of skipping it, and receives every entry once, in order.
     */
    @Test
    void a_stream_catching_up_waits_for_an_entry_missing_between_two_and_receives_it_in_order() {
        relayMany("opp_gap_", 3);
        Document second = mongo.getCollection(ChangeRelay.FEED).findOneAndDelete(Filters.eq("_id", base + 2));
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable stream = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, base)
                .subscribe(change -> heard.add(change.recordId()));
        try {
            tail.nudge(); // the tail reads the entry after the gap and hands it over
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            mongo.getCollection(ChangeRelay.FEED).insertOne(second);
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() >= 3);
            assertThat(heard).containsExactly("opp_gap_00000", "opp_gap_00001", "opp_gap_00002");
        } finally {
            stream.dispose();
        }
    }

    /** Entries pruned while a subscriber was away: it is told its position expired rather than silently skip them. */
    @Test
    void a_stream_catching_up_over_pruned_entries_ends_with_its_position_expired() throws Exception {
        relayMany("opp_pruned_", 5);
        mongo.getCollection(ChangeFeed.STATE).insertOne(new Document("_id", "feed").append("prunedThrough", base + 3));
        mongo.getCollection(ChangeRelay.FEED).deleteMany(Filters.lte("_id", base + 3));
        java.util.concurrent.CompletableFuture<Throwable> ended = new java.util.concurrent.CompletableFuture<>();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable stream = streams.after(STAFF, java.util.EnumSet.of(RecordType.OPPORTUNITY), null, base)
                .subscribe(change -> heard.add(change.recordId()), ended::complete);
        try {
            assertThat(ended.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(CursorExpiredException.class);
            assertThat(heard).isEmpty();
        } finally {
            stream.dispose();
        }
    }

    /** Records with pending entries, relayed 500 at a time; answers their ids in feed order. */
    private List<String> relayMany(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 500) {
            List<Document> records = new ArrayList<>();
            List<Object> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                String id = prefix + String.format("%05d", i); // a relay moves a batch in the order of the records' ids
                records.add(recordWithPendingEntry(id, "QUALIFIED"));
                batch.add(id);
                ids.add(id);
            }
            mongo.getCollection("opportunities").insertMany(records);
            relay.relay("opportunities", batch);
        }
        return ids;
    }

    /** A record as the capture leaves it in the store: its fields and one pending entry not relayed yet. */
    private Document recordWithPendingEntry(String id, String stage) {
        return recordWithPendingEntry(id, stage, "d1");
    }

    private Document recordWithPendingEntry(String id, String stage, String owner) {
        Document record = new Document("_id", id).append("version", 0L).append("stage", stage)
                .append("parties", List.of(new Document("partnerId", owner).append("role", "OWNER")))
                .append("audit", new Document("updatedAt", Date.from(clock.instant())).append("updatedBy", "d@x")
                        .append("updatedByPartner", new Document("id", "d1").append("type", "DEALER")));
        Document written = new Document(record);
        capture.onBeforeSave(new Object(), written, "opportunities");
        return written;
    }

    private List<Document> awaitFeed(int count) {
        MongoCollection<Document> changes = mongo.getCollection(ChangeRelay.FEED);
        await().atMost(Duration.ofSeconds(10)).until(() -> changes.countDocuments(Filters.gt("_id", base)) >= count);
        return afterBase();
    }

    private List<Document> afterBase() {
        return mongo.getCollection(ChangeRelay.FEED).find(Filters.gt("_id", base)).sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private String from() {
        return Long.toString(base);
    }

    private static List<String> ids(Connection<ShownChange> page) {
        return page.getEdges().stream().map(Edge::getNode).map(ShownChange::recordId).toList();
    }

    private static Caller caller(String subject, String partnerId, PartnerType type) {
        return new Caller(subject, Caller.Kind.USER, partnerId, type, Set.of(PartnerRole.MEMBER), Set.of(Scopes.LEADS_READ,
                Scopes.ORDERS_READ));
    }

}

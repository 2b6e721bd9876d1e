package io.canale.shared.mongo.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.mongo.indexes.QueryShape.Kind;
import io.canale.shared.mongo.indexes.QueryShape.SortKey;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** The ESR rule as {@link IndexCoverage} applies it, and how {@link QueryShapes} reads commands. */
class IndexCoverageTests {

    static final DeclaredIndex BY_RECEIVED = index("by_received", "{receivedAt: -1, _id: -1}");
    static final DeclaredIndex BY_PARTY = index("by_party", "{'parties.partnerId': 1, receivedAt: -1, _id: -1}");
    static final DeclaredIndex OVERDUE = index("overdue", "{status: 1, acceptBy: 1}");
    static final IndexCoverage LEADS = new IndexCoverage(List.of(DeclaredIndex.id("leads"), BY_RECEIVED, BY_PARTY, OVERDUE));

    @Test
    void equality_then_sort_then_range_is_served() {
        assertThat(LEADS.servingIndex(find("{'parties.partnerId': 'p', status: 'NEW'}", "{receivedAt: -1, _id: -1}")))
                .contains(BY_PARTY);
        assertThat(LEADS.servingIndex(find("{status: 'NEW', acceptBy: {$lt: 1}}", null))).contains(OVERDUE);
    }

    @Test
    void a_sort_in_reverse_is_served_but_not_one_in_mixed_directions() {
        assertThat(LEADS.servingIndex(find("{'parties.partnerId': 'p'}", "{receivedAt: 1, _id: 1}"))).contains(BY_PARTY);
        assertThat(LEADS.servingIndex(find("{'parties.partnerId': 'p'}", "{receivedAt: 1, _id: -1}"))).isEmpty();
    }

    @Test
    void values_of_an_in_before_the_sort_are_merged_in_order() {
        assertThat(LEADS.servingIndex(find("{status: {$in: ['NEW', 'ROUTED']}}", "{acceptBy: 1}"))).contains(OVERDUE);
    }

    @Test
    void an_index_with_the_range_before_the_equality_breaks_the_esr_rule() {
        DeclaredIndex rangeFirst = index("range_first", "{acceptBy: 1, status: 1}");
        assertThat(new IndexCoverage(List.of(rangeFirst)).servingIndex(find("{status: 'NEW', acceptBy: {$lt: 1}}", null))).isEmpty();
    }

    @Test
    void the_sort_then_a_range_is_served() {
        DeclaredIndex sortThenRange = index("sort_then_range", "{caseId: 1, uploadDate: 1}");
        assertThat(new IndexCoverage(List.of(sortThenRange)).servingIndex(find("{uploadDate: {$lt: 1}}", "{caseId: 1}")))
                .contains(sortThenRange);
    }

    @Test
    void a_range_before_the_sort_leaves_the_sort_to_memory() {
        assertThat(LEADS.servingIndex(find("{status: 'NEW', acceptBy: {$lt: 1}}", "{receivedAt: -1}"))).isEmpty();
    }

    @Test
    void an_equality_the_index_does_not_start_with_is_not_served_by_an_index_that_only_sorts() {
        assertThat(LEADS.servingIndex(find("{source: 'WEB'}", "{receivedAt: -1, _id: -1}"))).isEmpty();
        assertThat(LEADS.servingIndex(find("{acceptBy: {$lt: 1}}", null))).isEmpty();
    }

    @Test
    void a_page_of_everything_is_served_by_the_index_that_sorts() {
        assertThat(LEADS.servingIndex(find("{}", "{receivedAt: -1, _id: -1}"))).contains(BY_RECEIVED);
        assertThat(LEADS.servingIndex(find("{}", "{acceptBy: 1}"))).isEmpty();
    }

    @Test
    void a_query_that_selects_nothing_and_wants_no_order_reads_the_whole_collection() {
        assertThat(LEADS.servingIndex(find("{}", null))).isEmpty();
        assertThat(LEADS.servingIndex(find("{status: {$ne: 'NEW'}}", null))).isEmpty();
        assertThat(IndexCoverage.readsAll(find("{status: {$ne: 'NEW'}}", null))).isTrue();
    }

    @Test
    void a_keyset_page_is_served_alternative_by_alternative() {
        String after = "{$or: [{receivedAt: {$lt: 1}}, {receivedAt: 1, _id: {$lt: 'x'}}]}";
        assertThat(LEADS.servingIndex(find(after, "{receivedAt: -1, _id: -1}"))).contains(BY_RECEIVED);
        String dealersAfter = "{'parties.partnerId': 'p', $or: [{receivedAt: {$lt: 1}}, {receivedAt: 1, _id: {$lt: 'x'}}]}";
        assertThat(LEADS.servingIndex(find(dealersAfter, "{receivedAt: -1, _id: -1}"))).contains(BY_PARTY);
    }

    @Test
    void an_or_with_one_alternative_without_index_is_not_served() {
        assertThat(LEADS.servingIndex(find("{$or: [{'parties.partnerId': 'p'}, {source: 'WEB'}]}", "{receivedAt: -1, _id: -1}")))
                .isEmpty();
    }

    @Test
    void an_or_with_an_alternative_that_selects_nothing_is_a_page_of_everything() {
        String open = "{$or: [{source: 'WEB'}, {status: {$ne: 'CLOSED'}}]}";
        assertThat(LEADS.servingIndex(find(open, "{receivedAt: -1, _id: -1}"))).contains(BY_RECEIVED);
    }

    @Test
    void an_id_lookup_is_served_by_the_default_index_whatever_the_sort() {
        assertThat(LEADS.servingIndex(find("{_id: 'x', version: 3}", "{receivedAt: -1}"))).contains(DeclaredIndex.id("leads"));
        assertThat(LEADS.servingIndex(find("{_id: {$in: ['x', 'y']}}", null))).contains(DeclaredIndex.id("leads"));
    }

    @Test
    void a_sparse_index_serves_only_queries_on_its_field() {
        DeclaredIndex sparse = new DeclaredIndex("leads", "companyKey", List.of(new SortKey("companyKey", 1)), false, true);
        IndexCoverage coverage = new IndexCoverage(List.of(sparse));
        assertThat(coverage.servingIndex(find("{companyKey: 'k'}", null))).contains(sparse);
        assertThat(coverage.servingIndex(find("{}", "{companyKey: 1}"))).isEmpty();
    }

    @Test
    void a_pattern_that_is_not_an_anchored_prefix_does_not_narrow_the_scan() {
        assertThat(shape("{name: {$regex: '^Acme'}}").fields()).containsEntry("name", Kind.PREFIX);
        assertThat(shape("{name: {$regex: 'Acme', $options: 'i'}}").fields()).containsEntry("name", Kind.PATTERN);
        assertThat(LEADS.servingIndex(find("{receivedAt: {$regex: 'x', $options: 'i'}}", "{receivedAt: -1, _id: -1}")))
                .contains(BY_RECEIVED);
    }

    @Test
    void conditions_inside_elem_match_and_and_are_read_as_fields() {
        QueryShape shape = shape("{$and: [{parties: {$elemMatch: {partnerId: 'p', role: {$in: ['A', 'B']}}}}, {status: {$in: ['NEW']}}]}");
        assertThat(shape.fields()).containsEntry("parties.partnerId", Kind.EQUALITY).containsEntry("parties.role", Kind.IN)
                .containsEntry("status", Kind.EQUALITY);
    }

    @Test
    void an_aggregation_is_read_up_to_its_leading_match_and_sort() {
        BsonDocument command = BsonDocument.parse("{aggregate: 'leads', pipeline: [{$match: {status: 'NEW'}}, {$sort: {acceptBy: 1}},"
                + " {$group: {_id: '$status'}}]}");
        assertThat(QueryShapes.of("aggregate", command)).singleElement().satisfies(shape -> {
            assertThat(shape.fields()).containsOnlyKeys("status");
            assertThat(shape.sort()).containsExactly(new SortKey("acceptBy", 1));
            assertThat(LEADS.servingIndex(shape)).contains(OVERDUE);
        });
    }

    @Test
    void each_statement_of_an_update_is_a_shape() {
        BsonDocument command = BsonDocument.parse("{update: 'leads', updates: [{q: {_id: 'a', version: 1}, u: {}},"
                + " {q: {status: 'NEW'}, u: {}, multi: true}]}");
        assertThat(QueryShapes.of("update", command)).extracting(QueryShape::toString)
                .containsExactly("leads update {\"_id\": \"EQUALITY\", \"version\": \"EQUALITY\"}", "leads update {\"status\": \"EQUALITY\"}");
    }

    @Test
    void a_shape_survives_the_file() {
        QueryShape shape = find("{'parties.partnerId': 'p', $or: [{receivedAt: {$lt: 1}}, {receivedAt: 1, _id: {$lt: 'x'}}]}",
                "{receivedAt: -1, _id: -1}");
        assertThat(QueryShape.fromDocument(shape.toDocument())).isEqualTo(shape);
    }

    private static QueryShape find(String filter, String sort) {
        return QueryShapes.shape("leads", "find", BsonDocument.parse(filter), sort == null ? null : BsonDocument.parse(sort));
    }

    private static QueryShape shape(String filter) {
        return find(filter, null);
    }

    private static DeclaredIndex index(String name, String keys) {
        List<SortKey> sortKeys = new ArrayList<>();
        BsonDocument.parse(keys).forEach((field, direction) -> sortKeys.add(new SortKey(field, direction.asNumber().intValue())));
        return new DeclaredIndex("leads", name, sortKeys, false, false);
    }
}

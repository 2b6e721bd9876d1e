package io.canale.shared.mongo.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.mongo.indexes.QueryShapeRecorder.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole backend suite (a failsafe execution of {@code ./mvnw verify}) and checks every query
 * shape the backend sent during it against the indexes the backend created (see {@link IndexCoverage}): the
 * embedded store the tests use ignores secondary indexes, so only this shows that a real MongoDB would serve
 * each query from an index. Shapes that need none are in {@link IndexCoverageExemptions}, with the reason.
 */
class IndexCoverageIT {

    /** Well below what the suite sends (see the recording), so that a recording that went missing fails. */
    static final int MINIMUM_SHAPES = 150;
    static final int MINIMUM_COLLECTIONS = 20;

    static Recording recording;

    @BeforeAll
    static void read() {
        Path file = QueryShapeFile.location();
        assertThat(file).as("the query shapes recorded by the backend suite (run ./mvnw verify without -Dtest)").exists();
        recording = QueryShapeRecorder.readFrom(file);
    }

    @Test
    void the_suite_recorded_the_queries_of_the_whole_backend() {
        assertThat(recording.shapes()).as("query shapes recorded").hasSizeGreaterThanOrEqualTo(MINIMUM_SHAPES);
        assertThat(recording.shapes().keySet().stream().map(QueryShape::collection).distinct())
                .as("collections queried").hasSizeGreaterThanOrEqualTo(MINIMUM_COLLECTIONS);
        assertThat(recording.indexes()).as("indexes created").isNotEmpty();
    }

    @Test
    void every_query_shape_the_backend_sends_is_served_by_an_index() {
        IndexCoverage coverage = coverage();
        Map<String, String> exemptions = IndexCoverageExemptions.reasons();
        List<String> unserved = new ArrayList<>();
        recording.shapes().forEach((shape, from) -> {
            if (coverage.servingIndex(shape).isEmpty() && !exemptions.containsKey(shape.toString())) {
                unserved.add(shape + "\n    sent from " + from + "\n    indexes of " + shape.collection() + ": "
                        + indexesOf(shape.collection()));
            }
        });
        assertThat(unserved).as("query shapes no declared index serves (declare one on the document, or exempt the"
                + " shape with its reason in IndexCoverageExemptions; a query that selects nothing reads the whole collection)").isEmpty();
    }

    @Test
    void every_exemption_is_for_a_shape_the_backend_still_sends_and_no_index_serves() {
        IndexCoverage coverage = coverage();
        Set<String> needed = new HashSet<>();
        recording.shapes().keySet().stream().filter(shape -> coverage.servingIndex(shape).isEmpty())
                .forEach(shape -> needed.add(shape.toString()));
        assertThat(new TreeSet<>(IndexCoverageExemptions.reasons().keySet())).as("exemptions no longer needed")
                .isSubsetOf(needed);
    }

    /**
     * Writes, beside the recording, which index serves which shape, per collection (the source of the table in
     * infra/README.md), and the shapes that read a whole collection.
     */
    @Test
    void the_report_names_the_index_of_every_shape() throws IOException {
        IndexCoverage coverage = coverage();
        Map<String, Map<String, List<String>>> served = new TreeMap<>();
        recording.shapes().keySet().forEach(shape -> {
            String index = coverage.servingIndex(shape).map(DeclaredIndex::toString)
                    .orElse(IndexCoverageExemptions.reasons().containsKey(shape.toString()) ? "(exempt)" : "(none)");
            if (IndexCoverage.readsAll(shape)) {
                index = IndexCoverageExemptions.reasons().containsKey(shape.toString()) ? "(reads all, exempt)" : "(reads all)";
            }
            served.computeIfAbsent(shape.collection(), collection -> new TreeMap<>())
                    .computeIfAbsent(index, key -> new ArrayList<>()).add(shape.operation() + " " + shape.toString()
                            .substring(shape.collection().length() + shape.operation().length() + 2));
        });
        List<String> lines = new ArrayList<>();
        served.forEach((collection, indexes) -> {
            lines.add("## " + collection);
            indexes.forEach((index, shapes) -> {
                lines.add("- " + index);
                shapes.forEach(shape -> lines.add("    - " + shape));
            });
        });
        Path report = QueryShapeFile.location().resolveSibling("index-coverage.md");
        Files.write(report, lines);
        assertThat(report).isNotEmptyFile();
    }

    private static IndexCoverage coverage() {
        List<DeclaredIndex> indexes = new ArrayList<>(recording.indexes().stream().map(DeclaredIndex::of).toList());
        recording.shapes().keySet().stream().map(QueryShape::collection).distinct().map(DeclaredIndex::id).forEach(indexes::add);
        return new IndexCoverage(indexes);
    }

    private static String indexesOf(String collection) {
        return recording.indexes().stream().map(DeclaredIndex::of).filter(index -> index.collection().equals(collection))
                .map(DeclaredIndex::toString).collect(Collectors.joining(", ", "[_id_, ", "]"));
    }

}

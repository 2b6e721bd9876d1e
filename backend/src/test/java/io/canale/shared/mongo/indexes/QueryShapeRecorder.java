package io.canale.shared.mongo.indexes;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;

/**
 * Records, for the whole test run, the shape of every query the backend's own code sends (see
 * {@link QueryShapes}) with where it was sent from, and every index the backend creates. Queries that test
 * code sends itself (to arrange or inspect data) are left out: only the application's queries must be served
 * by indexes. {@link QueryShapeFile} writes the result for {@code IndexCoverageIT}.
 */
final class QueryShapeRecorder implements CommandListener {

    static final QueryShapeRecorder INSTANCE = new QueryShapeRecorder();

    /** How many places that send the same shape are kept, to point at in a failure. */
    private static final int ORIGINS_KEPT = 3;

    private static final Set<String> RECORDED = Set.of("find", "findAndModify", "count", "distinct", "update",
            "delete", "aggregate", "createIndexes");

    private final Map<String, Set<String>> origins = new ConcurrentHashMap<>();
    private final Map<String, Document> indexes = new ConcurrentHashMap<>();
    private final ClassValue<Boolean> testCode = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            var source = type.getProtectionDomain().getCodeSource();
            return source != null && source.getLocation().getPath().contains("/test-classes/");
        }
    };

    private QueryShapeRecorder() {
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String commandName = event.getCommandName();
        if (!RECORDED.contains(commandName)) {
            return;
        }
        StackFrameOrigin origin = origin();
        if (origin.testCode()) {
            return;
        }
        BsonDocument command = event.getCommand();
        if (commandName.equals("createIndexes")) {
            String collection = command.getString("createIndexes").getValue();
            command.getArray("indexes").forEach(index -> {
                Document description = Document.parse(index.asDocument().toJson()).append("collection", collection);
                indexes.putIfAbsent(collection + " " + description.get("key", Document.class).toJson(), description);
            });
            return;
        }
        for (QueryShape shape : QueryShapes.of(commandName, command)) {
            Set<String> places = origins.computeIfAbsent(shape.toDocument().toJson(), key -> new ConcurrentSkipListSet<>());
            if (places.size() < ORIGINS_KEPT) {
                places.add(origin.place());
            }
        }
    }

    private record StackFrameOrigin(boolean testCode, String place) {
    }

    /**
     * Who sent the command: the innermost Canale frame decides whether it is test code; the place named is the
     * innermost feature frame (past shared helpers such as {@code Pages.scroll}). Framework code that sends
     * commands on its own (index creation at start-up) has no Canale frame.
     */
    private StackFrameOrigin origin() {
        List<StackWalker.StackFrame> canale = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(QueryShapeRecorder::canaleCode).limit(8).toList());
        if (canale.isEmpty()) {
            return new StackFrameOrigin(false, "framework");
        }
        if (testCode.get(canale.getFirst().getDeclaringClass())) {
            return new StackFrameOrigin(true, "tests");
        }
        StackWalker.StackFrame place = canale.stream()
                .filter(frame -> !frame.getClassName().startsWith("io.canale.shared.")
                        && !testCode.get(frame.getDeclaringClass()))
                .findFirst().orElse(canale.getFirst());
        return new StackFrameOrigin(false, place.getClassName() + "." + place.getMethodName());
    }

    /** Canale's own classes, not the proxies and subclasses generated for them, nor this recorder. */
    private static boolean canaleCode(StackWalker.StackFrame frame) {
        String name = frame.getClassName();
        return name.startsWith("io.canale.") && !name.contains("$$") && !name.contains("$Proxy")
                && !frame.getDeclaringClass().isHidden()
                && !name.equals(QueryShapeRecorder.class.getName()) && !name.startsWith(QueryShapeRecorder.class.getName() + "$");
    }

    /** The recorded shapes, each with the places that sent it. */
    Map<String, Set<String>> shapes() {
        return new TreeMap<>(origins);
    }

    List<Document> indexes() {
        return new ArrayList<>(new TreeMap<>(indexes).values());
    }

    /** Writes one JSON document a line: the indexes, then the shapes. */
    void writeTo(Path file) {
        List<String> lines = new ArrayList<>();
        indexes().forEach(index -> lines.add(new Document("index", index).toJson()));
        shapes().forEach((shape, places) -> lines.add(new Document("shape", Document.parse(shape))
                .append("from", List.copyOf(places)).toJson()));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The indexes and shapes of a file {@link #writeTo} wrote. */
    static Recording readFrom(Path file) {
        List<Document> indexes = new ArrayList<>();
        Map<QueryShape, List<String>> shapes = new java.util.LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(Document::parse).forEach(line -> {
                if (line.containsKey("index")) {
                    indexes.add(line.get("index", Document.class));
                } else {
                    shapes.put(QueryShape.fromDocument(line.get("shape", Document.class)), line.getList("from", String.class));
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Recording(indexes, shapes);
    }

    record Recording(List<Document> indexes, Map<QueryShape, List<String>> shapes) {
    }
}

package io.canale.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records a stretch of the benchmark with JDK Flight Recorder (execution samples every millisecond) and summarises
 * where the server's request threads spend their time: the share of each stage of the request path, the hottest
 * methods by own and by inclusive samples, and the stacks in the collapsed format that flame-graph tools read
 * ({@code frame;frame;frame count}, the root frame naming whose work it is). The benchmark's HTTP clients and the
 * embedded store run in the same JVM; their samples are counted apart from the server's. GraphQL stacks are deeper than JFR's default of 64 frames: run the
 * JVM with {@code -XX:FlightRecorderOptions:stackdepth=1024} (for the Maven run, in {@code MAVEN_OPTS}).
 */
final class ProfileSummary {

    /**
     * Stages of the request path, each sample counted once: walking its stack from the top (the running method)
     * down, the first frame that belongs to a stage decides, so that a sample counts where the work is done (JSON
     * written inside the GraphQL handler counts as JSON, a MongoDB read inside a resolver as MongoDB, a field
     * completed in a resolver's continuation as field execution). Frames of the JDK belong to none.
     */
    private static final Map<String, Predicate<String>> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("JWT decoding and signature check (JwtDecoder, Nimbus)", frame -> frame.startsWith("org.springframework.security.oauth2.jwt.")
                || frame.startsWith("com.nimbusds."));
        STAGES.put("MongoDB driver, BSON and Spring Data mapping", frame -> frame.startsWith("com.mongodb.") || frame.startsWith("org.bson.")
                || frame.startsWith("org.springframework.data."));
        STAGES.put("JSON writing of the answer (Jackson)", frame -> frame.startsWith("tools.jackson.") && !frame.contains("deser")
                && !frame.contains(".read") && !frame.contains("Parser"));
        STAGES.put("JSON reading of the request (Jackson)", frame -> frame.startsWith("tools.jackson."));
        STAGES.put("access policy (io.canale.security)", frame -> frame.startsWith("io.canale.security."));
        STAGES.put("query limits: depth, repeats, cost (QueryLimitsInstrumentation)",
                frame -> frame.startsWith("io.canale.shared.graphql.QueryLimitsInstrumentation") || frame.startsWith("graphql.analysis."));
        STAGES.put("rate budget (io.canale.budget)", frame -> frame.startsWith("io.canale.budget."));
        STAGES.put("paging arguments and cursors (io.canale.shared.graphql)", frame -> frame.startsWith("io.canale.shared.graphql.PagingArguments")
                || frame.startsWith("io.canale.shared.graphql.KeysetCursors") || frame.startsWith("io.canale.shared.graphql.ConnectionCursors"));
        STAGES.put("parse and validate, document cache", frame -> frame.startsWith("graphql.ParseAndValidate")
                || frame.startsWith("graphql.parser.") || frame.startsWith("graphql.validation.")
                || frame.contains("PreparsedDocument") || frame.startsWith("io.canale.shared.graphql.GraphQlConfiguration"));
        STAGES.put("change feed: reading, filtering and shaping entries (io.canale.change)", frame -> frame.startsWith("io.canale.change."));
        STAGES.put("Canale resolvers and scalars", frame -> frame.startsWith("io.canale.") && !frame.startsWith("io.canale.shared.web."));
        STAGES.put("property fetching (PropertyDataFetcher)", frame -> frame.startsWith("graphql.schema.PropertyDataFetcher")
                || frame.startsWith("graphql.schema.PropertyFetchingImpl"));
        STAGES.put("graphql-java instrumentation chain (per field)", frame -> frame.startsWith("graphql.execution.instrumentation."));
        STAGES.put("graphql-java field execution (ExecutionStrategy, data fetching environment)",
                frame -> frame.startsWith("graphql.execution.") || frame.startsWith("graphql.schema."));
        STAGES.put("graphql-java, rest (set-up, data loaders)", frame -> frame.startsWith("graphql.") || frame.startsWith("org.dataloader."));
        STAGES.put("WebSocket messages (Spring WebSocket, Tomcat's WebSocket endpoint)", frame -> frame.startsWith("org.springframework.web.socket.")
                || frame.startsWith("org.apache.tomcat.websocket.") || frame.startsWith("org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler"));
        STAGES.put("Spring for GraphQL: handler, interceptors, controller invocation, Reactor",
                frame -> frame.startsWith("org.springframework.graphql.") || frame.startsWith("reactor."));
        STAGES.put("observations (Micrometer; Spring Security's filter observations)", frame -> frame.startsWith("io.micrometer.")
                || frame.startsWith("org.springframework.security.web.ObservationFilterChainDecorator"));
        STAGES.put("Spring Security filters, rest", frame -> frame.startsWith("org.springframework.security."));
        STAGES.put("Spring MVC and servlet filters, rest", frame -> frame.startsWith("org.springframework.web.")
                || frame.startsWith("org.springframework.http.") || frame.startsWith("io.canale.shared.web."));
        STAGES.put("Tomcat and servlet API", frame -> frame.startsWith("org.apache.") || frame.startsWith("jakarta."));
        STAGES.put("Spring core, logging, other", frame -> !frame.startsWith("java.") && !frame.startsWith("jdk.") && !frame.startsWith("sun."));
    }

    private static String stage(List<String> frames) {
        for (String frame : frames) {
            for (Map.Entry<String, Predicate<String>> stage : STAGES.entrySet()) {
                if (stage.getValue().test(frame)) {
                    return stage.getKey();
                }
            }
        }
        return "JDK only";
    }

    private static final String SERVER = "server: HTTP, security, GraphQL, resolvers, driver";

    /** Whose work a sample is: the server's, the benchmark's clients', or the embedded store's (the database). */
    private static String side(List<String> frames) {
        if (frames.stream().anyMatch(frame -> frame.startsWith("io.canale.bench.") || frame.startsWith("jdk.internal.net.http."))) {
            return "benchmark clients (HTTP client, JSON parsing of the answers)";
        }
        if (frames.stream().anyMatch(frame -> frame.startsWith("de.bwaldvogel.") || frame.startsWith("io.netty."))) {
            return "embedded store (the database server)";
        }
        if (frames.stream().anyMatch(frame -> frame.startsWith("org.apache.") || frame.startsWith("org.springframework.")
                || frame.startsWith("graphql.") || frame.startsWith("io.canale.") || frame.startsWith("com.mongodb."))) {
            return SERVER;
        }
        return "other (JDK only, e.g. JFR itself)";
    }

    private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda[./0-9a-zA-Zx]*");

    private ProfileSummary() {
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Summarises a recording again: {@code ProfileSummary file.jfr [requests [template.html]]} writes {@code file.txt}
     * and {@code file.collapsed.gz}, and with the template of d3-flame-graph
     * ({@code npm pack d3-flame-graph@4.1.3}: {@code package/dist/templates/d3-flamegraph-base.html}, the one Linux
     * {@code perf script report flamegraph} fills too) an interactive flame graph of the server's stacks,
     * {@code file.html}.
     */
    public static void main(String[] args) throws IOException {
        String prefix = args[0].replaceFirst("\\.jfr$", "");
        summarise(Path.of(args[0]), Path.of(prefix + ".txt"), Path.of(prefix + ".collapsed.gz"), args[0],
                args.length > 1 ? Integer.parseInt(args[1]) : 0);
        if (args.length > 2) {
            flameGraph(Path.of(prefix + ".collapsed.gz"), Path.of(args[2]), Path.of(prefix + ".html"), args[0]);
        }
    }

    /** A node of the flame graph: a frame, the samples on it and below it, and its callees. */
    private static final class Node {
        final String name;
        long value;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        void add(String[] frames, int from, long count) {
            value += count;
            if (from < frames.length) {
                children.computeIfAbsent(frames[from], Node::new).add(frames, from + 1, count);
            }
        }

        /** As d3-flame-graph reads it, leaving out callees under {@code minimum} samples (their time stays here). */
        void json(StringBuilder out, long minimum) {
            out.append("{\"name\":\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"value\":")
                    .append(value).append(",\"children\":[");
            boolean first = true;
            for (Node child : children.values()) {
                if (child.value >= minimum) {
                    out.append(first ? "" : ",");
                    child.json(out, minimum);
                    first = false;
                }
            }
            out.append("]}");
        }
    }

    /** The server's stacks of a collapsed file as a d3-flame-graph page (callees under 0.05 % left out). */
    static void flameGraph(Path collapsed, Path template, Path html, String title) throws IOException {
        Node root = new Node(title);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(collapsed)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("[" + SERVER + "]")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                String[] frames = line.substring(0, space).split(";");
                root.add(frames, 1, Long.parseLong(line.substring(space + 1)));
            }
        }
        StringBuilder json = new StringBuilder();
        root.json(json, Math.max(1, root.value / 2000));
        String page = Files.readString(template).replace("/** @flamegraph_json **/", json)
                .replace("/** @options_json **/", "{\"title\":\"" + title.replace("\"", "'") + "\"}");
        Files.writeString(html, page);
    }

    /**
     * Runs the work under JFR and writes {@code prefix.jfr}, {@code prefix.txt} and {@code prefix.collapsed.gz}, and
     * {@code prefix.html} when {@code -Dbench.flamegraphTemplate} names d3-flame-graph's template (see {@link #main}).
     */
    static void record(Path prefix, String what, int requests, Work work) throws Exception {
        record(prefix, what, requests, took -> String.format(Locale.ROOT, "%s, %,d requests from 1 client in %,d ms = %.2f ms per request",
                what, requests, took.toMillis(), (double) took.toMillis() / requests), work);
    }

    /** As {@link #record(Path, String, int, Work)}, with the summary's title written from the recording's duration. */
    static void record(Path prefix, String what, int requests, java.util.function.Function<Duration, String> title, Work work)
            throws Exception {
        Path jfr = Path.of(prefix + ".jfr");
        Files.createDirectories(jfr.toAbsolutePath().getParent());
        Map<String, String> settings = new HashMap<>(Configuration.getConfiguration("profile").getSettings());
        settings.put("jdk.ExecutionSample#period", "1 ms");
        long start = System.nanoTime();
        try (Recording recording = new Recording(settings)) {
            recording.setName("canale-bench-" + what);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(jfr);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        summarise(jfr, Path.of(prefix + ".txt"), Path.of(prefix + ".collapsed.gz"), title.apply(took), requests);
        String template = System.getProperty("bench.flamegraphTemplate");
        if (template != null) {
            flameGraph(Path.of(prefix + ".collapsed.gz"), Path.of(template), Path.of(prefix + ".html"), what);
        }
        System.out.println("Profile: " + jfr + " (summary " + prefix + ".txt, stacks " + prefix + ".collapsed.gz"
                + (template != null ? ", flame graph " + prefix + ".html" : "") + ")");
    }

    static void summarise(Path jfr, Path summary, Path collapsed, String title, int requests) throws IOException {
        int all = 0;
        int server = 0;
        int truncated = 0;
        Map<String, Integer> sides = new LinkedHashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> selfByLibrary = new HashMap<>();
        Map<String, Integer> stages = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> stages.put(stage, 0));
        Map<String, Integer> stacks = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            all++;
            truncated += event.getStackTrace().isTruncated() ? 1 : 0;
            List<String> frames = frames(event.getStackTrace());
            String side = side(frames);
            sides.merge(side, 1, Integer::sum);
            stacks.merge("[" + side + "];" + String.join(";", frames.reversed()).replace(' ', '_'), 1, Integer::sum);
            if (!side.equals(SERVER)) {
                continue;
            }
            server++;
            self.merge(frames.getFirst(), 1, Integer::sum);
            selfByLibrary.merge(library(frames.getFirst()), 1, Integer::sum);
            new HashSet<>(frames).forEach(frame -> inclusive.merge(frame, 1, Integer::sum));
            stages.merge(stage(frames), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        out.add("JFR profile: " + title);
        out.add(String.format(Locale.ROOT, "%,d execution samples (1 ms period), %,d of them the server's (the shares below "
                + "are of those); %,d stacks truncated (run with -XX:FlightRecorderOptions:stackdepth=1024 so that none is).",
                all, server, truncated));
        sides.forEach((side, count) -> out.add(String.format(Locale.ROOT, "  %,7d  %s", count, side)));
        if (requests > 0) {
            out.add(String.format(Locale.ROOT, "The server's samples per request: %.2f", (double) server / requests));
        }
        out.add("JFR samples only threads that run Java code, so the server's samples per request compare runs made"
                + " under different load better than wall-clock times do.");
        out.add("");
        out.add("Stages of the request path (each sample counted once, where its topmost frame outside the JDK belongs)");
        int total = Math.max(1, server);
        stages.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> out.add(String.format(Locale.ROOT, "%6.1f%%  %s", 100.0 * entry.getValue() / total, entry.getKey())));
        out.add("");
        out.add("Own time by library (top frame)");
        top(selfByLibrary, 20).forEach(entry -> out.add(String.format(Locale.ROOT, "%6.1f%%  %s", 100.0 * entry.getValue() / total, entry.getKey())));
        out.add("");
        out.add("Hottest methods, own time (top frame)");
        top(self, 40).forEach(entry -> out.add(String.format(Locale.ROOT, "%6.1f%%  %s", 100.0 * entry.getValue() / total, entry.getKey())));
        out.add("");
        out.add("Hottest methods, inclusive (on the stack), below the servlet and filter plumbing");
        top(inclusive, 200).stream().filter(entry -> 100.0 * entry.getValue() / total < 97).limit(80)
                .forEach(entry -> out.add(String.format(Locale.ROOT, "%6.1f%%  %s", 100.0 * entry.getValue() / total, entry.getKey())));
        Files.write(summary, out);
        List<String> lines = new ArrayList<>();
        stacks.forEach((stack, count) -> lines.add(stack + " " + count));
        lines.sort(null);
        try (PrintWriter stacksOut = new PrintWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(collapsed)), StandardCharsets.UTF_8))) {
            lines.forEach(stacksOut::println);
        }
    }

    private static List<String> frames(RecordedStackTrace trace) {
        List<String> frames = new ArrayList<>(trace.getFrames().size());
        for (RecordedFrame frame : trace.getFrames()) {
            // Lambda classes are named by address, different in every run: one name for all keeps stacks comparable.
            frames.add(LAMBDA.matcher(frame.getMethod().getType().getName()).replaceAll("\\$\\$Lambda") + "."
                    + frame.getMethod().getName());
        }
        return frames;
    }

    /** The first three parts of a frame's package, e.g. {@code graphql.execution}, {@code org.springframework.security}. */
    private static String library(String frame) {
        String[] parts = frame.split("\\.");
        int keep = Math.min(3, Math.max(1, parts.length - 2));
        return String.join(".", Arrays.copyOf(parts, keep));
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit).toList();
    }
}

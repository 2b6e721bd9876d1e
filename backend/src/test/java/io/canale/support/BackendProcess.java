package io.canale.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.CanaleApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The backend as its own JVM, with the test's class path, the demo profile and the data directory given, so that a
 * test can {@link #kill()} it with SIGKILL (no shutdown hooks, no final commit) and start it again on the same data.
 */
public final class BackendProcess implements AutoCloseable {

    public final Process process;
    public final Http http;
    public final Path log;

    private BackendProcess(Process process, Http http, Path log) {
        this.process = process;
        this.http = http;
        this.log = log;
    }

    /** Starts the backend on {@code dir}/store; {@code settings} are further {@code --name=value} arguments. */
    public static BackendProcess start(Path dir, String name, String... settings) throws IOException, InterruptedException {
        int port = freePort();
        Path log = dir.resolve(name + ".log");
        // C1 only and the serial collector: the process starts in about half the time on two cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CanaleApplication.class.getName(), "--server.port=" + port, "--spring.profiles.active=demo",
                "--canale.auth.issuer=" + Http.ISSUER, "--canale.embedded.data-dir=" + dir.resolve("store"),
                "--canale.leads.deadline-check=PT24H"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_MONGODB_URI");
        long starting = System.nanoTime();
        BackendProcess backend = new BackendProcess(builder.start(), Http.forPort(port), log);
        backend.awaitReady(port);
        System.out.printf("[canale-tests] %s backend process ready in %.1f s%n", name, (System.nanoTime() - starting) / 1e9);
        return backend;
    }

    /** Polls the readiness probe until it answers 200, the process dies or the deadline passes. */
    private void awaitReady(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180)); // two cores shared by several builds start slowly
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the backend exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start-up; poll again
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        kill();
        throw new AssertionError("the backend was not ready within 180 s:\n" + tail());
    }

    /** SIGKILL on Linux: no shutdown hooks, no final commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The last 40 lines of the process's output. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

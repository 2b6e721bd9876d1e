package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal in a real browser against a real backend, shared by every browser test class: both run as separate
 * processes from their packaged jars (the portal's is the production build) and Chromium drives the UI. They
 * start once per test run, before the first browser test, and stop when the JVM exits, so adding a test class
 * costs no second start. Runs in {@code verify} (failsafe) after the backend module was built in the same
 * reactor; alone it needs {@code ./mvnw -pl portal-ui -am verify} or a prior {@code install} of schema and
 * backend. Every test signs in and ends signed out of both, and makes the data it needs.
 */
abstract class BrowserTestBase {


    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    /** Small pages, so the 46 demo partners span three of them and scrolling must page through cursors. */
    static final int PAGE_SIZE = 20;

    static final JsonMapper JSON = JsonMapper.shared();

    static final List<Process> processes = new ArrayList<>();
    static Path logs;
    static int backendPort;
    static int portalPort;
    static WebDriver browser;
    static WebDriverWait ui;

    @BeforeAll
    static void startBackendPortalAndBrowser() throws IOException {
        if (browser != null) {
            return; // started for an earlier test class of this run
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        Path backendJar = jar("canale.backend.jar", "../backend/target/canale-backend-0.1.0-SNAPSHOT-exec.jar",
                "build the backend first: ./mvnw -pl schema,backend,portal-ui verify (or -pl portal-ui -am)");
        Path portalJar = jar("canale.portal.jar", "target/canale-portal-ui-0.1.0-SNAPSHOT.jar",
                "package the portal first: ./mvnw -pl portal-ui package");
        logs = Files.createDirectories(Path.of(System.getProperty("canale.test.logs", "target/browser-it")));
        backendPort = freePort();
        portalPort = freePort();
        String portalUrl = "http://127.0.0.1:" + portalPort;
        String backendUrl = "http://localhost:" + backendPort;

        // Both start at once: the portal must not need the backend to start.
        Process backend = start("backend", backendJar,
                "--server.port=" + backendPort,
                "--spring.profiles.active=demo",
                "--canale.embedded.in-memory=true",
                "--canale.auth.issuer=" + backendUrl,
                "--canale.auth.portal.redirect-uris[0]=" + portalUrl + "/login/oauth2/code/canale",
                "--canale.auth.portal.post-logout-redirect-uris[0]=" + portalUrl + "/",
                // Each GraphQL request over HTTP is logged ("Executing: ..." by Spring for GraphQL's POST handler, which
                // the backend extends in GraphQlHttpStatus), so a test can tell what was asked.
                "--logging.level.org.springframework.graphql.server.webmvc.GraphQlHttpHandler=DEBUG",
                "--logging.level.io.canale.shared.graphql.GraphQlHttpStatus=DEBUG",
                // Webhook tests receive deliveries on the loopback address, over plain http.
                "--canale.webhooks.allowed-hosts=127.0.0.1");
        Process portal = start("portal", portalJar,
                "--server.port=" + portalPort,
                "--spring.profiles.active=demo",
                "--canale.backend.url=" + backendUrl,
                "--canale.portal.page-size=" + PAGE_SIZE,
                // The bell polls only while its live connection is down; NotificationBrowserIT proves it does not
                // poll while connected, at an interval that would show within the test.
                "--canale.portal.notification-refresh=3s",
                "--logging.level.io.canale.portal.notification.NotificationBell=DEBUG");
        // Readiness turns UP after the demo data is seeded (the aggregate health also checks the store).
        awaitHttp(backend, "backend", backendUrl + "/actuator/health/readiness", 200);
        awaitHttp(portal, "portal", portalUrl + "/", 302);
        assertThat(Files.readString(logs.resolve("portal.log")))
                .contains("Vaadin is running in production mode")
                .doesNotContainIgnoringCase("development mode");

        browser = chromium();
        ui = new WebDriverWait(browser, UI_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestBase::stopEverything));
        System.out.printf("Browser tests: run against a real backend process (pid %d, port %d) and Chromium %s%n",
                backend.pid(), backendPort, ((ChromeDriver) browser).getCapabilities().getBrowserVersion());
    }

    /** At the end of the run: the browser, then the servers (a killed JVM still stops them, see {@link #start}). */
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        processes.forEach(BrowserTestBase::stop);
    }

    static void signOut() {
        browser.findElement(By.id("sign-out")).click();
        // Back at the backend's login page: its session ended too, or it would have signed us in silently.
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    static void signInAtBackend(String email, String password) {
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Opens a portal page as the person, through the backend's sign-in. Should an earlier test have stopped
     * before signing out, it signs out first, so that one failure does not fail the tests after it.
     */
    static void openAs(String path, String email) {
        browser.get(portal(path));
        if (!browser.getCurrentUrl().contains("localhost:" + backendPort + "/login")) {
            click(By.id("sign-out"));
            ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
            browser.get(portal(path));
        }
        signInAtBackend(email, "canale-demo");
    }

    /**
     * Clicks once the element can be clicked, scrolled to the middle first: the view scrolls inside the app
     * layout, which the driver's own scrolling does not always reach.
     */
    static void click(By locator) {
        WebElement element = ui.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Hands the file to the upload's file input, as choosing it in the browser's dialog would. */
    static void upload(String uploadId, Path file) {
        WebElement upload = ui.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Types into a text field or area and leaves it, so that the value reaches the server. */
    static void type(String id, String text) {
        WebElement field = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** Sets a date picker's ISO value, as picking the date would (independent of the locale's format). */
    static void setDate(String id, String isoDate) {
        WebElement picker = ui.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", picker, isoDate);
    }

    /**
     * Picks a select's item by its label. The item is clicked by script once it is there: while the overlay opens
     * (it animates on phones) a pointer click may land on its neighbour.
     */
    static void choose(String selectId, String label) {
        click(By.id(selectId));
        WebElement item = ui.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[@role='option'][normalize-space(.)='" + label + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", item);
    }

    static String idAfter(String prefix, WebElement element) {
        return idAfter(prefix, element, "id");
    }

    static String idAfter(String prefix, WebElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.substring(value.lastIndexOf(prefix) + prefix.length());
    }

    static Path csv(String content) throws IOException {
        Path file = Files.createTempFile(logs, "upload-", ".csv");
        Files.writeString(file, content);
        return file;
    }

    static String portal(String path) {
        return "http://127.0.0.1:" + portalPort + path;
    }

    /** Makes names unique within a run, so no test depends on another's data. */
    static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    static WebDriver chromium() throws IOException {
        // No Selenium Manager: the driver and the browser come from the system's packages.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory(logs, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(logs.resolve("chromedriver.log").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    static Process start(String name, Path jar, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        File log = logs.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        // Should the test JVM be killed before the run ends, leave no server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /** Polls the URL until it answers with the expected status; fails at once if the process died. */
    static void awaitHttp(Process process, String name, String url, int status) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        try {
            new FluentWait<>(http).withTimeout(START_TIMEOUT).pollingEvery(Duration.ofMillis(500))
                    .withMessage(() -> name + " did not answer " + url + " with " + status + "\n" + tail(name))
                    .until(client -> {
                        if (!process.isAlive()) {
                            fail(name + " exited with " + process.exitValue() + "\n" + tail(name));
                        }
                        try {
                            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status;
                        } catch (IOException notYet) {
                            return false;
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(ex);
                        }
                    });
        } finally {
            http.close();
        }
    }

    static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static Path jar(String property, String fallback, String hint) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            fail(jar.toAbsolutePath() + " is missing: " + hint);
        }
        return jar;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Opens the page and waits until neither the page, nor the view inside the app layout, nor a visible grid
     * scrolls sideways (grids hide their secondary columns after the window's width reaches the server). Charts
     * may scroll inside their own box.
     */
    static void assertNoSidewaysScrolling(String path, String readyCss) {
        browser.get(portal(path));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyCss)));
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> path + " scrolls sideways at " + browser.manage().window().getSize() + ": "
                        + sidewaysOverflow())
                .until(driver -> sidewaysOverflow().isEmpty());
    }

    static String sidewaysOverflow() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const overflow = [];
                const wider = (name, element) => {
                    if (element && element.scrollWidth > element.clientWidth + 1) {
                        overflow.push(name + ' ' + element.scrollWidth + ' > ' + element.clientWidth);
                    }
                };
                wider('page', document.documentElement);
                const layout = document.querySelector('vaadin-app-layout');
                wider('view', layout && layout.shadowRoot.querySelector('[part=content]'));
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                    if (grid.offsetParent !== null) {
                        wider('grid #' + grid.id, grid.shadowRoot.querySelector('#table'));
                    }
                }
                return overflow.join(', ');
                """);
    }
}

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's main flows in a real browser against a real backend: both run as separate processes from
 * their packaged jars (the portal's is the production build), Chromium drives the UI. Runs in
 * {@code verify} (failsafe) after the backend module was built in the same reactor; alone it needs
 * {@code ./mvnw -pl portal-ui -am verify} or a prior {@code install} of schema and backend. The processes
 * and the browser are shared by all tests (started once); every test signs in and ends signed out of both.
 */
class PortalBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    /** Small pages, so the 46 demo partners span three of them and scrolling must page through cursors. */
    private static final int PAGE_SIZE = 20;

    private static final List<Process> processes = new ArrayList<>();
    private static Path logs;
    private static int backendPort;
    private static int portalPort;
    private static WebDriver browser;
    private static WebDriverWait ui;

    @BeforeAll
    static void startBackendPortalAndBrowser() throws IOException {
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
                "--canale.auth.portal.post-logout-redirect-uris[0]=" + portalUrl + "/");
        Process portal = start("portal", portalJar,
                "--server.port=" + portalPort,
                "--spring.profiles.active=demo",
                "--canale.backend.url=" + backendUrl,
                "--canale.portal.page-size=" + PAGE_SIZE);
        // Readiness turns UP after the demo data is seeded (the aggregate health also checks the store).
        awaitHttp(backend, "backend", backendUrl + "/actuator/health/readiness", 200);
        awaitHttp(portal, "portal", portalUrl + "/", 302);
        assertThat(Files.readString(logs.resolve("portal.log")))
                .contains("Vaadin is running in production mode")
                .doesNotContainIgnoringCase("development mode");

        browser = chromium();
        ui = new WebDriverWait(browser, UI_TIMEOUT);
        System.out.printf("PortalBrowserIT: ran against a real backend process (pid %d, port %d) and Chromium %s%n",
                backend.pid(), backendPort, ((ChromeDriver) browser).getCapabilities().getBrowserVersion());
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        processes.forEach(PortalBrowserIT::stop);
    }

    @Test
    void staffSignsInAtTheBackendPagesThroughPartnersAndSignsOutOfBoth() {
        browser.get("http://127.0.0.1:" + portalPort + "/");

        signInAtBackend("staff@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Giulia Conti"));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + portalPort + "/");
        assertThat(browser.findElement(By.id("viewer-email")).getText()).isEqualTo("staff@canale.demo");
        assertThat(browser.findElement(By.id("viewer-partner")).getText()).isEqualTo("Canale Manifattura S.p.A.");

        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='partners']")).click();
        WebElement grid = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("partner-grid")));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Bianchi Moto")));
        // The last partner by name is on the third page: scrolling must follow the cursors page by page.
        ui.until(driver -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[0].size - 1)", grid);
            return !driver.findElements(cell("Veloce Logistica")).isEmpty();
        });
        assertThat(browser.findElements(cell("Concessionaria Demo 40"))).isNotEmpty();

        signOut();
    }

    @Test
    void dealerAcceptsALeadRoutedToItFromTheInbox() {
        browser.get("http://127.0.0.1:" + portalPort + "/leads");

        signInAtBackend("dealer@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
        // A demo lead in Lombardia, routed to the dealer's "Rossi Auto" by the rule "Nord-Ovest".
        WebElement customer = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Davide Ferraro']")));
        String href = customer.getAttribute("href");
        String leadId = href.substring(href.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("lead-status-" + leadId)).getText()).contains("Routed", "h left");

        ui.until(ExpectedConditions.elementToBeClickable(By.id("lead-accept-" + leadId))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-status-" + leadId), "Accepted"));
        assertThat(browser.findElement(By.id("lead-accept-" + leadId)).isDisplayed()).isFalse();

        signOut();
    }

    @Test
    void carrierTapsPickedUpOnAShipmentWaitingForIt() {
        browser.get("http://127.0.0.1:" + portalPort + "/shipments");

        signInAtBackend("carrier@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-board")));
        // The demo order handed to "Veloce Logistica" and waiting for pick-up (LED bulbs for Rossi Auto, Milano).
        WebElement ready = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".shipment-card .status-badge[data-status='READY']")));
        String shipmentId = ready.getAttribute("id").substring("shipment-status-".length());
        assertThat(browser.findElement(By.id("shipment-" + shipmentId)).getText()).contains("Milano", "2 packages");

        ui.until(ExpectedConditions.elementToBeClickable(By.id("shipment-" + shipmentId + "-PICKED_UP"))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + shipmentId), "In transit"));
        // Only what may follow a pick-up is offered now.
        assertThat(browser.findElements(By.id("shipment-" + shipmentId + "-PICKED_UP"))).isEmpty();
        assertThat(browser.findElement(By.id("shipment-" + shipmentId + "-DELIVERED")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("shipment-" + shipmentId)).getText()).contains("Picked up");

        signOut();
    }

    private static void signOut() {
        browser.findElement(By.id("sign-out")).click();
        // Back at the backend's login page: its session ended too, or it would have signed us in silently.
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private static void signInAtBackend(String email, String password) {
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static WebDriver chromium() throws IOException {
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

    private static Process start(String name, Path jar, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        File log = logs.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        // Should the test JVM be killed before @AfterAll, leave no server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /** Polls the URL until it answers with the expected status; fails at once if the process died. */
    private static void awaitHttp(Process process, String name, String url, int status) {
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

    private static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void stop(Process process) {
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

    private static Path jar(String property, String fallback, String hint) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            fail(jar.toAbsolutePath() + " is missing: " + hint);
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks in the browser: a dealer's admin registers an endpoint (a private address is refused on the URL field; the
 * secret is shown once), a change the dealer takes part in reaches the endpoint and its delivery log, the secret is
 * rotated, the endpoint disabled and enabled, and a replay delivers the change again; staff find it under the dealer's name and delete it. The endpoint is a JDK HTTP server of the test on the loopback address, which the backend of the
 * browser tests may reach ({@code canale.webhooks.allowed-hosts}).
 */
class WebhookBrowserIT extends BrowserTestBase {

    /** The backend looks for due endpoints every second; a delivery follows within a few. */
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(40);

    record Received(String id, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void an_org_admin_registers_an_endpoint_sees_its_secret_once_and_its_deliveries_and_replays_one() {
        openAs("/webhooks", "dealer@canale.demo");
        click(By.id("webhook-new"));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-register-dialog")));

        // A private address: the API refuses it, and says why on the URL field.
        type("webhook-url", "https://10.0.0.1/hook");
        chooseRecordType("Orders and shipments");
        click(By.id("webhook-register-submit"));
        ui.until(ExpectedConditions.attributeToBe(By.id("webhook-url"), "invalid", "true"));
        assertThat(browser.findElement(By.cssSelector("#webhook-url [slot='error-message']")).getText())
                .contains("private, loopback or link-local");

        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        type("webhook-url", url);
        type("webhook-description", "ERP " + tag());
        click(By.id("webhook-register-submit"));

        // The secret, once: in a dialog that says so, and nowhere once it is closed.
        WebElement secretDialog = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-dialog")));
        String secret = browser.findElement(By.cssSelector("#secret-value input")).getDomProperty("value");
        assertThat(secret).startsWith("whsec_");
        assertThat(secretDialog.getText()).contains("you won’t see it again");
        assertThat(browser.findElement(By.id("secret-copy")).isDisplayed()).isTrue();
        click(By.xpath("//*[@id='secret-dialog']//vaadin-button[normalize-space(.)='Close']"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-dialog")));
        assertThat(browser.getPageSource()).doesNotContain(secret);

        // The new endpoint in the list, opening its page.
        click(cell(url));
        ui.until(ExpectedConditions.textToBe(By.id("webhook-title"), url));
        assertThat(browser.findElement(By.id("webhook-status")).getText()).isEqualTo("Active");
        assertThat(browser.findElement(By.id("webhook-types")).getText()).isEqualTo("Orders and shipments");
        assertThat(browser.findElements(By.id("webhook-enable"))).as("an active endpoint is not enabled again").isEmpty();
        String endpointPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/webhooks/"));

        // A change Rossi Auto takes part in reaches the endpoint and the delivery log.
        String orderId = submitOrderAsRossisSystem();
        new WebDriverWait(browser, DELIVERY_TIMEOUT).withMessage("a delivery of order " + orderId)
                .until(driver -> received.stream().anyMatch(delivery -> delivery.body().contains(orderId)));
        String sequence = received.stream().filter(delivery -> delivery.body().contains(orderId)).findFirst().orElseThrow().id();
        new WebDriverWait(browser, DELIVERY_TIMEOUT).withMessage("change " + sequence + " in the delivery log").until(driver -> {
            driver.get(portal(endpointPath));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-deliveries")));
            return !driver.findElements(cell(sequence)).isEmpty();
        });
        assertThat(browser.findElements(cell("Delivered"))).isNotEmpty();

        // Rotating: a new secret, once, while the old one keeps signing for the overlap.
        click(By.id("webhook-rotate"));
        click(By.cssSelector("#confirm-dialog [slot='confirm-button']"));
        secretDialog = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-dialog")));
        String rotated = browser.findElement(By.cssSelector("#secret-value input")).getDomProperty("value");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(secretDialog.getText()).contains("you won’t see it again", "The old secret keeps signing");
        click(By.xpath("//*[@id='secret-dialog']//vaadin-button[normalize-space(.)='Close']"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-dialog")));
        assertThat(browser.findElement(By.id("webhook-previous-secret")).getText()).startsWith("Still signs until");

        // Disabled and enabled again, each offered only when the endpoint's viewerCan allows it.
        click(By.id("webhook-disable"));
        ui.until(ExpectedConditions.textToBe(By.id("webhook-status"), "Disabled"));
        assertThat(browser.findElements(By.id("webhook-disable"))).isEmpty();
        click(By.id("webhook-enable"));
        ui.until(ExpectedConditions.textToBe(By.id("webhook-status"), "Active"));

        // Replay: not from 0, then from the delivered change, which arrives again with the same webhook-id.
        type("webhook-replay-from", "0");
        click(By.id("webhook-replay"));
        ui.until(ExpectedConditions.attributeToBe(By.id("webhook-replay-from"), "invalid", "true"));
        type("webhook-replay-from", sequence);
        click(By.id("webhook-replay"));
        new WebDriverWait(browser, DELIVERY_TIMEOUT).withMessage("change " + sequence + " delivered again")
                .until(driver -> received.stream().filter(delivery -> sequence.equals(delivery.id())).count() >= 2);

        // On a phone the endpoint's page does not scroll sideways.
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            assertNoSidewaysScrolling("/webhooks", "#webhook-grid");
            assertNoSidewaysScrolling(endpointPath, "#webhook-deliveries");
        } finally {
            browser.manage().window().setSize(desktop);
        }

        signOut();

        // Staff pick Rossi Auto, find the endpoint (registering is for their own partner only) and delete it after confirming.
        openAs("/webhooks", "staff@canale.demo");
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-new")));
        pickPartner("Rossi Auto");
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("webhook-new")));
        click(cell(url));
        ui.until(ExpectedConditions.textToBe(By.id("webhook-title"), url));
        click(By.id("webhook-delete"));
        click(By.cssSelector("#confirm-dialog [slot='confirm-button']"));
        ui.until(ExpectedConditions.urlMatches(".*/webhooks$"));
        pickPartner("Rossi Auto");
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooks-empty")));
        signOut();
    }

    private static void pickPartner(String name) {
        WebElement partner = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-partner")));
        partner.findElement(By.tagName("input")).sendKeys(name.substring(0, 5));
        click(By.xpath("//*[@id='webhook-partner']//vaadin-combo-box-item[normalize-space(.)='" + name + "']"));
    }

    private static void chooseRecordType(String label) {
        WebElement types = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-record-types")));
        types.findElement(By.tagName("input")).sendKeys(label.substring(0, 4));
        click(By.xpath("//*[@id='webhook-record-types']//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']"));
        types.findElement(By.tagName("input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    /** Rossi Auto's own system orders brake pads; answers the order's id. */
    private static String submitOrderAsRossisSystem() {
        Map<String, Object> input = Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)),
                "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20121",
                        "city", "Milano", "country", "IT"),
                "idempotencyKey", "webhook-it-" + tag());
        JsonNode submitted = PartnerSystemApi.as("dealer-system", backendPort).submitOrder(input);
        return submitted.at("/orders/0/id").asString();
    }
}

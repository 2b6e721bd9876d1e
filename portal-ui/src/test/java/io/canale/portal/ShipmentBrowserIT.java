package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The carrier's card details and correction: where to pick up, the order's number and where to deliver on the card;
 * tapping the card shows its events; the reporter corrects a mistaken delivery into transit (both events stay, the
 * corrected one struck through); after the real delivery the photo of the goods is attached and offered for download.
 * On a phone, in Italian.
 */
class ShipmentBrowserIT extends BrowserTestBase {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
            8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Test
    void the_carrier_reads_the_card_opens_its_events_corrects_the_last_one_and_attaches_the_photo() throws IOException {
        Handed handed = handedToVeloce("Cremona " + tag());
        String id = handed.shipmentId();
        openAs("/shipments", "carrier@canale.demo");
        WebElement card = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-" + id)));
        assertThat(browser.findElement(By.id("shipment-pickup-" + id)).getText())
                .contains("Pick up at", "Ferri Componenti", "Via dell'Industria 14", "40138 Bologna, Italy");
        assertThat(card.getText()).contains(handed.orderNumber());
        assertThat(browser.findElement(By.id("shipment-delivery-" + id)).getText()).contains("Deliver to", "Via Roma 1", handed.city());

        tapUntil(By.id("shipment-" + id + "-PICKED_UP"), ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + id), "In transit"));
        record(id, "DELIVERED", "M. Rossi");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + id), "Delivered"));

        // Tapping the card shows its events; the delivery was a mistake: corrected into transit.
        openEvents(id);
        List<WebElement> events = ui.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#shipment-events li"), 2));
        assertThat(events.get(0).getText()).startsWith("Picked up · ");
        assertThat(events.get(1).getText()).startsWith("Delivered · ").endsWith("· M. Rossi");
        tap(By.id("shipment-correct-IN_TRANSIT"));
        type("shipment-detail-text", "Hub Bologna");
        tap(By.id("shipment-detail-confirm"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + id), "In transit"));

        openEvents(id);
        events = ui.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#shipment-events li"), 3));
        assertThat(events.get(1).getDomAttribute("class")).contains("corrected");
        assertThat(events.get(1).getText()).contains("Delivered", "corrected");
        assertThat(events.get(2).getText()).startsWith("In transit · ").contains("Hub Bologna", "correction");
        tap(By.id("shipment-events-close"));

        // The real delivery, then the photo of the goods from the card's events.
        record(id, "DELIVERED", "Marco Rossi");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + id), "Delivered"));
        openEvents(id);
        Path photo = Files.createTempFile("consegna", ".png");
        Files.write(photo, PNG);
        upload("shipment-proof-upload", photo);
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shipment-events-close")));
        openEvents(id);
        assertThat(ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment-proof-download"))).getText())
                .startsWith("Photo consegna");
        assertThat(browser.findElements(By.id("shipment-proof-upload"))).as("one photo per shipment").isEmpty();
        tap(By.id("shipment-events-close"));
        signOut();
    }

    @Test
    void on_a_phone_in_italian_the_card_and_its_events_fit_and_read_in_italian() {
        Handed handed = handedToVeloce("Lodi " + tag());
        String id = handed.shipmentId();
        PersonApi carrier = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "carrier@canale.demo",
                "canale-demo");
        carrier.data("mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }", Map.of("l", "it"));
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/shipments", "carrier@canale.demo");
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-" + id)));
            assertThat(browser.findElement(By.id("shipment-pickup-" + id)).getText()).contains("Ritiro presso", "Ferri Componenti", "Italia");
            tapUntil(By.id("shipment-" + id + "-PICKED_UP"),
                    ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + id), "In viaggio"));
            openEvents(id);
            WebElement event = ui.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shipment-events li")));
            assertThat(event.getText()).matches("Ritirata · \\d{1,2} [a-z]{3} \\d{4}, \\d{2}:\\d{2}");
            assertThat(browser.findElement(By.id("shipment-correction")).getText()).contains("Correggi l’ultimo evento");
            new WebDriverWait(browser, UI_TIMEOUT).withMessage(() -> "the events scroll sideways: " + sidewaysOverflow())
                    .until(driver -> sidewaysOverflow().isEmpty());
            tap(By.id("shipment-events-close"));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
            carrier.data("mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }", Map.of("l", "en"));
        }
    }

    /**
     * Clicks once the element can be clicked, found afresh: the board re-renders its cards when a change arrives live,
     * which may replace the element between finding and clicking it.
     */
    private static void tap(By locator) {
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /**
     * Taps the card until its events show: a change arriving live re-renders the board, and a tap on a card replaced in
     * the meantime reaches no component on the server.
     */
    private static void openEvents(String shipmentId) {
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shipment-events-close"))); // an earlier one closed
        tapUntil(By.id("shipment-open-" + shipmentId), ExpectedConditions.visibilityOfElementLocated(By.id("shipment-events-close")));
    }

    private static void tapUntil(By locator, ExpectedCondition<?> then) {
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(TimeoutException.class).until(driver -> {
            tap(locator);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(then);
            return true;
        });
    }

    private static void record(String shipmentId, String type, String detail) {
        tapUntil(By.id("shipment-" + shipmentId + "-" + type), ExpectedConditions.visibilityOfElementLocated(By.id("shipment-detail-text")));
        type("shipment-detail-text", detail);
        tap(By.id("shipment-detail-confirm"));
    }

    record Handed(String shipmentId, String orderNumber, String city) {
    }

    /** A fresh order of Rossi Auto's system to Ferri, confirmed by Ferri's system and handed to Veloce. */
    private static Handed handedToVeloce(String city) {
        JsonNode orders = PartnerSystemApi.as("dealer-system", backendPort).mutate("submitOrder",
                "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id version } userErrors { field message } } }",
                Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)),
                        "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                        "deliveryAddress", Map.of("recipient", "Rossi Auto – officina", "street", "Via Roma 1", "postalCode", "20121",
                                "city", city, "country", "IT"),
                        "idempotencyKey", "shipment-it-" + tag())).path("orders");
        assertThat(orders).hasSize(1);
        PartnerSystemApi ferri = PartnerSystemApi.as("supplier-system", backendPort);
        JsonNode confirmed = ferri.mutate("confirmOrder", "mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { "
                + "order { id version } userErrors { field message } } }", Map.of("id", orders.at("/0/id").asString(),
                "expectedVersion", orders.at("/0/version").asInt(), "lines", List.of(Map.of("line", 1, "confirmedQuantity", 1,
                        "promisedDate", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())))).path("order");
        JsonNode shipped = ferri.mutate("createShipment", "mutation($input: CreateShipmentInput!) { createShipment(input: $input) { "
                + "order { number shipments { id } } userErrors { field message } } }", Map.of("orderId", confirmed.path("id").asString(),
                "expectedVersion", confirmed.path("version").asInt(), "carrierId", "ptn_veloce_logistica", "packages", 1)).path("order");
        return new Handed(shipped.at("/shipments/0/id").asString(), shipped.path("number").asString(), city);
    }
}

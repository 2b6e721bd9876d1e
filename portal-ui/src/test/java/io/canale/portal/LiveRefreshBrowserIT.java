package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Open inboxes refresh live: what another party changes through the API shows up on the page without a reload, carried
 * by the session's live connection (the {@code changes} subscription) and server push. The supplier's orders to answer
 * are in {@code NotificationBrowserIT}, with the bell.
 */
class LiveRefreshBrowserIT extends BrowserTestBase {

    static final Duration LIVE_TIMEOUT = Duration.ofSeconds(40);

    @Test
    void a_lead_of_the_dealers_own_system_appears_in_the_open_lead_inbox() {
        openAs("/leads", "dealer@canale.demo");
        ui.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-live", "true"));
        script("window.canaleNoReload = true");
        String name = "Live Lead " + tag();

        PartnerSystemApi.as("dealer-system", backendPort).mutate("createLead",
                "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field code message } } }",
                Map.of("idempotencyKey", "live-it-" + tag(), "contact", Map.of("name", name, "email", "live.lead@example.com"),
                        "address", Map.of("country", "IT", "region", "Lombardia")));

        new WebDriverWait(browser, LIVE_TIMEOUT).withMessage("the new lead's row to appear without a reload")
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + name + "']")));
        assertThat(script("return window.canaleNoReload === true")).as("the page was not reloaded").isEqualTo(true);

        signOut();
    }

    @Test
    void a_shipment_handed_to_the_carrier_appears_as_a_card_on_its_open_board() {
        openAs("/shipments", "carrier@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-board")));
        ui.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-live", "true"));
        script("window.canaleNoReload = true");

        String shipmentId = handFerrisNewOrderToVeloce();

        new WebDriverWait(browser, LIVE_TIMEOUT).withMessage("the new shipment's card to appear without a reload")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-" + shipmentId)));
        assertThat(script("return window.canaleNoReload === true")).as("the page was not reloaded").isEqualTo(true);

        signOut();
    }

    /** Rossi Auto's system orders brake pads, Ferri's system confirms them and hands them to Veloce; the shipment's id. */
    private static String handFerrisNewOrderToVeloce() {
        JsonNode order = PartnerSystemApi.as("dealer-system", backendPort).mutate("submitOrder",
                "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id version } userErrors { field message } } }",
                Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)),
                        "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20121",
                                "city", "Milano", "country", "IT"),
                        "idempotencyKey", "live-it-" + tag())).at("/orders/0");
        PartnerSystemApi supplier = PartnerSystemApi.as("supplier-system", backendPort);
        JsonNode confirmed = supplier.mutate("confirmOrder",
                "mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { order { id version } userErrors { field message } } }",
                Map.of("id", order.path("id").asString(), "expectedVersion", order.path("version").asInt(),
                        "lines", List.of(Map.of("line", 1, "confirmedQuantity", 1,
                                "promisedDate", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())))).path("order");
        JsonNode shipped = supplier.mutate("createShipment",
                "mutation($input: CreateShipmentInput!) { createShipment(input: $input) { order { shipments { id } } userErrors { field message } } }",
                Map.of("orderId", confirmed.path("id").asString(), "expectedVersion", confirmed.path("version").asInt(),
                        "carrierId", "ptn_veloce_logistica", "packages", 1)).at("/order/shipments");
        return shipped.get(shipped.size() - 1).path("id").asString();
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}

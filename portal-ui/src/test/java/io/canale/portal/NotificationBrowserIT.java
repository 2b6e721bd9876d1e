package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Notifications and live refresh in the browser: the bell's count grows while the page stays open (server push from the
 * session's live connection), an open inbox shows a new order without reload, the list leads to the record, and the
 * record's history says who changed what.
 */
class NotificationBrowserIT extends BrowserTestBase {

    /** Derived from the feed within about 2 s, then delivered on the live connection and pushed. */
    static final Duration LIVE_TIMEOUT = Duration.ofSeconds(40);
    /** What the bell logs when it counts because of a live notification (BrowserTestBase turns on its debug log). */
    static final String LIVE = "after a live notification";
    /** How the backend logs an HTTP request of the bell's count (Spring for GraphQL's handler at debug level). */
    static final String UNREAD_QUERY = "unreadNotifications {";

    @Test
    void a_live_notification_appears_without_reload_and_leads_to_its_order() {
        openAs("/", "supplier@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
        int before = unreadCount();
        // A reload would clear this mark: it stays only if the count arrives through the open page.
        script("window.canaleNoReload = true");

        JsonNode order = submittedOrderForFerri();
        String orderId = order.path("id").asString();
        new WebDriverWait(browser, LIVE_TIMEOUT).withMessage("the bell's count to grow without a reload")
                .until(driver -> unreadCount() > before);
        assertThat(script("return window.canaleNoReload === true")).as("the page was not reloaded").isEqualTo(true);

        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            click(By.id("notification-bell"));
            ui.until(ExpectedConditions.urlContains("/notifications"));
            By card = By.cssSelector(".notification-card[data-record-id='" + orderId + "']");
            WebElement notice = ui.until(ExpectedConditions.visibilityOfElementLocated(card));
            assertThat(notice.getText()).as("the order by its number").contains("Order to answer", "New",
                    "Order " + order.path("number").asString());
            assertThat(notice.getDomAttribute("class")).contains("unread");
            Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);
            Object header = script("const header = document.querySelector('.app-header');"
                    + " return header.scrollWidth - header.clientWidth");
            assertThat(((Number) header).intValue()).as("the header with the bell fits a phone").isLessThanOrEqualTo(0);
            click(card);
        } finally {
            browser.manage().window().setSize(desktop);
        }
        ui.until(ExpectedConditions.urlContains("/orders/" + orderId));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-title")));
        // Opened, so read: the bell counts it no more.
        ui.until(driver -> unreadCount() == before);

        click(By.id("history-open"));
        WebElement entry = ui.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#history-entries .history-entry")));
        assertThat(entry.findElement(By.className("history-who")).getText()).isNotBlank();
        assertThat(entry.findElement(By.className("history-when")).getText()).isNotBlank();
        assertThat(entry.getText()).as("the created order's first values").contains("Created", "FRN-PAD-001");
        assertThat(entry.getText()).as("strings without their JSON quotes").doesNotContain("\"FRN-PAD-001\"");
        click(By.id("history-close"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("history-dialog")));

        signOut();
    }

    @Test
    void a_changed_mail_preference_is_kept_after_a_reload_and_the_page_fits_a_phone() {
        openAs("/notifications", "carrier@canale.demo");
        click(By.id("notifications-preferences"));
        ui.until(ExpectedConditions.urlContains("/notifications/preferences"));
        By shipments = By.id("preference-SHIPMENT_HANDED_OVER");
        WebElement row = ui.until(ExpectedConditions.visibilityOfElementLocated(shipments));
        assertThat(row.getText()).contains("Shipment handed over to you", "Default: Immediately");
        assertThat(browser.findElements(By.id("preference-LEAD_ROUTED"))).as("a carrier receives no leads").isEmpty();
        assertThat(checked(shipments)).isEqualTo("Immediately");

        click(radio("preference-SHIPMENT_HANDED_OVER", "Off"));
        click(By.id("preferences-save"));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'Preferences saved')]")));
        browser.navigate().refresh();
        ui.until(ExpectedConditions.visibilityOfElementLocated(shipments));
        assertThat(checked(shipments)).as("the choice after a reload").isEqualTo("Off");

        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            ui.until(ExpectedConditions.visibilityOfElementLocated(shipments));
            new WebDriverWait(browser, UI_TIMEOUT).withMessage("the preferences page scrolls sideways at 390 px")
                    .until(driver -> ((Number) script("return document.documentElement.scrollWidth"
                            + " - document.documentElement.clientWidth")).intValue() <= 0);
        } finally {
            browser.manage().window().setSize(desktop);
        }

        click(radio("preference-SHIPMENT_HANDED_OVER", "Immediately"));
        click(By.id("preferences-save"));
        // A reload before the save's answer would read the earlier choice.
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'Preferences saved')]")));
        browser.navigate().refresh();
        ui.until(ExpectedConditions.visibilityOfElementLocated(shipments));
        assertThat(checked(shipments)).isEqualTo("Immediately");
        signOut();
    }

    private static By radio(String groupId, String label) {
        return By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']");
    }

    /** The label of the radio button checked in the group, as the page shows it now. */
    private static String checked(By group) {
        return browser.findElement(group).findElement(By.cssSelector("vaadin-radio-button[checked]")).getText().strip();
    }

    @Test
    void a_new_order_appears_live_on_the_open_supplier_inbox_and_the_bell_counts_it_without_polling() {
        String earlier = submitOrderForFerri();
        openAs("/supplier/orders", "supplier@canale.demo");
        ui.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-live", "true"));
        long liveBefore = logLines("portal", LIVE);
        int before = unreadCount();
        // An unfolded row stays unfolded through a live refresh (rows are told apart by id).
        click(By.id("supplier-order-status-" + earlier));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("supplier-order-details-" + earlier)));
        script("window.canaleNoReload = true");

        String orderId = submitOrderForFerri();

        new WebDriverWait(browser, LIVE_TIMEOUT).withMessage("the new order's row to appear without a reload")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("supplier-order-status-" + orderId)));
        new WebDriverWait(browser, LIVE_TIMEOUT).withMessage("the bell's count to grow without a reload")
                .until(driver -> unreadCount() > before);
        assertThat(script("return window.canaleNoReload === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.findElement(By.id("supplier-order-details-" + earlier)).isDisplayed())
                .as("the unfolded row is still unfolded").isTrue();
        assertThat(logLines("portal", LIVE)).as("the bell counted because of a live notification").isGreaterThan(liveBefore);

        // The backend logs every GraphQL request it executes over HTTP (BrowserTestBase): while nothing happens and
        // the page stays open, nobody asks for unreadNotifications — the bell polled every 3 s here before.
        // Both orders' notifications may still be arriving (the earlier one was submitted just before the page
        // opened), and each asks for one count: the quiet window starts once the counts have settled for 2 s.
        long asked = settledCount(UNREAD_QUERY, Duration.ofSeconds(2));
        assertThat(asked).as("the backend logs the bell's counts over HTTP (the page asked once when it opened)").isPositive();
        long quietFrom = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500))
                .until(driver -> Duration.ofNanos(System.nanoTime() - quietFrom).toSeconds() >= 7);
        assertThat(browser.findElement(By.id("notification-bell")).getDomAttribute("data-live")).isEqualTo("true");
        assertThat(logLines("backend", UNREAD_QUERY)).as("unreadNotifications asked over HTTP during 7 quiet seconds")
                .isEqualTo(asked);

        signOut();
    }

    /** The backend's count of log lines containing the text, once it has not changed for {@code still}. */
    private static long settledCount(String containing, Duration still) {
        long[] last = {logLines("backend", containing), System.nanoTime()};
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
                .withMessage("the bell's counts to settle after the new orders")
                .until(driver -> {
                    long now = logLines("backend", containing);
                    if (now != last[0]) {
                        last[0] = now;
                        last[1] = System.nanoTime();
                    }
                    return System.nanoTime() - last[1] >= still.toNanos();
                });
        return last[0];
    }

    private static long logLines(String process, String containing) {
        try (var lines = java.nio.file.Files.lines(logs.resolve(process + ".log"))) {
            return lines.filter(line -> line.contains(containing)).count();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int unreadCount() {
        String count = browser.findElement(By.id("notification-count")).getDomAttribute("data-count");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Rossi Auto's own system orders brake pads, which Ferri Componenti supplies; answers the order's id. */
    private static String submitOrderForFerri() {
        return submittedOrderForFerri().path("id").asString();
    }

    /** The order's id and number. */
    private static JsonNode submittedOrderForFerri() {
        return PartnerSystemApi.as("dealer-system", backendPort).mutate("submitOrder",
                "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id number } userErrors { field message } } }",
                Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)),
                        "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20121",
                                "city", "Milano", "country", "IT"),
                        "idempotencyKey", "notification-it-" + tag())).at("/orders/0");
    }
}

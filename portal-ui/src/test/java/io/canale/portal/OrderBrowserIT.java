package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** Catalog, orders, shipments and stock in the browser, as dealers, suppliers, carriers and staff use them. */
class OrderBrowserIT extends BrowserTestBase {

    @Test
    void dealer_orders_from_two_suppliers_with_a_price_preview_and_a_draft_and_follows_the_split_orders() {
        openAs("/orders/new", "dealer@canale.demo");
        chooseProduct(0, "FRN-PAD", "FRN-PAD-001");
        // Quantity 0 is refused on the field; nothing is submitted.
        typeQuantity(0, "0");
        clickCentred(By.id("order-submit"));
        ui.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("order-line-0-quantity")), "invalid"));
        assertThat(browser.getCurrentUrl()).endsWith("/orders/new");

        typeQuantity(0, "3");
        clickCentred(By.id("order-add-line"));
        chooseProduct(1, "BAT", "BAT-12V-070");
        typeQuantity(1, "2");
        // Rossi Auto is GOLD (10 % off): 3 × 43.20 + 2 × 125.10, from two suppliers.
        ui.until(ExpectedConditions.textToBe(By.id("order-preview-total"), "Total: €379.80"));
        assertThat(browser.findElement(By.id("order-preview")).getText()).contains("Ferri Componenti", "Gallo Ricambi");

        fillIn("order-recipient", "Rossi Auto – magazzino");
        fillIn("order-street", "Via Roma 1");
        fillIn("order-postal-code", "20121");
        fillIn("order-city", "Milano");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("order-requested-date")),
                LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        // Saved as a draft first: the submission then goes through the saved draft.
        clickCentred(By.id("order-save-draft"));
        clickCentred(By.cssSelector("#order-drafts vaadin-details-summary"));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("2 lines FRN-PAD-001, BAT-12V-070")));
        clickCentred(By.id("order-submit"));
        // Submitted from the review, which shows one total per supplier.
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-review-total")));
        clickCentred(By.id("order-review-submit"));

        // Split into one order per supplier: the list highlights both, labelled with the same submission.
        ui.until(ExpectedConditions.urlContains("/orders?group="));
        String group = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("group=") + 6);
        String label = group.substring(group.length() - 6).toUpperCase(Locale.ROOT);
        ui.until(ExpectedConditions.numberOfElementsToBe(cell(label), 2));
        WebElement firstOrder = browser.findElements(By.cssSelector("a[id^='order-link-']")).getFirst();
        String orderId = firstOrder.getDomAttribute("id").substring("order-link-".length());
        assertThat(browser.findElement(By.id("order-status-" + orderId)).getText()).isEqualTo("Submitted");

        firstOrder.click();
        ui.until(ExpectedConditions.textToBe(By.id("order-submission"), label));
        // What happens next, in the API's words for the dealer.
        assertThat(browser.findElement(By.id("order-next-step")).getText()).isEqualTo("Waiting for the supplier's answer");
        assertThat(browser.findElement(By.id("order-status-" + orderId)).getText()).isEqualTo("Submitted");
        assertThat(browser.findElement(By.id("order-timeline")).getText()).contains("submitted");
        clickCentred(By.id("order-cancel"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reason-text textarea")))
                .sendKeys("Ordered by mistake");
        browser.findElement(By.id("reason-confirm")).click();
        ui.until(ExpectedConditions.textToBe(By.id("order-status-" + orderId), "Cancelled"));

        signOut();
    }

    @Test
    void a_dealer_finds_products_by_words_and_is_told_what_to_try_when_nothing_matches() {
        openAs("/catalog", "dealer@canale.demo");
        type("catalog-search", "DISC brake");
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("[id^='availability-']")).stream()
                        .filter(WebElement::isDisplayed).count() == 1);
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("availability-FRN-DSC-002")));
        type("catalog-search", "pastiglie");
        ui.until(driver -> "No product matches \"pastiglie\". Try part of the SKU or another word.".equals(
                driver.findElement(By.cssSelector("#catalog-grid > [slot='empty-state']")).getDomProperty("textContent")));

        // Order entry's picker searches the same way: words of the name, and says so when nothing matches.
        browser.get(portal("/orders/new"));
        chooseProduct(0, "front brake", "FRN-PAD-001");
        clickCentred(By.id("order-add-line"));
        WebElement picker = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-line-1-sku")));
        picker.findElement(By.tagName("input")).sendKeys("zzz");
        ui.until(driver -> "No product matches \"zzz\". Try part of the SKU or another word.".equals(
                picker.findElement(By.cssSelector("[slot='helper']")).getDomProperty("textContent")));
    }

    @Test
    void carrier_taps_picked_up_on_a_shipment_waiting_for_it() {
        openAs("/shipments", "carrier@canale.demo");
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

    /**
     * The supplier's to-answer / to-ship flow: the order waits under "To answer", is answered line by line, moves to
     * "To ship" and stays there through a partial hand-over, until everything confirmed is with the carrier; the
     * hand-over action is offered only while something is left, and the status says what happens next.
     */
    @Test
    void supplier_answers_an_order_then_hands_it_over_in_two_parts_and_it_stays_to_ship_until_all_is_handed_over() {
        // A fresh order of Rossi Auto's own system, so that no demo order is used up. Milano and 2 packages per
        // hand-over, like the demo shipment the carrier's test picks up, whichever it finds first.
        String orderId = submitOrderThroughTheApi("Milano", Map.entry("FRN-PAD-001", 5), Map.entry("FLT-OIL-010", 2));
        String reason = "Filtri in arrivo con il prossimo lotto " + tag();
        openAs("/supplier/orders", "supplier@canale.demo");

        // "To answer" is the first view.
        ui.until(ExpectedConditions.textToBe(By.id("supplier-order-status-" + orderId), "Waiting for your answer"));
        click(By.id("supplier-order-answer-" + orderId));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-line-2")));
        setDate("answer-promise-all", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        type("answer-line-2-quantity", "1");
        click(By.id("answer-send"));
        // Less than ordered needs a reason: refused on line 2's field, nothing sent.
        ui.until(ExpectedConditions.attributeToBe(By.id("answer-line-2-reason"), "invalid", "true"));
        assertThat(browser.findElement(By.id("answer-line-1-reason")).getDomAttribute("invalid")).isNull();
        type("answer-line-2-reason", reason);
        click(By.id("answer-send"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer-dialog")));
        // Answered: no longer among the orders to answer, but among those to ship.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("supplier-order-status-" + orderId)));
        choose("supplier-order-filter", "To ship");
        ui.until(ExpectedConditions.textToBe(By.id("supplier-order-status-" + orderId), "To hand over: 2 of 2 lines"));

        // First part: 3 of line 1's 5 and line 2's single filter.
        handOver(orderId, Map.of(1, "3"));
        ui.until(ExpectedConditions.textToBe(By.id("supplier-order-status-" + orderId), "To hand over: 1 of 2 lines"));
        assertThat(browser.findElement(By.id("supplier-order-handover-" + orderId)).isDisplayed()).isTrue();

        // The rest: the dialog offers only what is left (2 of line 1).
        click(By.id("supplier-order-handover-" + orderId));
        WebElement rest = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("handover-line-1-quantity")));
        assertThat(rest.getDomProperty("value")).isEqualTo("2");
        assertThat(browser.findElements(By.id("handover-line-2-quantity"))).isEmpty();
        click(By.id("handover-cancel"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handover-dialog")));
        handOver(orderId, Map.of());
        // Everything confirmed is with the carrier: off the list to ship; under all orders without the hand-over action.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("supplier-order-status-" + orderId)));
        choose("supplier-order-filter", "All orders");
        ui.until(ExpectedConditions.textToBe(By.id("supplier-order-status-" + orderId), "Handed over, with the carrier"));
        assertThat(browser.findElements(By.id("supplier-order-handover-" + orderId))).as("nothing left to hand over")
                .allMatch(action -> !action.isDisplayed());

        // Its answers, hand-overs and shipments unfold under the row.
        click(By.id("supplier-order-status-" + orderId));
        WebElement details = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("supplier-order-details-" + orderId)));
        assertThat(details.getText()).contains("Veloce Logistica: 2 packages, Ready for pick-up",
                "Line 1: FRN-PAD-001", "5 confirmed for", "5 of 5 handed over", "Line 2: FLT-OIL-010", "1 confirmed for",
                "1 of 1 handed over", reason);

        signOut();
    }

    /** Hands the order to Veloce Logistica in 2 packages, with the given units per line (the others as offered). */
    private static void handOver(String orderId, Map<Integer, String> units) {
        click(By.id("supplier-order-handover-" + orderId));
        WebElement carrier = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("handover-carrier")));
        carrier.findElement(By.tagName("input")).sendKeys("Veloce");
        click(By.xpath("//*[@id='handover-carrier']//vaadin-combo-box-item[normalize-space(.)='Veloce Logistica']"));
        type("handover-packages", "2");
        units.forEach((line, quantity) -> type("handover-line-" + line + "-quantity", quantity));
        click(By.id("handover-confirm"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handover-dialog")));
    }

    @Test
    void supplier_uploads_a_stock_file_and_sees_the_refused_row() throws IOException {
        // FRN-DSC-002 runs out (6 left in the demo), FRN-PAD-001 stays as it is, BAT-12V-070 is Gallo's.
        Path stock = csv("""
                sku,available,nextBatchQuantity,nextBatchEta
                FRN-DSC-002,0,,
                FRN-PAD-001,240,,
                BAT-12V-070,10,,
                """);
        openAs("/stock", "supplier@canale.demo");

        upload("stock-upload", stock);
        ui.until(driver -> driver.findElement(By.id("stock-publish")).getDomAttribute("disabled") == null);
        click(By.id("stock-publish"));
        ui.until(ExpectedConditions.textToBe(By.id("stock-upload-summary"), "Rows read: 3 · applied: 2 · refused: 1"));
        // The third data row is row 4 of the sheet (the header is row 1); its SKU is not the supplier's.
        WebElement errors = browser.findElement(By.id("stock-upload-errors"));
        ui.until(ExpectedConditions.presenceOfNestedElementLocatedBy(errors, cell("4")));
        assertThat(errors.findElements(cell("sku"))).isNotEmpty();
        assertThat(errors.findElements(cell("no product BAT-12V-070 of yours"))).isNotEmpty();
        signOut();

        // Dealers see the band, not the quantity.
        openAs("/catalog", "dealer@canale.demo");
        type("catalog-search", "FRN-DSC-002");
        // The filter applies lazily: wait for the narrowed grid, not the product's row in the full list. Rows
        // re-rendered meanwhile go stale under the wait: look again.
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("[id^='availability-']")).stream()
                        .filter(WebElement::isDisplayed).count() == 1);
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("availability-FRN-DSC-002"), "Out of stock"));
        assertThat(browser.findElement(By.id("availability-FRN-DSC-002")).getText()).doesNotContain("available");
        signOut();
    }

    @Test
    void supplier_reads_demand_as_a_chart_with_the_figures_and_alerts() {
        List<String> galloSkus = List.of("BAT-12V-070", "LMP-LED-H7", "TYR-205-55");
        openAs("/demand", "supplier2@canale.demo");

        // The demo orders and opportunities of the coming weeks: bars with their figures in a title.
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demand-chart svg rect.bar")));
        List<String> barTitles = browser.findElements(By.cssSelector("#demand-chart svg rect.bar title")).stream()
                .map(title -> title.getDomProperty("textContent")).toList();
        assertThat(barTitles).isNotEmpty().allSatisfy(title -> assertThat(galloSkus).anyMatch(title::startsWith));
        WebElement figures = browser.findElement(By.id("demand-figures"));
        ui.until(ExpectedConditions.presenceOfNestedElementLocatedBy(figures, cell("BAT-12V-070")));
        assertThat(browser.findElements(cell("FRN-PAD-001"))).isEmpty();
        List<WebElement> alerts = browser.findElements(By.cssSelector("#low-stock-alerts li[id^='low-stock-']"));
        assertThat(alerts).isNotEmpty().allSatisfy(alert -> assertThat(galloSkus).contains(idAfter("low-stock-", alert)));
        assertThat(alerts.getFirst().getText()).contains("short by");

        // Suppliers never learn which dealer wants what: no dealer in the texts, the figures or the bars' titles.
        String everything = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.body.innerText + ' ' + document.getElementById('demand-chart').textContent");
        assertThat(everything).contains("BAT-12V-070").doesNotContain("Rossi", "Bianchi", "Concessionaria");
        assertThat(figures.findElements(cell("Dealers"))).isEmpty();

        int eightWeeks = browser.findElements(By.cssSelector("#demand-chart svg text.category")).size();
        assertThat(eightWeeks).isGreaterThanOrEqualTo(8);
        choose("demand-weeks", "12 weeks");
        ui.until(driver -> driver.findElements(By.cssSelector("#demand-chart svg text.category")).size() >= 12);
        assertThat(browser.findElements(By.cssSelector("#demand-chart svg rect.bar"))).isNotEmpty();

        signOut();
    }

    @Test
    void staff_create_a_product_find_it_in_the_catalog_and_rename_it() {
        String sku = "TST-" + tag().toUpperCase(Locale.ROOT);
        openAs("/catalog", "staff@canale.demo");

        click(By.id("catalog-new-product"));
        type("product-sku", sku);
        type("product-name-it", "Prodotto di prova " + sku);
        type("product-name-en", "Test product " + sku);
        type("product-line", "Ricambi");
        WebElement supplier = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("product-supplier")));
        supplier.findElement(By.tagName("input")).sendKeys("Ferri");
        click(By.xpath("//*[@id='product-supplier']//vaadin-combo-box-item[normalize-space(.)='Ferri Componenti']"));
        click(By.id("product-save"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("product-dialog")));

        type("catalog-search", sku);
        // The filter applies lazily: wait for the narrowed grid (unused rows stay hidden in the DOM), or the click
        // may hit a row about to be replaced.
        ui.until(driver -> driver.findElements(By.cssSelector("[id^='catalog-edit-']")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Test product " + sku)));
        assertThat(browser.findElements(cell("Ferri Componenti"))).isNotEmpty();

        click(By.id("catalog-edit-" + sku));
        // The dialog loads the product as stored, with its version, before it shows the names.
        ui.until(ExpectedConditions.textToBePresentInElementValue(By.cssSelector("#product-name-en input"),
                "Test product " + sku));
        type("product-name-en", "Renamed product " + sku);
        click(By.id("product-save"));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Renamed product " + sku)));
        assertThat(ui.until(ExpectedConditions.invisibilityOfElementLocated(cell("Test product " + sku)))).isTrue();

        signOut();
    }

    @Test
    void a_dealer_sees_only_its_tiers_price_lists_and_looks_up_a_price() {
        openAs("/price-lists", "dealer@canale.demo");
        // Rossi Auto is GOLD: the other tiers' lists do not appear.
        WebElement gold = ui.until(ExpectedConditions.presenceOfElementLocated(cell("Listino Gold 2026")));
        assertThat(browser.findElements(cell("Listino Silver 2026"))).isEmpty();
        assertThat(browser.findElements(By.id("price-list-new"))).isEmpty();

        gold.click();
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("price-list-detail")));
        type("price-list-lookup", "frn-pad-001");
        click(By.id("price-list-lookup-button"));
        // 48.00 list price, 10 % off for GOLD, as on the dealer's catalog and orders.
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("FRN-PAD-001")));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '43.20')]")));

        signOut();
    }

    /**
     * Submits an order of Rossi Auto to a single supplier as the dealer's own system would: a client-credentials
     * token for {@code dealer-system}, then {@code submitOrder}, wanted a week ahead. Returns the order's id.
     */
    @SafeVarargs
    private static String submitOrderThroughTheApi(String city, Map.Entry<String, Integer>... lines) {
        Map<String, Object> input = Map.of(
                "lines", Arrays.stream(lines).map(line -> Map.of("sku", line.getKey(), "quantity", line.getValue())).toList(),
                "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto – officina", "street", "Via Roma 1", "postalCode", "20121",
                        "city", city, "country", "IT"),
                "idempotencyKey", "browser-it-" + tag());
        JsonNode submitted = PartnerSystemApi.as("dealer-system", backendPort).submitOrder(input);
        assertThat(submitted.path("orders")).as("one supplier, one order: %s", submitted).hasSize(1);
        return submitted.at("/orders/0/id").asString();
    }

    private static void chooseProduct(int line, String typed, String sku) {
        WebElement comboBox = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-line-" + line + "-sku")));
        comboBox.findElement(By.tagName("input")).sendKeys(typed);
        // The items are rendered in the combo box's light DOM (slot "overlay") since Vaadin 25.
        ui.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='order-line-" + line
                + "-sku']//vaadin-combo-box-item[starts-with(normalize-space(.), '" + sku + "')]"))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-line-" + line), "each"));
    }

    /** Scrolls the element to the middle of the window first, clear of the header and the form's bottom. */
    private static void clickCentred(By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        ui.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void typeQuantity(int line, String quantity) {
        WebElement input = browser.findElement(By.cssSelector("#order-line-" + line + "-quantity input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
    }

    /** Replaces what the field holds: a new order starts at the dealer's default or last address. */
    private static void fillIn(String id, String text) {
        browser.findElement(By.cssSelector("#" + id + " input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}

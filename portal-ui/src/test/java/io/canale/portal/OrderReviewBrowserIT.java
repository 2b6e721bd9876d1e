package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dealer's order flow: a saved address, the review before submission, the order number, the confirmation PDF
 * through the portal, ordering again, and the new screens at phone width.
 */
class OrderReviewBrowserIT extends BrowserTestBase {

    @Test
    void dealer_saves_an_address_reviews_submits_downloads_the_confirmation_and_orders_again() {
        openAs("/orders/new", "dealer@canale.demo");
        // A new order starts at the address of Rossi's last order (or its default one).
        ui.until(driver -> !inputValue("order-recipient").isBlank());

        chooseProduct(0, "FRN-PAD", "FRN-PAD-001");
        typeInto("order-line-0-quantity", "3");
        String depot = "Rossi Auto – deposito " + tag();
        typeInto("order-recipient", depot);
        typeInto("order-street", "Viale Lombardia 8");
        typeInto("order-postal-code", "20900");
        typeInto("order-city", "Monza");
        click(By.id("order-save-address"));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-saved-address")));

        // The address book: the new address becomes the default.
        click(By.id("order-manage-addresses"));
        WebElement row = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[starts-with(@id,'address-') and contains(@class,'address-row')][contains(., '" + depot + "')]")));
        String addressId = row.getDomAttribute("id").substring("address-".length());
        if (!browser.findElements(By.id("address-default-" + addressId)).isEmpty()) {
            click(By.id("address-default-" + addressId));
        }
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("address-" + addressId), "default"));
        assertThat(browser.findElements(By.id("address-default-" + addressId))).isEmpty();
        click(By.id("addresses-close"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("addresses-dialog")));

        setDate("order-requested-date", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString());
        // Review first: the supplier's lines and total, the date and the address; back leaves the form as it was.
        click(By.id("order-submit"));
        WebElement review = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-review-supplier-ptn_ferri_componenti")));
        assertThat(review.getText()).contains("Ferri Componenti", "FRN-PAD-001", "× 3", "€129.60");
        assertThat(browser.findElement(By.id("order-review-address")).getText()).contains(depot, "Viale Lombardia 8", "20900 Monza");
        assertThat(browser.findElement(By.id("order-review-date")).getText()).isNotBlank();
        click(By.id("order-review-back"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("order-review")));
        assertThat(browser.getCurrentUrl()).endsWith("/orders/new");
        click(By.id("order-submit"));
        click(By.id("order-review-submit"));

        // The order's page names it by its number.
        ui.until(ExpectedConditions.urlMatches("/orders/ord_"));
        String orderId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        String title = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-title"))).getText();
        assertThat(title).matches("Order \\d{4}-\\d{6}");
        String number = title.substring("Order ".length());

        // The confirmation comes through the portal with the reader's session: a PDF named after the number.
        List<?> pdf = fetch(browser.findElement(By.id("order-confirmation-pdf")).getDomAttribute("href"));
        assertThat(pdf.get(0)).isEqualTo(200L);
        assertThat((String) pdf.get(1)).startsWith("application/pdf");
        assertThat((String) pdf.get(2)).isEqualTo("%PDF");
        assertThat((String) pdf.get(3)).contains("order-confirmation-" + number + ".pdf");

        // The list finds it by its number, and shows the number as the link.
        browser.get(portal("/orders"));
        typeInto("order-filter-number", number);
        // Rows the grid no longer needs stay in the page, hidden: count the shown ones. Re-rendered rows go stale: look again.
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("a[id^='order-link-']")).stream().filter(WebElement::isDisplayed)
                        .map(link -> link.getDomAttribute("id")).toList().equals(List.of("order-link-" + orderId)));
        assertThat(browser.findElement(By.id("order-link-" + orderId)).getText()).isEqualTo(number);

        // Ordering again: a new draft with the same line and address, and a word on what was copied.
        browser.get(portal("/orders/" + orderId));
        click(By.id("order-reorder"));
        ui.until(ExpectedConditions.urlContains("/orders/new?draft="));
        assertThat(ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-reorder-notice"))).getText())
                .contains(number, "every line was copied");
        // The same product and quantity: Ferri's pads, 3 × €43.20.
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-line-0"), "€129.60"));
        assertThat(inputValue("order-line-0-sku")).startsWith("FRN-PAD-001");
        assertThat(inputValue("order-city")).isEqualTo("Monza");
        click(By.id("order-start-over"));
        signOut();

        // The supplier's list names the order by the same number, with its total.
        openAs("/supplier/orders", "supplier@canale.demo");
        assertThat(ui.until(ExpectedConditions.presenceOfElementLocated(By.id("supplier-order-number-" + orderId))).getText())
                .isEqualTo(number);
        signOut();
    }

    @Test
    void the_carriers_cards_carry_the_order_number() {
        openAs("/shipments", "carrier@canale.demo");
        WebElement reference = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='shipment-order-']")));
        assertThat(reference.getText()).matches("Order\\s*\\d{4}-\\d{6}");
        signOut();
    }

    @Test
    void the_review_the_address_book_and_the_order_page_do_not_scroll_sideways_at_phone_width() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/orders/new", "dealer@canale.demo");
            chooseProduct(0, "FRN-PAD", "FRN-PAD-001");
            ui.until(driver -> !inputValue("order-recipient").isBlank());
            setDate("order-requested-date", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString());
            click(By.id("order-submit"));
            ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-review-submit")));
            assertThat(sidewaysOverflow()).isEmpty();
            assertThat(overlayWiderThanWindow("order-review")).isFalse();
            click(By.id("order-review-back"));
            click(By.id("order-manage-addresses"));
            ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("addresses-close")));
            assertThat(overlayWiderThanWindow("addresses-dialog")).isFalse();
            click(By.id("addresses-close"));
            click(By.id("order-start-over"));

            assertNoSidewaysScrolling("/orders", "a[id^='order-link-']");
            browser.findElements(By.cssSelector("a[id^='order-link-']")).getFirst().click();
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-confirmation-pdf")));
            ui.until(driver -> sidewaysOverflow().isEmpty());
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Status, content type, first four bytes and Content-Disposition of a GET from the page (with its cookies). */
    private static List<?> fetch(String href) {
        return (List<?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async response => {
                    const bytes = new Uint8Array(await response.arrayBuffer());
                    done([response.status, response.headers.get('content-type') || '',
                          String.fromCharCode(...bytes.slice(0, 4)), response.headers.get('content-disposition') || '']);
                }).catch(error => done([0, String(error), '', '']));
                """, href);
    }

    private static boolean overlayWiderThanWindow(String dialogId) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const overlay = document.querySelector('vaadin-dialog-overlay[opened]') || document.getElementById(arguments[0]);
                const box = (overlay.shadowRoot && overlay.shadowRoot.querySelector('[part=overlay]')) || overlay;
                return box.getBoundingClientRect().right > window.innerWidth + 1;
                """, dialogId);
    }

    private static String inputValue(String id) {
        WebElement input = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        String value = input.getDomProperty("value");
        return value == null ? "" : value;
    }

    /** Replaces what the field holds (a suggested address, say) and leaves it, so the value reaches the server. */
    private static void typeInto(String id, String text) {
        WebElement input = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void chooseProduct(int line, String typed, String sku) {
        WebElement comboBox = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-line-" + line + "-sku")));
        comboBox.findElement(By.tagName("input")).sendKeys(typed);
        ui.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='order-line-" + line
                + "-sku']//vaadin-combo-box-item[starts-with(normalize-space(.), '" + sku + "')]"))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-line-" + line), "each"));
    }
}

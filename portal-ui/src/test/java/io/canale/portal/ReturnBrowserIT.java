package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Returns (RMA) in the browser: the dealer follows its return on a phone, the supplier inspects what arrived; staff
 * authorise a return, the dealer hands it to a carrier, the carrier is pointed to its board.
 */
class ReturnBrowserIT extends BrowserTestBase {

    /** Demo: Rossi Auto's brake pads from Ferri Componenti, authorised, carried back by Veloce and delivered. */
    static final String RETURNED = "Reso pastiglie rumorose";

    @Test
    void the_supplier_inspects_a_return() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            // The dealer sees the return and where its goods are, but no inspection to record.
            openCase("dealer@canale.demo");
            WebElement section = browser.findElement(By.id("case-return"));
            assertThat(browser.findElement(By.id("case-rma-number")).getText()).startsWith("RMA RMA-");
            assertThat(section.getText()).contains("Return (RMA)", "FRN-PAD-001", "× 2", "Veloce Logistica", "Delivered", "Not inspected yet");
            assertThat(browser.findElements(By.cssSelector("[id^='case-return-inspect-']"))).as("the dealer does not inspect").isEmpty();
            assertThat(browser.findElements(By.id("case-return-ship"))).as("its goods were handed over already").isEmpty();
            assertNoSidewaysScrolling();
            signOut();

            // The supplier records what arrived: a rejection needs its reason before anything is sent.
            openCase("supplier@canale.demo");
            click(By.cssSelector("[id^='case-return-inspect-']"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-return-inspect-dialog")));
            choose("case-return-condition", "Defective");
            choose("case-return-outcome", "Reject");
            click(By.id("case-return-inspect-dialog-confirm"));
            ui.until(ExpectedConditions.attributeToBe(By.id("case-return-reason"), "invalid", "true"));
            assertThat(browser.findElement(By.id("case-return-reason")).getText()).contains("Say why the return is rejected");
            // Nothing received but a replacement asked for: the API's typed error shows under the quantity, the dialog stays.
            choose("case-return-outcome", "Replace");
            type("case-return-received", "0");
            click(By.id("case-return-inspect-dialog-confirm"));
            ui.until(ExpectedConditions.attributeToBe(By.id("case-return-received"), "invalid", "true"));
            assertThat(browser.findElement(By.id("case-return-received")).getText()).contains("Invalid value");
            assertNoSidewaysScrolling("vaadin-dialog-overlay");
            type("case-return-received", "2");
            click(By.id("case-return-inspect-dialog-confirm"));

            WebElement outcome = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='case-return-outcome-']")));
            assertThat(outcome.getAttribute("data-outcome")).isEqualTo("REPLACE");
            assertThat(outcome.getText()).isEqualTo("Received 2 · Defective · Replace");
            WebElement replacement = browser.findElement(By.cssSelector("[id^='case-return-replacement-']"));
            assertThat(replacement.getText()).startsWith("Replacement order ");
            assertThat(replacement.getAttribute("href")).contains("/orders/ord_");
            // Inspected once: the line's button goes, and so does the closing dialog (its ids share the prefix).
            new WebDriverWait(browser, UI_TIMEOUT).withMessage("no inspection left to record")
                    .until(driver -> driver.findElements(By.cssSelector("[id^='case-return-inspect-']")).isEmpty());
            assertNoSidewaysScrolling();

            // The replacement order opens for the supplier, at no charge.
            click(By.cssSelector("[id^='case-return-replacement-']"));
            ui.until(ExpectedConditions.urlContains("/orders/ord_"));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void staff_authorise_a_return_and_the_dealer_hands_it_to_a_carrier() {
        String toAuthorise = "Reso batterie ordinate in eccesso"; // demo: Rossi Auto's batteries from Gallo, in progress, no RMA yet
        openCase("dealer@canale.demo", toAuthorise);
        assertThat(browser.findElements(By.id("case-return"))).as("no return yet: the dealer sees no section")
                .allMatch(section -> !section.isDisplayed());
        signOut();

        openCase("staff@canale.demo", toAuthorise);
        assertThat(browser.findElement(By.id("case-return")).getText()).contains("No return authorised yet.");
        click(By.id("case-return-authorize"));
        WebElement quantity = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='case-return-quantity-']")));
        assertThat(quantity.getAttribute("label")).isEqualTo("Quantity (at most 4)");
        type(quantity.getAttribute("id"), "5");
        click(By.id("case-return-authorize-dialog-confirm"));
        ui.until(ExpectedConditions.attributeToBe(By.id(quantity.getAttribute("id")), "invalid", "true"));
        type(quantity.getAttribute("id"), "1");
        click(By.id("case-return-authorize-dialog-confirm"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-rma-number")));
        assertThat(browser.findElement(By.id("case-return")).getText()).contains("BAT-12V-070", "× 1", "Not handed to a carrier yet.");
        assertThat(browser.findElements(By.id("case-return-authorize"))).as("authorised once").isEmpty();
        signOut();

        openCase("dealer@canale.demo", toAuthorise);
        click(By.id("case-return-ship"));
        WebElement carrier = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-return-carrier")));
        carrier.findElement(By.tagName("input")).sendKeys("Veloce");
        click(By.xpath("//*[@id='case-return-carrier']//vaadin-combo-box-item[normalize-space(.)='Veloce Logistica']"));
        click(By.id("case-return-ship-dialog-confirm"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='case-return-shipment-'] .case-status")));
        assertThat(browser.findElement(By.cssSelector("[id^='case-return-shipment-']")).getText())
                .contains("Veloce Logistica", "Ready for pick-up");
        assertThat(browser.findElements(By.id("case-return-ship"))).as("its goods are on their way").isEmpty();
        signOut();

        // The carrier takes part now, and is pointed to its shipment board.
        openCase("carrier@canale.demo", toAuthorise);
        assertThat(browser.findElement(By.id("case-return")).getText()).contains("Record pick-up and delivery on your shipment board");
        signOut();
    }

    private static void openCase(String login) {
        openCase(login, RETURNED);
    }

    /** Signs in and opens the case from the inbox. */
    private static void openCase(String login, String subject) {
        openAs("/service-cases", login);
        click(By.xpath("//a[normalize-space(.)='" + subject + "']"));
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), subject));
    }

    private static void assertNoSidewaysScrolling() {
        assertNoSidewaysScrolling(".case-view");
    }

    /** Neither the page nor the element scrolls sideways. */
    private static void assertNoSidewaysScrolling(String selector) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const view = document.querySelector(arguments[0]);"
                        + "return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                        + " view ? view.scrollWidth - view.clientWidth : 0);", selector);
        assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);
    }
}

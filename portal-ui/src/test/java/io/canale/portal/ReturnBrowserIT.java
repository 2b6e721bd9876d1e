package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Returns (RMA) in the browser: the dealer follows its return on a phone, the supplier inspects what arrived. */
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
            choose("case-return-outcome", "Replace");
            assertNoSidewaysScrolling("vaadin-dialog-overlay");
            click(By.id("case-return-inspect-dialog-confirm"));

            WebElement outcome = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='case-return-outcome-']")));
            assertThat(outcome.getAttribute("data-outcome")).isEqualTo("REPLACE");
            assertThat(outcome.getText()).isEqualTo("Received 2 · Defective · Replace");
            WebElement replacement = browser.findElement(By.cssSelector("[id^='case-return-replacement-']"));
            assertThat(replacement.getText()).startsWith("Replacement order ");
            assertThat(replacement.getAttribute("href")).contains("/orders/ord_");
            assertThat(browser.findElements(By.cssSelector("[id^='case-return-inspect-']"))).as("inspected once").isEmpty();
            assertNoSidewaysScrolling();

            // The replacement order opens for the supplier, at no charge.
            click(By.cssSelector("[id^='case-return-replacement-']"));
            ui.until(ExpectedConditions.urlContains("/orders/ord_"));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Signs in and opens the demo return from the inbox. */
    private static void openCase(String login) {
        openAs("/service-cases", login);
        click(By.xpath("//a[normalize-space(.)='" + RETURNED + "']"));
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), RETURNED));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-return")));
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

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Service cases in the browser: a dealer opens one on a phone and writes to staff, staff coordinate it. */
class ServiceCaseBrowserIT extends BrowserTestBase {

    @Test
    void a_dealer_opens_a_case_on_a_phone_and_staff_triage_it_and_read_the_dealers_message() {
        String subject = "Fanale guasto " + tag();
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        String caseUrl;
        try {
            openAs("/service-cases", "dealer@canale.demo");
            click(By.id("cases-new"));
            choose("case-type", "Warranty claim");
            type("case-subject", subject);
            type("case-product-sku", "LMP-LED-H7");
            type("case-customer-name", "Laura Neri");
            click(By.id("open-case-send"));

            ui.until(ExpectedConditions.textToBe(By.id("case-title"), subject));
            caseUrl = browser.getCurrentUrl();
            assertThat(browser.findElement(By.cssSelector(".case-status")).getText()).isEqualTo("New");
            assertThat(browser.findElement(By.id("case-end-customer")).getText()).isEqualTo("Laura Neri");
            assertThat(browser.findElement(By.id("case-parties")).getText()).contains("Rossi Auto", "Gallo Ricambi");
            assertThat(browser.findElement(By.id("case-sla")).getText()).contains("First response", "On time");
            // A dealer may not write staff-only notes: the composer offers what the API allows.
            click(By.id("comment-visibility"));
            assertThat(browser.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='Staff only']"))).isEmpty();
            click(By.xpath("//vaadin-select-item[normalize-space(.)='Everyone on the case']"));
            type("comment-body", "The customer can bring the lamp on Monday.");
            click(By.id("comment-send"));
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-thread"), "The customer can bring the lamp on Monday."));
            // Its author attaches a photo: the phone offers its camera, and only photos and PDFs are offered.
            WebElement attach = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-thread vaadin-upload[id^='attach-']")));
            assertThat(attach.getAttribute("capture")).isEqualTo("environment");
            assertThat((String) ((JavascriptExecutor) browser).executeScript("return arguments[0].accept", attach))
                    .isEqualTo("image/*,application/pdf");
            upload(attach.getAttribute("id"), photo());
            ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='case-thread']//a[starts-with(@id, 'attachment-')"
                    + " and contains(normalize-space(.), 'broken-lamp.png')]")));
            assertNoSidewaysScrolling();
            assertThat(contentSecurityPolicy()).as("the portal's pages carry a Content Security Policy")
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");

            // The inbox lists it with its countdown.
            browser.get(portal("/service-cases"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space(.)='" + subject + "']")));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }

        openAs(caseUrl.substring(caseUrl.indexOf("/service-cases")), "staff@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), subject));
        assertThat(browser.findElement(By.id("case-thread")).getText()).contains("dealer@canale.demo",
                "The customer can bring the lamp on Monday.", "broken-lamp.png");
        assertThat(downloaded(By.xpath("//*[@id='case-thread']//a[starts-with(@id, 'attachment-')]")))
                .as("the photo, fetched through the portal").isEqualTo(PNG.length);
        assertThat(browser.findElements(By.cssSelector("#case-thread vaadin-upload[id^='attach-']"))).as("only its author attaches").isEmpty();
        click(By.id("case-triage"));
        choose("case-triage-priority", "High");
        click(By.id("case-triage-dialog-confirm"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".case-status"), "Triaged"));
        assertThat(browser.findElement(By.id("case-priority-value")).getText()).isEqualTo("High");
        click(By.id("case-start"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".case-status"), "In progress"));
        click(By.id("comment-visibility"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Staff only']"));
        type("comment-body", "Check the lamp batch first.");
        click(By.id("comment-send"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-thread"), "Check the lamp batch first."));
        // A recovery claim from the lamp's supplier: the supplier and staff see it, the dealer does not.
        click(By.id("case-claim-open"));
        choose("case-claim-against", "Gallo Ricambi");
        choose("case-claim-reason", "Defective part");
        type("case-claim-amount", "12.50");
        type("case-claim-evidence", "LED driver burnt out after two weeks.");
        click(By.id("case-claim-send"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-claims"), "Gallo Ricambi"));
        assertThat(browser.findElement(By.id("case-claims")).getText()).contains("Defective part", "Open");
        signOut();

        openAs(caseUrl.substring(caseUrl.indexOf("/service-cases")), "supplier2@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), subject));
        assertThat(browser.findElement(By.id("case-thread")).getText()).as("staff's internal note stays with staff")
                .doesNotContain("Check the lamp batch first.");
        click(By.cssSelector("[id^='case-claim-accept-']"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-claims"), "Accepted"));
        signOut();

        // Staff's internal note stays with staff.
        openAs(caseUrl.substring(caseUrl.indexOf("/service-cases")), "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), subject));
        assertThat(browser.findElement(By.id("case-thread")).getText()).contains("The customer can bring the lamp on Monday.")
                .doesNotContain("Check the lamp batch first.");
        assertThat(browser.findElement(By.cssSelector(".case-status")).getText()).isEqualTo("In progress");
        assertThat(browser.findElements(By.id("case-claims"))).as("claims are not the dealer's business")
                .allSatisfy(section -> assertThat(section.isDisplayed()).isFalse());
        signOut();
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    /** A photo file as a phone would hand it over (a PNG by its content). */
    private static Path photo() {
        try {
            Path file = Files.createTempDirectory("canale-photo").resolve("broken-lamp.png");
            Files.write(file, PNG);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** How many bytes the browser receives from the link (fetched in the page, with the portal session). */
    private static int downloaded(By link) {
        WebElement anchor = ui.until(ExpectedConditions.presenceOfElementLocated(link));
        Object size = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => done(b.byteLength)).catch(e => done(-1));", anchor);
        return ((Number) size).intValue();
    }

    /** The policy the portal sends with its pages, as the browser receives it. */
    private static String contentSecurityPolicy() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => done(r.headers.get('content-security-policy'))).catch(e => done('failed: ' + e));");
    }

    /** Neither the page nor the view inside the app layout scrolls sideways. */
    private static void assertNoSidewaysScrolling() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const view = document.querySelector('.case-view');"
                        + "return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                        + " view ? view.scrollWidth - view.clientWidth : 0);");
        assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);
    }
}

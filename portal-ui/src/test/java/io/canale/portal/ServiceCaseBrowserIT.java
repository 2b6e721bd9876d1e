package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            pickOpenItem("Everyone on the case");
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
        pickOpenItem("Staff only");
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

    @Test
    void staff_see_open_cases_by_state_and_by_whom_they_wait_on_on_a_phone_and_a_supplier_its_cases_by_product() {
        String tyres = "Pneumatici con difetto di battistrada"; // demo: Bianchi Moto's complaint, waiting on Gallo Ricambi
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/service-board", "staff@canale.demo");
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-board-status-NEW")));
            for (String status : new String[] {"NEW", "TRIAGED", "IN_PROGRESS", "WAITING"}) {
                assertThat(browser.findElement(By.id("case-board-heading-status-" + status)).getText()).matches(".+ \\(\\d+\\)");
            }
            assertThat(browser.findElement(By.id("case-board-heading-status-WAITING")).getText()).startsWith("Waiting (");
            assertThat(count("case-board-heading-waiting-SUPPLIER")).isPositive();
            assertThat(browser.findElement(By.id("case-board-heading-waiting-END_CUSTOMER")).getText()).startsWith("End customer (");
            WebElement card = browser.findElement(By.xpath("//div[@id='case-board-waiting-SUPPLIER']//div[contains(@class,'case-card')]"
                    + "[.//a[normalize-space(.)='" + tyres + "']]"));
            assertThat(card.getText()).contains("Bianchi Moto", "Priority: Normal", "Paused");
            assertThat(browser.findElement(By.xpath("//div[@id='case-board-status-WAITING']//a[normalize-space(.)='" + tyres + "']")))
                    .as("a waiting case is also in the waiting column").isNotNull();
            assertThat(browser.findElement(By.id("case-board-status-NEW")).getText()).contains("Batteria non tiene la carica");
            assertNoSidewaysScrolling(".case-board-view");

            click(By.xpath("//div[@id='case-board-waiting-SUPPLIER']//a[normalize-space(.)='" + tyres + "']"));
            ui.until(ExpectedConditions.urlContains("/service-cases/"));
            // The content keeps the board's scroll position: read the title's text whether or not it is scrolled into view.
            assertThat(ui.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title"))).getDomProperty("textContent"))
                    .isEqualTo(tyres);
            signOut();

            // The supplier has no board, but its cases grouped by product; a group lists its cases.
            openAs("/service-products", "supplier2@canale.demo");
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("product-group-TYR-205-55")));
            assertThat(browser.findElement(By.id("product-group-count-TYR-205-55")).getText()).matches("\\d+ open · \\d+ in all");
            assertThat(browser.findElements(By.id("product-group-FRN-PAD-001"))).as("another supplier's product").isEmpty();
            click(By.id("product-group-TYR-205-55"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space(.)='" + tyres + "']")));
            assertNoSidewaysScrolling(".cases-by-product-view");
            assertThat(browser.findElements(By.xpath("//vaadin-side-nav-item[@path='service-board']"))).as("no board in the menu").isEmpty();
            browser.get(portal("/service-board"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-view")));
            assertThat(browser.findElements(By.id("case-board-status-NEW"))).as("no board for a supplier").isEmpty();
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static int count(String headingId) {
        String text = browser.findElement(By.id(headingId)).getText();
        return Integer.parseInt(text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')')));
    }

    @Test
    void the_dealer_forwards_the_survey_link_of_a_closed_case_and_the_end_customer_answers_it_without_signing_in() {
        String closed = "Consegna in ritardo"; // demo: Bianchi Moto's complaint, rejected and closed, no mail server
        openAs("/service-cases", "dealer2@canale.demo");
        click(By.xpath("//a[normalize-space(.)='" + closed + "']"));
        ui.until(ExpectedConditions.textToBe(By.id("case-title"), closed));
        String link = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-survey-link input"))).getDomProperty("value");
        assertThat(link).contains("/survey/");
        assertThat(browser.findElement(By.id("case-survey")).getText()).contains("Forward this link");
        signOut();

        // The end customer opens the link in a browser that is signed in nowhere.
        browser.get(link);
        click(By.cssSelector("input[name='score'][value='4']"));
        browser.findElement(By.id("comment")).sendKeys("Gentili, ma in ritardo.");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        ui.until(ExpectedConditions.urlContains("/survey/thanks"));
        browser.get(link);
        assertThat(browser.getPageSource()).as("a used link records nothing more").doesNotContain("name=\"score\"");

        openAs("/service-cases", "dealer2@canale.demo");
        click(By.xpath("//a[normalize-space(.)='" + closed + "']"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-survey"), "4 of 5"));
        assertThat(browser.findElements(By.cssSelector("#case-survey-link"))).as("no link once answered").isEmpty();
        // The dealer's own figures, on a phone: the answer counts in this month's bar.
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            assertThat(browser.findElements(By.xpath("//vaadin-side-nav-item[@path='service-satisfaction']"))).as("in the dealer's menu")
                    .isNotEmpty();
            browser.get(portal("/service-satisfaction"));
            WebElement own = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("satisfaction-summary")));
            assertThat(own.getText()).containsPattern("\\d+ answers?").contains("of 5");
            assertThat(lastMonthBar("satisfaction-summary")).as("this month's bar").contains("of 5");
            assertThat(browser.findElements(By.id("satisfaction-partners"))).as("a dealer reads its own figures only").isEmpty();
            assertNoSidewaysScrolling(".satisfaction-view");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        signOut();

        // Staff read every dealer's and supplier's figures, Bianchi Moto's among them.
        openAs("/service-satisfaction", "staff@canale.demo");
        WebElement bianchi = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("satisfaction-partner-ptn_bianchi_moto")));
        assertThat(bianchi.getText()).contains("Bianchi Moto").containsPattern("\\d+ answers?");
        assertThat(lastMonthBar("satisfaction-partner-ptn_bianchi_moto")).contains("of 5");
        assertThat(browser.findElement(By.id("satisfaction-summary")).getText()).contains("of 5");
        signOut();
    }

    /** What the bar of the current month says (its accessible label). */
    private static String lastMonthBar(String figuresId) {
        List<WebElement> bars = browser.findElements(By.cssSelector("#" + figuresId + " .satisfaction-column"));
        assertThat(bars).hasSize(6);
        return bars.getLast().getAttribute("aria-label");
    }

    /** Picks an item of the select whose overlay is open, by script (a pointer click may land on a neighbour while it opens). */
    private static void pickOpenItem(String label) {
        WebElement item = ui.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[@role='option'][normalize-space(.)='" + label + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", item);
    }

    /** The policy the portal sends with its pages, as the browser receives it. */
    private static String contentSecurityPolicy() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => done(r.headers.get('content-security-policy'))).catch(e => done('failed: ' + e));");
    }

    private static void assertNoSidewaysScrolling() {
        assertNoSidewaysScrolling(".case-view");
    }

    /** Neither the page nor the view inside the app layout scrolls sideways. */
    private static void assertNoSidewaysScrolling(String viewSelector) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const view = document.querySelector(arguments[0]);"
                        + "return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                        + " view ? view.scrollWidth - view.clientWidth : 0);", viewSelector);
        assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);
    }
}

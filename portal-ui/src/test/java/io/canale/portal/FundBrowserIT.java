package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Market development funds in the browser: a dealer requests funds on a phone, staff approve them in the portal, the
 * dealer attaches the proof the activity needs and claims.
 */
class FundBrowserIT extends BrowserTestBase {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_dealer_requests_funds_on_a_phone_staff_approve_and_the_dealer_claims_with_proof() {
        String allocation = allocateToRossi("MDF " + tag());
        String title = "Motor show " + tag();
        String card = "fund-allocation-" + allocation;
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/funds", "dealer@canale.demo");
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund-available-" + allocation), "2,000.00"));
            click(By.id("fund-request-" + allocation));
            choose("fund-activity", "Trade show");
            type("fund-title", title);
            type("fund-plan", "A stand with two demo bikes");
            type("fund-amount", "1500");
            setDate("fund-starts-on", LocalDate.now().plusDays(5).toString());
            setDate("fund-ends-on", LocalDate.now().plusDays(7).toString());
            click(By.id("request-funds-send"));
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + card + " [id^='fund-status-']"), "In review"));
            assertThat(browser.findElement(By.id("fund-available-" + allocation)).getText()).contains("500.00");
            assertNoSidewaysScrolling("/funds", "#" + card);
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }

        openAs("/funds", "staff@canale.demo");
        clickOnceSettled(By.cssSelector("#" + card + " [id^='fund-approve-']"));
        click(By.id("approve-funds-confirm"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + card + " [id^='fund-status-']"), "Approved"));
        // Decided, it has left staff's queue.
        click(By.id("funds-awaiting-staff"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id(card)));
        signOut();

        openAs("/funds", "dealer@canale.demo");
        String request = idAfter("fund-status-", ui.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + card + " [id^='fund-status-']"))));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund-missing-" + request), "Invoice"));
        assertThat(browser.findElement(By.id("fund-claim-" + request)).getDomAttribute("disabled")).as("proof first").isNotNull();
        choose("fund-evidence-kind-" + request, "Invoice");
        upload("fund-upload-" + request, pdf("invoice.pdf"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='" + card + "']//a[contains(normalize-space(.), 'invoice.pdf')]")));
        choose("fund-evidence-kind-" + request, "Photos");
        upload("fund-upload-" + request, pdf("stand-photos.pdf"));
        ui.until(driver -> {
            try {
                return driver.findElement(By.id("fund-claim-" + request)).getDomAttribute("disabled") == null;
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
        clickOnceSettled(By.id("fund-claim-" + request));
        type("reason-text", "Three days at the Bologna motor show");
        click(By.id("reason-confirm"));
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Claimed"));
        signOut();
    }

    /** Clicks the element, finding it again when the grid re-rendered it meanwhile (a filter or an upload refreshes the list). */
    private static void clickOnceSettled(By locator) {
        ui.until(driver -> {
            try {
                click(locator);
                return true;
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    /** Staff set up a budget and give Rossi 2,000 EUR of it, through the API. */
    private String allocateToRossi(String name) {
        PersonApi staff = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "staff@canale.demo",
                "canale-demo");
        String budget = staff.data("mutation($input: CreateFundBudgetInput!) { createFundBudget(input: $input) { fundBudget { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("name", name, "amount", Map.of("amount", "10000", "currency", "EUR"),
                "startsOn", "2026-01-01", "endsOn", "2030-12-31", "claimDays", 60)))
                .at("/createFundBudget/fundBudget/id").asString();
        return staff.data("mutation($input: AllocateFundsInput!) { allocateFunds(input: $input) { fundAllocation { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("budgetId", budget, "partnerId", "ptn_rossi_auto", "amount", "2000")))
                .at("/allocateFunds/fundAllocation/id").asString();
    }

    private static Path pdf(String name) {
        try {
            Path file = Files.createTempDirectory("canale-proof").resolve(name);
            Files.write(file, PDF);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

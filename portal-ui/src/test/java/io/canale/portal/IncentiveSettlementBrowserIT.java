package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff settle incentives in the browser: the recompute check of a period read as "ledger = recompute", and a payout
 * against a quarter closed from the program page, whose form asks for whom and a reference first and shows the API's
 * refusal at the amount; the check's words and the payout form on a phone.
 * <p>
 * The backend runs on the real clock: deliveries accrue in the current period and only ended periods close, so no closed
 * period of a browser run holds earnings, and a payout the API accepts (then shown as paid to the dealer) is proved at the
 * API level (IncentivePayoutTests, which moves the backend's clock) rather than here.
 */
class IncentiveSettlementBrowserIT extends BrowserTestBase {

    @Test
    void staff_run_the_check_of_a_period_and_read_ledger_equals_recompute_on_a_phone() {
        String quarter = quarterOf(LocalDate.now(ZoneOffset.UTC));
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/incentives/admin/" + IncentiveBrowserIT.VOLUME, "staff@canale.demo");
            // The demo deliveries accrue through the feed a few seconds after the start: check until the ledger has them.
            WebDriverWait derived = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofSeconds(3));
            String summary = derived.until(driver -> {
                click(By.id("program-check-" + quarter));
                WebElement shown = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("program-check-summary-" + quarter)));
                String text = shown.getText();
                return text.startsWith("Ledger = recompute") ? text : null;
            });
            assertThat(summary).matches("Ledger = recompute: \\d+ entr(y|ies), €[\\d,.]+ in both\\.");
            assertThat(browser.findElements(By.cssSelector(".program-check-difference"))).isEmpty();
            assertThat(sidewaysOverflow()).as("the check's words fit a phone").isEmpty();
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void staff_close_a_quarter_and_record_a_payout_that_the_api_refuses_at_the_amount_when_nothing_is_owed() {
        String program = programSinceLastYear("Pagamenti " + tag());
        String previous = quarterOf(LocalDate.now(ZoneOffset.UTC).minusMonths(3));
        openAs("/incentives/admin/" + program, "staff@canale.demo");
        assertThat(ui.until(ExpectedConditions.presenceOfElementLocated(By.id("program-periods"))).getText()).contains(previous);
        assertThat(browser.findElements(By.id("program-pay-" + previous))).as("open periods take no payouts").isEmpty();
        click(By.id("program-close-" + previous));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("program-pay-" + previous)));
        assertThat(browser.findElement(By.id("program-period-" + previous)).getText()).contains(previous + " · closed · €0.00");

        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            click(By.id("program-pay-" + previous));
            ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("payout-dialog")));
            assertThat(sidewaysOverflow()).as("the payout form fits a phone").isEmpty();
        } finally {
            browser.manage().window().setSize(desktop);
        }
        click(By.id("payout-confirm"));
        ui.until(ExpectedConditions.attributeToBe(By.id("payout-reference"), "invalid", "true"));
        assertThat(browser.findElement(By.id("payout-partner")).getDomAttribute("invalid")).as("whom to pay first").isNotNull();

        WebElement partner = browser.findElement(By.id("payout-partner"));
        partner.findElement(By.tagName("input")).sendKeys("Rossi");
        ui.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='payout-partner']//vaadin-combo-box-item[normalize-space(.)='Rossi Auto']"))).click();
        type("payout-amount", "25");
        type("payout-reference", "BON-" + tag());
        click(By.id("payout-confirm"));
        // Rossi earned nothing in the closed quarter: the API's "more than is owed" lands on the amount.
        ui.until(ExpectedConditions.attributeToBe(By.id("payout-amount"), "invalid", "true"));
        assertThat(browser.findElement(By.id("payout-amount")).getDomProperty("errorMessage")).isEqualTo("More than is available");
        assertThat(browser.findElement(By.id("payout-dialog")).isDisplayed()).as("nothing recorded, the form stays").isTrue();
        click(By.xpath("//*[@id='payout-dialog']//vaadin-button[normalize-space(.)='Cancel']"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("payout-dialog")));
        signOut();
    }

    /** A dealers' quarterly program from last year's start to next year's end (so a quarter before this one exists). */
    static String programSinceLastYear(String name) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        PersonApi staff = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "staff@canale.demo",
                "canale-demo");
        return staff.data("mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { "
                + "incentiveProgram { id } userErrors { code } } }", Map.of("input", Map.of("name", name, "currency", "EUR",
                "startDate", (year - 1) + "-01-01", "endDate", (year + 1) + "-12-31", "accrualPeriod", "QUARTER", "payoutPeriod", "QUARTER",
                "eligibility", Map.of("partnerTypes", List.of("DEALER")), "rules", Map.of("rebatePercent", "2"))))
                .at("/createIncentiveProgram/incentiveProgram/id").asString();
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff's side of incentives in the browser: a new version of a program's rules, refused while its tiers overlap and
 * saved once they do not; a fund request approved for less than was asked, which its dealer then sees; a question on a
 * request answered by the dealer, who then withdraws it; the program page at phone width.
 */
class StaffIncentiveBrowserIT extends BrowserTestBase {

    @Test
    void staff_add_a_program_version_after_fixing_overlapping_tiers() {
        String program = programOfThisAndNextYear("Freni " + tag());
        LocalDate nextQuarter = quarterStart(LocalDate.now(ZoneOffset.UTC)).plusMonths(3);

        openAs("/incentives/admin/" + program, "staff@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("program-version-1")));
        setDate("version-valid-from", nextQuarter.toString());
        type("rules-rebate", "3");
        click(By.id("rules-add-tier"));
        type("rules-tier-from-0", "1000");
        type("rules-tier-rate-0", "1");
        click(By.id("rules-add-tier"));
        type("rules-tier-from-1", "500");
        type("rules-tier-rate-1", "2");
        click(By.id("version-save"));
        ui.until(ExpectedConditions.attributeToBe(By.id("rules-tier-from-1"), "invalid", "true"));
        assertThat(browser.findElements(By.id("program-version-2"))).as("nothing saved while the tiers overlap").isEmpty();

        type("rules-tier-from-1", "5000");
        click(By.id("version-save"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("program-version-2")));
        assertThat(browser.findElement(By.id("program-version-2")).getText()).contains("3 %").contains("5,000");

        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            assertNoSidewaysScrolling("/incentives/admin/" + program, "#program-leaderboard");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        signOut();
    }

    @Test
    void staff_approve_a_fund_request_for_less_and_the_dealer_sees_it() {
        String allocation = allocateToRossi("MDF " + tag(), "1000");
        String title = "Open day " + tag();
        String request = requestAsRossi(allocation, title, "800");

        openAs("/funds?awaitingStaff=true", "staff@canale.demo");
        clickOnceSettled(By.id("fund-approve-" + request));
        type("approve-funds-amount", "900");
        type("approve-funds-comment", "As agreed on the phone");
        click(By.id("approve-funds-confirm"));
        ui.until(ExpectedConditions.attributeToBe(By.id("approve-funds-amount"), "invalid", "true"));
        type("approve-funds-amount", "550");
        click(By.id("approve-funds-confirm"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("approve-funds-dialog")));
        // Decided, the request has left staff's queue.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fund-request-item-" + request)));
        signOut();

        openAs("/funds", "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Approved"));
        String card = browser.findElement(By.id("fund-request-item-" + request)).getText();
        assertThat(card).contains("800.00").contains("550.00").contains("As agreed on the phone");
        assertThat(browser.findElement(By.id("fund-available-" + allocation)).getText()).contains("450.00");
        browser.get(portal("/"));
        // Its claim is due now: the home counts it among the dealer's approved funds to claim.
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-count-FUND_CLAIMS_DUE")));
        assertThat(Integer.parseInt(browser.findElement(By.id("todo-count-FUND_CLAIMS_DUE")).getDomAttribute("data-count"))).isPositive();
        signOut();
    }

    @Test
    void staff_ask_about_a_request_the_dealer_answers_and_then_withdraws_it() {
        String allocation = allocateToRossi("MDF " + tag(), "1000");
        String request = requestAsRossi(allocation, "Print ad " + tag(), "300");

        openAs("/funds?awaitingStaff=true", "staff@canale.demo");
        clickOnceSettled(By.id("fund-ask-" + request));
        type("reason-text", "Which magazine, and how many copies?");
        click(By.id("reason-confirm"));
        // Waiting on the dealer, it has left staff's queue.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fund-request-item-" + request)));
        signOut();

        openAs("/funds", "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Information requested"));
        assertThat(browser.findElement(By.id("fund-question-" + request)).getText()).contains("Which magazine");
        assertThat(browser.findElements(By.id("fund-approve-" + request))).as("the dealer does not approve").isEmpty();
        clickOnceSettled(By.id("fund-answer-" + request));
        type("reason-text", "Moto Oggi, 20,000 copies");
        click(By.id("reason-confirm"));
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "In review"));
        assertThat(browser.findElements(By.id("fund-answer-" + request))).as("answered once").isEmpty();
        clickOnceSettled(By.id("fund-withdraw-" + request));
        click(By.cssSelector("#confirm-dialog [slot='confirm-button']"));
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Withdrawn"));
        assertThat(browser.findElement(By.id("fund-available-" + allocation)).getText()).as("its amount released").contains("1,000.00");
        signOut();
    }

    /** Clicks the element, finding it again when the grid re-rendered it meanwhile. */
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

    /** A dealers' program of this and next year with a 2 % rebate, defined by staff through the API. */
    static String programOfThisAndNextYear(String name) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        return staff().data("mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { "
                + "incentiveProgram { id } userErrors { code } } }", Map.of("input", Map.of("name", name, "currency", "EUR",
                "startDate", year + "-01-01", "endDate", (year + 1) + "-12-31", "accrualPeriod", "QUARTER", "payoutPeriod", "QUARTER",
                "eligibility", Map.of("partnerTypes", List.of("DEALER")), "rules", Map.of("rebatePercent", "2"))))
                .at("/createIncentiveProgram/incentiveProgram/id").asString();
    }

    /** Staff set up a budget and give Rossi part of it, through the API. */
    static String allocateToRossi(String name, String amount) {
        PersonApi staff = staff();
        String budget = staff.data("mutation($input: CreateFundBudgetInput!) { createFundBudget(input: $input) { fundBudget { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("name", name, "amount", Map.of("amount", "10000", "currency", "EUR"),
                "startsOn", "2026-01-01", "endsOn", "2030-12-31", "claimDays", 60)))
                .at("/createFundBudget/fundBudget/id").asString();
        return staff.data("mutation($input: AllocateFundsInput!) { allocateFunds(input: $input) { fundAllocation { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("budgetId", budget, "partnerId", "ptn_rossi_auto", "amount", amount)))
                .at("/allocateFunds/fundAllocation/id").asString();
    }

    /** Rossi's person asks for funds for an event in twelve days, through the API. */
    private static String requestAsRossi(String allocation, String title, String amount) {
        PersonApi dealer = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "dealer@canale.demo",
                "canale-demo");
        LocalDate ends = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        return dealer.data("mutation($input: RequestFundsInput!) { requestFunds(input: $input) { fundRequest { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("allocationId", allocation, "activity", "EVENT", "title", title,
                "plan", "Test rides for twenty customers", "amount", Map.of("amount", amount, "currency", "EUR"),
                "startsOn", ends.minusDays(1).toString(), "endsOn", ends.toString())))
                .at("/requestFunds/fundRequest/id").asString();
    }

    private static PersonApi staff() {
        return PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "staff@canale.demo", "canale-demo");
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}

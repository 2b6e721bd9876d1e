package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff decide fund claims in the browser: a claim rejected with a comment the dealer reads; a claim approved for less than
 * was claimed (more is refused at the amount), which the dealer then sees; an approved claim marked paid. The requests,
 * their proof and claims are made by the dealer through the API; the decisions in the portal, the approval on a phone.
 */
class FundClaimBrowserIT extends BrowserTestBase {

    @Test
    void staff_reject_a_claim_with_a_comment_the_dealer_reads_then_approve_the_next_claim_for_less_and_mark_it_paid() {
        String allocation = StaffIncentiveBrowserIT.allocateToRossi("MDF " + tag(), "1000");
        String request = claimedByRossi(allocation, "Workshop " + tag(), "400");

        openAs("/funds?awaitingStaff=true", "staff@canale.demo");
        clickOnceSettled(By.id("fund-reject-claim-" + request));
        type("reason-text", "The attendee list is not signed");
        click(By.id("reason-confirm"));
        // Rejected, the claim has left staff's queue; the request is approved again.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fund-request-item-" + request)));
        signOut();

        openAs("/funds", "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Approved"));
        assertThat(browser.findElement(By.id("fund-request-item-" + request)).getText()).contains("The attendee list is not signed");
        signOut();

        claim(request, "400", "Eighteen mechanics trained, list signed");
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/funds?awaitingStaff=true", "staff@canale.demo");
            clickOnceSettled(By.id("fund-approve-claim-" + request));
            ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-funds-dialog")));
            assertThat(browser.findElement(By.cssSelector("#approve-funds-amount input")).getDomProperty("value"))
                    .as("what was claimed by default").isEqualTo("400.00");
            assertThat(sidewaysOverflow()).as("the approval fits a phone").isEmpty();
            type("approve-funds-amount", "450");
            click(By.id("approve-funds-confirm"));
            ui.until(ExpectedConditions.attributeToBe(By.id("approve-funds-amount"), "invalid", "true"));
            type("approve-funds-amount", "350");
            type("approve-funds-comment", "Lunch is not covered");
            click(By.id("approve-funds-confirm"));
            ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("approve-funds-dialog")));
            // Approved, the claim waits for staff's payment: still in the queue.
            ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Claim approved"));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }

        openAs("/funds", "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Claim approved"));
        assertThat(browser.findElement(By.id("fund-claim-amount-" + request)).getText()).isEqualTo("Claimed: €400.00 → approved: €350.00");
        assertThat(browser.findElement(By.id("fund-request-item-" + request)).getText()).contains("Lunch is not covered");
        assertThat(browser.findElement(By.id("fund-available-" + allocation)).getText()).as("the rest released").contains("650.00");
        signOut();

        openAs("/funds?awaitingStaff=true", "staff@canale.demo");
        clickOnceSettled(By.id("fund-mark-paid-" + request));
        type("reason-text", "SEPA-" + tag());
        click(By.id("reason-confirm"));
        // Paid, nothing is left for staff: it leaves the queue, and its dealer reads it as paid.
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fund-request-item-" + request)));
        signOut();
        openAs("/funds", "dealer@canale.demo");
        ui.until(ExpectedConditions.textToBe(By.id("fund-status-" + request), "Paid"));
        assertThat(browser.findElements(By.id("fund-mark-paid-" + request))).as("the dealer pays nothing").isEmpty();
        signOut();
    }

    /** Rossi asks for a training, staff approve it, Rossi attaches the training's proof and claims: all through the API. */
    private static String claimedByRossi(String allocation, String title, String amount) {
        PersonApi dealer = dealer();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        String request = dealer.data("mutation($input: RequestFundsInput!) { requestFunds(input: $input) { fundRequest { id } "
                + "userErrors { code } } }", Map.of("input", Map.of("allocationId", allocation, "activity", "TRAINING", "title", title,
                "plan", "One day on brake systems", "amount", Map.of("amount", amount, "currency", "EUR"),
                "startsOn", day.toString(), "endsOn", day.toString())))
                .at("/requestFunds/fundRequest/id").asString();
        String refused = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "staff@canale.demo",
                "canale-demo").data("mutation($input: FundDecisionInput!) { approveFundRequest(input: $input) { userErrors { code } } }",
                Map.of("input", Map.of("id", request))).at("/approveFundRequest/userErrors").toString();
        assertThat(refused).as("approved").isEqualTo("[]");
        for (String kind : new String[] {"INVOICE", "ATTENDEE_LIST"}) {
            dealer.upload("/funds/requests/" + request + "/evidence?kind=" + kind, kind.toLowerCase() + ".pdf", "application/pdf",
                    FundBrowserIT.PDF);
        }
        claim(request, amount, "Twenty mechanics trained");
        return request;
    }

    private static void claim(String request, String amount, String description) {
        String errors = dealer().data("mutation($input: ClaimFundsInput!) { claimFunds(input: $input) { userErrors { code } } }",
                Map.of("input", Map.of("id", request, "amount", amount, "description", description))).at("/claimFunds/userErrors").toString();
        assertThat(errors).as("claimed").isEqualTo("[]");
    }

    private static PersonApi dealer() {
        return PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "dealer@canale.demo", "canale-demo");
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
}

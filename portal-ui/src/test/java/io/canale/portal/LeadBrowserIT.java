package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Leads to revenue in the browser: inbox, import wizard, routing rules, deal registration, pipeline, activities. */
class LeadBrowserIT extends BrowserTestBase {

    @Test
    void dealer_accepts_a_lead_routed_to_it_from_the_inbox() {
        browser.get("http://127.0.0.1:" + portalPort + "/leads");

        signInAtBackend("dealer@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
        // A demo lead in Lombardia, routed to the dealer's "Rossi Auto" by the rule "Nord-Ovest".
        WebElement customer = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Davide Ferraro']")));
        String href = customer.getAttribute("href");
        String leadId = href.substring(href.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("lead-status-" + leadId)).getText()).contains("Routed", "h left");

        click(By.id("lead-accept-" + leadId)); // scrolled into view: rows are two lines high (name, then company and place)
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-status-" + leadId), "Accepted"));
        assertThat(browser.findElement(By.id("lead-accept-" + leadId)).isDisplayed()).isFalse();

        signOut();
    }

    @Test
    void dealer_dry_runs_a_csv_import_sees_the_refused_row_and_then_imports_it_for_real() throws IOException {
        String tag = tag();
        Path csv = csv("""
                name,email,phone,company,vat_number,country,region,postal_code,product_line,notes
                Import Uno %1$s,uno-%1$s@example.com,,,,IT,Lombardia,20121,Auto,
                Import Due %1$s,,+39 02 5550 2002,,,IT,Lombardia,20121,Moto,
                Senza Paese %1$s,sp-%1$s@example.com,,,,,,,Auto,
                """.formatted(tag));
        openAs("/leads/import", "dealer@canale.demo");

        upload("import-upload", csv);
        click(By.id("import-start"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-done"),
                "Dry run finished: 2 rows would be imported, 1 would be refused."));
        assertThat(browser.findElement(By.id("import-counters")).getText())
                .isEqualTo("Rows read: 3 · imported: 2 · refused: 1");
        assertThat(browser.findElement(By.id("import-percent")).getText()).isEqualTo("100 %");
        // The third data row is row 4 of the sheet (the header is row 1); it lacks the country.
        WebElement errors = browser.findElement(By.id("import-error-grid"));
        ui.until(ExpectedConditions.presenceOfNestedElementLocatedBy(errors, cell("4")));
        assertThat(errors.findElements(cell("country"))).isNotEmpty();

        click(By.id("import-for-real"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-done"),
                "Import finished: 2 leads created, 1 row refused."));
        // A dealer's imported leads are its own at once.
        click(By.cssSelector("vaadin-side-nav-item[path='leads']"));
        ui.until(ExpectedConditions.presenceOfElementLocated(leadLink("Import Uno " + tag)));
        assertThat(browser.findElements(leadLink("Senza Paese " + tag))).isEmpty();

        signOut();
    }

    @Test
    void an_empty_import_file_is_refused_with_a_readable_reason() throws IOException {
        Path empty = csv("");
        openAs("/leads/import", "staff@canale.demo");

        upload("import-upload", empty);
        click(By.id("import-start"));
        WebElement refused = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-refused")));
        assertThat(refused.getText()).isEqualTo("The file was refused: the file is empty.");

        signOut();
    }

    @Test
    void staff_creates_a_routing_rule_moves_it_up_and_deletes_it() {
        String name = "Regola di prova " + tag();
        openAs("/routing-rules", "staff@canale.demo");

        click(By.id("routing-rule-new"));
        type("routing-rule-name", name);
        click(By.id("routing-rule-save"));
        String ruleId = idAfter("routing-rule-name-", ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[starts-with(@id, 'routing-rule-name-') and normalize-space(.)='" + name + "']"))));
        // A new rule goes last: it can move up, not down.
        assertThat(browser.findElement(By.id("routing-rule-down-" + ruleId)).isDisplayed()).isFalse();

        click(By.id("routing-rule-up-" + ruleId));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("routing-rule-down-" + ruleId)));

        click(By.id("routing-rule-delete-" + ruleId));
        click(By.cssSelector("#confirm-dialog [slot='confirm-button']"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("routing-rule-name-" + ruleId)));
        assertThat(browser.findElements(By.id("routing-rule-name-" + ruleId))).isEmpty();

        signOut();
    }

    @Test
    void an_empty_deal_list_says_what_it_means_for_each_audience_and_what_to_do_next() {
        // No browser test rejects a registration: the rejected ones are an empty list for everybody.
        openAs("/deals", "dealer2@canale.demo");
        choose("deals-status-filter", "Rejected");
        assertThat(emptyText("deal-grid")).startsWith("No deal registrations yet. Register a deal to protect a customer");
        signOut();

        openAs("/deals", "staff@canale.demo");
        choose("deals-status-filter", "Rejected");
        assertThat(emptyText("deal-grid")).startsWith("No deal registrations. Dealers' registrations appear here");
        signOut();
    }

    private static String emptyText(String gridId) {
        return ui.until(driver -> {
            String text = driver.findElement(By.cssSelector("#" + gridId + " > [slot='empty-state']")).getDomProperty("textContent");
            return text == null || text.isBlank() ? null : text.strip();
        });
    }

    @Test
    void a_conflicting_deal_registration_is_explained_without_the_other_dealer_and_staff_approve_it() {
        String company = "Flotta " + tag() + " S.r.l.";
        openAs("/deals", "dealer2@canale.demo");
        String earlier = registerDeal(company);
        assertThat(browser.findElement(By.id("deal-status-" + earlier)).getText()).isEqualTo("Submitted");
        signOut();

        openAs("/deals", "dealer@canale.demo");
        String later = registerDeal(company);
        assertThat(browser.findElement(By.id("deal-status-" + later)).getText()).isEqualTo("In review");
        click(By.id("deal-customer-" + later));
        String conflict = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("deal-conflict"))).getText();
        assertThat(conflict).contains("Another dealer registered the same company").doesNotContain("Bianchi")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(browser.findElements(By.id("deal-approve"))).as("a dealer does not decide").isEmpty();
        signOut();

        // Staff open the registration's page: what it claims, the conflict with its reason and whose came first.
        openAs("/deals/" + later, "staff@canale.demo");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deal-name"), company));
        assertThat(browser.findElement(By.id("deal-product-line")).getText()).isEqualTo("Furgoni");
        assertThat(browser.findElement(By.id("deal-value")).getText()).contains("25,000.00");
        assertThat(browser.findElement(By.id("deal-close-date")).getText()).isEqualTo("Jun 30, 2030");
        assertThat(browser.findElement(By.id("deal-conflict-earlier-dealer")).getText()).isEqualTo("Bianchi Moto");
        assertThat(browser.findElement(By.id("deal-conflict-reason")).getText()).contains("Another dealer registered the same company");
        // Approving asks first; cancelling changes nothing.
        click(By.id("deal-approve"));
        click(By.cssSelector("#confirm-dialog [slot='cancel-button']"));
        assertThat(browser.findElement(By.id("deal-status")).getText()).isEqualTo("In review");
        click(By.id("deal-approve"));
        click(By.cssSelector("#confirm-dialog [slot='confirm-button']"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deal-status"), "Approved"));
        assertThat(browser.findElement(By.id("deal-protected-until")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("deal-approve"))).isEmpty();
        signOut();
    }

    @Test
    void the_owning_dealer_moves_an_opportunity_and_losing_it_asks_why() {
        openAs("/leads", "dealer@canale.demo");
        String id = opportunityFromDemoLead("Chiara Galli", "12345");

        browser.get(portal("/pipeline"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-column-qualification #opportunity-" + id)));
        int qualification = stageCount("qualification");
        int proposal = stageCount("proposal");
        String proposalTotal = stageTotal("proposal");

        moveCard(id, "proposal");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-column-proposal #opportunity-" + id)));
        assertThat(stageCount("proposal")).isEqualTo(proposal + 1);
        assertThat(stageCount("qualification")).isEqualTo(qualification - 1);
        // The demo pipeline may already hold proposals in euros: the column's total grows by this card's amount.
        assertThat(euros(stageTotal("proposal"))).isEqualByComparingTo(euros(proposalTotal).add(new java.math.BigDecimal("12345")));

        int lost = stageCount("lost");
        moveCard(id, "lost");
        click(By.id("reason-confirm"));
        // No reason, no move.
        ui.until(ExpectedConditions.attributeToBe(By.id("reason-text"), "invalid", "true"));
        type("reason-text", "Il cliente ha scelto un concorrente");
        click(By.id("reason-confirm"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-column-lost #opportunity-" + id)));
        assertThat(stageCount("lost")).isEqualTo(lost + 1);
        assertThat(stageCount("proposal")).isEqualTo(proposal);

        click(By.id("opportunity-link-" + id));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opportunity-stage"), "Lost"));
        assertThat(browser.findElement(By.id("opportunity-lost-reason")).getText())
                .isEqualTo("Il cliente ha scelto un concorrente");

        signOut();
    }

    @Test
    void the_owning_dealer_plans_a_task_on_an_opportunity_and_marks_it_done() {
        String subject = "Inviare l'offerta " + tag();
        openAs("/leads", "dealer@canale.demo");
        // Written with grouping, as pasted from a spreadsheet: understood, not dropped.
        opportunityFromDemoLead("Chiara Galli", "8,000.00");
        click(By.id("lead-opportunity"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("opportunity-name")));
        assertThat(browser.findElement(By.id("opportunity-amount")).getText()).isEqualTo("€8,000.00");

        click(By.id("activity-add"));
        choose("activity-type", "Task");
        type("activity-subject", subject);
        click(By.id("activity-save"));
        // A task needs a due date: refused in the form, nothing sent.
        ui.until(ExpectedConditions.attributeToBe(By.id("activity-due-date"), "invalid", "true"));
        setDate("activity-due-date", "2030-01-15");
        click(By.id("activity-save"));

        String activityId = idAfter("activity-", ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[starts-with(@id, 'activity-') and .//div[normalize-space(.)=\"" + subject + "\"]]"))));
        assertThat(browser.findElement(By.id("activity-state-" + activityId)).getText()).isEqualTo("Due Jan 15, 2030");
        click(By.id("activity-complete-" + activityId));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("activity-state-" + activityId), "Done"));
        assertThat(browser.findElements(By.id("activity-complete-" + activityId))).isEmpty();

        signOut();
    }

    /**
     * Makes one of the demo leads routed to the dealer an opportunity of its own: opens the first with that
     * customer name that is not converted yet, accepts it if need be, converts it with the amount (EUR) and
     * stays on the lead. Returns the opportunity's id.
     */
    private static String opportunityFromDemoLead(String customer, String amount) {
        ui.until(ExpectedConditions.presenceOfElementLocated(leadLink(customer)));
        List<String> leads = browser.findElements(leadLink(customer)).stream().map(link -> link.getAttribute("href")).toList();
        for (String lead : leads) {
            browser.get(lead);
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-name")));
            if (!browser.findElements(By.id("lead-accept")).isEmpty()) {
                click(By.id("lead-accept"));
                ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-convert")));
            }
            if (!browser.findElements(By.id("lead-convert")).isEmpty()) {
                click(By.id("lead-convert"));
                // Text that is no amount is refused with a hint, not sent as "no amount".
                type("convert-amount", "8,00.0");
                // A phone shows its number keyboard, as for a number field.
                ui.until(ExpectedConditions.attributeToBe(By.cssSelector("#convert-amount input"), "inputmode", "decimal"));
                click(By.id("convert-confirm"));
                ui.until(ExpectedConditions.attributeToBe(By.id("convert-amount"), "invalid", "true"));
                assertThat(browser.findElement(By.id("convert-amount")).getDomProperty("errorMessage"))
                        .isEqualTo("Write the amount as 4,500.50 or 4500.50");
                type("convert-amount", amount);
                click(By.id("convert-confirm"));
                return idAfter("/opportunities/", ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-opportunity"))),
                        "href");
            }
        }
        return fail("no demo lead of " + customer + " left to convert");
    }

    /** Registers a deal for the company through the dialog; returns the registration's id. */
    private static String registerDeal(String company) {
        click(By.id("deal-register"));
        type("deal-customer", company);
        type("deal-product-line", "Furgoni");
        type("deal-amount", "25000");
        type("deal-currency", "EUR");
        setDate("deal-close-date", "2030-06-30");
        click(By.id("register-deal-send"));
        return idAfter("deal-customer-", ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[starts-with(@id, 'deal-customer-') and normalize-space(.)='" + company + "']"))));
    }

    private static void moveCard(String opportunityId, String stage) {
        click(By.id("pipeline-move-" + opportunityId));
        click(By.id("pipeline-move-" + opportunityId + "-" + stage));
    }

    /** The count in a board column's heading, e.g. 2 in "Proposal (2)". */
    private static int stageCount(String stage) {
        String heading = browser.findElement(By.id("pipeline-heading-" + stage)).getText();
        return Integer.parseInt(heading.substring(heading.lastIndexOf('(') + 1, heading.lastIndexOf(')')));
    }

    /** The euro amount in a total such as "€76,345.00" (zero when the column shows none). */
    private static java.math.BigDecimal euros(String total) {
        String digits = total.replaceAll("[^0-9.]", "");
        return digits.isEmpty() ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(digits);
    }

    private static String stageTotal(String stage) {
        return browser.findElements(By.id("pipeline-total-" + stage)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private static By leadLink(String customer) {
        return By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + customer + "']");
    }
}

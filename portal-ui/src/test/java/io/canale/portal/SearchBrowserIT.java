package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * Global search from the header and CSV export from the grids, with Rossi Auto's lead attacked with another dealer's
 * sign-in: Bianchi Moto's person never finds it, neither by search nor in its export.
 */
class SearchBrowserIT extends BrowserTestBase {

    @Test
    void a_dealer_finds_its_lead_from_the_header_ignoring_accents_and_another_dealer_finds_nothing() {
        String tag = tag();
        String lead = PartnerSystemApi.as("dealer-system", backendPort).mutate("createLead",
                "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field message } } }",
                Map.of("contact", Map.of("name", "Ilària Söderberg " + tag, "email", "ilaria." + tag + "@example.com"),
                        "company", Map.of("name", "Carrozzeria Söderberg"), "address", Map.of("country", "IT")))
                .at("/lead/id").asString();

        openAs("/", "dealer@canale.demo");
        search("ilaria soderberg " + tag);
        WebElement hit = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("search-hit-" + lead)));
        assertThat(browser.findElement(By.cssSelector("#search-leads h3")).getText()).isEqualTo("Leads");
        assertThat(hit.getText()).contains("Ilària Söderberg " + tag, "Carrozzeria Söderberg");
        hit.findElement(By.tagName("a")).click();
        ui.until(ExpectedConditions.urlContains("/leads/" + lead));

        search("nothing-" + tag);
        assertThat(ui.until(ExpectedConditions.presenceOfElementLocated(By.id("search-no-match"))).getText())
                .isEqualTo("Nothing you can see matches \"nothing-" + tag + "\". Try fewer words or part of a name.");

        browser.get(portal("/leads"));
        String csv = downloaded(By.id("leads-export"));
        assertThat(csv).startsWith("id,status,receivedAt,contactName,").contains(lead + ",ACCEPTED,", "Ilària Söderberg " + tag);
        signOut();

        openAs("/", "dealer2@canale.demo");
        search("soderberg " + tag);
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("search-no-match")));
        assertThat(browser.findElements(By.id("search-hit-" + lead))).isEmpty();
        browser.get(portal("/leads"));
        assertThat(downloaded(By.id("leads-export"))).startsWith("id,status,").doesNotContain(lead).doesNotContain(tag);
        signOut();
    }

    @Test
    void more_of_one_kind_of_result_comes_on_request_until_there_is_no_more() {
        String tag = tag();
        PartnerSystemApi dealerSystem = PartnerSystemApi.as("dealer-system", backendPort);
        for (int i = 1; i <= 12; i++) {
            JsonNode created = dealerSystem.mutate("createLead",
                    "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field message } } }",
                    Map.of("contact", Map.of("name", "Many " + tag + " " + i, "email", "many" + i + "." + tag + "@example.com"),
                            "company", Map.of("name", "Officina " + i), "address", Map.of("country", "IT")));
            assertThat(created.path("userErrors")).as("lead %d", i).isEmpty();
        }
        openAs("/", "dealer@canale.demo");
        search("many " + tag);
        By hits = By.cssSelector("#search-leads .search-hit");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("search-more-leads")));
        assertThat(browser.findElements(hits)).as("the first page").hasSize(10);
        click(By.id("search-more-leads"));
        ui.until(driver -> driver.findElements(hits).size() == 12);
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-more-leads")));
        assertThat(browser.findElements(hits).stream().map(WebElement::getText).distinct().count()).as("no repeats").isEqualTo(12);
        signOut();
    }

    @Test
    void a_supplier_finds_products_and_exports_its_orders_without_end_customers() {
        openAs("/", "supplier@canale.demo");
        search("brake");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("search-products")));
        assertThat(browser.findElements(By.id("search-leads"))).as("suppliers read no leads").isEmpty();
        browser.get(portal("/orders"));
        String csv = downloaded(By.id("orders-export"));
        assertThat(csv).startsWith("id,number,status,createdAt,requestedDate,dealer,supplier,lines,total,currency,endCustomerName,");
        assertThat(csv.lines().count()).as("the demo's orders to Ferri").isGreaterThan(1);
        assertThat(csv).as("the demo's end customer is the dealer's").doesNotContain("Laura Neri");
        signOut();
    }

    @Test
    void the_order_list_opens_with_the_filter_and_order_the_person_left_it_with() {
        openAs("/orders", "dealer@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='order-link-']")));
        choose("order-filter-status", "Submitted");
        choose("order-order", "Oldest first");
        // The choice reaches the server, which stores it in the browser: wait for that before leaving the page.
        ui.until(driver -> String.valueOf(((JavascriptExecutor) driver).executeScript("return Object.keys(localStorage)"
                + ".filter(key => key.startsWith('canale.filter.orders.')).map(key => localStorage.getItem(key)).join()"))
                .contains("order=OLDEST_FIRST"));
        browser.get(portal("/"));
        browser.get(portal("/orders"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-filter-status"), "Submitted"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-order"), "Oldest first"));
        String csv = downloaded(By.id("orders-export"));
        assertThat(csv.lines().skip(1).map(line -> line.split(",")[2]).distinct().toList()).as("the export follows the filter")
                .containsOnly("SUBMITTED");
        choose("order-filter-status", "All statuses");
        choose("order-order", "Newest first");
        signOut();
    }

    /** Types the words into the header's search box and presses Enter. */
    static void search(String words) {
        WebElement field = ui.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#global-search input")));
        field.clear();
        field.sendKeys(words, Keys.ENTER);
        ui.until(ExpectedConditions.urlContains("/search"));
    }

    /** The text the browser receives from the export link (fetched in the page, with the portal session). */
    static String downloaded(By link) {
        WebElement anchor = ui.until(ExpectedConditions.presenceOfElementLocated(link));
        ui.until(driver -> anchor.getAttribute("href") != null && !anchor.getAttribute("href").isEmpty());
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", anchor);
    }
}

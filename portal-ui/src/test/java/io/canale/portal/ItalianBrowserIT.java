package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The portal read by an Italian dealer: date pickers in Italian with weeks from Monday and dates typed as Italians
 * write them, numbers typed or pasted in either convention, dates and plurals in Italian on the opportunity page and
 * in the timelines the backend writes, the deal registration page, and both pages at phone width.
 */
class ItalianBrowserIT extends BrowserTestBase {

    private static final String ISO_MOMENT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:";
    private static final String NO_AMOUNT = "importo non ancora stimato";
    private static final String ITALIAN_MOMENT = "\\d{1,2} [a-z]{3} \\d{4}, \\d{2}:\\d{2}";

    @Test
    void an_italian_dealer_edits_an_opportunity_with_pasted_numbers_and_reads_it_in_italian() {
        PersonApi dealer = person("dealer@canale.demo");
        prefer(dealer, "it");
        try {
            openAs("/pipeline", "dealer@canale.demo");
            WebElement card = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pipeline-card-name")));
            String page = card.getDomAttribute("href");
            browser.get(portal("/" + page));

            // A number in the English convention, a date as Italians write it, one product with Italian grouping.
            click(By.id("opportunity-edit"));
            WebElement picker = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("opportunity-edit-close-date")));
            @SuppressWarnings("unchecked")
            Map<String, Object> i18n = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                    "const i = arguments[0].i18n; return {first: i.firstDayOfWeek, month: i.monthNames[0], day: i.weekdaysShort[1],"
                            + " today: i.today};", picker);
            assertThat(i18n).containsEntry("first", 1L).containsEntry("month", "Gennaio").containsEntry("day", "Lun")
                    .containsEntry("today", "Oggi");
            type("opportunity-edit-amount", "4,500.50");
            type("opportunity-edit-probability", "60");
            typeDate("opportunity-edit-close-date", "31/12/2027");
            assertThat(picker.getDomProperty("value")).isEqualTo("2027-12-31");
            removeProducts();
            addProduct("TYR-205-55", "1.000");
            click(By.id("opportunity-edit-save"));
            ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("opportunity-edit-dialog")));
            ui.until(ExpectedConditions.textToBe(By.id("opportunity-amount"), "4.500,50 €"));
            assertThat(browser.findElement(By.id("opportunity-probability")).getText()).isEqualTo("60 %");
            assertThat(browser.findElement(By.id("opportunity-close-date")).getText()).isEqualTo("31 dic 2027");
            assertThat(browser.findElement(By.id("opportunity-items")).getText()).isEqualTo("TYR-205-55 × 1.000");
            String timeline = browser.findElement(By.id("opportunity-timeline")).getText();
            assertThat(timeline).contains("1 prodotto previsto", "Importo, probabilità o data di chiusura modificati")
                    .containsPattern(ITALIAN_MOMENT).doesNotContainPattern(ISO_MOMENT).doesNotContain("prodotto/i");

            // The Italian convention, and two products: the plural.
            click(By.id("opportunity-edit"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("opportunity-edit-dialog")));
            assertThat(browser.findElement(By.cssSelector("#opportunity-edit-amount input")).getDomProperty("value"))
                    .as("shown as Italians write it").isEqualTo("4.500,50");
            assertThat(browser.findElement(By.cssSelector("#opportunity-edit-close-date input")).getDomProperty("value"))
                    .isEqualTo("31/12/2027");
            type("opportunity-edit-amount", "12.000,75");
            addProduct("FRN-PAD-001", "2");
            click(By.id("opportunity-edit-save"));
            ui.until(ExpectedConditions.textToBe(By.id("opportunity-amount"), "12.000,75 €"));
            assertThat(browser.findElement(By.id("opportunity-timeline")).getText()).contains("2 prodotti previsti");

            // A value that is no number is refused with a hint, never sent as nothing.
            click(By.id("opportunity-edit"));
            type("opportunity-edit-amount", "4,50.5");
            click(By.id("opportunity-edit-save"));
            ui.until(ExpectedConditions.attributeToBe(By.id("opportunity-edit-amount"), "invalid", "true"));
            assertThat(browser.findElement(By.id("opportunity-edit-amount")).getDomProperty("errorMessage"))
                    .isEqualTo("Scrivi l'importo come 4.500,50 o 4500,50");
            cancelDialog();

            // Emptied amount and close date are cleared, not refused or kept.
            click(By.id("opportunity-edit"));
            emptyField("opportunity-edit-amount");
            emptyField("opportunity-edit-close-date");
            click(By.id("opportunity-edit-save"));
            ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("opportunity-edit-dialog")));
            ui.until(ExpectedConditions.textToBe(By.id("opportunity-amount"), NO_AMOUNT));
            assertThat(browser.findElement(By.id("opportunity-close-date")).getText()).as("the close date cleared").isEmpty();

            atPhoneWidth(() -> assertNoSidewaysScrolling("/" + page, "#opportunity-timeline"));
            signOut();
        } finally {
            prefer(dealer, "en");
        }
    }

    @Test
    void two_leads_with_the_same_name_are_told_apart_in_the_inbox() {
        String name = "Mario Bianco " + tag();
        createLead(name, "Alfa Impianti", "Lombardia", "20121");
        createLead(name, "Beta Servizi", "Veneto", "37121");
        openAs("/leads", "dealer@canale.demo");
        By sameName = By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + name + "']");
        ui.until(driver -> driver.findElements(sameName).size() == 2);
        List<String> hints = browser.findElements(sameName).stream().map(link -> {
            String href = link.getDomAttribute("href");
            return browser.findElement(By.id("lead-hint-" + href.substring(href.lastIndexOf('/') + 1))).getText();
        }).toList();
        assertThat(hints).anyMatch(hint -> hint.startsWith("Alfa Impianti · 20121 Lombardia"))
                .anyMatch(hint -> hint.startsWith("Beta Servizi · 37121 Veneto"));
        signOut();
    }

    private static void createLead(String name, String company, String region, String postalCode) {
        PartnerSystemApi.as("dealer-system", backendPort).mutate("createLead",
                "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field code message } } }",
                Map.of("idempotencyKey", "same-name-" + tag() + "-" + company, "contact", Map.of("name", name, "email", "mario@example.com"),
                        "company", Map.of("name", company), "address", Map.of("country", "IT", "region", region, "postalCode", postalCode)));
    }

    @Test
    void an_italian_dealer_reads_a_registration_in_review_with_italian_dates_and_reason() {
        String vat = "IT0" + (long) (Math.random() * 1e10);
        String company = "Trasporti " + tag() + " S.r.l.";
        register(person("dealer2@canale.demo"), company, vat);
        PersonApi dealer = person("dealer@canale.demo");
        String id = register(dealer, company, vat).path("id").asString();
        prefer(dealer, "it");
        try {
            openAs("/deals/" + id, "dealer@canale.demo");
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deal-name"), company));
            assertThat(browser.findElement(By.id("deal-status")).getText()).isEqualTo("In verifica");
            assertThat(browser.findElement(By.id("deal-value")).getText()).isEqualTo("25.000,00 €");
            assertThat(browser.findElement(By.id("deal-close-date")).getText()).isEqualTo("30 giu 2030");
            assertThat(browser.findElement(By.id("deal-registered-at")).getText()).matches(ITALIAN_MOMENT);
            assertThat(browser.findElement(By.id("deal-conflict-rule")).getText()).isEqualTo("Stessa partita IVA");
            assertThat(browser.findElement(By.id("deal-conflict-reason")).getText())
                    .startsWith("Un altro dealer ha registrato la stessa partita IVA").containsPattern(ITALIAN_MOMENT)
                    .doesNotContainPattern(ISO_MOMENT);
            assertThat(browser.findElements(By.id("deal-conflict-earlier-dealer"))).as("the other dealer is not named").isEmpty();
            assertThat(browser.findElements(By.id("deal-approve"))).isEmpty();

            // The register dialog's picker speaks Italian too, and a second registration of the same deal is refused.
            browser.get(portal("/deals"));
            click(By.id("deal-register"));
            type("deal-customer", company);
            type("deal-vat-number", vat);
            type("deal-currency", "EUR");
            type("deal-product-line", "Furgoni");
            type("deal-amount", "25.000");
            typeDate("deal-close-date", "30/06/2030");
            click(By.id("register-deal-send"));
            ui.until(ExpectedConditions.attributeToBe(By.id("deal-customer"), "invalid", "true"));
            assertThat(browser.findElement(By.id("deal-customer")).getDomProperty("errorMessage"))
                    .startsWith("Hai già registrato questo cliente per questa linea di prodotto");
            cancelDialog();

            atPhoneWidth(() -> {
                assertNoSidewaysScrolling("/deals/" + id, "#deal-conflict");
                assertNoSidewaysScrolling("/deals", "#deal-grid");
            });
            signOut();
        } finally {
            prefer(dealer, "en");
        }
    }

    @Test
    void an_italian_supplier_checks_a_stock_file_first_and_the_counter_counts_rows_not_problems() throws java.io.IOException {
        // FLT-OIL-010 and FRN-DSC-002 are the supplier's; the third row has two problems and is one refused row.
        java.nio.file.Path stock = csv("""
                sku,available,nextBatchQuantity,nextBatchEta
                FLT-OIL-010,250,,
                FRN-DSC-002,7,,
                FRN-PAD-001,molti,tanti,
                """);
        PersonApi supplier = person("supplier@canale.demo");
        prefer(supplier, "it");
        try {
            openAs("/stock", "supplier@canale.demo");
            upload("stock-upload", stock);
            ui.until(driver -> driver.findElement(By.id("stock-check")).getDomAttribute("disabled") == null);
            click(By.id("stock-check"));
            ui.until(ExpectedConditions.textToBe(By.id("stock-upload-summary"),
                    "Prova: verrebbero pubblicate 2 righe su 3; 1 riga rifiutata. Non è stato modificato nulla."));
            // The checked file stays chosen, to be published next (not here: the demo stock is shared by the other tests).
            assertThat(browser.findElement(By.id("stock-publish")).getDomAttribute("disabled")).isNull();
            assertThat(browser.findElement(By.id("stock-upload-errors")).getText()).contains("4");
            signOut();
        } finally {
            prefer(supplier, "en");
        }
    }

    private static JsonNode register(PersonApi person, String company, String vat) {
        String mutation = "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { dealRegistration { id status } "
                + "userErrors { code } } }";
        JsonNode payload = person.data(mutation, Map.of("input", Map.of("customerName", company, "vatNumber", vat,
                "productLine", "Furgoni", "expectedValue", Map.of("amount", "25000.00", "currency", "EUR"),
                "expectedCloseDate", "2030-06-30"))).path("registerDeal");
        assertThat(payload.path("userErrors").isEmpty()).as(payload.toString()).isTrue();
        return payload.path("dealRegistration");
    }

    /** Types a date into the picker's text input as the reader writes it. */
    /** Empties a field as a person does: select all, delete, leave the field. */
    private static void emptyField(String id) {
        WebElement input = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(Keys.TAB);
    }

    private static void typeDate(String id, String text) {
        WebElement input = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    /** Closes the open dialog with its "Annulla" button (other, hidden dialogs may have one too). */
    private static void cancelDialog() {
        WebElement cancel = ui.until(driver -> driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Annulla']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        cancel.click();
    }

    private static void removeProducts() {
        List<WebElement> removes = browser.findElements(By.cssSelector("[id^='opportunity-edit-remove-']"));
        for (WebElement remove : removes) {
            click(By.id(remove.getDomAttribute("id")));
        }
    }

    private static void addProduct(String sku, String quantity) {
        int before = browser.findElements(By.cssSelector("[id^='opportunity-edit-sku-']")).size();
        click(By.id("opportunity-edit-add-product"));
        WebElement row = ui.until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("[id^='opportunity-edit-sku-']"));
            return rows.size() > before ? rows.getLast() : null;
        });
        String index = row.getDomAttribute("id").substring("opportunity-edit-sku-".length());
        type("opportunity-edit-sku-" + index, sku);
        type("opportunity-edit-quantity-" + index, quantity);
    }

    private static void atPhoneWidth(Runnable check) {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            check.run();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static void prefer(PersonApi person, String locale) {
        person.data("mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }", Map.of("l", locale));
    }

    private static PersonApi person(String email) {
        return PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, email, "canale-demo");
    }
}

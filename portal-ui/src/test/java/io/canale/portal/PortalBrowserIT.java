package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's main flows in a real browser against a real backend: both run as separate processes from
 * their packaged jars (the portal's is the production build), Chromium drives the UI. Runs in
 * {@code verify} (failsafe) after the backend module was built in the same reactor; alone it needs
 * {@code ./mvnw -pl portal-ui -am verify} or a prior {@code install} of schema and backend. The processes
 * and the browser are shared by all tests (started once); every test signs in and ends signed out of both.
 */
class PortalBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    /** Small pages, so the 46 demo partners span three of them and scrolling must page through cursors. */
    private static final int PAGE_SIZE = 20;

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final List<Process> processes = new ArrayList<>();
    private static Path logs;
    private static int backendPort;
    private static int portalPort;
    private static WebDriver browser;
    private static WebDriverWait ui;

    @BeforeAll
    static void startBackendPortalAndBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        Path backendJar = jar("canale.backend.jar", "../backend/target/canale-backend-0.1.0-SNAPSHOT-exec.jar",
                "build the backend first: ./mvnw -pl schema,backend,portal-ui verify (or -pl portal-ui -am)");
        Path portalJar = jar("canale.portal.jar", "target/canale-portal-ui-0.1.0-SNAPSHOT.jar",
                "package the portal first: ./mvnw -pl portal-ui package");
        logs = Files.createDirectories(Path.of(System.getProperty("canale.test.logs", "target/browser-it")));
        backendPort = freePort();
        portalPort = freePort();
        String portalUrl = "http://127.0.0.1:" + portalPort;
        String backendUrl = "http://localhost:" + backendPort;

        // Both start at once: the portal must not need the backend to start.
        Process backend = start("backend", backendJar,
                "--server.port=" + backendPort,
                "--spring.profiles.active=demo",
                "--canale.embedded.in-memory=true",
                "--canale.auth.issuer=" + backendUrl,
                "--canale.auth.portal.redirect-uris[0]=" + portalUrl + "/login/oauth2/code/canale",
                "--canale.auth.portal.post-logout-redirect-uris[0]=" + portalUrl + "/");
        Process portal = start("portal", portalJar,
                "--server.port=" + portalPort,
                "--spring.profiles.active=demo",
                "--canale.backend.url=" + backendUrl,
                "--canale.portal.page-size=" + PAGE_SIZE);
        // Readiness turns UP after the demo data is seeded (the aggregate health also checks the store).
        awaitHttp(backend, "backend", backendUrl + "/actuator/health/readiness", 200);
        awaitHttp(portal, "portal", portalUrl + "/", 302);
        assertThat(Files.readString(logs.resolve("portal.log")))
                .contains("Vaadin is running in production mode")
                .doesNotContainIgnoringCase("development mode");

        browser = chromium();
        ui = new WebDriverWait(browser, UI_TIMEOUT);
        System.out.printf("PortalBrowserIT: ran against a real backend process (pid %d, port %d) and Chromium %s%n",
                backend.pid(), backendPort, ((ChromeDriver) browser).getCapabilities().getBrowserVersion());
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        processes.forEach(PortalBrowserIT::stop);
    }

    @Test
    void staffSignsInAtTheBackendPagesThroughPartnersAndSignsOutOfBoth() {
        browser.get("http://127.0.0.1:" + portalPort + "/");

        signInAtBackend("staff@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Giulia Conti"));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + portalPort + "/");
        assertThat(browser.findElement(By.id("viewer-email")).getText()).isEqualTo("staff@canale.demo");
        assertThat(browser.findElement(By.id("viewer-partner")).getText()).isEqualTo("Canale Manifattura S.p.A.");

        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='partners']")).click();
        WebElement grid = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("partner-grid")));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Bianchi Moto")));
        // The last partner by name is on the third page: scrolling must follow the cursors page by page.
        ui.until(driver -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[0].size - 1)", grid);
            return !driver.findElements(cell("Veloce Logistica")).isEmpty();
        });
        assertThat(browser.findElements(cell("Concessionaria Demo 40"))).isNotEmpty();

        signOut();
    }

    @Test
    void dealerAcceptsALeadRoutedToItFromTheInbox() {
        browser.get("http://127.0.0.1:" + portalPort + "/leads");

        signInAtBackend("dealer@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
        // A demo lead in Lombardia, routed to the dealer's "Rossi Auto" by the rule "Nord-Ovest".
        WebElement customer = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Davide Ferraro']")));
        String href = customer.getAttribute("href");
        String leadId = href.substring(href.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("lead-status-" + leadId)).getText()).contains("Routed", "h left");

        ui.until(ExpectedConditions.elementToBeClickable(By.id("lead-accept-" + leadId))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-status-" + leadId), "Accepted"));
        assertThat(browser.findElement(By.id("lead-accept-" + leadId)).isDisplayed()).isFalse();

        signOut();
    }

    @Test
    void dealerDryRunsACsvImportSeesTheRefusedRowAndThenImportsItForReal() throws IOException {
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
    void anEmptyImportFileIsRefusedWithAReadableReason() throws IOException {
        Path empty = csv("");
        openAs("/leads/import", "staff@canale.demo");

        upload("import-upload", empty);
        click(By.id("import-start"));
        WebElement refused = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-refused")));
        assertThat(refused.getText()).isEqualTo("The file was refused: the file is empty.");

        signOut();
    }

    @Test
    void staffCreatesARoutingRuleMovesItUpAndDeletesIt() {
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
    void aConflictingDealRegistrationIsExplainedWithoutTheOtherDealerAndStaffApproveIt() {
        String company = "Flotta " + tag() + " S.r.l.";
        openAs("/deals", "dealer2@canale.demo");
        String earlier = registerDeal(company);
        assertThat(browser.findElement(By.id("deal-status-" + earlier)).getText()).isEqualTo("Submitted");
        signOut();

        openAs("/deals", "dealer@canale.demo");
        String later = registerDeal(company);
        assertThat(browser.findElement(By.id("deal-status-" + later)).getText()).isEqualTo("In review");
        click(By.id("deal-customer-" + later));
        String conflict = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("deal-details-" + later))).getText();
        assertThat(conflict).contains("Another dealer registered the same company").doesNotContain("Bianchi");
        signOut();

        openAs("/deals", "staff@canale.demo");
        click(By.id("deal-approve-" + later));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deal-status-" + later), "Approved"));
        // Staff see whose registration came first.
        click(By.id("deal-customer-" + later));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deal-details-" + later), "Bianchi Moto"));
        signOut();
    }

    @Test
    void theOwningDealerMovesAnOpportunityAndLosingItAsksWhy() {
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
    void theOwningDealerPlansATaskOnAnOpportunityAndMarksItDone() {
        String subject = "Inviare l'offerta " + tag();
        openAs("/leads", "dealer@canale.demo");
        opportunityFromDemoLead("Chiara Galli", "8000");
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

    @Test
    void dealerOrdersFromTwoSuppliersWithAPricePreviewAndADraftAndFollowsTheSplitOrders() {
        openAs("/orders/new", "dealer@canale.demo");
        chooseProduct(0, "FRN-PAD", "FRN-PAD-001");
        // Quantity 0 is refused on the field; nothing is submitted.
        typeQuantity(0, "0");
        clickCentred(By.id("order-submit"));
        ui.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("order-line-0-quantity")), "invalid"));
        assertThat(browser.getCurrentUrl()).endsWith("/orders/new");

        typeQuantity(0, "3");
        clickCentred(By.id("order-add-line"));
        chooseProduct(1, "BAT", "BAT-12V-070");
        typeQuantity(1, "2");
        // Rossi Auto is GOLD (10 % off): 3 × 43.20 + 2 × 125.10, from two suppliers.
        ui.until(ExpectedConditions.textToBe(By.id("order-preview-total"), "Total: €379.80"));
        assertThat(browser.findElement(By.id("order-preview")).getText()).contains("Ferri Componenti", "Gallo Ricambi");

        fillIn("order-recipient", "Rossi Auto – magazzino");
        fillIn("order-street", "Via Roma 1");
        fillIn("order-postal-code", "20121");
        fillIn("order-city", "Milano");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("order-requested-date")),
                LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        // Saved as a draft first: the submission then goes through the saved draft.
        clickCentred(By.id("order-save-draft"));
        clickCentred(By.cssSelector("#order-drafts vaadin-details-summary"));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("2 lines FRN-PAD-001, BAT-12V-070")));
        clickCentred(By.id("order-submit"));

        // Split into one order per supplier: the list highlights both, labelled with the same submission.
        ui.until(ExpectedConditions.urlContains("/orders?group="));
        String group = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("group=") + 6);
        String label = group.substring(group.length() - 6).toUpperCase(Locale.ROOT);
        ui.until(ExpectedConditions.numberOfElementsToBe(cell(label), 2));
        WebElement firstOrder = browser.findElements(By.cssSelector("a[id^='order-link-']")).getFirst();
        String orderId = firstOrder.getDomAttribute("id").substring("order-link-".length());
        assertThat(browser.findElement(By.id("order-status-" + orderId)).getText()).isEqualTo("Submitted");

        firstOrder.click();
        ui.until(ExpectedConditions.textToBe(By.id("order-submission"), label));
        assertThat(browser.findElement(By.id("order-status-" + orderId)).getText()).isEqualTo("Submitted");
        assertThat(browser.findElement(By.id("order-timeline")).getText()).contains("submitted");
        clickCentred(By.id("order-cancel"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reason-text textarea")))
                .sendKeys("Ordered by mistake");
        browser.findElement(By.id("reason-confirm")).click();
        ui.until(ExpectedConditions.textToBe(By.id("order-status-" + orderId), "Cancelled"));

        signOut();
    }

    @Test
    void carrierTapsPickedUpOnAShipmentWaitingForIt() {
        openAs("/shipments", "carrier@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-board")));
        // The demo order handed to "Veloce Logistica" and waiting for pick-up (LED bulbs for Rossi Auto, Milano).
        WebElement ready = ui.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".shipment-card .status-badge[data-status='READY']")));
        String shipmentId = ready.getAttribute("id").substring("shipment-status-".length());
        assertThat(browser.findElement(By.id("shipment-" + shipmentId)).getText()).contains("Milano", "2 packages");

        ui.until(ExpectedConditions.elementToBeClickable(By.id("shipment-" + shipmentId + "-PICKED_UP"))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status-" + shipmentId), "In transit"));
        // Only what may follow a pick-up is offered now.
        assertThat(browser.findElements(By.id("shipment-" + shipmentId + "-PICKED_UP"))).isEmpty();
        assertThat(browser.findElement(By.id("shipment-" + shipmentId + "-DELIVERED")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("shipment-" + shipmentId)).getText()).contains("Picked up");

        signOut();
    }

    @Test
    void supplierAnswersAnOrderLineByLineAndHandsItToTheCarrier() {
        // A fresh order of Rossi Auto's own system, so that no demo order is used up. Milano and 2 packages, like
        // the demo shipment the carrier's test picks up, whichever of the two it finds first.
        String orderId = submitOrderThroughTheApi("Milano", Map.entry("FRN-PAD-001", 5), Map.entry("FLT-OIL-010", 2));
        String reason = "Filtri in arrivo con il prossimo lotto " + tag();
        openAs("/supplier/orders", "supplier@canale.demo");

        click(By.id("supplier-order-answer-" + orderId));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-line-2")));
        setDate("answer-promise-all", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        type("answer-line-2-quantity", "1");
        click(By.id("answer-send"));
        // Less than ordered needs a reason: refused on line 2's field, nothing sent.
        ui.until(ExpectedConditions.attributeToBe(By.id("answer-line-2-reason"), "invalid", "true"));
        assertThat(browser.findElement(By.id("answer-line-1-reason")).getDomAttribute("invalid")).isNull();
        type("answer-line-2-reason", reason);
        click(By.id("answer-send"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer-dialog")));

        // No longer waiting for an answer: it is among the partly confirmed orders.
        choose("supplier-order-filter-status", "Partly confirmed");
        ui.until(ExpectedConditions.textToBe(By.id("supplier-order-status-" + orderId), "Partly confirmed"));
        click(By.id("supplier-order-handover-" + orderId));
        WebElement carrier = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("handover-carrier")));
        carrier.findElement(By.tagName("input")).sendKeys("Veloce");
        click(By.xpath("//*[@id='handover-carrier']//vaadin-combo-box-item[normalize-space(.)='Veloce Logistica']"));
        type("handover-packages", "2");
        click(By.id("handover-confirm"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handover-dialog")));

        // Coming back to the order: its answers and the shipment unfold under the row.
        browser.get(portal("/supplier/orders"));
        choose("supplier-order-filter-status", "Partly confirmed");
        click(By.id("supplier-order-status-" + orderId));
        WebElement details = ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("supplier-order-details-" + orderId)));
        assertThat(details.getText()).contains("Veloce Logistica: 2 packages, Ready for pick-up",
                "Line 1: FRN-PAD-001", "5 confirmed for", "Line 2: FLT-OIL-010", "1 confirmed for", reason);

        signOut();
    }

    @Test
    void supplierUploadsAStockFileAndSeesTheRefusedRow() throws IOException {
        // FRN-DSC-002 runs out (6 left in the demo), FRN-PAD-001 stays as it is, BAT-12V-070 is Gallo's.
        Path stock = csv("""
                sku,available,nextBatchQuantity,nextBatchEta
                FRN-DSC-002,0,,
                FRN-PAD-001,240,,
                BAT-12V-070,10,,
                """);
        openAs("/stock", "supplier@canale.demo");

        upload("stock-upload", stock);
        ui.until(driver -> driver.findElement(By.id("stock-publish")).getDomAttribute("disabled") == null);
        click(By.id("stock-publish"));
        ui.until(ExpectedConditions.textToBe(By.id("stock-upload-summary"), "Rows read: 3 · applied: 2 · refused: 1"));
        // The third data row is row 4 of the sheet (the header is row 1); its SKU is not the supplier's.
        WebElement errors = browser.findElement(By.id("stock-upload-errors"));
        ui.until(ExpectedConditions.presenceOfNestedElementLocatedBy(errors, cell("4")));
        assertThat(errors.findElements(cell("sku"))).isNotEmpty();
        assertThat(errors.findElements(cell("no product BAT-12V-070 of yours"))).isNotEmpty();
        signOut();

        // Dealers see the band, not the quantity.
        openAs("/catalog", "dealer@canale.demo");
        type("catalog-filter-sku", "FRN-DSC-002");
        // The filter applies lazily: wait for the narrowed grid, not the product's row in the full list.
        ui.until(driver -> driver.findElements(By.cssSelector("[id^='availability-']")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("availability-FRN-DSC-002"), "Out of stock"));
        assertThat(browser.findElement(By.id("availability-FRN-DSC-002")).getText()).doesNotContain("available");
        signOut();
    }

    @Test
    void supplierReadsDemandAsAChartWithTheFiguresAndAlerts() {
        List<String> galloSkus = List.of("BAT-12V-070", "LMP-LED-H7", "TYR-205-55");
        openAs("/demand", "supplier2@canale.demo");

        // The demo orders and opportunities of the coming weeks: bars with their figures in a title.
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demand-chart svg rect.bar")));
        List<String> barTitles = browser.findElements(By.cssSelector("#demand-chart svg rect.bar title")).stream()
                .map(title -> title.getDomProperty("textContent")).toList();
        assertThat(barTitles).isNotEmpty().allSatisfy(title -> assertThat(galloSkus).anyMatch(title::startsWith));
        WebElement figures = browser.findElement(By.id("demand-figures"));
        ui.until(ExpectedConditions.presenceOfNestedElementLocatedBy(figures, cell("BAT-12V-070")));
        assertThat(browser.findElements(cell("FRN-PAD-001"))).isEmpty();
        List<WebElement> alerts = browser.findElements(By.cssSelector("#low-stock-alerts li[id^='low-stock-']"));
        assertThat(alerts).isNotEmpty().allSatisfy(alert -> assertThat(galloSkus).contains(idAfter("low-stock-", alert)));
        assertThat(alerts.getFirst().getText()).contains("short by");

        // Suppliers never learn which dealer wants what: no dealer in the texts, the figures or the bars' titles.
        String everything = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.body.innerText + ' ' + document.getElementById('demand-chart').textContent");
        assertThat(everything).contains("BAT-12V-070").doesNotContain("Rossi", "Bianchi", "Concessionaria");
        assertThat(figures.findElements(cell("Dealers"))).isEmpty();

        int eightWeeks = browser.findElements(By.cssSelector("#demand-chart svg text.category")).size();
        assertThat(eightWeeks).isGreaterThanOrEqualTo(8);
        choose("demand-weeks", "12 weeks");
        ui.until(driver -> driver.findElements(By.cssSelector("#demand-chart svg text.category")).size() >= 12);
        assertThat(browser.findElements(By.cssSelector("#demand-chart svg rect.bar"))).isNotEmpty();

        signOut();
    }

    @Test
    void staffCreateAProductFindItInTheCatalogAndRenameIt() {
        String sku = "TST-" + tag().toUpperCase(Locale.ROOT);
        openAs("/catalog", "staff@canale.demo");

        click(By.id("catalog-new-product"));
        type("product-sku", sku);
        type("product-name-it", "Prodotto di prova " + sku);
        type("product-name-en", "Test product " + sku);
        type("product-line", "Ricambi");
        WebElement supplier = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("product-supplier")));
        supplier.findElement(By.tagName("input")).sendKeys("Ferri");
        click(By.xpath("//*[@id='product-supplier']//vaadin-combo-box-item[normalize-space(.)='Ferri Componenti']"));
        click(By.id("product-save"));
        ui.until(ExpectedConditions.invisibilityOfElementLocated(By.id("product-dialog")));

        type("catalog-filter-sku", sku);
        // The filter applies lazily: wait for the narrowed grid (unused rows stay hidden in the DOM), or the click
        // may hit a row about to be replaced.
        ui.until(driver -> driver.findElements(By.cssSelector("[id^='catalog-edit-']")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Test product " + sku)));
        assertThat(browser.findElements(cell("Ferri Componenti"))).isNotEmpty();

        click(By.id("catalog-edit-" + sku));
        // The dialog loads the product as stored, with its version, before it shows the names.
        ui.until(ExpectedConditions.textToBePresentInElementValue(By.cssSelector("#product-name-en input"),
                "Test product " + sku));
        type("product-name-en", "Renamed product " + sku);
        click(By.id("product-save"));
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("Renamed product " + sku)));
        assertThat(ui.until(ExpectedConditions.invisibilityOfElementLocated(cell("Test product " + sku)))).isTrue();

        signOut();
    }

    @Test
    void aDealerSeesOnlyItsTiersPriceListsAndLooksUpAPrice() {
        openAs("/price-lists", "dealer@canale.demo");
        // Rossi Auto is GOLD: the other tiers' lists do not appear.
        WebElement gold = ui.until(ExpectedConditions.presenceOfElementLocated(cell("Listino Gold 2026")));
        assertThat(browser.findElements(cell("Listino Silver 2026"))).isEmpty();
        assertThat(browser.findElements(By.id("price-list-new"))).isEmpty();

        gold.click();
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("price-list-detail")));
        type("price-list-lookup", "frn-pad-001");
        click(By.id("price-list-lookup-button"));
        // 48.00 list price, 10 % off for GOLD, as on the dealer's catalog and orders.
        ui.until(ExpectedConditions.presenceOfElementLocated(cell("FRN-PAD-001")));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '43.20')]")));

        signOut();
    }

    @Test
    void keyScreensDoNotScrollSidewaysAtPhoneWidth() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/catalog", "dealer@canale.demo");
            assertNoSidewaysScrolling("/catalog", "[id^='availability-']");
            assertNoSidewaysScrolling("/orders", "a[id^='order-link-']");
            assertNoSidewaysScrolling("/orders/new", "#order-line-0-sku");
            assertNoSidewaysScrolling("/pipeline", ".pipeline-card");
            assertNoSidewaysScrolling("/price-lists", "#price-list-grid");
            signOut();

            openAs("/stock", "supplier@canale.demo");
            assertNoSidewaysScrolling("/stock", "#stock-item-form");
            assertNoSidewaysScrolling("/supplier/orders", "#supplier-order-grid");
            assertNoSidewaysScrolling("/demand", "#demand-chart svg");
            signOut();

            openAs("/shipments", "carrier@canale.demo");
            assertNoSidewaysScrolling("/shipments", ".shipment-card");
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /**
     * Submits an order of Rossi Auto to a single supplier as the dealer's own system would: a client-credentials
     * token for {@code dealer-system}, then {@code submitOrder}, wanted a week ahead. Returns the order's id.
     */
    @SafeVarargs
    private static String submitOrderThroughTheApi(String city, Map.Entry<String, Integer>... lines) {
        String backend = "http://localhost:" + backendPort;
        String credentials = Base64.getEncoder().encodeToString("dealer-system:canale-demo-secret".getBytes(StandardCharsets.UTF_8));
        JsonNode token = post(HttpRequest.newBuilder(URI.create(backend + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        Map<String, Object> input = Map.of(
                "lines", Arrays.stream(lines).map(line -> Map.of("sku", line.getKey(), "quantity", line.getValue())).toList(),
                "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto – officina", "street", "Via Roma 1", "postalCode", "20121",
                        "city", city, "country", "IT"),
                "idempotencyKey", "browser-it-" + tag());
        String request = JSON.writeValueAsString(Map.of(
                "query", "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } userErrors { field message } } }",
                "variables", Map.of("input", input)));
        JsonNode submitted = post(HttpRequest.newBuilder(URI.create(backend + "/graphql"))
                .header("Authorization", "Bearer " + token.path("access_token").asString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request))).at("/data/submitOrder");
        assertThat(submitted.path("userErrors").isEmpty()).as("submitOrder refused: %s", submitted).isTrue();
        assertThat(submitted.path("orders")).as("one supplier, one order: %s", submitted).hasSize(1);
        return submitted.at("/orders/0/id").asString();
    }

    /** Sends the request to the backend and reads its JSON answer, which must be a 200. */
    private static JsonNode post(HttpRequest.Builder request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Opens the page and waits until neither the page, nor the view inside the app layout, nor a visible grid
     * scrolls sideways (grids hide their secondary columns after the window's width reaches the server). Charts
     * may scroll inside their own box.
     */
    private static void assertNoSidewaysScrolling(String path, String readyCss) {
        browser.get(portal(path));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyCss)));
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> path + " scrolls sideways at " + browser.manage().window().getSize() + ": "
                        + sidewaysOverflow())
                .until(driver -> sidewaysOverflow().isEmpty());
    }

    private static String sidewaysOverflow() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const overflow = [];
                const wider = (name, element) => {
                    if (element && element.scrollWidth > element.clientWidth + 1) {
                        overflow.push(name + ' ' + element.scrollWidth + ' > ' + element.clientWidth);
                    }
                };
                wider('page', document.documentElement);
                const layout = document.querySelector('vaadin-app-layout');
                wider('view', layout && layout.shadowRoot.querySelector('[part=content]'));
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                    if (grid.offsetParent !== null) {
                        wider('grid #' + grid.id, grid.shadowRoot.querySelector('#table'));
                    }
                }
                return overflow.join(', ');
                """);
    }

    private static void chooseProduct(int line, String typed, String sku) {
        WebElement comboBox = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-line-" + line + "-sku")));
        comboBox.findElement(By.tagName("input")).sendKeys(typed);
        // The items are rendered in the combo box's light DOM (slot "overlay") since Vaadin 25.
        ui.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='order-line-" + line
                + "-sku']//vaadin-combo-box-item[starts-with(normalize-space(.), '" + sku + "')]"))).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-line-" + line), "each"));
    }

    /** Scrolls the element to the middle of the window first, clear of the header and the form's bottom. */
    private static void clickCentred(By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        ui.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void typeQuantity(int line, String quantity) {
        WebElement input = browser.findElement(By.cssSelector("#order-line-" + line + "-quantity input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
    }

    private static void fillIn(String id, String text) {
        browser.findElement(By.cssSelector("#" + id + " input")).sendKeys(text);
    }

    private static void signOut() {
        browser.findElement(By.id("sign-out")).click();
        // Back at the backend's login page: its session ended too, or it would have signed us in silently.
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private static void signInAtBackend(String email, String password) {
        ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Opens a portal page as the person, through the backend's sign-in. Should an earlier test have stopped
     * before signing out, it signs out first, so that one failure does not fail the tests after it.
     */
    private static void openAs(String path, String email) {
        browser.get(portal(path));
        if (!browser.getCurrentUrl().contains("localhost:" + backendPort + "/login")) {
            click(By.id("sign-out"));
            ui.until(ExpectedConditions.urlContains("localhost:" + backendPort + "/login"));
            browser.get(portal(path));
        }
        signInAtBackend(email, "canale-demo");
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
                By.xpath("//span[starts-with(@id, 'deal-customer-') and normalize-space(.)='" + company + "']"))));
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

    /**
     * Clicks once the element can be clicked, scrolled to the middle first: the view scrolls inside the app
     * layout, which the driver's own scrolling does not always reach.
     */
    private static void click(By locator) {
        WebElement element = ui.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Hands the file to the upload's file input, as choosing it in the browser's dialog would. */
    private static void upload(String uploadId, Path file) {
        WebElement upload = ui.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Types into a text field or area and leaves it, so that the value reaches the server. */
    private static void type(String id, String text) {
        WebElement field = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** Sets a date picker's ISO value, as picking the date would (independent of the locale's format). */
    private static void setDate(String id, String isoDate) {
        WebElement picker = ui.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", picker, isoDate);
    }

    private static void choose(String selectId, String label) {
        click(By.id(selectId));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
    }

    private static String idAfter(String prefix, WebElement element) {
        return idAfter(prefix, element, "id");
    }

    private static String idAfter(String prefix, WebElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.substring(value.lastIndexOf(prefix) + prefix.length());
    }

    private static By leadLink(String customer) {
        return By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + customer + "']");
    }

    private static Path csv(String content) throws IOException {
        Path file = Files.createTempFile(logs, "upload-", ".csv");
        Files.writeString(file, content);
        return file;
    }

    private static String portal(String path) {
        return "http://127.0.0.1:" + portalPort + path;
    }

    /** Makes names unique within a run, so no test depends on another's data. */
    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static WebDriver chromium() throws IOException {
        // No Selenium Manager: the driver and the browser come from the system's packages.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory(logs, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(logs.resolve("chromedriver.log").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static Process start(String name, Path jar, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        File log = logs.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        // Should the test JVM be killed before @AfterAll, leave no server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /** Polls the URL until it answers with the expected status; fails at once if the process died. */
    private static void awaitHttp(Process process, String name, String url, int status) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        try {
            new FluentWait<>(http).withTimeout(START_TIMEOUT).pollingEvery(Duration.ofMillis(500))
                    .withMessage(() -> name + " did not answer " + url + " with " + status + "\n" + tail(name))
                    .until(client -> {
                        if (!process.isAlive()) {
                            fail(name + " exited with " + process.exitValue() + "\n" + tail(name));
                        }
                        try {
                            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status;
                        } catch (IOException notYet) {
                            return false;
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(ex);
                        }
                    });
        } finally {
            http.close();
        }
    }

    private static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar(String property, String fallback, String hint) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            fail(jar.toAbsolutePath() + " is missing: " + hint);
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal as a whole: signing in at the backend and out of both, paging, and phone width. */
class PortalBrowserIT extends BrowserTestBase {

    @Test
    void staff_signs_in_at_the_backend_pages_through_partners_and_signs_out_of_both() {
        browser.get("http://127.0.0.1:" + portalPort + "/");

        signInAtBackend("staff@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Giulia Conti"));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + portalPort + "/");
        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='profile']")).click();
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("viewer-email"), "staff@canale.demo"));
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
    void key_screens_do_not_scroll_sideways_at_phone_width() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openAs("/catalog", "dealer@canale.demo");
            assertNoSidewaysScrolling("/", "#todo .todo-card");
            assertNoSidewaysScrolling("/profile", "#viewer-scopes");
            assertNoSidewaysScrolling("/catalog", "[id^='availability-']");
            assertNoSidewaysScrolling("/orders", "a[id^='order-link-']");
            // The view's title keeps its room in the header: on phones the language switch sits in the drawer.
            Number titleWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('.view-title').getBoundingClientRect().width");
            assertThat(titleWidth.doubleValue()).as("width of the view's title in px").isGreaterThan(100);
            assertThat(browser.findElements(By.id("drawer-language"))).hasSize(1);
            assertNoSidewaysScrolling("/orders/new", "#order-line-0-sku");
            assertNoSidewaysScrolling("/pipeline", ".pipeline-card");
            // The pipeline's list, with its sortable headers.
            click(By.id("pipeline-tab-list"));
            ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("opportunity-grid")));
            new WebDriverWait(browser, UI_TIMEOUT).withMessage(() -> "the pipeline list scrolls sideways: " + sidewaysOverflow())
                    .until(driver -> sidewaysOverflow().isEmpty());
            assertNoSidewaysScrolling("/price-lists", "#price-list-grid");
            assertNoSidewaysScrolling("/webhooks", "#webhook-new");
            assertNoSidewaysScrolling("/funds", "#fund-grid");
            assertNoSidewaysScrolling("/incentives", "#incentive-program-grid");
            assertNoSidewaysScrolling("/incentives/inc_demo_volume", "#incentive-entry-grid");
            assertNoSidewaysScrolling("/notifications/preferences", "#preference-rows vaadin-radio-group");
            assertNoSidewaysScrolling("/search?q=brake", ".search-hit");
            assertNoSidewaysScrolling("/search?q=nothing-at-all-here", "#search-no-match");
            assertNoSidewaysScrolling("/leads", "#lead-grid");
            assertNoSidewaysScrolling("/deals", "#deal-grid");
            assertNoSidewaysScrolling("/service-cases", "#case-grid");
            assertNoSidewaysScrolling("/notifications", "#notification-list");
            assertNoSidewaysScrolling("/organisation", "#member-grid");
            assertNoSidewaysScrolling("/leads/import", "#import-delimiter");
            browser.get(portal("/orders"));
            String order = ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='order-link-']")))
                    .getDomAttribute("href");
            assertNoSidewaysScrolling("/" + order.replaceFirst("^/", ""), "#order-title");
            signOut();

            openAs("/stock", "supplier@canale.demo");
            assertNoSidewaysScrolling("/", ".kpi-tile");
            assertNoSidewaysScrolling("/stock", "#stock-item-form");
            assertNoSidewaysScrolling("/supplier/orders", "#supplier-order-grid");
            assertNoSidewaysScrolling("/supplier/orders?show=to-ship", "[id^='supplier-order-handover-']");
            // The hand-over dialog with a quantity per line left to hand over.
            click(By.cssSelector("[id^='supplier-order-handover-']"));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#handover-lines vaadin-integer-field")));
            new WebDriverWait(browser, UI_TIMEOUT).withMessage(() -> "the hand-over dialog scrolls sideways: " + sidewaysOverflow())
                    .until(driver -> sidewaysOverflow().isEmpty());
            click(By.id("handover-cancel"));
            assertNoSidewaysScrolling("/demand", "#demand-chart svg");
            signOut();

            openAs("/shipments", "carrier@canale.demo");
            assertNoSidewaysScrolling("/", ".kpi-tile");
            assertNoSidewaysScrolling("/shipments", ".shipment-card");
            signOut();

            String program = StaffIncentiveBrowserIT.programOfThisAndNextYear("Phone " + tag());
            openAs("/", "staff@canale.demo");
            assertNoSidewaysScrolling("/", ".kpi-tile");
            assertNoSidewaysScrolling("/incentives/admin", "#program-grid");
            assertNoSidewaysScrolling("/incentives/admin/new", "#program-save");
            assertNoSidewaysScrolling("/incentives/admin/" + program, "#program-new-version");
            assertNoSidewaysScrolling("/funds/budgets", "#budget-grid");
            assertNoSidewaysScrolling("/funds?awaitingStaff=true", "#fund-grid");
            assertNoSidewaysScrolling("/deals", "#deal-grid");
            assertNoSidewaysScrolling("/leads", "#lead-grid");
            assertNoSidewaysScrolling("/partners", "#partner-grid");
            assertNoSidewaysScrolling("/routing-rules", "#routing-rule-grid");
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }
}

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Incentives in the browser: on a phone, the demo dealer opens its volume program, reads the rules in words and how far
 * it is from the next tier, and follows an amount down to the order behind it. The demo programs accrue Rossi's demo
 * deliveries through the change feed as any order does (DemoIncentives), so the test waits until they have.
 */
class IncentiveBrowserIT extends BrowserTestBase {

    static final String VOLUME = "inc_demo_volume";
    static final String GOLD_GROWTH = "inc_demo_gold_growth";

    @Test
    void a_dealer_follows_its_tier_progress_down_to_an_order_on_a_phone() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        String sentence;
        String number;
        try {
            openAs("/incentives", "dealer@canale.demo");
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("incentive-program-" + GOLD_GROWTH)));
            click(By.id("incentive-program-link-" + VOLUME));
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incentive-rule-list"), "Rebate: 2 %"));
            assertThat(browser.findElement(By.id("incentive-rule-list")).getText())
                    .contains("Retroactive: the tier reached pays its rate on the whole quarter", "SPIFF: €5.00 per unit of BAT-12V-070");
            assertThat(browser.findElement(By.id("incentive-eligibility")).getText()).isEqualTo("Dealer · based in Italy");

            entryOrder("/incentives/" + VOLUME);
            sentence = browser.findElement(By.id("incentive-progress-text")).getText();
            assertThat(sentence).as("the API's numbers in words").containsPattern("€[\\d,.]+ more delivered by December 31, \\d{4} reaches tier \\d")
                    .contains("on the whole quarter, +€");
            assertThat(browser.findElement(By.id("incentive-earned")).getText()).startsWith("€");
            assertThat(browser.findElements(By.id("incentive-progress-bar"))).isNotEmpty();
            assertThat(browser.findElements(By.id("incentive-statement-pdf"))).isNotEmpty();
            assertNoSidewaysScrolling("/incentives/" + VOLUME, "#incentive-progress-text");

            WebElement order = entryOrder("/incentives/" + VOLUME);
            String label = order.getText();
            assertThat(label).matches("Order \\d{4}-\\d{6}, line \\d+");
            number = label.substring("Order ".length(), label.indexOf(','));
            click(By.id(order.getAttribute("id")));
            ui.until(ExpectedConditions.urlContains("/orders/ord"));
            ui.until(ExpectedConditions.attributeContains(By.id("order-title"), "textContent", number));
            signOut();
        } finally {
            browser.manage().window().setSize(desktop);
        }

        // Staff see every program and pick the dealer whose earnings they read: the same order behind the same amounts.
        openAs("/incentives/" + VOLUME, "staff@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("incentive-pick-dealer")));
        WebElement dealer = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("incentive-dealer")));
        dealer.findElement(By.tagName("input")).sendKeys("Rossi");
        ui.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='incentive-dealer']//vaadin-combo-box-item[normalize-space(.)='Rossi Auto']"))).click();
        ui.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(@class, 'incentive-entry-order')][contains(., '" + number + "')]")));
        assertThat(browser.findElement(By.id("incentive-progress-text")).getText()).isEqualTo(sentence);
        signOut();
    }

    @Test
    void a_silver_dealer_reads_in_italian_only_the_programs_it_takes_part_in_and_how_far_it_is_from_the_first_tier() {
        PersonApi bianchi = PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, "dealer2@canale.demo",
                "canale-demo");
        bianchi.data("mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }", Map.of("l", "it"));
        try {
            openAs("/incentives", "dealer2@canale.demo");
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("incentive-program-" + VOLUME)));
            assertThat(browser.findElements(By.id("incentive-program-" + GOLD_GROWTH))).as("Gold dealers only").isEmpty();
            browser.get(portal("/incentives/" + GOLD_GROWTH));
            ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-view")));
            assertThat(browser.findElements(By.id("incentive-title"))).as("not Bianchi's to see").isEmpty();

            browser.get(portal("/incentives/" + VOLUME));
            ui.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incentive-rule-list"), "Ristorno: 2 %"));
            assertThat(browser.findElement(By.id("incentive-rule-list")).getText())
                    .contains("Retroattivo: lo scaglione raggiunto paga la sua aliquota sull’intero trimestre");
            assertThat(browser.findElement(By.id("incentive-earned")).getText()).isEqualTo("0,00 €");
            assertThat(browser.findElement(By.id("incentive-progress-text")).getText()).as("nothing delivered yet: the first tier")
                    .containsPattern("Altri 500,00 € consegnati entro il 31 dicembre \\d{4} portano allo scaglione 1: 1 % sull’intero trimestre, \\+5,00 €");
            assertThat(browser.findElements(By.cssSelector("a.incentive-entry-order"))).as("Bianchi has nothing delivered").isEmpty();
            signOut();
        } finally {
            bianchi.data("mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }", Map.of("l", "en"));
        }
    }

    /**
     * The first entry's order link, loading the page again until the feed has accrued the demo deliveries (derived
     * every few seconds after the start).
     */
    private static WebElement entryOrder(String path) {
        WebDriverWait feedDerived = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofSeconds(3));
        return feedDerived.until(driver -> {
            driver.get(portal(path));
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.incentive-entry-order")));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return null;
            }
        });
    }
}

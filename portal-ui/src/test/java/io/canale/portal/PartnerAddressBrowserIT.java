package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff give a partner its business address on the partner form: all four parts or none, stored through the API. */
class PartnerAddressBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "Concessionaria Demo 39";

    @Test
    void staff_give_a_partner_its_business_address_and_find_it_again_after_reloading() {
        openAs("/partners", "staff@canale.demo");
        openPartner();

        type("partner-street", "Via Dante 4");
        click(By.id("partner-save"));
        // Only part of the address: the form says what is missing and sends nothing.
        ui.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("partner-city")), "invalid"));
        assertThat(browser.findElement(By.id("partner-postal-code")).getAttribute("invalid")).isNotNull();

        type("partner-postal-code", "40121");
        type("partner-city", "Bologna");
        WebElement country = browser.findElement(By.cssSelector("#partner-country input"));
        country.sendKeys("Italy (IT)");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        country.sendKeys(Keys.ENTER, Keys.TAB);
        click(By.id("partner-save"));
        ui.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), PARTNER));

        browser.get(portal("/partners"));
        openPartner();
        assertThat(value("partner-street")).isEqualTo("Via Dante 4");
        assertThat(value("partner-postal-code")).isEqualTo("40121");
        assertThat(value("partner-city")).isEqualTo("Bologna");
        assertThat(value("partner-country")).isEqualTo("Italy (IT)");

        signOut();
    }

    private static void openPartner() {
        type("partner-filter-name", PARTNER);
        click(cell(PARTNER));
        ui.until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-street")));
        ui.until(driver -> value("partner-name").equals(PARTNER));
    }

    private static String value(String id) {
        return browser.findElement(By.cssSelector("#" + id + " input")).getDomProperty("value");
    }
}

package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Column headers that sort through the API: the order list by number both ways, remembered for the next visit, and the
 * catalog by product name in the reader's language.
 */
class OrderSortBrowserIT extends BrowserTestBase {

    /** The texts of one column of the rows in view, top to bottom ({@code column}: its place among the shown columns). */
    @SuppressWarnings("unchecked")
    static List<String> column(String gridId, int column) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const grid = document.getElementById(arguments[0]);
                return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.index !== undefined).sort((a, b) => a.index - b.index)
                    .map(row => row.querySelectorAll('td')[arguments[1]]).filter(cell => cell)
                    .map(cell => cell.querySelector('slot')).filter(slot => slot)
                    .map(slot => slot.assignedElements()[0]).filter(content => content)
                    .map(content => content.textContent.trim()).filter(text => text.length > 0);
                """, gridId, column);
    }

    static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static boolean sortedBy(List<String> texts, Comparator<String> order) {
        return texts.size() > 2 && texts.stream().sorted(order).toList().equals(texts);
    }

    static String direction(String header) {
        return browser.findElement(By.xpath("//vaadin-grid-sorter[normalize-space(.)='" + header + "']")).getAttribute("direction");
    }

    @Test
    void the_number_header_sorts_the_orders_through_the_api_both_ways_and_is_remembered() {
        openAs("/orders", "staff@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-grid")));
        ui.until(driver -> column("order-grid", 0).size() > 2);
        List<String> newestFirst = column("order-grid", 0);

        By number = By.xpath("//vaadin-grid-sorter[normalize-space(.)='Order']");
        click(number);
        ui.until(driver -> "asc".equals(direction("Order")) && sortedBy(column("order-grid", 0), Comparator.naturalOrder()));
        List<String> lowestFirst = column("order-grid", 0);
        assertThat(lowestFirst).allMatch(label -> label.matches("\\d{4}-\\d{6}")).isNotEqualTo(newestFirst);

        click(number);
        ui.until(driver -> "desc".equals(direction("Order")) && sortedBy(column("order-grid", 0), Comparator.reverseOrder()));
        assertThat(browser.findElement(By.id("order-order")).getAttribute("disabled")).as("the date order waits").isNotNull();

        browser.get(portal("/orders"));
        ui.until(driver -> "desc".equals(direction("Order")) && sortedBy(column("order-grid", 0), Comparator.reverseOrder()));
        // Back to the date order for the tests after this one (the sort is remembered per person).
        click(number);
        ui.until(driver -> direction("Order") == null || direction("Order").isEmpty());
        signOut();
    }

    @Test
    void the_product_header_sorts_the_catalog_by_name_through_the_api_both_ways() {
        openAs("/catalog", "dealer@canale.demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-grid")));
        ui.until(driver -> column("catalog-grid", 1).size() > 2);

        Comparator<String> az = Comparator.comparing(OrderSortBrowserIT::key);
        By name = By.xpath("//vaadin-grid-sorter[normalize-space(.)='Product']");
        click(name);
        ui.until(driver -> "asc".equals(direction("Product")) && sortedBy(column("catalog-grid", 1), az));
        click(name);
        ui.until(driver -> "desc".equals(direction("Product")) && sortedBy(column("catalog-grid", 1), az.reversed()));
        signOut();
    }
}

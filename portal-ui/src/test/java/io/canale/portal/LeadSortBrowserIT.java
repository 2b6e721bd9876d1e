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

/** The lead grid sorted by a column header: the API sorts (both ways), and the sort is remembered for the next visit. */
class LeadSortBrowserIT extends BrowserTestBase {

    /** The customers' names of the rows in view, top to bottom. */
    @SuppressWarnings("unchecked")
    static List<String> customers() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const grid = document.getElementById('lead-grid');
                return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.index !== undefined).sort((a, b) => a.index - b.index)
                    .map(row => row.querySelector('td slot')).filter(slot => slot)
                    .map(slot => slot.assignedElements()[0]).filter(content => content && content.querySelector('a'))
                    .map(content => content.querySelector('a').textContent.trim());
                """);
    }

    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static boolean sortedBy(List<String> names, Comparator<String> order) {
        return names.size() > 2 && names.stream().sorted(order).toList().equals(names);
    }

    static String direction() {
        return browser.findElement(By.xpath("//vaadin-grid-sorter[normalize-space(.)='Customer']")).getAttribute("direction");
    }

    @Test
    void the_customer_header_sorts_the_leads_through_the_api_both_ways_and_is_remembered() {
        browser.get(portal("/leads"));
        signInAtBackend("staff@canale.demo", "canale-demo");
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
        ui.until(driver -> customers().size() > 2);

        Comparator<String> az = Comparator.comparing(LeadSortBrowserIT::key);
        click(By.xpath("//vaadin-grid-sorter[normalize-space(.)='Customer']"));
        ui.until(driver -> "asc".equals(direction()) && sortedBy(customers(), az));
        List<String> ascending = customers();

        click(By.xpath("//vaadin-grid-sorter[normalize-space(.)='Customer']"));
        ui.until(driver -> "desc".equals(direction()) && sortedBy(customers(), az.reversed()));
        assertThat(customers()).isNotEqualTo(ascending);
        assertThat(browser.findElement(By.id("lead-order")).getAttribute("disabled")).as("the date order waits").isNotNull();

        browser.get(portal("/leads"));
        ui.until(driver -> "desc".equals(direction()) && sortedBy(customers(), az.reversed()));
        signOut();
    }
}

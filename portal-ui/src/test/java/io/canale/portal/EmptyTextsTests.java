package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Area;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class EmptyTextsTests {

    @Test
    void each_audience_reads_its_own_empty_text_and_others_the_common_one() {
        List<Area> staff = List.of(Area.HOME, Area.PARTNERS, Area.LEADS, Area.ROUTING_RULES, Area.DEALS, Area.PIPELINE);
        List<Area> dealer = List.of(Area.HOME, Area.LEADS, Area.DEALS, Area.PIPELINE, Area.CATALOG, Area.ORDERS, Area.SHIPMENTS);
        List<Area> supplier = List.of(Area.HOME, Area.CATALOG, Area.SUPPLIER_ORDERS, Area.SERVICE_CASES);
        List<Area> carrier = List.of(Area.HOME, Area.SHIPMENTS);
        assertThat(EmptyTexts.key("leads", staff)).isEqualTo("leads.empty.ROUTING_RULES");
        assertThat(EmptyTexts.key("leads", dealer)).isEqualTo("leads.empty.LEADS");
        assertThat(EmptyTexts.key("cases", supplier)).isEqualTo("cases.empty.SUPPLIER_ORDERS");
        assertThat(EmptyTexts.key("home.todo", carrier)).isEqualTo("home.todo.empty.SHIPMENTS");
        assertThat(EmptyTexts.key("deals", supplier)).as("no text of its own").isEqualTo("deals.empty");
        assertThat(EmptyTexts.key("partners", staff)).isEqualTo("partners.empty");
    }

    @Test
    void every_audience_text_exists_in_english_and_italian() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            EmptyTexts.LISTS.forEach((list, audiences) -> {
                assertThat(bundle.containsKey(list + ".empty")).as(list + ".empty in " + locale).isTrue();
                audiences.forEach(area -> assertThat(bundle.containsKey(list + ".empty." + area.name()))
                        .as(list + ".empty." + area + " in " + locale).isTrue());
            });
        }
    }
}

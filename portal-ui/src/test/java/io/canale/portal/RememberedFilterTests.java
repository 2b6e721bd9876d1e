package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.DateOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RememberedFilterTests {

    @Test
    void values_survive_the_trip_through_local_storage_and_nulls_are_left_out() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", null);
        values.put("order", DateOrder.OLDEST_FIRST);
        values.put("text", "a=b & c");
        String stored = RememberedFilter.encode(values);
        assertThat(stored).isEqualTo("order=OLDEST_FIRST&text=a%3Db+%26+c");
        assertThat(RememberedFilter.decode(stored)).containsExactly(Map.entry("order", "OLDEST_FIRST"), Map.entry("text", "a=b & c"));
    }

    @Test
    void a_value_that_names_no_constant_any_more_is_no_filter() {
        assertThat(RememberedFilter.constant(DateOrder.class, "OLDEST_FIRST")).isEqualTo(DateOrder.OLDEST_FIRST);
        assertThat(RememberedFilter.constant(DateOrder.class, "SIDEWAYS")).isNull();
        assertThat(RememberedFilter.constant(DateOrder.class, null)).isNull();
        assertThat(RememberedFilter.decode("garbage&=x&y")).isEmpty();
    }
}

package io.canale.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathsTests {

    private final FieldPaths<String> form = new FieldPaths<String>()
            .bind("name", "nameField")
            .bind("territory", "countriesField")
            .bind("territory.countries", "countriesField")
            .bind("territory.regions", "regionsField")
            .bind("contacts.0.email", "firstContactEmail")
            .bind("contacts.1.email", "secondContactEmail");

    @Test
    void error_on_an_input_field_finds_its_form_field() {
        assertThat(form.resolve(List.of("input", "name"))).contains("nameField");
    }

    @Test
    void error_on_a_list_item_finds_the_lists_field() {
        assertThat(form.resolve(List.of("input", "territory", "regions", "3"))).contains("regionsField");
    }

    @Test
    void error_on_a_nested_item_finds_that_items_field() {
        assertThat(form.resolve(List.of("input", "contacts", "1", "email"))).contains("secondContactEmail");
    }

    @Test
    void path_without_the_input_prefix_is_accepted_too() {
        assertThat(form.resolve(List.of("territory", "countries"))).contains("countriesField");
    }

    @Test
    void error_on_the_whole_input_or_on_a_field_not_on_the_form_finds_nothing() {
        assertThat(form.resolve(null)).isEmpty();
        assertThat(form.resolve(List.of())).isEmpty();
        assertThat(form.resolve(List.of("input"))).isEmpty();
        assertThat(form.resolve(List.of("input", "contacts", "2", "email"))).isEmpty();
        assertThat(form.resolve(List.of("input", "expectedVersion"))).isEmpty();
    }
}

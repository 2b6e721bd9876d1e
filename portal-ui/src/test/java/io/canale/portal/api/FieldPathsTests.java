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
    void errorOnAnInputFieldFindsItsFormField() {
        assertThat(form.resolve(List.of("input", "name"))).contains("nameField");
    }

    @Test
    void errorOnAListItemFindsTheListsField() {
        assertThat(form.resolve(List.of("input", "territory", "regions", "3"))).contains("regionsField");
    }

    @Test
    void errorOnANestedItemFindsThatItemsField() {
        assertThat(form.resolve(List.of("input", "contacts", "1", "email"))).contains("secondContactEmail");
    }

    @Test
    void pathWithoutTheInputPrefixIsAcceptedToo() {
        assertThat(form.resolve(List.of("territory", "countries"))).contains("countriesField");
    }

    @Test
    void errorOnTheWholeInputOrOnAFieldNotOnTheFormFindsNothing() {
        assertThat(form.resolve(null)).isEmpty();
        assertThat(form.resolve(List.of())).isEmpty();
        assertThat(form.resolve(List.of("input"))).isEmpty();
        assertThat(form.resolve(List.of("input", "contacts", "2", "email"))).isEmpty();
        assertThat(form.resolve(List.of("input", "expectedVersion"))).isEmpty();
    }
}

package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.catalog.CatalogInputs.CreateProductInput;
import io.canale.portal.catalog.CatalogInputs.LocalizedTextInput;
import io.canale.portal.catalog.CatalogInputs.UpdateProductDescriptionInput;
import io.canale.portal.catalog.CatalogInputs.UpdateProductInput;
import org.junit.jupiter.api.Test;

class ProductDraftTests {

    private static Product stored() {
        return new Product("FRN-PAD-001", "Pastiglie", new LocalizedText("Pastiglie", null),
                new LocalizedText(null, "Brake pads"), "Ricambi", Product.Unit.SET,
                new PartnerRef("ptn_ferri", "Ferri Componenti"), true, null, null, 7, new Product.Actions(true, true));
    }

    @Test
    void skus_are_checked_as_the_api_stores_them_trimmed_and_upper_case() {
        assertThat(ProductDraft.isValidSku(" frn-pad-010 ")).isTrue();
        assertThat(ProductDraft.isValidSku("AB")).isFalse();
        assertThat(ProductDraft.isValidSku("-ABC")).isFalse();
        assertThat(ProductDraft.isValidSku("ABC_1")).isFalse();
        assertThat(ProductDraft.isValidSku("A".repeat(32))).isTrue();
        assertThat(ProductDraft.isValidSku("A".repeat(33))).isFalse();
    }

    @Test
    void a_name_in_either_language_is_enough() {
        ProductDraft draft = ProductDraft.blank();
        assertThat(draft.hasName()).isFalse();
        draft.setNameEn("  ");
        assertThat(draft.hasName()).isFalse();
        draft.setNameEn("Brake pads");
        assertThat(draft.hasName()).isTrue();
    }

    @Test
    void create_input_normalises_the_sku_and_leaves_blank_languages_out() {
        ProductDraft draft = ProductDraft.blank();
        draft.setSku(" frn-pad-010");
        draft.setNameIt(" Pastiglie ");
        draft.setNameEn("");
        draft.setProductLine("Ricambi ");
        draft.setUnit(Product.Unit.SET);
        draft.setSupplier(new PartnerRef("ptn_ferri", "Ferri Componenti"));

        assertThat(draft.createInput()).isEqualTo(new CreateProductInput("FRN-PAD-010",
                new LocalizedTextInput("Pastiglie", null), new LocalizedTextInput(null, null), "Ricambi",
                Product.Unit.SET, "ptn_ferri"));
    }

    @Test
    void updates_carry_the_version_they_are_based_on() {
        ProductDraft draft = ProductDraft.of(stored());
        draft.setActive(false);

        assertThat(draft.updateInput()).isEqualTo(new UpdateProductInput("FRN-PAD-001", 7,
                new LocalizedTextInput("Pastiglie", null), "Ricambi", Product.Unit.SET, false));
        assertThat(draft.descriptionInput()).isEqualTo(new UpdateProductDescriptionInput("FRN-PAD-001", 7,
                new LocalizedTextInput(null, "Brake pads")));
    }
}

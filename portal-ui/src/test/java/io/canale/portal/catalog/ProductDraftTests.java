package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductDraftTests {

    private static EditableProduct stored() {
        return new EditableProduct("FRN-PAD-001", new LocalizedText("Pastiglie", null), new LocalizedText(null, "Brake pads"),
                "Ricambi", Product.Unit.SET, new PartnerRef("ptn_ferri", "Ferri Componenti"), true, 7);
    }

    @Test
    void skusAreCheckedAsTheApiStoresThemTrimmedAndUpperCase() {
        assertThat(ProductDraft.isValidSku(" frn-pad-010 ")).isTrue();
        assertThat(ProductDraft.isValidSku("AB")).isFalse();
        assertThat(ProductDraft.isValidSku("-ABC")).isFalse();
        assertThat(ProductDraft.isValidSku("ABC_1")).isFalse();
        assertThat(ProductDraft.isValidSku("A".repeat(32))).isTrue();
        assertThat(ProductDraft.isValidSku("A".repeat(33))).isFalse();
    }

    @Test
    void aNameInEitherLanguageIsEnough() {
        ProductDraft draft = ProductDraft.blank();
        assertThat(draft.hasName()).isFalse();
        draft.setNameEn("  ");
        assertThat(draft.hasName()).isFalse();
        draft.setNameEn("Brake pads");
        assertThat(draft.hasName()).isTrue();
    }

    @Test
    void createInputNormalisesTheSkuAndLeavesBlankLanguagesOut() {
        ProductDraft draft = ProductDraft.blank();
        draft.setSku(" frn-pad-010");
        draft.setNameIt(" Pastiglie ");
        draft.setNameEn("");
        draft.setProductLine("Ricambi ");
        draft.setUnit(Product.Unit.SET);
        draft.setSupplier(new PartnerRef("ptn_ferri", "Ferri Componenti"));

        assertThat(draft.createInput()).containsExactly(Map.entry("sku", "FRN-PAD-010"),
                Map.entry("names", Map.of("it", "Pastiglie")), Map.entry("descriptions", Map.of()),
                Map.entry("productLine", "Ricambi"), Map.entry("unit", "SET"), Map.entry("supplierId", "ptn_ferri"));
    }

    @Test
    void updatesCarryTheVersionTheyAreBasedOn() {
        ProductDraft draft = ProductDraft.of(stored());
        draft.setActive(false);

        assertThat(draft.updateInput()).containsEntry("sku", "FRN-PAD-001").containsEntry("expectedVersion", 7)
                .containsEntry("names", Map.of("it", "Pastiglie")).containsEntry("active", false)
                .doesNotContainKey("descriptions");
        assertThat(draft.descriptionInput()).containsOnly(Map.entry("sku", "FRN-PAD-001"),
                Map.entry("expectedVersion", 7), Map.entry("descriptions", Map.of("en", "Brake pads")));
    }
}

package io.canale.portal.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the catalog's dialogs send: the API's product and price-list inputs. */
final class CatalogInputs {

    private CatalogInputs() {
    }

    /** Texts in both languages; a blank language is left out, not sent empty. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LocalizedTextInput(String it, String en) {

        LocalizedTextInput {
            it = it == null || it.isBlank() ? null : it.strip();
            en = en == null || en.isBlank() ? null : en.strip();
        }
    }

    @SchemaType
    record CreateProductInput(String sku, LocalizedTextInput names, LocalizedTextInput descriptions, String productLine,
            Product.Unit unit, String supplierId) {
    }

    @SchemaType
    record UpdateProductInput(String sku, int expectedVersion, LocalizedTextInput names, String productLine,
            Product.Unit unit, boolean active) {
    }

    @SchemaType
    record UpdateProductDescriptionInput(String sku, int expectedVersion, LocalizedTextInput descriptions) {
    }

    /** A price: the decimal as typed, string-encoded so that it travels exactly. */
    @SchemaType
    record PriceEntryInput(String sku, String unitPrice) {

        static PriceEntryInput of(String sku, BigDecimal unitPrice) {
            return new PriceEntryInput(sku, unitPrice.toPlainString());
        }
    }

    /** A new price list; an open-ended one leaves {@code validTo} out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatePriceListInput(String name, PartnerTier tier, String currency, LocalDate validFrom,
            LocalDate validTo, List<PriceEntryInput> entries) {
    }
}

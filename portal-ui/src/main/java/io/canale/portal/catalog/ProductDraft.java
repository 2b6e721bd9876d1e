package io.canale.portal.catalog;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.catalog.CatalogInputs.CreateProductInput;
import io.canale.portal.catalog.CatalogInputs.LocalizedTextInput;
import io.canale.portal.catalog.CatalogInputs.UpdateProductDescriptionInput;
import io.canale.portal.catalog.CatalogInputs.UpdateProductInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A product being created, changed or described: the dialog's Binder bean and the source of the API's
 * inputs. The limits are the schema's ({@code CreateProductInput}); blank texts are left out of the inputs.
 */
class ProductDraft {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_PRODUCT_LINE = 80;
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    private String sku = "";
    private String nameIt = "";
    private String nameEn = "";
    private String descriptionIt = "";
    private String descriptionEn = "";
    private String productLine = "";
    private Product.Unit unit = Product.Unit.PIECE;
    private PartnerRef supplier;
    private boolean active = true;
    private int version;

    static ProductDraft blank() {
        return new ProductDraft();
    }

    /** A product as loaded for a change ({@code catalog/productForEdit}): both languages' texts and its version. */
    static ProductDraft of(Product product) {
        ProductDraft draft = new ProductDraft();
        draft.sku = product.sku();
        LocalizedText names = product.names() == null ? new LocalizedText(null, null) : product.names();
        LocalizedText descriptions = product.descriptions() == null ? new LocalizedText(null, null) : product.descriptions();
        draft.setNameIt(names.it());
        draft.setNameEn(names.en());
        draft.setDescriptionIt(descriptions.it());
        draft.setDescriptionEn(descriptions.en());
        draft.productLine = product.productLine();
        draft.unit = product.unit();
        draft.supplier = product.supplier();
        draft.active = product.active();
        draft.version = product.version() == null ? 0 : product.version();
        return draft;
    }

    /** The SKU as the API stores it: trimmed and upper case. */
    static String normalizeSku(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    /** 3 to 32 letters, digits and dashes, not starting with a dash (case does not matter: it is upper-cased). */
    static boolean isValidSku(String text) {
        return SKU.matcher(normalizeSku(text)).matches();
    }

    /** The API needs a name in at least one language. */
    boolean hasName() {
        return !nameIt.isBlank() || !nameEn.isBlank();
    }

    CreateProductInput createInput() {
        return new CreateProductInput(normalizeSku(sku), new LocalizedTextInput(nameIt, nameEn),
                new LocalizedTextInput(descriptionIt, descriptionEn), productLine.strip(), unit,
                supplier == null ? null : supplier.id());
    }

    UpdateProductInput updateInput() {
        return new UpdateProductInput(sku, version, new LocalizedTextInput(nameIt, nameEn), productLine.strip(), unit,
                active);
    }

    UpdateProductDescriptionInput descriptionInput() {
        return new UpdateProductDescriptionInput(sku, version, new LocalizedTextInput(descriptionIt, descriptionEn));
    }

    String getSku() {
        return sku;
    }

    void setSku(String sku) {
        this.sku = sku == null ? "" : sku;
    }

    String getNameIt() {
        return nameIt;
    }

    void setNameIt(String nameIt) {
        this.nameIt = nameIt == null ? "" : nameIt;
    }

    String getNameEn() {
        return nameEn;
    }

    void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    String getDescriptionIt() {
        return descriptionIt;
    }

    void setDescriptionIt(String descriptionIt) {
        this.descriptionIt = descriptionIt == null ? "" : descriptionIt;
    }

    String getDescriptionEn() {
        return descriptionEn;
    }

    void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    String getProductLine() {
        return productLine;
    }

    void setProductLine(String productLine) {
        this.productLine = productLine == null ? "" : productLine;
    }

    Product.Unit getUnit() {
        return unit;
    }

    void setUnit(Product.Unit unit) {
        this.unit = unit;
    }

    PartnerRef getSupplier() {
        return supplier;
    }

    void setSupplier(PartnerRef supplier) {
        this.supplier = supplier;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}

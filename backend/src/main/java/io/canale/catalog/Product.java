package io.canale.catalog;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A product of the catalog, keyed by its SKU. */
@Document("products")
// The column sorts (ProductSort: the name in the reader's language, the SKU both ways), also with a supplier or product
// line filter: equality, then the sort, then the id. The SKU from A is the id itself.
@CompoundIndex(name = "name_it_asc", def = "{'sortNameIt': 1, '_id': 1}")
@CompoundIndex(name = "name_it_desc", def = "{'sortNameIt': -1, '_id': 1}")
@CompoundIndex(name = "name_en_asc", def = "{'sortNameEn': 1, '_id': 1}")
@CompoundIndex(name = "name_en_desc", def = "{'sortNameEn': -1, '_id': 1}")
@CompoundIndex(name = "sku_desc", def = "{'sortSku': -1, '_id': 1}")
@CompoundIndex(name = "supplier_sku_asc", def = "{'supplierId': 1, '_id': 1}")
@CompoundIndex(name = "supplier_sku_desc", def = "{'supplierId': 1, 'sortSku': -1, '_id': 1}")
@CompoundIndex(name = "supplier_name_it_asc", def = "{'supplierId': 1, 'sortNameIt': 1, '_id': 1}")
@CompoundIndex(name = "supplier_name_it_desc", def = "{'supplierId': 1, 'sortNameIt': -1, '_id': 1}")
@CompoundIndex(name = "supplier_name_en_asc", def = "{'supplierId': 1, 'sortNameEn': 1, '_id': 1}")
@CompoundIndex(name = "supplier_name_en_desc", def = "{'supplierId': 1, 'sortNameEn': -1, '_id': 1}")
@CompoundIndex(name = "line_sku_asc", def = "{'productLine': 1, '_id': 1}")
@CompoundIndex(name = "line_sku_desc", def = "{'productLine': 1, 'sortSku': -1, '_id': 1}")
@CompoundIndex(name = "line_name_it_asc", def = "{'productLine': 1, 'sortNameIt': 1, '_id': 1}")
@CompoundIndex(name = "line_name_it_desc", def = "{'productLine': 1, 'sortNameIt': -1, '_id': 1}")
@CompoundIndex(name = "line_name_en_asc", def = "{'productLine': 1, 'sortNameEn': 1, '_id': 1}")
@CompoundIndex(name = "line_name_en_desc", def = "{'productLine': 1, 'sortNameEn': -1, '_id': 1}")
public class Product {

    enum Unit { PIECE, SET, KG, METRE, LITRE }

    static final Pattern SKU = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,31}$");

    /** The SKU is the id: unique on every store and the natural key partners use. */
    @Id
    private String sku;
    private LocalizedText names;
    private LocalizedText descriptions;
    private String productLine;
    private Unit unit;
    private String supplierId;
    private boolean active;
    private Audit audit;
    /** Folded SKU, name and description per language, for {@link ProductSearch}; never shown. */
    private LocalizedText searchText;
    /**
     * The name in each language (the other one where it has none) as it sorts, and the SKU again (the id cannot sort both
     * ways in a keyset: it ends every sort ascending): for {@link ProductSort}; never null once stored. Products stored
     * before them get them from {@link ProductSortKeysBackfill}.
     */
    private String sortNameIt;
    private String sortNameEn;
    private String sortSku;
    @Version
    private Long version;

    protected Product() {
    }

    static Product create(String sku, LocalizedText names, LocalizedText descriptions, String productLine, Unit unit,
            String supplierId, Actor by, Instant at) {
        String normalised = sku == null ? null : sku.strip().toUpperCase(Locale.ROOT);
        UserErrors errors = new UserErrors();
        if (normalised == null || !SKU.matcher(normalised).matches()) {
            errors.add("input.sku", UserErrorCode.INVALID, "3 to 32 letters, digits and dashes");
        }
        check(errors, names, descriptions, productLine, unit);
        errors.throwIfAny();
        Product product = new Product();
        product.sku = normalised;
        product.names = names;
        product.descriptions = descriptions == null ? LocalizedText.empty() : descriptions;
        product.productLine = productLine.strip();
        product.unit = unit;
        product.supplierId = supplierId;
        product.active = true;
        product.audit = Audit.createdBy(by, at);
        product.searchText = product.searchTextNow();
        product.refreshSortKeys();
        return product;
    }

    void change(LocalizedText newNames, String newProductLine, Unit newUnit, boolean nowActive, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        check(errors, newNames, null, newProductLine, newUnit);
        errors.throwIfAny();
        names = newNames;
        productLine = newProductLine.strip();
        unit = newUnit;
        active = nowActive;
        audit = audit.changedBy(by, at);
        searchText = searchTextNow();
        refreshSortKeys(); // also keeps the keys of a product read before the start-up backfill gave it them
    }

    void describe(LocalizedText newDescriptions, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        newDescriptions.validate(errors, "input.descriptions", 4000, true);
        errors.throwIfAny();
        descriptions = newDescriptions;
        audit = audit.changedBy(by, at);
        searchText = searchTextNow();
        refreshSortKeys(); // also keeps the keys of a product read before the start-up backfill gave it them
    }

    private static void check(UserErrors errors, LocalizedText names, LocalizedText descriptions, String productLine, Unit unit) {
        if (names == null) {
            errors.add("input.names", UserErrorCode.REQUIRED, "give the Italian or the English name");
        } else {
            names.validate(errors, "input.names", 120, true);
        }
        if (descriptions != null) {
            descriptions.validate(errors, "input.descriptions", 4000, false);
        }
        errors.requireText("input.productLine", productLine, 80);
        if (unit == null) {
            errors.add("input.unit", UserErrorCode.REQUIRED, "must be given");
        }
    }

    /** What {@link ProductSearch} matches for the product's current texts. */
    LocalizedText searchTextNow() {
        return ProductSearch.textOf(sku, names, descriptions);
    }

    void refreshSortKeys() {
        sortNameIt = sortNameNow(Locale.ITALIAN);
        sortNameEn = sortNameNow(Locale.ENGLISH);
        sortSku = sku;
    }

    /** The name as it sorts for a reader of this language. */
    String sortNameNow(Locale language) {
        return io.canale.shared.SortKeys.text(names.in(language));
    }

    static InvalidInputException duplicateSku() {
        return new InvalidInputException("input.sku", UserErrorCode.DUPLICATE, "another product has this SKU");
    }

    public String sku() { return sku; }
    public LocalizedText names() { return names; }
    public LocalizedText descriptions() { return descriptions; }
    public String productLine() { return productLine; }
    public Unit unit() { return unit; }
    public boolean active() { return active; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    public String supplierId() { return supplierId; }
}

package io.canale.catalog;

import graphql.schema.DataFetchingEnvironment;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.partner.PartnerTier;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Money;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points of the catalog; suppliers and prices of a page are loaded once per page. */
@Controller
class CatalogController {

    record CreateProductInput(String sku, LocalizedText names, LocalizedText descriptions, String productLine,
            Product.Unit unit, String supplierId) {
    }

    record UpdateProductInput(String sku, Integer expectedVersion, LocalizedText names, String productLine,
            Product.Unit unit, Boolean active) {
    }

    record UpdateProductDescriptionInput(String sku, Integer expectedVersion, LocalizedText descriptions) {
    }

    record PriceEntryInput(String sku, BigDecimal unitPrice) {
    }

    record CreatePriceListInput(String name, PartnerTier tier, String currency, String validFrom, String validTo,
            List<PriceEntryInput> entries) {
    }

    record ProductPayload(Product product, List<UserError> userErrors) {
    }

    record PriceListPayload(PriceList priceList, List<UserError> userErrors) {
    }

    record PriceEntry(String sku, Money unitPrice) {
    }

    private final Catalog catalog;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    CatalogController(Catalog catalog, PartnerDirectory partners, AccessPolicy policy) {
        this.catalog = catalog;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping
    Window<Product> products(@Argument Catalog.ProductFilter filter, @Argument ProductSort sort, ScrollSubrange subrange,
            Caller caller, DataFetchingEnvironment env) {
        return catalog.products(caller, filter, sort, env.getLocale(), subrange);
    }

    /** Global search's products: product search in the reader's language, for callers who may read the catalog. */
    @SchemaMapping(typeName = "SearchResults", field = "products")
    Window<Product> searchProducts(io.canale.shared.SearchText search, ScrollSubrange subrange, Caller caller,
            DataFetchingEnvironment env) {
        if (search.isEmpty() || !policy.readCatalog(caller).allowed()) {
            return io.canale.shared.Pages.none();
        }
        return catalog.products(caller, new Catalog.ProductFilter(null, null, null, null, null, search.text()), env.getLocale(),
                subrange);
    }

    @QueryMapping
    Product product(@Argument String sku, Caller caller) {
        return catalog.product(caller, sku).orElse(null);
    }

    @QueryMapping
    Window<PriceList> priceLists(ScrollSubrange subrange, Caller caller) {
        return catalog.priceLists(caller, subrange);
    }

    @QueryMapping
    PriceList priceList(@Argument String id, Caller caller) {
        return catalog.priceList(caller, id).orElse(null);
    }

    @MutationMapping
    ProductPayload createProduct(@Argument CreateProductInput input, Caller caller) {
        return product(() -> catalog.create(caller, input.sku(), input.names(), input.descriptions(), input.productLine(),
                input.unit(), input.supplierId()));
    }

    @MutationMapping
    ProductPayload updateProduct(@Argument UpdateProductInput input, Caller caller) {
        return product(() -> catalog.update(caller, input.sku(), input.expectedVersion(), input.names(),
                input.productLine(), input.unit(), Boolean.TRUE.equals(input.active())));
    }

    @MutationMapping
    ProductPayload updateProductDescription(@Argument UpdateProductDescriptionInput input, Caller caller) {
        return product(() -> catalog.describe(caller, input.sku(), input.expectedVersion(), input.descriptions()));
    }

    @MutationMapping
    PriceListPayload createPriceList(@Argument CreatePriceListInput input, Caller caller) {
        List<PriceList.Entry> entries = input.entries() == null ? null
                : input.entries().stream().map(entry -> new PriceList.Entry(entry.sku(), entry.unitPrice())).toList();
        return Payloads.run(() -> catalog.publish(caller, input.name(), input.tier(), input.currency(), input.validFrom(),
                        input.validTo(), entries),
                list -> new PriceListPayload(list, List.of()), errors -> new PriceListPayload(null, errors));
    }

    @SchemaMapping(typeName = "Product")
    String name(Product product, DataFetchingEnvironment env) {
        return product.names().in(env.getLocale());
    }

    @BatchMapping(typeName = "Product", field = "supplier")
    Map<Product, PartnerRef> supplier(List<Product> page) {
        return partners.refsOf(page, Product::supplierId);
    }

    /** A dealer's prices for a page: its tier's current list is read once for the whole page. */
    @BatchMapping(typeName = "Product", field = "price")
    Map<Product, Money> price(List<Product> page, @ContextValue Caller caller) {
        Optional<PriceList> list = catalog.currentListOf(caller);
        Map<Product, Money> prices = new LinkedHashMap<>();
        page.forEach(product -> prices.put(product, list.map(priceList -> priceList.priceOf(product.sku())).orElse(null)));
        return prices;
    }

    @SchemaMapping(typeName = "PriceList")
    List<PriceEntry> entries(PriceList list, @Argument List<String> skus) {
        if (skus != null && skus.size() > 100) {
            throw new io.canale.shared.InvalidInputException("skus", io.canale.shared.UserErrorCode.TOO_MANY, "at most 100 SKUs");
        }
        var stream = skus == null ? list.prices().keySet().stream().limit(100)
                : skus.stream().map(sku -> sku.strip().toUpperCase(java.util.Locale.ROOT)).filter(list.prices()::containsKey);
        return stream.map(sku -> new PriceEntry(sku, list.priceOf(sku))).toList();
    }

    @SchemaMapping(typeName = "Product")
    Actions.Product viewerCan(Product product, Caller caller) {
        return policy.productActions(caller, product.supplierId());
    }

    private static ProductPayload product(Supplier<Product> mutation) {
        return Payloads.run(mutation, product -> new ProductPayload(product, List.of()),
                errors -> new ProductPayload(null, errors));
    }
}

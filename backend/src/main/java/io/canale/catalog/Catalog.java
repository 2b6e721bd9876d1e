package io.canale.catalog;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerTier;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.PriceVisibility;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Products and price lists on behalf of a caller, through the {@link AccessPolicy}. */
@Service
public class Catalog {

    record ProductFilter(String productLine, String supplierId, String skuPrefix, java.util.List<String> skus, Boolean active,
            String search) {
    }

    private final MongoOperations mongo;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final Clock clock;

    Catalog(MongoOperations mongo, PartnerDirectory partners, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
    }

    Window<Product> products(Caller caller, ProductFilter filter, java.util.Locale reader, ScrollSubrange page) {
        return products(caller, filter, null, reader, page);
    }

    /**
     * A page of the catalog by SKU, or by the column {@code sort} names; {@code search} and names are in the reader's
     * language ({@link ProductSearch}).
     */
    Window<Product> products(Caller caller, ProductFilter filter, ProductSort sort, java.util.Locale reader, ScrollSubrange page) {
        policy.readCatalog(caller).enforce();
        Criteria criteria = new Criteria();
        if (filter != null) {
            if (filter.productLine() != null) {
                criteria = criteria.and("productLine").is(filter.productLine());
            }
            if (filter.supplierId() != null) {
                criteria = criteria.and("supplierId").is(filter.supplierId());
            }
            String prefix = filter.skuPrefix() == null ? "" : filter.skuPrefix().strip().toUpperCase(java.util.Locale.ROOT);
            if (filter.skus() != null) {
                if (filter.skus().size() > 100) {
                    throw new io.canale.shared.InvalidInputException("filter.skus", io.canale.shared.UserErrorCode.TOO_MANY,
                            "at most 100 SKUs");
                }
                criteria = criteria.and("_id").in(filter.skus().stream().map(sku -> sku.strip().toUpperCase(java.util.Locale.ROOT))
                        .filter(sku -> sku.startsWith(prefix)).toList());
            } else if (!prefix.isEmpty()) {
                criteria = criteria.and("_id").regex("^" + Pattern.quote(prefix));
            }
            if (filter.active() != null) {
                criteria = criteria.and("active").is(filter.active());
            }
            List<Criteria> words = ProductSearch.matching(filter.search(), reader);
            if (!words.isEmpty()) {
                criteria = criteria.andOperator(words);
            }
        }
        return Pages.scroll(mongo, Query.query(criteria), sort == null ? Sort.by("sku") : sort.by(reader), page, Product.class);
    }

    Optional<Product> product(Caller caller, String sku) {
        policy.readCatalog(caller).enforce();
        return Optional.ofNullable(mongo.findById(sku.strip().toUpperCase(java.util.Locale.ROOT), Product.class));
    }

    Product create(Caller caller, String sku, LocalizedText names, LocalizedText descriptions, String productLine,
            Product.Unit unit, String supplierId) {
        policy.manageCatalog(caller).enforce();
        if (supplierId == null || !partners.isActive(supplierId, PartnerType.SUPPLIER)) {
            throw new InvalidInputException("input.supplierId", UserErrorCode.NOT_FOUND, "no active supplier with this id");
        }
        try {
            return mongo.insert(Product.create(sku, names, descriptions, productLine, unit, supplierId, caller.actor(), clock.instant()));
        } catch (DuplicateKeyException ex) {
            throw Product.duplicateSku();
        }
    }

    Product update(Caller caller, String sku, Integer expectedVersion, LocalizedText names, String productLine,
            Product.Unit unit, boolean active) {
        policy.manageCatalog(caller).enforce();
        Product product = existing(sku);
        Versions.expect(expectedVersion, product.version());
        product.change(names, productLine, unit, active, caller.actor(), clock.instant());
        return mongo.save(product);
    }

    Product describe(Caller caller, String sku, Integer expectedVersion, LocalizedText descriptions) {
        Product product = existing(sku);
        policy.describeProduct(caller, product.supplierId()).enforce("input.sku");
        Versions.expect(expectedVersion, product.version());
        product.describe(descriptions == null ? LocalizedText.empty() : descriptions, caller.actor(), clock.instant());
        return mongo.save(product);
    }

    PriceList publish(Caller caller, String name, PartnerTier tier, String currency, String validFrom, String validTo,
            List<PriceList.Entry> entries) {
        policy.manageCatalog(caller).enforce();
        Set<String> skus = new HashSet<>();
        if (entries != null && entries.size() <= PriceList.MAX_ENTRIES) {
            entries.forEach(entry -> {
                if (entry.sku() != null) {
                    skus.add(entry.sku().strip().toUpperCase(java.util.Locale.ROOT));
                }
            });
        }
        Query known = Query.query(Criteria.where("_id").in(skus));
        known.fields().include("_id");
        Set<String> knownSkus = new HashSet<>();
        mongo.find(known, org.bson.Document.class, "products").forEach(doc -> knownSkus.add(doc.getString("_id")));
        return mongo.insert(PriceList.publish(name, tier, currency, validFrom, validTo, entries, knownSkus, caller.actor(),
                clock.instant()));
    }

    /** Staff see every list; a dealer those of its tier; nobody else sees prices. */
    Window<PriceList> priceLists(Caller caller, ScrollSubrange page) {
        return Pages.scroll(mongo, Query.query(listsVisibleTo(caller)), Sort.by(Sort.Direction.DESC, "validFrom").and(Sort.by("id")),
                page, PriceList.class);
    }

    private Criteria listsVisibleTo(Caller caller) {
        return switch (policy.priceListsVisibleTo(caller)) {
            case PriceVisibility.All all -> new Criteria();
            case PriceVisibility.TierOf tierOf -> Criteria.where("tier").is(partners.tierOf(tierOf.dealerId()).orElse(null));
        };
    }

    /** One price list as {@link #priceLists} would show it; another tier's list is "not found" for a dealer. */
    Optional<PriceList> priceList(Caller caller, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(listsVisibleTo(caller).and("_id").is(id)), PriceList.class));
    }

    /** The price list a dealer buys from today: its tier's list valid today, the most recently started one. */
    Optional<PriceList> currentListOf(Caller caller) {
        Optional<String> dealerId = policy.buysAtTierOf(caller);
        if (dealerId.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<PartnerTier> tier = partners.tierOf(dealerId.get());
        if (tier.isEmpty()) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("tier").is(tier.get()).and("validFrom").lte(today.toString()))
                .with(Sort.by(Sort.Direction.DESC, "validFrom"));
        return mongo.find(query, PriceList.class).stream().filter(list -> list.validOn(today)).findFirst();
    }

    /**
     * The products a dealer may order among the given SKUs, priced from its tier's current list (price null
     * when the list has none for a SKU, or the tier has no valid list). Unknown SKUs are left out.
     */
    public java.util.Map<String, OrderableProduct> orderable(Caller caller, java.util.Collection<String> skus,
            java.util.Locale locale) {
        Optional<PriceList> list = currentListOf(caller);
        java.util.Map<String, OrderableProduct> found = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(skus)), Product.class).forEach(product -> found.put(product.sku(),
                new OrderableProduct(product.sku(), product.names().in(locale), product.supplierId(), product.active(),
                        list.map(priceList -> priceList.priceOf(product.sku())).orElse(null))));
        return found;
    }

    /** The name of each known product among the SKUs, in the given language (documents written for one reader). */
    public java.util.Map<String, String> namesOf(java.util.Collection<String> skus, java.util.Locale locale) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(skus)), Product.class)
                .forEach(product -> names.put(product.sku(), product.names().in(locale)));
        return names;
    }

    /** The supplier of each known SKU among the given ones. */
    public java.util.Map<String, String> suppliersOf(java.util.Collection<String> skus) {
        return fieldOf(skus, "supplierId");
    }

    /** The product line of each known SKU among the given ones (warranty terms are set per product line). */
    public java.util.Map<String, String> productLinesOf(java.util.Collection<String> skus) {
        return fieldOf(skus, "productLine");
    }

    /** One field of each known product among the SKUs, reading only that field. */
    private java.util.Map<String, String> fieldOf(java.util.Collection<String> skus, String field) {
        Query query = Query.query(Criteria.where("_id").in(skus));
        query.fields().include("_id", field);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        mongo.find(query, org.bson.Document.class, "products").forEach(doc -> values.put(doc.getString("_id"), doc.getString(field)));
        return values;
    }

    /** Seeds a product and a price once; for demo data. */
    public void ensureProduct(String sku, String nameIt, String nameEn, String productLine, String supplierId) {
        if (mongo.findById(sku, Product.class) == null) {
            mongo.insert(Product.create(sku, new LocalizedText(nameIt, nameEn), null, productLine, Product.Unit.PIECE,
                    supplierId, Actor.platform("seed"), clock.instant()));
        }
    }

    private Product existing(String sku) {
        return Optional.ofNullable(sku == null ? null : mongo.findById(sku.strip().toUpperCase(java.util.Locale.ROOT), Product.class))
                .orElseThrow(() -> new NotFoundException("product"));
    }
}

package io.canale.catalog;

import io.canale.partner.PartnerTier;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The prices of one dealer tier in one currency over a validity period, as one document (at most 10,000
 * SKUs, well below MongoDB's 16 MB document limit), so a list is published or replaced atomically.
 */
@Document("price_lists")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'validFrom': -1, '_id': 1}")
@CompoundIndex(name = "tier_newest", def = "{'tier': 1, 'validFrom': -1, '_id': 1}")
class PriceList {

    static final int MAX_ENTRIES = 10_000;

    record Entry(String sku, BigDecimal unitPrice) {
    }

    @Id
    private String id;
    private String name;
    private PartnerTier tier;
    private String currency;
    private String validFrom;
    private String validTo;
    /** SKU → unit price, for lookups by SKU. */
    private Map<String, BigDecimal> prices;
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected PriceList() {
    }

    static PriceList publish(String name, PartnerTier tier, String currency, String validFrom, String validTo,
            List<Entry> entries, Set<String> knownSkus, Actor by, Instant at) {
        UserErrors errors = new UserErrors().requireText("input.name", name, 80);
        if (tier == null) {
            errors.add("input.tier", UserErrorCode.REQUIRED, "must be given");
        }
        Money.of(BigDecimal.ONE, currency, "input", errors);
        LocalDate from = date(validFrom, "input.validFrom", errors, true);
        LocalDate to = date(validTo, "input.validTo", errors, false);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("input.validTo", UserErrorCode.INVALID, "must not be before validFrom");
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        if (entries == null || entries.isEmpty()) {
            errors.add("input.entries", UserErrorCode.REQUIRED, "give at least one price");
        } else if (entries.size() > MAX_ENTRIES) {
            errors.add("input.entries", UserErrorCode.TOO_MANY, "at most " + MAX_ENTRIES + " prices per list");
        } else {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                String sku = entry.sku() == null ? "" : entry.sku().strip().toUpperCase(java.util.Locale.ROOT);
                String path = "input.entries." + i;
                if (!knownSkus.contains(sku)) {
                    errors.add(path + ".sku", UserErrorCode.NOT_FOUND, "unknown SKU " + sku);
                } else if (prices.containsKey(sku)) {
                    errors.add(path + ".sku", UserErrorCode.DUPLICATE, "SKU " + sku + " is priced twice");
                }
                Money price = Money.of(entry.unitPrice(), currency, path + ".unitPrice", new UserErrors());
                if (entry.unitPrice() == null || entry.unitPrice().signum() <= 0 || entry.unitPrice().stripTrailingZeros().scale() > 2) {
                    errors.add(path + ".unitPrice", UserErrorCode.INVALID, "a positive price with at most 2 decimals");
                } else if (price != null) {
                    prices.put(sku, price.amount());
                }
            }
        }
        errors.throwIfAny();
        PriceList list = new PriceList();
        list.id = Ids.next("pl");
        list.name = name.strip();
        list.tier = tier;
        list.currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
        list.validFrom = from.toString();
        list.validTo = to == null ? null : to.toString();
        list.prices = prices;
        list.createdAt = at;
        list.audit = Audit.createdBy(by, at);
        return list;
    }

    boolean validOn(LocalDate day) {
        return !LocalDate.parse(validFrom).isAfter(day) && (validTo == null || !LocalDate.parse(validTo).isBefore(day));
    }

    Money priceOf(String sku) {
        BigDecimal price = prices.get(sku);
        return price == null ? null : new Money(price, currency);
    }

    private static LocalDate date(String text, String path, UserErrors errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(path, UserErrorCode.REQUIRED, "must be given");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            errors.add(path, UserErrorCode.INVALID, "expected an ISO date such as 2027-01-01");
            return null;
        }
    }

    public String id() { return id; }
    public String name() { return name; }
    public PartnerTier tier() { return tier; }
    public String currency() { return currency; }
    public String validFrom() { return validFrom; }
    public String validTo() { return validTo; }
    public int entryCount() { return prices.size(); }
    public Audit audit() { return audit; }
    Map<String, BigDecimal> prices() { return prices; }
}

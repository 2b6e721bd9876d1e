package io.canale.portal.catalog;

import io.canale.portal.api.PartnerTier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A price list being entered: the dialog's Binder bean and the source of {@code CreatePriceListInput}. */
class PriceListDraft {

    static final int MAX_NAME = 80;

    private String name = "";
    private PartnerTier tier = PartnerTier.STANDARD;
    private String currency = "EUR";
    private LocalDate validFrom;
    private LocalDate validTo;
    private String entries = "";

    static PriceListDraft startingOn(LocalDate day) {
        PriceListDraft draft = new PriceListDraft();
        draft.validFrom = day;
        return draft;
    }

    /** The last day may be left open, else it must not come before the first. */
    static boolean isValidPeriod(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    Map<String, Object> input(List<PriceEntryCsv.Entry> parsed) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name.strip());
        input.put("tier", tier.name());
        input.put("currency", currency.strip().toUpperCase(Locale.ROOT));
        input.put("validFrom", validFrom.toString());
        if (validTo != null) {
            input.put("validTo", validTo.toString());
        }
        // Decimal is string-encoded; plain strings keep the price exactly as typed.
        input.put("entries", parsed.stream()
                .map(entry -> Map.of("sku", entry.sku(), "unitPrice", entry.unitPrice().toPlainString())).toList());
        return input;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name == null ? "" : name;
    }

    PartnerTier getTier() {
        return tier;
    }

    void setTier(PartnerTier tier) {
        this.tier = tier;
    }

    String getCurrency() {
        return currency;
    }

    void setCurrency(String currency) {
        this.currency = currency == null ? "" : currency;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    String getEntries() {
        return entries;
    }

    void setEntries(String entries) {
        this.entries = entries == null ? "" : entries;
    }
}

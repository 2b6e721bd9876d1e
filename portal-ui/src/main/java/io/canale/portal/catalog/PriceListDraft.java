package io.canale.portal.catalog;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.catalog.CatalogInputs.CreatePriceListInput;
import io.canale.portal.catalog.CatalogInputs.PriceEntryInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

    /** The list with the entries read from its text, in text order. */
    CreatePriceListInput input(List<PriceEntryCsv.Entry> parsed) {
        return new CreatePriceListInput(name.strip(), tier, currency.strip().toUpperCase(Locale.ROOT), validFrom, validTo,
                parsed.stream().map(entry -> PriceEntryInput.of(entry.sku(), entry.unitPrice())).toList());
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

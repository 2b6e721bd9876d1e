package io.canale.portal.opportunity;

import com.vaadin.flow.component.UI;
import io.canale.portal.Amounts;
import io.canale.portal.api.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** How the board, the list and the detail view name a stage and show an amount or a date, in the user's language. */
public final class OpportunityTexts {

    /** The backend's default stages, which have texts; configured others show their key. */
    public static final List<String> STAGE_KEYS = List.of("qualification", "proposal", "negotiation", "won", "lost");

    private OpportunityTexts() {
    }

    static String stage(String key) {
        return STAGE_KEYS.contains(key) ? UI.getCurrent().getTranslation("stage." + key) : key;
    }

    /** A calendar date such as a due or close date; empty when there is none. */
    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).format(date);
    }

    static String amount(Money amount) {
        UI ui = UI.getCurrent();
        return amount == null ? ui.getTranslation("opportunity.noAmount")
                : Amounts.format(amount.amount(), amount.currency(), ui.getLocale());
    }
}

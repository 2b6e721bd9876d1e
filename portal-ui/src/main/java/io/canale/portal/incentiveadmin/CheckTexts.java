package io.canale.portal.incentiveadmin;

import io.canale.portal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The recompute check in words for staff, in the reader's language: "ledger = recompute" with the count and total, or
 * one sentence per differing line naming the partner, the order and line, the component and both amounts; then whether a
 * closed period's entries still match its snapshot hash.
 *
 * @param translate message key and parameters to text
 * @param locale the reader's locale, for amounts
 */
record CheckTexts(BiFunction<String, Object[], String> translate, Locale locale) {

    /** The headline: agreement, or how many lines differ and the two totals. */
    String summary(CheckResult check) {
        if (check.differences().isEmpty()) {
            return text("incentiveAdmin.check.equal", check.entryCount(), Amounts.format(check.recorded(), locale));
        }
        return text("incentiveAdmin.check.different", check.differences().size(), Amounts.format(check.recorded(), locale),
                Amounts.format(check.expected(), locale));
    }

    /** One sentence per difference, in the API's order. */
    List<String> differences(CheckResult check) {
        String currency = check.expected().currency();
        List<String> sentences = new ArrayList<>();
        for (CheckResult.Difference difference : check.differences()) {
            sentences.add(text("incentiveAdmin.check.difference", difference.partner().name(), where(difference),
                    text("incentive.component." + difference.component()), money(difference.recorded(), currency),
                    money(difference.expected(), currency)));
        }
        return sentences;
    }

    /** Whether a closed period still hashes to its snapshot; null while the period is open. */
    String snapshot(CheckResult check) {
        if (check.snapshotMatches() == null) {
            return null;
        }
        return text(check.snapshotMatches() ? "incentiveAdmin.check.snapshotKept" : "incentiveAdmin.check.snapshotBroken");
    }

    /** "order 2026-000042, line 1", the partner's growth bonus, or the ledger's own key for a line without an order. */
    private String where(CheckResult.Difference difference) {
        if (difference.orderId() != null) {
            String order = difference.orderNumber() != null ? difference.orderNumber() : difference.orderId();
            return difference.line() == null ? text("incentiveAdmin.check.order", order)
                    : text("incentiveAdmin.check.orderLine", order, difference.line());
        }
        if (difference.component() == io.canale.portal.incentive.IncentiveProgram.Component.GROWTH) {
            return text("incentiveAdmin.check.wholePeriod");
        }
        return text("incentiveAdmin.check.line", difference.lineKey());
    }

    private String money(BigDecimal amount, String currency) {
        return Amounts.format(amount.toPlainString(), currency, locale);
    }

    private String text(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}

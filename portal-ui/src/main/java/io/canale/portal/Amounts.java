package io.canale.portal;

import io.canale.portal.api.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as the API writes it (a decimal string and an ISO 4217 code), shown in the user's language. */
public final class Amounts {

    private Amounts() {
    }

    /** E.g. "€ 12.500,00" in Italian, "€12,500.00" in English; an unknown currency keeps its code. */
    public static String format(String amount, String currency, Locale locale) {
        if (amount == null || currency == null) {
            return "";
        }
        BigDecimal value = new BigDecimal(amount);
        if (!isCurrencyCode(currency)) {
            return NumberFormat.getNumberInstance(locale).format(value) + " " + currency;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(value);
    }

    /** The API's money in the user's language; empty for null. */
    public static String format(Money money, Locale locale) {
        return money == null ? "" : format(money.amount(), money.currency(), locale);
    }

    /** Whether the text is a known ISO 4217 code such as EUR (upper case). */
    public static boolean isCurrencyCode(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(currency -> currency.getCurrencyCode().equals(code));
    }
}

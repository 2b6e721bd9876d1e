package io.canale.portal;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as a person types or pastes it, in either convention ("4.500,50" or "4,500.50"), for the
 * reader's locale. The rules, in order:
 * <ol>
 * <li>blanks around the number are ignored; an optional leading sign; then only digits, '.' and ',';</li>
 * <li>both '.' and ',' present: the last one is the decimal separator (once), the other groups digits;</li>
 * <li>one separator, several times: it groups digits ("1.234.567", "1,234,567");</li>
 * <li>one separator, once: the locale's decimal separator is decimal ("4500,50" and "4,5" in Italian); the
 * locale's grouping separator groups when a group of three digits follows ("4.500" is 4500 in Italian, "4,500"
 * is 4500 in English: the reader's locale wins where both readings are possible), otherwise it can only be
 * decimal ("4500.50" and "0.500" in Italian);</li>
 * <li>grouped digits come in groups of three after a first group of one to three digits not starting with 0.</li>
 * </ol>
 * Anything else ("4,50.5", "1.2.3", "12a", "4.500.50" with one kind of separator twice and two decimals) is
 * unreadable rather than guessed.
 */
final class NumberText {

    private static final Pattern SHAPE = Pattern.compile("[+-]?[0-9][0-9.,]*");
    private static final Pattern GROUPED = Pattern.compile("[1-9][0-9]{0,2}(?:G[0-9]{3})*");

    private NumberText() {
    }

    /** The number, or empty when the text is not a number by the rules above (blank text included). */
    static Optional<BigDecimal> read(String text, Locale locale) {
        String body = text.strip();
        if (!SHAPE.matcher(body).matches()) {
            return Optional.empty();
        }
        boolean negative = body.startsWith("-");
        if (body.startsWith("-") || body.startsWith("+")) {
            body = body.substring(1);
        }
        Optional<String> plain = plain(body, DecimalFormatSymbols.getInstance(locale));
        return plain.map(digits -> new BigDecimal(negative ? "-" + digits : digits));
    }

    /** The body written with '.' as decimal separator and no grouping, or empty when unreadable. */
    private static Optional<String> plain(String body, DecimalFormatSymbols symbols) {
        int dots = count(body, '.');
        int commas = count(body, ',');
        if (dots == 0 && commas == 0) {
            return Optional.of(body);
        }
        if (dots > 0 && commas > 0) {
            char decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            return count(body, decimal) == 1 ? split(body, decimal, grouping) : Optional.empty();
        }
        char separator = dots > 0 ? '.' : ',';
        char other = separator == '.' ? ',' : '.';
        if (count(body, separator) > 1) {
            return grouped(body, separator);
        }
        if (separator == symbols.getDecimalSeparator()) {
            return split(body, separator, other);
        }
        Optional<String> grouped = separator == symbols.getGroupingSeparator() ? grouped(body, separator) : Optional.empty();
        return grouped.isPresent() ? grouped : split(body, separator, other);
    }

    /** Integer part (possibly grouped) and fraction around the one decimal separator. */
    private static Optional<String> split(String body, char decimal, char grouping) {
        int at = body.indexOf(decimal);
        String fraction = body.substring(at + 1);
        if (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return grouped(body.substring(0, at), grouping).map(whole -> whole + "." + fraction);
    }

    /** Digits, or digits grouped by threes with the separator; without the separators. */
    private static Optional<String> grouped(String whole, char grouping) {
        if (whole.chars().allMatch(Character::isDigit)) {
            return whole.isEmpty() ? Optional.empty() : Optional.of(whole);
        }
        String marked = whole.replace(grouping, 'G');
        return GROUPED.matcher(marked).matches() ? Optional.of(marked.replace("G", "")) : Optional.empty();
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }
}

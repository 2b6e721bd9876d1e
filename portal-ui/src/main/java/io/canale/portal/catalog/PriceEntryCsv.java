package io.canale.portal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a price list's entries from CSV text, one {@code sku,unitPrice} per line (an optional header line
 * {@code sku,unitPrice}, blank lines ignored), so that the form can refuse bad lines before anything is sent
 * and name every entry's line when the API refuses it. The checks are the schema's: an SKU's format, a
 * positive price with at most 2 decimals, each SKU once, at most {@value #MAX_ENTRIES} entries.
 */
final class PriceEntryCsv {

    static final int MAX_ENTRIES = 10_000;
    private static final String HEADER = "sku,unitprice";

    /** One entry and the line it came from (from 1). */
    record Entry(int line, String sku, BigDecimal unitPrice) {
    }

    /** The entries in text order, and the lines refused; send only when nothing was refused. */
    record Parsed(List<Entry> entries, List<RefusedLine> refused) {

        boolean ok() {
            return refused.isEmpty() && !entries.isEmpty();
        }
    }

    private PriceEntryCsv() {
    }

    static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<RefusedLine> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean header = first && line.replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER);
            first = false;
            if (header) {
                continue;
            }
            if (entries.size() + refused.size() >= MAX_ENTRIES) {
                refused.add(new RefusedLine(i + 1, "", "priceListCsv.tooMany"));
                break;
            }
            read(i + 1, line, seen, entries, refused);
        }
        return new Parsed(List.copyOf(entries), List.copyOf(refused));
    }

    private static void read(int number, String line, Set<String> seen, List<Entry> entries, List<RefusedLine> refused) {
        String[] columns = line.split(",", -1);
        if (columns.length != 2) {
            refused.add(new RefusedLine(number, "", "priceListCsv.columns"));
            return;
        }
        String sku = ProductDraft.normalizeSku(columns[0]);
        BigDecimal price = price(columns[1].strip());
        if (!ProductDraft.isValidSku(sku)) {
            refused.add(new RefusedLine(number, sku, "priceListCsv.sku"));
        } else if (price == null) {
            refused.add(new RefusedLine(number, sku, "priceListCsv.price"));
        } else if (!seen.add(sku)) {
            refused.add(new RefusedLine(number, sku, "priceListCsv.duplicate"));
        } else {
            entries.add(new Entry(number, sku, price));
        }
    }

    /** A positive amount with at most 2 decimals and a decimal point, or null. */
    private static BigDecimal price(String text) {
        if (!text.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal price = new BigDecimal(text);
        return price.signum() > 0 && price.stripTrailingZeros().scale() <= 2 ? price : null;
    }
}

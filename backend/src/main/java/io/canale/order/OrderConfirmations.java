package io.canale.order;

import io.canale.catalog.Catalog;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.pdf.TablePdf;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The order confirmation as a PDF: written in the dealer's language (the one it ordered in; texts and product names),
 * with dates and amounts in the reader's format. Readable by the ordering dealer, the order's supplier and staff
 * ({@link AccessPolicy#readOrderConfirmation}); everybody else is answered "not found", as if the order did not exist.
 */
@Service
class OrderConfirmations {

    /** A confirmation and the file name it is downloaded under. */
    record Document(String fileName, byte[] pdf) {
    }

    private final Orders orders;
    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final Catalog catalog;
    private final MessageSource messages;

    OrderConfirmations(Orders orders, AccessPolicy policy, PartnerDirectory partners, Catalog catalog, MessageSource messages) {
        this.orders = orders;
        this.policy = policy;
        this.partners = partners;
        this.catalog = catalog;
        this.messages = messages;
    }

    Document confirmation(Caller caller, String orderId, Locale reader) {
        Order order = orders.stored(orderId)
                .filter(found -> policy.readOrderConfirmation(caller, found.facts()).allowed())
                .orElseThrow(() -> new NotFoundException("order"));
        Locale language = order.language() != null ? Locale.of(order.language()) : Locale.of(Orders.language(reader));
        Locale format = reader == null ? language : reader;
        String number = order.number() == null ? order.id() : order.number();
        return new Document(text("file", language, number) + ".pdf", render(order, number, language, format));
    }

    private byte[] render(Order order, String number, Locale language, Locale format) {
        Map<String, String> names = partners.namesOf(List.of(order.dealerId(), order.supplierId()));
        Map<String, String> products = catalog.namesOf(order.lines().stream().map(OrderLine::sku).toList(), language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format);
        try (TablePdf pdf = new TablePdf(text("title", language, number))) {
            pdf.heading(text("title", language, number));
            pdf.row(text("number", language), number);
            pdf.row(text("submitted", language), dates.format(LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC)));
            pdf.row(text("requestedDate", language), dates.format(LocalDate.parse(order.requestedDate())));
            pdf.row(text("status", language), text("status." + order.status().name(), language));
            pdf.row(text("dealer", language), names.getOrDefault(order.dealerId(), order.dealerId()));
            pdf.row(text("supplier", language), names.getOrDefault(order.supplierId(), order.supplierId()));
            OrderParties.DeliveryAddress address = order.deliveryAddress();
            pdf.row(text("deliveryAddress", language), address.recipient());
            pdf.row("", address.street());
            pdf.row("", address.postalCode() + " " + address.city() + " (" + address.country() + ")");
            if (order.replacementFor() != null) {
                pdf.row(text("replaces", language), order.replacementFor().rmaNumber());
            }
            pdf.subheading(text("lines", language));
            List<TablePdf.Column> columns = List.of(
                    new TablePdf.Column("#", 22, true),
                    new TablePdf.Column(text("sku", language), 80, false),
                    new TablePdf.Column(text("product", language), 135, false),
                    new TablePdf.Column(text("quantity", language), 40, true),
                    new TablePdf.Column(text("unitPrice", language), 70, true),
                    new TablePdf.Column(text("lineTotal", language), 70, true),
                    new TablePdf.Column(text("confirmed", language), 78, true));
            List<List<String>> rows = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                BigDecimal lineTotal = line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity()));
                rows.add(List.of(String.valueOf(line.line()), line.sku(), products.getOrDefault(line.sku(), line.name()),
                        NumberFormat.getIntegerInstance(format).format(line.quantity()), money(line.unitPrice(), format),
                        money(new Money(lineTotal, line.unitPrice().currency()), format),
                        line.confirmedQuantity() == null ? "–" : NumberFormat.getIntegerInstance(format).format(line.confirmedQuantity())));
            }
            pdf.table(columns, rows);
            pdf.subheading(text("totals", language));
            pdf.row(names.getOrDefault(order.supplierId(), order.supplierId()), money(order.total(), format));
            for (OrderLine line : order.lines()) {
                if (line.promisedDate() != null) {
                    pdf.text(text("promised", language, line.line(), dates.format(LocalDate.parse(line.promisedDate()))));
                }
            }
            return pdf.bytes();
        }
    }

    private static String money(Money money, Locale format) {
        NumberFormat currency = NumberFormat.getCurrencyInstance(format);
        currency.setCurrency(Currency.getInstance(money.currency()));
        return currency.format(money.amount());
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage("orderConfirmation." + key, args, language);
    }
}

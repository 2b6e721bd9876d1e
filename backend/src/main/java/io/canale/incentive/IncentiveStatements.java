package io.canale.incentive;

import io.canale.order.DeliveredOrders;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.pdf.TablePdf;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A partner's statement for one program period, as a PDF or as CSV rows: what it earned, has pending and was paid, and
 * every ledger entry behind the earned total with the order it came from. Written in the reader's language (Italian or
 * English) with dates and amounts in the reader's format. The partner reads its own, staff any partner's
 * ({@link AccessPolicy#readIncentivesOf}); anybody else is answered "not found".
 */
@Service
class IncentiveStatements {

    /** A statement as it is downloaded. */
    record File(String fileName, byte[] content) {
    }

    /** Everything a statement shows, in the ledger's numbers; texts are added per format. */
    record Statement(Program program, Period period, String partnerId, String partnerName, IncentivePrograms.Earnings earnings,
            List<LedgerEntry> entries, Map<String, String> orderNumbers, boolean closed) {
    }

    static final List<String> CSV_COLUMNS = List.of("date", "orderNumber", "orderId", "line", "caseId", "sku", "component", "kind",
            "quantity", "basis", "rate", "tier", "amount", "currency");

    /** The entries' table has ten columns: a smaller type keeps order numbers, SKUs and Italian words whole. */
    private static final float TABLE_SIZE = 8;
    private static final Comparator<LedgerEntry> IN_ORDER = Comparator.comparing(LedgerEntry::at).thenComparing(LedgerEntry::recordedAt)
            .thenComparing(LedgerEntry::id);

    private final IncentivePrograms programs;
    private final Ledger ledger;
    private final PartnerDirectory partners;
    private final DeliveredOrders orders;
    private final AccessPolicy policy;
    private final MessageSource messages;

    IncentiveStatements(IncentivePrograms programs, Ledger ledger, PartnerDirectory partners, DeliveredOrders orders, AccessPolicy policy,
            MessageSource messages) {
        this.programs = programs;
        this.ledger = ledger;
        this.partners = partners;
        this.orders = orders;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The statement of {@code partnerId} (staff; a partner may leave it out or name itself) for a period of a program the
     * caller sees. A program or partner the caller may not read is "not found"; staff must name the partner.
     */
    Statement statement(Caller caller, String programId, String periodKey, String partnerId) {
        Program program = programs.visible(caller, programId).orElseThrow(() -> new NotFoundException("incentive program"));
        String partner = programs.partnerFor(caller, partnerId).orElseThrow(() -> partnerId == null && policy.readIncentiveBook(caller).allowed()
                ? new InvalidInputException("partnerId", UserErrorCode.REQUIRED, "staff name the partner whose statement they want")
                : new NotFoundException("partner"));
        Period period = Period.parse(periodKey);
        program.requirePeriod(period, "period");
        List<LedgerEntry> entries = new ArrayList<>(ledger.entries(program.id(), period.key(), partner));
        entries.sort(IN_ORDER);
        Map<String, String> numbers = orders.numbersOf(entries.stream().map(LedgerEntry::orderId).filter(Objects::nonNull).distinct().toList());
        String name = partners.namesOf(List.of(partner)).getOrDefault(partner, partner);
        return new Statement(program, period, partner, name, programs.earnings(program, period, partner), List.copyOf(entries), numbers,
                program.closed(period.key()));
    }

    File pdf(Statement statement, Locale reader) {
        Locale language = language(reader);
        Locale format = reader == null ? language : reader;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format);
        String currency = statement.program().currency();
        String title = text("title", language, statement.program().name());
        try (TablePdf pdf = new TablePdf(title)) {
            pdf.heading(title);
            pdf.row(text("partner", language), statement.partnerName());
            pdf.row(text("program", language), statement.program().name());
            pdf.row(text("period", language), text("period.range", language, statement.period().key(),
                    dates.format(statement.period().start()), dates.format(statement.period().end())));
            pdf.row(text("status", language), text(statement.closed() ? "status.closed" : "status.open", language));
            pdf.row(text("currency", language), currency);
            pdf.subheading(text("summary", language));
            IncentivePrograms.Earnings earnings = statement.earnings();
            pdf.row(text("earned", language), money(earnings.earned(), currency, format));
            pdf.row(text("pending", language), money(earnings.pending(), currency, format));
            pdf.row(text("paid", language), money(earnings.paid(), currency, format));
            pdf.row(text("balance", language), money(earnings.balance(), currency, format));
            pdf.subheading(text("entries", language));
            if (statement.entries().isEmpty()) {
                pdf.text(text("noEntries", language));
            } else {
                pdf.table(columns(language), statement.entries().stream().map(entry -> List.of(dates.format(Period.dateOf(entry.at())),
                        orderOf(entry, statement), entry.line() == null ? "" : String.valueOf(entry.line()), Objects.toString(entry.sku(), ""),
                        text("component." + entry.component().name(), language), text("kind." + entry.kind().name(), language),
                        entry.quantity() == null ? "" : NumberFormat.getIntegerInstance(format).format(entry.quantity()),
                        entry.basis() == null || entry.component() == Accruals.Component.SPIFF ? "" : decimal(entry.basis(), format),
                        rate(entry, currency, format), money(entry.amount(), currency, format))).toList(), TABLE_SIZE);
                pdf.row(text("total", language), money(Ledger.total(statement.entries()), currency, format));
            }
            pdf.text(text("rounding", language));
            return new File(fileName(statement, language) + ".pdf", pdf.bytes());
        }
    }

    /** The CSV's header, in the reader's language. */
    List<String> csvHeader(Locale reader) {
        Locale language = language(reader);
        return CSV_COLUMNS.stream().map(column -> text("csv." + column, language)).toList();
    }

    /**
     * One row per entry, oldest first, then a total row; numbers as plain decimals (a point, no grouping) and dates as
     * ISO days, so that a spreadsheet in either language reads them; words in the reader's language.
     */
    List<List<Object>> csvRows(Statement statement, Locale reader) {
        Locale language = language(reader);
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerEntry entry : statement.entries()) {
            List<Object> row = new ArrayList<>();
            row.add(Period.dateOf(entry.at()).toString());
            row.add(entry.orderId() == null ? null : statement.orderNumbers().get(entry.orderId()));
            row.add(entry.orderId());
            row.add(entry.line());
            row.add(entry.caseId());
            row.add(entry.sku());
            row.add(text("component." + entry.component().name(), language));
            row.add(text("kind." + entry.kind().name(), language));
            row.add(entry.quantity());
            row.add(plain(entry.basis()));
            row.add(plain(entry.rate()));
            row.add(entry.tier());
            row.add(entry.amount().setScale(2).toPlainString());
            row.add(entry.currency());
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(java.util.Collections.nCopies(CSV_COLUMNS.size(), null));
        total.set(CSV_COLUMNS.indexOf("component"), text("total", language));
        total.set(CSV_COLUMNS.indexOf("amount"), Ledger.total(statement.entries()).setScale(2).toPlainString());
        total.set(CSV_COLUMNS.indexOf("currency"), statement.program().currency());
        rows.add(total);
        return rows;
    }

    String csvFileName(Statement statement, Locale reader) {
        return fileName(statement, language(reader)) + ".csv";
    }

    private String fileName(Statement statement, Locale language) {
        return text("file", language, statement.period().key()).replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private List<TablePdf.Column> columns(Locale language) {
        return List.of(
                new TablePdf.Column(text("date", language), 52, false),
                new TablePdf.Column(text("order", language), 58, false),
                new TablePdf.Column("#", 16, true),
                new TablePdf.Column(text("sku", language), 62, false),
                new TablePdf.Column(text("component", language), 56, false),
                new TablePdf.Column(text("kind", language), 54, false),
                new TablePdf.Column(text("quantity", language), 26, true),
                new TablePdf.Column(text("basis", language), 56, true),
                new TablePdf.Column(text("rate", language), 50, true),
                new TablePdf.Column(text("amount", language), 65, true));
    }

    private static String orderOf(LedgerEntry entry, Statement statement) {
        return entry.orderId() == null ? "" : statement.orderNumbers().getOrDefault(entry.orderId(), entry.orderId());
    }

    /** A percentage (rebate, tier, growth) or an amount per unit (SPIFF). */
    private static String rate(LedgerEntry entry, String currency, Locale format) {
        if (entry.rate() == null) {
            return "";
        }
        return entry.component() == Accruals.Component.SPIFF ? money(entry.rate(), currency, format) : decimal(entry.rate(), format) + " %";
    }

    private static String decimal(BigDecimal value, Locale format) {
        NumberFormat number = NumberFormat.getNumberInstance(format);
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(4);
        return number.format(value);
    }

    static String money(BigDecimal amount, String currency, Locale format) {
        NumberFormat money = NumberFormat.getCurrencyInstance(format);
        money.setCurrency(Currency.getInstance(currency));
        return money.format(amount);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static Locale language(Locale reader) {
        return reader != null && "it".equals(reader.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage("incentiveStatement." + key, args, language);
    }
}

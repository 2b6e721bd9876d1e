package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Incentive statements over HTTP with real tokens: the PDF (read back with PDFBox) and the CSV of a dealer's period, in
 * English and Italian, whose totals are the ledger's; the dealer gets only its own, staff any partner's, everybody else
 * "not found". Also the entries' order numbers and the tier progress bar's numbers in the API.
 */
class IncentiveStatementTests extends IntegrationTestBase {

    static final String ROSSI = "ptn_rossi_auto";
    static final String VELOCE = DiscDeliveries.VELOCE;
    static final String CREATE = "mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { "
            + "incentiveProgram { id } userErrors { field code message } } }";
    static final String LEDGER = "query($id: ID!, $partner: ID, $period: String) { incentiveProgram(id: $id) { "
            + "earnings(partnerId: $partner) { period earned { amount } } "
            + "entries(partnerId: $partner, period: $period, first: 100) { edges { node { orderId orderNumber amount { amount } } } } "
            + "tierProgress(partnerId: $partner) { tier tierFrom nextFrom reached towardsNextPercent } } }";

    @Autowired
    AccrualFeeder feeder;

    @Test
    void the_dealers_pdf_statement_in_english_and_italian_lists_its_orders_and_totals_the_ledger() throws IOException {
        String program = program();
        String order = delivered(program, 3);
        String rossi = tokenFor("dealer@canale.demo");
        Ledger ledger = ledger(rossi, program, null);
        assertThat(ledger.earned()).isPositive();
        assertThat(ledger.orderNumbers()).as("every entry names its order's number").containsKey(order);
        String number = ledger.orderNumbers().get(order);
        assertThat(number).matches("\\d{4}-\\d{6}");

        HttpResponse<byte[]> english = download(program, quarter(), null, rossi, "pdf", "en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(english.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("incentive-statement-" + quarter() + ".pdf");
        String text = pdfText(english.body());
        assertThat(text).contains("Incentive statement", "Rossi Auto", quarter(), "Earned", "Pending", "Paid", "Balance", number,
                "FRN-DSC-002", "Rebate", "SPIFF", "Accrual", "Total earned", IncentiveStatements.money(ledger.earned(), "EUR", Locale.ENGLISH));
        assertThat(text).doesNotContain("Estratto", "Maturato");

        String italian = pdfText(download(program, quarter(), null, rossi, "pdf", "it-IT").body());
        assertThat(italian).contains("Estratto incentivi", "Rossi Auto", "Maturato", "Pagato", "Saldo", number, "Ristorno", "Maturazione",
                "Totale maturato", IncentiveStatements.money(ledger.earned(), "EUR", Locale.ITALIAN));
        assertThat(italian).doesNotContain("Incentive statement", "Total earned");
    }

    @Test
    void the_csv_statement_has_one_row_per_ledger_entry_in_the_readers_language_and_its_total_is_the_ledgers() {
        String program = program();
        String order = delivered(program, 2);
        String rossi = tokenFor("dealer@canale.demo");
        Ledger ledger = ledger(rossi, program, quarter());

        for (String language : List.of("en", "it")) {
            HttpResponse<byte[]> response = download(program, quarter(), null, rossi, "csv", language);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            List<CSVRecord> rows = csv(response.body());
            CSVRecord header = rows.getFirst();
            assertThat(header.get(0)).isEqualTo(language.equals("en") ? "Date" : "Data");
            assertThat(header.get(1)).isEqualTo(language.equals("en") ? "Order number" : "Numero ordine");
            List<CSVRecord> entries = rows.subList(1, rows.size() - 1);
            CSVRecord total = rows.getLast();
            assertThat(entries).hasSize(ledger.count());
            BigDecimal sum = entries.stream().map(row -> new BigDecimal(row.get(12))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("the rows add up to the ledger").isEqualByComparingTo(ledger.earned());
            assertThat(new BigDecimal(total.get(12))).isEqualByComparingTo(ledger.earned());
            assertThat(total.get(6)).isEqualTo(language.equals("en") ? "Total earned" : "Totale maturato");
            assertThat(entries).anySatisfy(row -> {
                assertThat(row.get(1)).isEqualTo(ledger.orderNumbers().get(order));
                assertThat(row.get(2)).isEqualTo(order);
                assertThat(row.get(6)).isEqualTo(language.equals("en") ? "Rebate" : "Ristorno");
            });
        }
    }

    @Test
    void another_dealer_is_told_the_statement_does_not_exist_and_staff_must_name_the_partner() {
        String program = program();
        delivered(program, 1);
        String bianchi = tokenFor("dealer2@canale.demo");
        String everyDealers = program(List.of());
        delivered(everyDealers, 1);
        assertThat(download(everyDealers, quarter(), null, bianchi, "csv", "en").statusCode()).as("Bianchi's own").isEqualTo(200);
        assertThat(download(everyDealers, quarter(), ROSSI, bianchi, "pdf", "en").statusCode()).as("Rossi's, asked by Bianchi")
                .isEqualTo(404);
        assertThat(download(everyDealers, quarter(), ROSSI, bianchi, "csv", "en").statusCode()).isEqualTo(404);
        assertThat(download(program, quarter(), ROSSI, bianchi, "pdf", "en").statusCode()).isEqualTo(404);
        assertThat(download(program, quarter(), null, bianchi, "pdf", "en").statusCode()).as("a Gold program: not Bianchi's").isEqualTo(404);
        assertThat(download(program, quarter(), null, tokenFor("dealer-system"), "csv", "en").statusCode())
                .as("the dealer's own partner system").isEqualTo(200);
        assertThat(download("inc_does_not_exist", quarter(), null, tokenFor("dealer@canale.demo"), "pdf", "en").statusCode()).isEqualTo(404);
        assertThat(download(program, quarter(), null, null, "pdf", "en").statusCode()).isEqualTo(401);

        String staff = tokenFor("staff@canale.demo");
        HttpResponse<byte[]> unnamed = download(program, quarter(), null, staff, "csv", "en");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(new String(unnamed.body(), StandardCharsets.UTF_8)).contains("partnerId", "REQUIRED");
        HttpResponse<byte[]> named = download(program, quarter(), ROSSI, staff, "csv", "en");
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(new BigDecimal(csv(named.body()).getLast().get(12))).isEqualByComparingTo(ledger(staff, program, quarter(), ROSSI).earned());
        HttpResponse<byte[]> badPeriod = download(program, "2040-Q1", null, tokenFor("dealer@canale.demo"), "pdf", "en");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
    }

    @Test
    void tier_progress_tells_where_the_reached_tier_starts_and_how_far_the_bar_is_filled() {
        String program = program();
        delivered(program, 1);
        JsonNode progress = http.graphql(tokenFor("dealer@canale.demo"), LEDGER, Map.of("id", program))
                .at("/data/incentiveProgram/tierProgress");
        BigDecimal reached = new BigDecimal(progress.path("reached").asString());
        assertThat(progress.path("tier").asInt()).isEqualTo(1);
        assertThat(new BigDecimal(progress.path("tierFrom").asString())).isEqualByComparingTo("1");
        BigDecimal expected = reached.subtract(BigDecimal.ONE).multiply(new BigDecimal(100))
                .divide(new BigDecimal("19999"), 1, java.math.RoundingMode.DOWN);
        assertThat(expected).as("some way along").isPositive();
        assertThat(new BigDecimal(progress.path("towardsNextPercent").asString())).isEqualByComparingTo(expected);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** What the ledger holds for Rossi: its entries' total (= earned), how many, and the order numbers they name. */
    private record Ledger(BigDecimal earned, int count, Map<String, String> orderNumbers) {
    }

    private Ledger ledger(String token, String program, String period) {
        return ledger(token, program, period, null);
    }

    private Ledger ledger(String token, String program, String period, String partner) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", program, "period", period == null ? quarter() : period));
        if (partner != null) {
            variables.put("partner", partner);
        }
        JsonNode data = http.graphql(token, LEDGER, variables).at("/data/incentiveProgram");
        BigDecimal total = BigDecimal.ZERO;
        Map<String, String> numbers = new HashMap<>();
        int count = 0;
        for (JsonNode edge : data.at("/entries/edges")) {
            total = total.add(new BigDecimal(edge.at("/node/amount/amount").asString()));
            if (!edge.at("/node/orderId").isNull()) {
                numbers.put(edge.at("/node/orderId").asString(), edge.at("/node/orderNumber").asString());
            }
            count++;
        }
        BigDecimal earned = BigDecimal.ZERO;
        for (JsonNode earnings : data.path("earnings")) {
            if (earnings.path("period").asString().equals(period == null ? quarter() : period)) {
                earned = new BigDecimal(earnings.at("/earned/amount").asString());
            }
        }
        assertThat(total).as("the entries add up to what the earnings say").isEqualByComparingTo(earned);
        return new Ledger(earned, count, numbers);
    }

    private static String quarter() {
        return IncentiveLedgerTests.currentQuarter();
    }

    /** A program for Gold dealers (Rossi, not Bianchi): 2 % rebate, a SPIFF and retroactive tiers on discs. */
    private String program() {
        return program(List.of("GOLD"));
    }

    /** As {@link #program()}, for dealers of these tiers (none: every dealer). */
    private String program(List<String> tiers) {
        Map<String, Object> input = IncentiveLedgerTests.input("FRN-DSC-002");
        input.put("name", "Statement " + UUID.randomUUID());
        input.put("eligibility", Map.of("partnerTypes", List.of("DEALER"), "tiers", tiers));
        input.put("rules", Map.of("rebatePercent", "2", "skus", List.of("FRN-DSC-002"), "spiffs", List.of(Map.of("sku", "FRN-DSC-002",
                "perUnit", "1.50")), "tiers", Map.of("measure", "VALUE", "mode", "RETROACTIVE", "tiers", List.of(
                Map.of("from", "1", "ratePercent", "1"), Map.of("from", "20000", "ratePercent", "2")))));
        return http.payload(tokenFor("staff@canale.demo"), CREATE, Map.of("input", input)).at("/incentiveProgram/id").asString();
    }

    /**
     * A new order of Rossi to Ferri for discs, confirmed, shipped and delivered by Veloce, and accrued in the program: the
     * feed is derived until its entries are there (a scheduled run may hold the accrual lease when the test asks).
     */
    private String delivered(String program, int discs) {
        String order = delivered(discs);
        String staff = tokenFor("staff@canale.demo");
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            feeder.feed();
            return ledger(staff, program, quarter(), ROSSI).orderNumbers().containsKey(order);
        });
        return order;
    }

    private String delivered(int discs) {
        return DiscDeliveries.delivered(http, this::tokenFor, discs);
    }

    private HttpResponse<byte[]> download(String program, String period, String partner, String token, String format, String language) {
        String path = "/incentives/" + program + "/statements/" + period + "." + format + (partner == null ? "" : "?partnerId=" + partner);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept-Language", language).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<CSVRecord> csv(byte[] body) {
        try {
            return new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

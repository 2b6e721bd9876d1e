package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The order confirmation PDF over HTTP: its content read back with PDFBox in both languages, and who may download it
 * (the dealer, the order's supplier, staff; everybody else "not found").
 */
class OrderConfirmationTests extends IntegrationTestBase {

    private static final String SUBMIT = "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id number "
            + "viewerCan { downloadConfirmation } } userErrors { field code message } } }";

    @Test
    void the_dealer_gets_its_confirmation_in_english_with_number_dates_lines_and_the_suppliers_total() throws IOException {
        JsonNode order = submit("en");
        HttpResponse<byte[]> response = download(order.path("id").asString(), tokenFor("dealer@canale.demo"), "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("order-confirmation-" + order.path("number").asString() + ".pdf");
        String text = text(response.body());
        assertThat(text).contains("Order confirmation " + order.path("number").asString(), "Rossi Auto", "Ferri Componenti",
                "Requested delivery", "Jan 15, 2099", "FRN-PAD-001", "Front brake pads", "Magazzino", "Via Roma 1", "20100 Milano",
                "Total per supplier", "€172.80"); // 4 × 43.20 at Rossi's GOLD price
        assertThat(order.at("/viewerCan/downloadConfirmation").asBoolean()).isTrue();
    }

    @Test
    void an_italian_dealers_confirmation_is_in_italian_with_italian_product_names() throws IOException {
        JsonNode order = submit("it");
        String text = text(download(order.path("id").asString(), tokenFor("dealer@canale.demo"), "it-IT").body());
        assertThat(text).contains("Conferma ordine " + order.path("number").asString(), "Consegna richiesta", "15 gen 2099",
                "Pastiglie freno anteriori", "Totale per fornitore", "172,80\u00a0€", "In attesa della risposta del fornitore");
        assertThat(text).doesNotContain("Front brake pads", "Requested delivery");
    }

    @Test
    void the_orders_supplier_and_staff_may_download_it_everybody_else_is_told_it_does_not_exist() {
        String id = submit("en").path("id").asString();
        assertThat(download(id, tokenFor("supplier@canale.demo"), "en").statusCode()).isEqualTo(200);
        assertThat(download(id, tokenFor("staff@canale.demo"), "en").statusCode()).isEqualTo(200);
        for (String stranger : List.of("dealer2@canale.demo", "supplier2@canale.demo", "carrier@canale.demo")) {
            HttpResponse<byte[]> refused = download(id, tokenFor(stranger), "en");
            assertThat(refused.statusCode()).as(stranger).isEqualTo(404);
            assertThat(refused.body()).as("%s: as if it did not exist, nothing of it told", stranger).isEmpty();
        }
        assertThat(download("ord_does_not_exist", tokenFor("dealer@canale.demo"), "en").statusCode()).isEqualTo(404);
        assertThat(download(id, null, "en").statusCode()).isEqualTo(401);
        JsonNode asOtherSupplier = http.graphql(tokenFor("staff@canale.demo"),
                "query($id: ID!) { order(id: $id) { viewerCan { downloadConfirmation } } }", Map.of("id", id));
        assertThat(asOtherSupplier.at("/data/order/viewerCan/downloadConfirmation").asBoolean()).isTrue();
    }

    private JsonNode submit(String language) {
        Map<String, Object> input = Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 4)), "requestedDate", "2099-01-15",
                "deliveryAddress", Map.of("recipient", "Magazzino", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano",
                        "country", "IT"));
        HttpResponse<String> response = http.graphqlRaw(tokenFor("dealer@canale.demo"), SUBMIT, Map.of("input", input),
                "application/json", language);
        JsonNode payload = Http.json(response).at("/data/submitOrder");
        assertThat(payload.path("userErrors").size()).as(payload.toString()).isZero();
        return payload.at("/orders/0");
    }

    private HttpResponse<byte[]> download(String orderId, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/orders/" + orderId + "/confirmation.pdf"))
                .header("Accept-Language", language).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

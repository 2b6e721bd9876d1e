package io.canale.portal.order;

import static io.canale.portal.order.Products.FERRI;
import static io.canale.portal.order.Products.GALLO;
import static io.canale.portal.order.Products.priced;
import static io.canale.portal.order.Products.unpriced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.catalog.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderDraftTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static OrderDraft complete() {
        OrderDraft draft = new OrderDraft();
        draft.addLine(priced("FRN-PAD-001", FERRI, "48.00", "EUR")).quantity(3);
        draft.addLine(priced("BAT-12V-070", GALLO, "139.00", "EUR")).quantity(2);
        draft.setRecipient("Rossi Auto – magazzino");
        draft.setStreet("Via Roma 1");
        draft.setPostalCode("20121");
        draft.setCity("Milano");
        draft.setRequestedDate(TODAY);
        return draft;
    }

    private static List<String> paths(List<UserError> errors) {
        return errors.stream().map(error -> String.join(".", error.field())).toList();
    }

    @Test
    void aCompleteDraftPassesAndBecomesTheApisInput() {
        OrderDraft draft = complete();

        assertThat(draft.check(TODAY)).isEmpty();
        Map<String, Object> input = draft.toInput();
        assertThat(input.get("lines")).isEqualTo(List.of(Map.of("sku", "FRN-PAD-001", "quantity", 3),
                Map.of("sku", "BAT-12V-070", "quantity", 2)));
        assertThat(input.get("requestedDate")).isEqualTo("2026-11-23");
        assertThat(input).doesNotContainKey("endCustomer").containsEntry("idempotencyKey", draft.idempotencyKey());
    }

    @Test
    void theIdempotencyKeyStaysTheSameAcrossSubmissionsOfOneDraft() {
        OrderDraft draft = complete();
        Object first = draft.toInput().get("idempotencyKey");
        draft.lines().getFirst().quantity(4);

        assertThat(draft.toInput().get("idempotencyKey")).isEqualTo(first);
        assertThat(new OrderDraft().idempotencyKey()).isNotEqualTo(first);
    }

    @Test
    void addingAProductTwiceKeepsOneLine() {
        OrderDraft draft = new OrderDraft();
        Product pads = priced("FRN-PAD-001", FERRI, "48.00", "EUR");

        assertThat(draft.addLine(pads)).isSameAs(draft.addLine(pads));
        assertThat(draft.lines()).hasSize(1);
    }

    @Test
    void aProductFillsTheFirstLineStillWithoutOne() {
        OrderDraft draft = new OrderDraft();
        OrderDraft.Line empty = draft.addLine(null);

        assertThat(draft.addLine(priced("FRN-PAD-001", FERRI, "48.00", "EUR"))).isSameAs(empty);
        assertThat(draft.lines()).hasSize(1);
        assertThat(empty.product().sku()).isEqualTo("FRN-PAD-001");
    }

    @Test
    void lineProblemsAreReportedAtTheApisPaths() {
        OrderDraft draft = complete();
        draft.lines().get(1).quantity(0);
        // A SKU chosen a second time in another row.
        draft.addLine(null).product(priced("FRN-PAD-001", FERRI, "48.00", "EUR"));
        draft.addLine(unpriced("TYR-205-55", GALLO)).quantity(10_001);

        assertThat(draft.check(TODAY)).extracting(error -> String.join(".", error.field()), UserError::code)
                .containsExactly(
                        tuple("input.lines.1.quantity", UserErrorCode.INVALID),
                        tuple("input.lines.2.sku", UserErrorCode.DUPLICATE),
                        tuple("input.lines.3.sku", UserErrorCode.NOT_ALLOWED),
                        tuple("input.lines.3.quantity", UserErrorCode.INVALID));
    }

    @Test
    void anOrderNeedsALine() {
        OrderDraft draft = complete();
        draft.lines().forEach(draft::removeLine);

        assertThat(paths(draft.check(TODAY))).containsExactly("input.lines");
    }

    @Test
    void theRequestedDateIsTodayOrLater() {
        OrderDraft draft = complete();
        draft.setRequestedDate(TODAY.minusDays(1));
        assertThat(draft.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.INVALID);

        draft.setRequestedDate(null);
        assertThat(draft.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.REQUIRED);
    }

    @Test
    void theAddressIsRequiredWithinTheApisLengths() {
        OrderDraft draft = complete();
        draft.setRecipient(" ");
        draft.setPostalCode("1".repeat(OrderDraft.MAX_POSTAL_CODE + 1));
        draft.setCountry(null);

        assertThat(draft.check(TODAY)).extracting(error -> String.join(".", error.field()), UserError::code)
                .containsExactly(
                        tuple("input.deliveryAddress.recipient", UserErrorCode.REQUIRED),
                        tuple("input.deliveryAddress.postalCode", UserErrorCode.TOO_LONG),
                        tuple("input.deliveryAddress.country", UserErrorCode.REQUIRED));
    }

    @Test
    void anEndCustomerIsOptionalButNeedsANameAndValidContactDetails() {
        OrderDraft draft = complete();
        draft.setCustomerEmail("not-an-email");
        draft.setCustomerPhone("call me");

        assertThat(paths(draft.check(TODAY)))
                .containsExactly("input.endCustomer.name", "input.endCustomer.email", "input.endCustomer.phone");

        draft.setCustomerName("Marco Bassi");
        draft.setCustomerEmail("marco@example.com");
        draft.setCustomerPhone("");
        assertThat(draft.check(TODAY)).isEmpty();
        assertThat(draft.toInput().get("endCustomer")).isEqualTo(Map.of("name", "Marco Bassi", "email", "marco@example.com"));
    }

    @Test
    void aDraftIsSavedWithWhatIsFilledInAndOnlyLinesWithAProduct() {
        OrderDraft draft = new OrderDraft();
        draft.addLine(null);
        draft.addLine(null);
        draft.lines().get(1).product(priced("FRN-PAD-001", FERRI, "48.00", "EUR"));
        draft.lines().get(1).quantity(null);
        draft.setCity("Milano");

        assertThat(draft.toDraftInput()).isEqualTo(Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 0)),
                "deliveryAddress", Map.of("city", "Milano", "country", "IT")));
        assertThat(draft.chosenLines()).containsExactly(draft.lines().get(1));
    }

    @Test
    void aSavedDraftIsUpdatedAtTheVersionSeen() {
        OrderDraft draft = complete();
        draft.saved("odr_1", 4);

        assertThat(draft.toDraftInput()).containsEntry("id", "odr_1").containsEntry("expectedVersion", 4)
                .containsEntry("requestedDate", "2026-11-23");
    }

    @Test
    void aSavedDraftResumesWithTheProductsStillInTheCatalog() {
        SavedDraft saved = new SavedDraft("odr_1", SavedDraft.Status.OPEN, null,
                List.of(new SavedDraft.Line("FRN-PAD-001", 3), new SavedDraft.Line("GONE-001", 1)), TODAY,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20121", "Milano", "IT"),
                new Order.EndCustomer("Marco Bassi", null, null), null, 2);

        OrderDraft draft = OrderDraft.resume(saved, Map.of("FRN-PAD-001", priced("FRN-PAD-001", FERRI, "48.00", "EUR")));

        assertThat(draft.savedId()).contains("odr_1");
        assertThat(draft.savedVersion()).isEqualTo(2);
        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.product().sku()).isEqualTo("FRN-PAD-001");
            assertThat(line.quantity()).isEqualTo(3);
        });
        assertThat(draft.getCity()).isEqualTo("Milano");
        assertThat(draft.getCustomerName()).isEqualTo("Marco Bassi");
        assertThat(draft.getCustomerEmail()).isEmpty();
        assertThat(draft.check(TODAY)).isEmpty();
    }
}

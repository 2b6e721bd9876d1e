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
import io.canale.portal.order.OrderApi.DeliveryAddressInput;
import io.canale.portal.order.OrderApi.EndCustomerInput;
import io.canale.portal.order.OrderApi.OrderLineInput;
import io.canale.portal.order.OrderApi.SubmitOrderInput;
import io.canale.portal.order.OrderDraftApi.DraftDeliveryAddressInput;
import io.canale.portal.order.OrderDraftApi.OrderDraftLineInput;
import io.canale.portal.order.OrderDraftApi.SaveOrderDraftInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OrderFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static OrderForm complete() {
        OrderForm form = new OrderForm();
        form.addLine(priced("FRN-PAD-001", FERRI, "48.00", "EUR")).quantity(3);
        form.addLine(priced("BAT-12V-070", GALLO, "139.00", "EUR")).quantity(2);
        form.setRecipient("Rossi Auto – magazzino");
        form.setStreet("Via Roma 1");
        form.setPostalCode("20121");
        form.setCity("Milano");
        form.setRequestedDate(TODAY);
        return form;
    }

    private static List<String> paths(List<UserError> errors) {
        return errors.stream().map(error -> String.join(".", error.field())).toList();
    }

    @Test
    void aCompleteFormPassesAndBecomesTheApisInput() {
        OrderForm form = complete();

        assertThat(form.check(TODAY)).isEmpty();
        assertThat(form.toInput()).isEqualTo(new SubmitOrderInput(
                List.of(new OrderLineInput("FRN-PAD-001", 3), new OrderLineInput("BAT-12V-070", 2)), TODAY,
                new DeliveryAddressInput("Rossi Auto – magazzino", "Via Roma 1", "20121", "Milano", "IT"), null,
                form.idempotencyKey()));
    }

    @Test
    void theInputIsSentWithAnIsoDateAndWithoutAnEndCustomerNobodyEntered() {
        String json = JsonMapper.shared().writeValueAsString(complete().toInput());

        assertThat(json).contains("\"requestedDate\":\"2026-11-23\"").doesNotContain("endCustomer");
    }

    @Test
    void theIdempotencyKeyStaysTheSameAcrossSubmissionsOfOneForm() {
        OrderForm form = complete();
        String first = form.toInput().idempotencyKey();
        form.lines().getFirst().quantity(4);

        assertThat(form.toInput().idempotencyKey()).isEqualTo(first);
        assertThat(new OrderForm().idempotencyKey()).isNotEqualTo(first);
    }

    @Test
    void addingAProductTwiceKeepsOneLine() {
        OrderForm form = new OrderForm();
        Product pads = priced("FRN-PAD-001", FERRI, "48.00", "EUR");

        assertThat(form.addLine(pads)).isSameAs(form.addLine(pads));
        assertThat(form.lines()).hasSize(1);
    }

    @Test
    void aProductFillsTheFirstLineStillWithoutOne() {
        OrderForm form = new OrderForm();
        OrderForm.Line empty = form.addLine(null);

        assertThat(form.addLine(priced("FRN-PAD-001", FERRI, "48.00", "EUR"))).isSameAs(empty);
        assertThat(form.lines()).hasSize(1);
        assertThat(empty.product().sku()).isEqualTo("FRN-PAD-001");
    }

    @Test
    void lineProblemsAreReportedAtTheApisPaths() {
        OrderForm form = complete();
        form.lines().get(1).quantity(0);
        // A SKU chosen a second time in another row.
        form.addLine(null).product(priced("FRN-PAD-001", FERRI, "48.00", "EUR"));
        form.addLine(unpriced("TYR-205-55", GALLO)).quantity(10_001);

        assertThat(form.check(TODAY)).extracting(error -> String.join(".", error.field()), UserError::code)
                .containsExactly(
                        tuple("input.lines.1.quantity", UserErrorCode.INVALID),
                        tuple("input.lines.2.sku", UserErrorCode.DUPLICATE),
                        tuple("input.lines.3.sku", UserErrorCode.NOT_ALLOWED),
                        tuple("input.lines.3.quantity", UserErrorCode.INVALID));
    }

    @Test
    void anOrderNeedsALine() {
        OrderForm form = complete();
        form.lines().forEach(form::removeLine);

        assertThat(paths(form.check(TODAY))).containsExactly("input.lines");
    }

    @Test
    void theRequestedDateIsTodayOrLater() {
        OrderForm form = complete();
        form.setRequestedDate(TODAY.minusDays(1));
        assertThat(form.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.INVALID);

        form.setRequestedDate(null);
        assertThat(form.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.REQUIRED);
    }

    @Test
    void theAddressIsRequiredWithinTheApisLengths() {
        OrderForm form = complete();
        form.setRecipient(" ");
        form.setPostalCode("1".repeat(OrderForm.MAX_POSTAL_CODE + 1));
        form.setCountry(null);

        assertThat(form.check(TODAY)).extracting(error -> String.join(".", error.field()), UserError::code)
                .containsExactly(
                        tuple("input.deliveryAddress.recipient", UserErrorCode.REQUIRED),
                        tuple("input.deliveryAddress.postalCode", UserErrorCode.TOO_LONG),
                        tuple("input.deliveryAddress.country", UserErrorCode.REQUIRED));
    }

    @Test
    void anEndCustomerIsOptionalButNeedsANameAndValidContactDetails() {
        OrderForm form = complete();
        form.setCustomerEmail("not-an-email");
        form.setCustomerPhone("call me");

        assertThat(paths(form.check(TODAY)))
                .containsExactly("input.endCustomer.name", "input.endCustomer.email", "input.endCustomer.phone");

        form.setCustomerName("Marco Bassi");
        form.setCustomerEmail("marco@example.com");
        form.setCustomerPhone("");
        assertThat(form.check(TODAY)).isEmpty();
        assertThat(form.toInput().endCustomer()).isEqualTo(new EndCustomerInput("Marco Bassi", "marco@example.com", null));
    }

    @Test
    void aFormIsSavedAsADraftWithWhatIsFilledInAndOnlyLinesWithAProduct() {
        OrderForm form = new OrderForm();
        form.addLine(null);
        form.addLine(null);
        form.lines().get(1).product(priced("FRN-PAD-001", FERRI, "48.00", "EUR"));
        form.lines().get(1).quantity(null);
        form.setCity("Milano");

        assertThat(form.toDraftInput()).isEqualTo(new SaveOrderDraftInput(null, null,
                List.of(new OrderDraftLineInput("FRN-PAD-001", 0)), null,
                new DraftDeliveryAddressInput(null, null, null, "Milano", "IT"), null));
        assertThat(JsonMapper.shared().writeValueAsString(form.toDraftInput())).isEqualTo(
                "{\"lines\":[{\"sku\":\"FRN-PAD-001\",\"quantity\":0}],\"deliveryAddress\":{\"city\":\"Milano\",\"country\":\"IT\"}}");
        assertThat(form.chosenLines()).containsExactly(form.lines().get(1));
    }

    @Test
    void aSavedDraftIsUpdatedAtTheVersionSeen() {
        OrderForm form = complete();
        form.saved("odr_1", 4);

        SaveOrderDraftInput input = form.toDraftInput();
        assertThat(input.id()).isEqualTo("odr_1");
        assertThat(input.expectedVersion()).isEqualTo(4);
        assertThat(input.requestedDate()).isEqualTo(TODAY);
    }

    @Test
    void aSavedDraftResumesWithTheProductsStillInTheCatalog() {
        OrderDraft saved = new OrderDraft("odr_1", OrderDraft.Status.OPEN, null,
                List.of(new OrderDraft.Line("FRN-PAD-001", 3), new OrderDraft.Line("GONE-001", 1)), TODAY,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20121", "Milano", "IT"),
                new Order.EndCustomer("Marco Bassi", null, null), null, 2, new OrderDraftActions(true, true, true));

        OrderForm form = OrderForm.resume(saved, Map.of("FRN-PAD-001", priced("FRN-PAD-001", FERRI, "48.00", "EUR")));

        assertThat(form.savedId()).contains("odr_1");
        assertThat(form.savedVersion()).isEqualTo(2);
        assertThat(form.lines()).singleElement().satisfies(line -> {
            assertThat(line.product().sku()).isEqualTo("FRN-PAD-001");
            assertThat(line.quantity()).isEqualTo(3);
        });
        assertThat(form.getCity()).isEqualTo("Milano");
        assertThat(form.getCustomerName()).isEqualTo("Marco Bassi");
        assertThat(form.getCustomerEmail()).isEmpty();
        assertThat(form.check(TODAY)).isEmpty();
    }
}

package io.canale.portal.order;

import io.canale.portal.api.EndCustomer;
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
import io.canale.portal.api.EndCustomerInput;
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
    void a_complete_form_passes_and_becomes_the_apis_input() {
        OrderForm form = complete();

        assertThat(form.check(TODAY)).isEmpty();
        assertThat(form.toInput()).isEqualTo(new SubmitOrderInput(
                List.of(new OrderLineInput("FRN-PAD-001", 3), new OrderLineInput("BAT-12V-070", 2)), TODAY,
                new DeliveryAddressInput("Rossi Auto – magazzino", "Via Roma 1", "20121", "Milano", "IT"), null,
                form.idempotencyKey()));
    }

    @Test
    void the_input_is_sent_with_an_iso_date_and_without_an_end_customer_nobody_entered() {
        String json = JsonMapper.shared().writeValueAsString(complete().toInput());

        assertThat(json).contains("\"requestedDate\":\"2026-11-23\"").doesNotContain("endCustomer");
    }

    @Test
    void the_idempotency_key_stays_the_same_across_submissions_of_one_form() {
        OrderForm form = complete();
        String first = form.toInput().idempotencyKey();
        form.lines().getFirst().quantity(4);

        assertThat(form.toInput().idempotencyKey()).isEqualTo(first);
        assertThat(new OrderForm().idempotencyKey()).isNotEqualTo(first);
    }

    @Test
    void adding_a_product_twice_keeps_one_line() {
        OrderForm form = new OrderForm();
        Product pads = priced("FRN-PAD-001", FERRI, "48.00", "EUR");

        assertThat(form.addLine(pads)).isSameAs(form.addLine(pads));
        assertThat(form.lines()).hasSize(1);
    }

    @Test
    void a_product_fills_the_first_line_still_without_one() {
        OrderForm form = new OrderForm();
        OrderForm.Line empty = form.addLine(null);

        assertThat(form.addLine(priced("FRN-PAD-001", FERRI, "48.00", "EUR"))).isSameAs(empty);
        assertThat(form.lines()).hasSize(1);
        assertThat(empty.product().sku()).isEqualTo("FRN-PAD-001");
    }

    @Test
    void line_problems_are_reported_at_the_apis_paths() {
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
    void an_order_needs_a_line() {
        OrderForm form = complete();
        form.lines().forEach(form::removeLine);

        assertThat(paths(form.check(TODAY))).containsExactly("input.lines");
    }

    @Test
    void the_requested_date_is_today_or_later() {
        OrderForm form = complete();
        form.setRequestedDate(TODAY.minusDays(1));
        assertThat(form.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.INVALID);

        form.setRequestedDate(null);
        assertThat(form.check(TODAY)).extracting(UserError::code).containsExactly(UserErrorCode.REQUIRED);
    }

    @Test
    void the_address_is_required_within_the_apis_lengths() {
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
    void an_end_customer_is_optional_but_needs_a_name_and_valid_contact_details() {
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
    void a_form_is_saved_as_a_draft_with_what_is_filled_in_and_only_lines_with_a_product() {
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
    void a_saved_draft_is_updated_at_the_version_seen() {
        OrderForm form = complete();
        form.saved("odr_1", 4);

        SaveOrderDraftInput input = form.toDraftInput();
        assertThat(input.id()).isEqualTo("odr_1");
        assertThat(input.expectedVersion()).isEqualTo(4);
        assertThat(input.requestedDate()).isEqualTo(TODAY);
    }

    @Test
    void a_saved_draft_resumes_with_the_products_still_in_the_catalog() {
        OrderDraft saved = new OrderDraft("odr_1", OrderDraft.Status.OPEN, null,
                List.of(new OrderDraft.Line("FRN-PAD-001", 3), new OrderDraft.Line("GONE-001", 1)), TODAY,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20121", "Milano", "IT"),
                new EndCustomer("Marco Bassi", null, null), null, 2, new OrderDraftActions(true, true, true));

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

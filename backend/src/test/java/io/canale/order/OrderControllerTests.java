package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.canale.partner.PartnerDirectory;
import io.canale.security.Caller;
import io.canale.security.CallerArguments;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.Actor;
import io.canale.shared.Money;
import io.canale.shared.PartnerType;
import io.canale.shared.graphql.GraphQlSlice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The order controller on a GraphQL slice, without an application start: the real access policy decides, the
 * order store is faked, the caller comes in with the request as it would from a token.
 */
@GraphQlTest(OrderController.class)
@Import(GraphQlSlice.class)
class OrderControllerTests {

    static final Caller FERRI = caller("supplier@canale.demo", "ptn_ferri_componenti", PartnerType.SUPPLIER);
    static final Caller ROSSI = caller("dealer@canale.demo", "ptn_rossi_auto", PartnerType.DEALER);
    static final String QUERY = "{ order(id: \"ord_1\") { id endCustomer { name } viewerCan { confirm cancel ship } } }";

    static final Order SUBMITTED = Order.submit("ord_1", "grp_1", "ptn_rossi_auto", "ptn_ferri_componenti",
            List.of(new OrderLine(1, "FRN-PAD-001", "Front brake pads", 2, new Money(new BigDecimal("43.20"), "EUR"), null, null, null)),
            "2099-01-15", new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"),
            new OrderParties.EndCustomer("Giorgio Neri", "giorgio.neri@example.com", null), new Actor("dealer@canale.demo", null), GraphQlSlice.NOW);

    @MockitoBean
    Orders orders;
    @MockitoBean
    OrderBatches batches;
    @MockitoBean
    PartnerDirectory partners;

    @Autowired
    ExecutionGraphQlServiceTester tester;

    @Test
    void the_supplier_is_told_it_may_answer_and_does_not_see_the_end_customer() {
        when(orders.find(FERRI, "ord_1")).thenReturn(Optional.of(SUBMITTED));
        GraphQlTester.Response response = as(FERRI).document(QUERY).execute();
        response.path("order.endCustomer").valueIsNull();
        response.path("order.viewerCan").entity(Map.class).isEqualTo(Map.of("confirm", true, "cancel", false, "ship", false));
        verify(orders).find(FERRI, "ord_1");
    }

    @Test
    void the_ordering_dealer_sees_the_end_customer_and_is_told_it_may_cancel() {
        when(orders.find(ROSSI, "ord_1")).thenReturn(Optional.of(SUBMITTED));
        GraphQlTester.Response response = as(ROSSI).document(QUERY).execute();
        response.path("order.endCustomer.name").entity(String.class).isEqualTo("Giorgio Neri");
        response.path("order.viewerCan").entity(Map.class).isEqualTo(Map.of("confirm", false, "cancel", true, "ship", false));
    }

    @Test
    void a_request_without_a_caller_is_forbidden_before_any_lookup() {
        tester.document(QUERY).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
        verifyNoInteractions(orders);
    }

    private GraphQlTester as(Caller caller) {
        return tester.mutate().configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(CallerArguments.CONTEXT_KEY, caller)).build()).build();
    }

    static Caller caller(String subject, String partnerId, PartnerType type) {
        return new Caller(subject, Caller.Kind.USER, partnerId, type, Set.of(PartnerRole.ADMIN), Scopes.forUser(type, PartnerRole.ADMIN));
    }
}

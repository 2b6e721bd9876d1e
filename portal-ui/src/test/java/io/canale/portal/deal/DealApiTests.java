package io.canale.portal.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import io.canale.portal.api.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Deal registrations travel as the API's typed inputs and come back with their dates and decisions typed. */
class DealApiTests {

    private final MockApi backend = MockApi.start();
    private final DealApi api = new DealApi(backend.api());

    @Test
    void a_registration_sends_its_close_date_as_an_iso_day_and_its_value_as_a_decimal_string() {
        DealDraft draft = new DealDraft();
        draft.setCustomerName("Galli Costruzioni");
        draft.setProductLine("Furgoni");
        draft.setAmount(new BigDecimal("25000.50"));
        draft.setExpectedCloseDate(LocalDate.of(2027, 3, 31));
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.input.expectedCloseDate").value("2027-03-31"))
                .andExpect(jsonPath("$.variables.input.expectedValue.amount").value("25000.50"))
                .andExpect(jsonPath("$.variables.input", Matchers.not(Matchers.hasKey("vatNumber"))))
                .andRespond(MockApi.data("""
                        {"registerDeal": {"dealRegistration": %s, "userErrors": []}}
                        """.formatted(REGISTRATION)));

        DealPayload payload = api.register(draft);

        DealRegistration registration = payload.dealRegistration();
        assertThat(registration.expectedCloseDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(registration.protectedUntil()).isEqualTo(Instant.parse("2027-06-29T10:00:00Z"));
        assertThat(registration.conflict().rule()).isEqualTo(DealRegistration.ConflictRule.SAME_COMPANY_NAME);
        assertThat(registration.can()).isEqualTo(new DealRegistration.Actions(true, true));
        assertThat(registration.expectedValue()).isEqualTo(new Money("25000.50", "EUR"));
        backend.verify();
    }

    @Test
    void an_approval_carries_the_version_and_no_reason_and_the_list_its_status() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.status").value("IN_REVIEW"))
                .andRespond(MockApi.data("""
                        {"dealRegistrations": {"edges": [{"cursor": "c1", "node": %s}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """.formatted(REGISTRATION)));
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.input.id").value("deal_1"))
                .andExpect(jsonPath("$.variables.input.expectedVersion").value(4))
                .andExpect(jsonPath("$.variables.input", Matchers.not(Matchers.hasKey("reason"))))
                .andRespond(MockApi.data("""
                        {"approveDealRegistration": {"dealRegistration": null, "userErrors": [
                          {"field": ["input", "expectedVersion"], "code": "VERSION_CONFLICT", "message": "changed"}]}}
                        """));

        Connection<DealRegistration> page = api.page(20, null, DealRegistration.Status.IN_REVIEW);
        DealPayload payload = api.approve(page.nodes().getFirst());

        assertThat(payload.versionConflict()).isTrue();
        backend.verify();
    }

    private static final String REGISTRATION = """
            {"id": "deal_1", "status": "IN_REVIEW", "customerName": "Galli Costruzioni", "vatNumber": null,
             "productLine": "Furgoni", "expectedCloseDate": "2027-03-31", "protectedUntil": "2027-06-29T10:00:00Z",
             "decisionReason": null, "version": 4, "dealer": {"id": "ptn_rossi", "name": "Rossi Auto"},
             "expectedValue": {"amount": "25000.50", "currency": "EUR"},
             "conflict": {"rule": "SAME_COMPANY_NAME", "explanation": "Another dealer registered the same company",
                          "earlierDealer": null},
             "viewerCan": {"approve": true, "reject": true}}
            """;
}

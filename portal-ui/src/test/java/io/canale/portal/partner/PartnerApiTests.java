package io.canale.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerType;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The partner directory sends the API's typed inputs and reads its answers, as the schema has them. */
class PartnerApiTests {

    private final MockApi backend = MockApi.start();
    private final PartnerApi api = new PartnerApi(backend.api());

    @Test
    void a_new_partner_travels_as_create_partner_input_without_blank_contact_details() {
        PartnerDraft draft = PartnerDraft.blank();
        draft.setName("Verdi Moto");
        ContactDraft contact = new ContactDraft();
        contact.setName("Luca Verdi");
        draft.setContacts(List.of(contact));
        backend.expectRequest()
                .andExpect(jsonPath("$.query", Matchers.containsString("mutation createPartner")))
                .andExpect(jsonPath("$.variables.input.type").value("DEALER"))
                .andExpect(jsonPath("$.variables.input.tier").value("STANDARD"))
                .andExpect(jsonPath("$.variables.input.territory.countries[0]").value("IT"))
                .andExpect(jsonPath("$.variables.input.territory.regions").isEmpty())
                .andExpect(jsonPath("$.variables.input.contacts[0].name").value("Luca Verdi"))
                .andExpect(jsonPath("$.variables.input.contacts[0].email").doesNotExist())
                .andRespond(MockApi.data("""
                        {"createPartner": {"partner": {"id": "ptn_verdi", "type": "DEALER", "name": "Verdi Moto",
                          "active": true, "tier": "STANDARD", "version": 0,
                          "territory": {"countries": ["IT"], "regions": []}, "contacts": [{"name": "Luca Verdi"}],
                          "viewerCan": {"update": true, "deactivate": true, "manageOrganisation": true}},
                          "userErrors": []}}
                        """));

        PartnerPayload payload = api.create(draft);

        assertThat(payload.succeeded()).isTrue();
        assertThat(payload.partner().can().deactivate()).isTrue();
        assertThat(payload.partner().contacts()).containsExactly(new Partner.Contact("Luca Verdi", null, null, null));
        backend.verify();
    }

    @Test
    void the_filter_sends_only_what_is_set_and_the_page_reads_partners() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.first").value(20))
                .andExpect(jsonPath("$.variables.filter.type").value("SUPPLIER"))
                .andExpect(jsonPath("$.variables.filter.nameContains").value("Ferri"))
                .andExpect(jsonPath("$.variables.filter", Matchers.not(Matchers.hasKey("active"))))
                .andRespond(MockApi.data("""
                        {"partners": {"edges": [{"cursor": "c1", "node": {"id": "ptn_ferri", "type": "SUPPLIER",
                          "name": "Ferri Componenti", "active": true, "tier": null, "version": 3,
                          "territory": {"countries": ["IT"], "regions": []}}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<Partner> page = api.page(20, null, new PartnerFilter("  Ferri ", PartnerType.SUPPLIER, null));

        assertThat(page.nodes()).extracting(Partner::name).containsExactly("Ferri Componenti");
        assertThat(page.nodes().getFirst().can()).isEqualTo(Partner.Actions.NONE);
        backend.verify();
    }
}

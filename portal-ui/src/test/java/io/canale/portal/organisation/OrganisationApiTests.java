package io.canale.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The organisation's calls name the partner they change and read the API's users and clients as typed. */
class OrganisationApiTests {

    private final MockApi backend = MockApi.start();
    private final OrganisationApi api = new OrganisationApi(backend.api());

    @Test
    void a_new_client_asks_for_the_chosen_scopes_of_its_partner() {
        backend.expectRequest()
                .andExpect(jsonPath("$.query", Matchers.containsString("mutation createApiClient")))
                .andExpect(jsonPath("$.variables.input.partnerId").value("ptn_rossi"))
                .andExpect(jsonPath("$.variables.input.name").value("ERP"))
                .andExpect(jsonPath("$.variables.input.scopes[1]").value("leads:read"))
                .andRespond(MockApi.data("""
                        {"createApiClient": {"apiClient": {"id": "cli_1", "clientId": "rossi-erp", "name": "ERP",
                          "scopes": ["partners:read", "leads:read"], "status": "ACTIVE",
                          "secretIssuedAt": "2026-12-07T10:15:30Z", "version": 0},
                          "clientSecret": "s3cret", "userErrors": []}}
                        """));

        OrganisationPayloads.ClientSecret payload =
                api.createClient("ptn_rossi", " ERP ", List.of("partners:read", "leads:read"));

        assertThat(payload.clientSecret()).isEqualTo("s3cret");
        assertThat(payload.apiClient().secretIssuedAt()).isEqualTo(Instant.parse("2026-12-07T10:15:30Z"));
        assertThat(payload.apiClient().isActive()).isTrue();
        backend.verify();
    }

    @Test
    void the_people_are_paged_for_the_partner() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.partnerId").value("ptn_rossi"))
                .andExpect(jsonPath("$.variables.first").value(50))
                .andRespond(MockApi.data("""
                        {"partnerUsers": {"edges": [{"cursor": "c1", "node": {"id": "usr_1", "email": "a@rossi.demo",
                          "displayName": "Anna", "role": "ADMIN", "status": "INVITED", "version": 2}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<Member> page = api.members("ptn_rossi", 50, null);

        assertThat(page.nodes()).containsExactly(
                new Member("usr_1", "a@rossi.demo", "Anna", Member.Role.ADMIN, Member.Status.INVITED, 2));
        backend.verify();
    }
}

package io.canale.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;

import io.canale.portal.api.Area;
import io.canale.portal.api.MockApi;
import io.canale.portal.api.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** At sign-in the portal asks the API who the person is, and grants exactly the areas the API lists. */
class SignInViewerTests {

    private static final String TOKEN = "access-token-of-giulia";
    private static final String VIEWER = """
            {"viewer": {"subject": "dealer@canale.demo", "displayName": "Marco Rossi", "locale": "it",
              "partner": {"id": "ptn_rossi", "name": "Rossi Auto",
                          "viewerCan": {"update": false, "deactivate": false, "manageOrganisation": true}},
              "areas": ["HOME", "LEADS", "CATALOG", "ORDERS"],
              "viewerCan": {"createLead": false, "importLeads": true, "manageRoutingRules": false, "registerDeal": true,
                            "submitOrder": true, "createProduct": false, "publishPriceList": false, "publishStock": false,
                            "createPartner": false, "seeOtherPartners": false, "openServiceCase": true,
                            "grantableClientScopes": ["partners:read", "leads:read"], "manageWebhooksOfAnyPartner": false}}}
            """;

    private final MockApi backend = MockApi.start();
    private final CanaleUserService service = new CanaleUserService(backend.api());

    @Test
    void the_areas_the_api_lists_are_the_authorities_and_the_viewer_is_kept() {
        backend.expectRequest()
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(content().string(Matchers.containsString("currentViewer")))
                .andRespond(MockApi.data(VIEWER));

        CanaleUser user = (CanaleUser) service.loadUser(request());

        assertThat(user.getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AREA_HOME", "ROLE_AREA_LEADS", "ROLE_AREA_CATALOG", "ROLE_AREA_ORDERS");
        Viewer viewer = user.viewer();
        assertThat(viewer.name()).isEqualTo("Marco Rossi");
        assertThat(viewer.partner().name()).isEqualTo("Rossi Auto");
        assertThat(viewer.partner().can().manageOrganisation()).isTrue();
        assertThat(viewer.areas()).containsExactly(Area.HOME, Area.LEADS, Area.CATALOG, Area.ORDERS);
        assertThat(viewer.viewerCan().registerDeal()).isTrue();
        assertThat(viewer.viewerCan().grantableClientScopes()).containsExactly("partners:read", "leads:read");
        backend.verify();
    }

    @Test
    void a_sign_in_the_api_cannot_answer_fails_instead_of_guessing() {
        backend.expectRequest().andRespond(withServerError());

        assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> service.loadUser(request()))
                .satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(SignIn.VIEWER_UNAVAILABLE));
    }

    @Test
    void a_graph_ql_error_on_viewer_fails_the_sign_in_too() {
        backend.expectRequest().andRespond(MockApi.data("null, \"errors\": [{\"message\": \"areas: not implemented\"}]"));

        assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> service.loadUser(request()));
    }

    private static OidcUserRequest request() {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SignIn.REGISTRATION_ID)
                .clientId("canale-portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://backend/oauth2/authorize")
                .tokenUri("http://backend/oauth2/token")
                .scope("openid")
                .build();
        Instant now = Instant.now();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, TOKEN, now,
                now.plusSeconds(300));
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "dealer@canale.demo", "email", "dealer@canale.demo", "name", "Marco Rossi",
                        "aud", List.of("canale-portal"), "iss", "http://backend"));
        return new OidcUserRequest(registration, accessToken, idToken);
    }

}

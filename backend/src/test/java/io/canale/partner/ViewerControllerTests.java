package io.canale.partner;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.canale.identity.UserAccount;
import io.canale.identity.UserAccounts;
import io.canale.security.Caller;
import io.canale.security.CallerArguments;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import io.canale.shared.graphql.GraphQlSlice;
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
 * {@code viewer} on a GraphQL slice, without an application start: the real access policy answers areas and
 * {@code viewerCan}; accounts and the directory are faked.
 */
@GraphQlTest(ViewerController.class)
@Import(GraphQlSlice.class)
class ViewerControllerTests {

    static final String VIEWER = "{ viewer { kind roles areas viewerCan { createLead submitOrder publishStock createPartner "
            + "seeOtherPartners grantableClientScopes } } }";

    @MockitoBean
    UserAccounts users;
    @MockitoBean
    PartnerDirectory directory;

    @Autowired
    ExecutionGraphQlServiceTester tester;

    @Test
    void a_carrier_system_is_told_its_areas_and_that_it_may_start_nothing() {
        Caller carrierSystem = new Caller("carrier-system", Caller.Kind.PARTNER_SYSTEM, "ptn_veloce_logistica", PartnerType.CARRIER,
                Set.of(), Scopes.forPartnerSystem(PartnerType.CARRIER));
        GraphQlTester.Response response = as(carrierSystem).document(VIEWER).execute();
        response.path("viewer.kind").entity(String.class).isEqualTo("PARTNER_SYSTEM");
        response.path("viewer.areas").entityList(String.class).containsExactly("HOME", "SHIPMENTS", "SERVICE_CASES");
        response.path("viewer.viewerCan").entity(Map.class).isEqualTo(Map.of("createLead", false, "submitOrder", false,
                "publishStock", false, "createPartner", false, "seeOtherPartners", false, "grantableClientScopes", List.of()));
        verifyNoInteractions(users);
    }

    @Test
    void a_supplier_admin_is_told_it_may_publish_stock_and_which_scopes_its_clients_may_get() {
        Caller supplier = new Caller("supplier@canale.demo", Caller.Kind.USER, "ptn_ferri_componenti", PartnerType.SUPPLIER,
                Set.of(PartnerRole.ADMIN), Scopes.forUser(PartnerType.SUPPLIER, PartnerRole.ADMIN));
        UserAccount account = mock(UserAccount.class);
        when(account.displayName()).thenReturn("Ferri");
        when(users.findByEmail("supplier@canale.demo")).thenReturn(Optional.of(account));
        GraphQlTester.Response response = as(supplier).document(VIEWER).execute();
        response.path("viewer.roles").entityList(String.class).containsExactly("ADMIN");
        response.path("viewer.areas").entityList(String.class).containsExactly("HOME", "ORGANISATION", "CATALOG", "ORDERS",
                "SUPPLIER_ORDERS", "SHIPMENTS", "STOCK_UPLOAD", "DEMAND", "SERVICE_CASES", "CASES_BY_PRODUCT", "SERVICE_SATISFACTION",
                "WEBHOOKS");
        response.path("viewer.viewerCan.publishStock").entity(Boolean.class).isEqualTo(true);
        response.path("viewer.viewerCan.grantableClientScopes").entityList(String.class)
                .containsExactly(Scopes.forPartnerSystem(PartnerType.SUPPLIER).toArray(String[]::new));
    }

    @Test
    void a_partner_system_is_refused_preferences_and_nothing_is_stored() {
        Caller dealerSystem = new Caller("dealer-system", Caller.Kind.PARTNER_SYSTEM, "ptn_rossi_auto", PartnerType.DEALER,
                Set.of(), Scopes.forPartnerSystem(PartnerType.DEALER));
        as(dealerSystem).document("mutation { updateMyPreferences(input: {locale: \"it\"}) { viewer { kind } userErrors { field code } } }")
                .execute().path("updateMyPreferences.userErrors[0].code").entity(String.class).isEqualTo("NOT_ALLOWED");
        verify(users, never()).preferLocale(anyString(), any());
    }

    private GraphQlTester as(Caller caller) {
        return tester.mutate().configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(CallerArguments.CONTEXT_KEY, caller)).build()).build();
    }
}

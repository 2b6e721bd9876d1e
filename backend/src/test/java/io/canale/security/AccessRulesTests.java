package io.canale.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix: audience × operation × expected result, each attacked with real tokens from the
 * authorization server. "Foreign" always means another partner's record: it must look absent.
 */
class AccessRulesTests extends IntegrationTestBase {

    enum Audience {
        STAFF("staff@canale.demo"), DEALER("dealer@canale.demo"), OTHER_DEALER("dealer2@canale.demo"),
        SUPPLIER("supplier@canale.demo"), OTHER_SUPPLIER("supplier2@canale.demo"), CARRIER("carrier@canale.demo"),
        DEALER_SYSTEM("dealer-system"),
        SUPPLIER_SYSTEM("supplier-system"), CARRIER_SYSTEM("carrier-system");

        final String login;

        Audience(String login) {
            this.login = login;
        }
    }

    static final String ROSSI = "ptn_rossi_auto";
    static final String BIANCHI = "ptn_bianchi_moto";
    static final String MANUFACTURER = "ptn_canale";

    static Stream<Arguments> matrix() {
        return Stream.of(
                // partners: staff see the whole directory, others only themselves and the manufacturer
                row(Audience.STAFF, "partners lists everybody", "{ partners(first: 100) { edges { node { id } } } }",
                        json -> assertThat(json.at("/data/partners/edges").size()).isGreaterThanOrEqualTo(46)),
                row(Audience.DEALER, "partners lists own + manufacturer", "{ partners(first: 100) { edges { node { id } } } }",
                        json -> assertThat(ids(json.at("/data/partners/edges"))).containsExactlyInAnyOrder(MANUFACTURER, ROSSI)),
                row(Audience.CARRIER_SYSTEM, "partners lists own + manufacturer", "{ partners(first: 100) { edges { node { id } } } }",
                        json -> assertThat(ids(json.at("/data/partners/edges"))).containsExactlyInAnyOrder(MANUFACTURER, "ptn_veloce_logistica")),
                row(Audience.DEALER, "another dealer is not found", "{ partner(id: \"" + BIANCHI + "\") { id name } }",
                        json -> assertThat(json.at("/data/partner").isNull()).isTrue()),
                row(Audience.SUPPLIER_SYSTEM, "a dealer is not found", "{ partner(id: \"" + ROSSI + "\") { id } }",
                        json -> assertThat(json.at("/data/partner").isNull()).isTrue()),
                row(Audience.DEALER, "manufacturer only as public profile",
                        "{ partner(id: \"" + MANUFACTURER + "\") { name tier contacts { email } audit { createdBy } } }",
                        json -> {
                            assertThat(json.at("/data/partner/name").asString()).isNotBlank();
                            assertThat(json.at("/data/partner/tier").isNull()).isTrue();
                            assertThat(json.at("/data/partner/contacts").isNull()).isTrue();
                            assertThat(json.at("/data/partner/audit").isNull()).isTrue();
                        }),
                row(Audience.DEALER, "own partner in full", "{ partner(id: \"" + ROSSI + "\") { tier contacts { email } } }",
                        json -> assertThat(json.at("/data/partner/contacts/0/email").asString()).contains("@")),
                row(Audience.STAFF, "staff see a dealer in full", "{ partner(id: \"" + BIANCHI + "\") { contacts { email } } }",
                        json -> assertThat(json.at("/data/partner/contacts/0/email").asString()).contains("@")),
                // directory administration: staff only
                row(Audience.DEALER, "createPartner forbidden", CREATE_PARTNER, FORBIDDEN),
                row(Audience.DEALER_SYSTEM, "createPartner forbidden", CREATE_PARTNER, FORBIDDEN),
                row(Audience.SUPPLIER, "updatePartner forbidden on own partner",
                        "mutation { updatePartner(input: {id: \"ptn_ferri_componenti\", expectedVersion: 0, name: \"X\", tier: PLATINUM}) { partner { id } } }",
                        FORBIDDEN),
                row(Audience.DEALER, "deactivatePartner forbidden on another dealer",
                        "mutation { deactivatePartner(input: {id: \"" + BIANCHI + "\", expectedVersion: 0}) { partner { id } } }",
                        FORBIDDEN),
                // organisation self-service: own partner's admins and staff
                row(Audience.DEALER, "own users listed", "{ partnerUsers(partnerId: \"" + ROSSI + "\") { edges { node { email } } } }",
                        json -> assertThat(json.at("/data/partnerUsers/edges/0/node/email").asString()).isEqualTo("dealer@canale.demo")),
                row(Audience.DEALER, "another dealer's users not found", "{ partnerUsers(partnerId: \"" + BIANCHI + "\") { edges { node { email } } } }",
                        NOT_FOUND),
                row(Audience.STAFF, "staff list a dealer's users", "{ partnerUsers(partnerId: \"" + BIANCHI + "\") { edges { node { email } } } }",
                        json -> assertThat(json.at("/data/partnerUsers/edges/0/node/email").asString()).isEqualTo("dealer2@canale.demo")),
                row(Audience.DEALER_SYSTEM, "partner systems cannot administer", "{ partnerUsers(partnerId: \"" + ROSSI + "\") { edges { node { email } } } }",
                        FORBIDDEN),
                row(Audience.OTHER_DEALER, "another dealer's clients not found", "{ partnerClients(partnerId: \"" + ROSSI + "\") { edges { node { clientId } } } }",
                        NOT_FOUND),
                row(Audience.OTHER_DEALER, "inviting into another dealer is not found",
                        "mutation { inviteUser(input: {partnerId: \"" + ROSSI + "\", email: \"intruder@evil.demo\", displayName: \"I\", role: ADMIN}) { user { id } invitationUrl userErrors { code } } }",
                        json -> {
                            assertThat(json.at("/data/inviteUser/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
                            assertThat(json.at("/data/inviteUser/invitationUrl").isNull()).isTrue();
                        }),
                row(Audience.OTHER_DEALER, "creating a client for another dealer is not found",
                        "mutation { createApiClient(input: {partnerId: \"" + ROSSI + "\", name: \"x\", scopes: [\"leads:read\"]}) { clientSecret userErrors { code } } }",
                        json -> {
                            assertThat(json.at("/data/createApiClient/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
                            assertThat(json.at("/data/createApiClient/clientSecret").isNull()).isTrue();
                        }),
                row(Audience.CARRIER, "a carrier system may not hold leads scopes",
                        "mutation { createApiClient(input: {partnerId: \"ptn_veloce_logistica\", name: \"x\", scopes: [\"orders:read\", \"leads:write\"]}) { clientSecret userErrors { field code } } }",
                        json -> {
                            assertThat(json.at("/data/createApiClient/userErrors/0/code").asString()).isEqualTo("NOT_ALLOWED");
                            assertThat(json.at("/data/createApiClient/userErrors/0/field/2").asString()).isEqualTo("1");
                            assertThat(json.at("/data/createApiClient/clientSecret").isNull()).isTrue();
                        }),
                // webhook endpoints: own partner's admins and staff directory admins
                row(Audience.DEALER_SYSTEM, "partner systems cannot manage webhooks", "{ webhookEndpoints { id } }", FORBIDDEN),
                row(Audience.OTHER_DEALER, "another dealer's webhook endpoints not found",
                        "{ webhookEndpoints(partnerId: \"" + ROSSI + "\") { id } }", NOT_FOUND),
                row(Audience.STAFF, "staff list a dealer's webhook endpoints", "{ webhookEndpoints(partnerId: \"" + ROSSI + "\") { id } }",
                        json -> assertThat(json.at("/data/webhookEndpoints").isArray()).isTrue()),
                row(Audience.CARRIER_SYSTEM, "partner systems cannot register webhooks",
                        "mutation { registerWebhookEndpoint(input: {url: \"https://hooks.example.com\", recordTypes: [ORDER]}) { secret } }",
                        FORBIDDEN),
                row(Audience.OTHER_DEALER, "replaying another partner's endpoint is not found",
                        "mutation { replayWebhookDeliveries(input: {id: \"whk_000000000000000000000000\", fromSequence: \"1\"}) { webhookEndpoint { id } userErrors { code } } }",
                        json -> assertThat(json.at("/data/replayWebhookDeliveries/userErrors/0/code").asString()).isEqualTo("NOT_FOUND")),
                // leads: a dealer sees only what is routed to or owned by it; routing is for staff
                row(Audience.DEALER, "leads only its own", "{ leads(first: 100) { edges { node { dealer { id } } } } }",
                        onlyDealers("leads", ROSSI)),
                row(Audience.OTHER_DEALER, "never another dealer's leads", "{ leads(first: 100) { edges { node { dealer { id } } } } }",
                        onlyDealers("leads", BIANCHI)),
                row(Audience.STAFF, "staff see another dealer's leads", "{ leads(filter: {dealerId: \"" + BIANCHI + "\"}) { edges { node { dealer { id } } } } }",
                        onlyDealers("leads", BIANCHI)),
                row(Audience.DEALER, "filtering by another dealer finds nothing", "{ leads(filter: {dealerId: \"" + BIANCHI + "\"}) { edges { node { id } } } }",
                        json -> assertThat(json.at("/data/leads/edges").size()).isZero()),
                row(Audience.CARRIER_SYSTEM, "carriers have no leads scope", "{ leads { edges { node { id } } } }",
                        FORBIDDEN),
                row(Audience.SUPPLIER, "suppliers have no leads scope", "{ lead(id: \"anything\") { id } }",
                        FORBIDDEN),
                row(Audience.DEALER_SYSTEM, "routing is for staff", "mutation { routeLead(input: {id: \"x\", expectedVersion: 0}) { lead { id } } }",
                        FORBIDDEN),
                row(Audience.DEALER, "routing rules are for staff", "{ routingRules { version } }", FORBIDDEN),
                row(Audience.STAFF, "staff see routing decisions and duplicates of a dealer's leads",
                        "{ leads(first: 100, filter: {dealerId: \"" + ROSSI + "\"}) { edges { node { routingDecisions { explanation } possibleDuplicates { leadId } } } } }",
                        json -> assertThat(json.at("/data/leads").toString()).contains("explanation", "leadId")),
                row(Audience.DEALER, "a dealer sees no routing decisions",
                        "{ leads(first: 100) { edges { node { routingDecisions { explanation } possibleDuplicates { leadId } } } } }",
                        json -> {
                            assertThat(json.at("/data/leads/edges").size()).isPositive();
                            json.at("/data/leads/edges").forEach(edge -> {
                                assertThat(edge.at("/node/routingDecisions").isArray()).isTrue();
                                assertThat(edge.at("/node/routingDecisions").isEmpty()).isTrue();
                                assertThat(edge.at("/node/possibleDuplicates").isArray()).isTrue();
                                assertThat(edge.at("/node/possibleDuplicates").isEmpty()).isTrue();
                            });
                        }),
                // the rest of the lead feature: lists only show one's own records; staff-only changes are refused
                row(Audience.DEALER, "opportunities only its own", "{ opportunities(first: 100) { edges { node { dealer { id } } } } }",
                        onlyDealers("opportunities", ROSSI)),
                row(Audience.OTHER_DEALER, "never another dealer's opportunities", "{ opportunities(first: 100) { edges { node { dealer { id } } } } }",
                        json -> assertThat(json.at("/data/opportunities").toString()).doesNotContain(ROSSI)),
                // orders, drafts, shipments, demand (the demo data has orders of both dealers in every state)
                row(Audience.OTHER_DEALER, "never another dealer's orders", "{ orders(first: 100) { edges { node { dealer { id } } } } }",
                        json -> assertThat(json.at("/data/orders/edges").toString()).contains(BIANCHI).doesNotContain(ROSSI)),
                row(Audience.SUPPLIER, "a supplier's orders: its own, without end customers",
                        "{ orders(first: 100) { edges { node { supplier { id } endCustomer { name } } } } }",
                        json -> {
                            assertThat(json.at("/data/orders/edges").size()).isPositive();
                            assertThat(json.at("/data/orders/edges").toString()).doesNotContain("ptn_gallo_ricambi").doesNotContain("Laura Neri");
                        }),
                row(Audience.STAFF, "staff see end customers", "{ orders(first: 100, status: REJECTED) { edges { node { endCustomer { name } } } } }",
                        json -> assertThat(json.at("/data/orders/edges").toString()).contains("Laura Neri")),
                row(Audience.CARRIER, "carriers have no orders", "{ orders(first: 5) { edges { node { id } } } }", FORBIDDEN),
                row(Audience.CARRIER_SYSTEM, "carriers have no catalog", "{ products(first: 5) { edges { node { sku } } } }", FORBIDDEN),
                row(Audience.DEALER, "order drafts only its own", "{ orderDrafts(first: 100) { edges { node { dealer { id } } } } }",
                        onlyDealers("orderDrafts", ROSSI)),
                row(Audience.SUPPLIER_SYSTEM, "suppliers see no order drafts", "{ orderDrafts(first: 100) { edges { node { id } } } }",
                        json -> assertThat(json.at("/data/orderDrafts/edges").size()).isZero()),
                row(Audience.SUPPLIER, "saveOrderDraft is for dealers", "mutation { saveOrderDraft(input: {lines: []}) { draft { id } } }",
                        FORBIDDEN),
                row(Audience.SUPPLIER, "suppliers list carriers to hand orders to", "{ carriers { id name } }",
                        json -> assertThat(json.at("/data/carriers").toString()).contains("ptn_veloce_logistica").doesNotContain(ROSSI)),
                row(Audience.DEALER, "dealers list carriers to send returns back with", "{ carriers { id name } }",
                        json -> assertThat(json.at("/data/carriers").toString()).contains("ptn_veloce_logistica").doesNotContain(ROSSI)),
                row(Audience.CARRIER_SYSTEM, "carriers do not list carriers", "{ carriers { id } }", FORBIDDEN),
                row(Audience.DEALER, "demand is for suppliers and staff", "{ demand { sku } }", FORBIDDEN),
                row(Audience.SUPPLIER, "demand without dealer identities", "{ demand(weeks: 8) { sku ordered forecast dealers { dealer { id } } } }",
                        json -> {
                            assertThat(json.at("/data/demand").size()).isPositive();
                            assertThat(json.at("/data/demand").toString()).doesNotContain("ptn_");
                        }),
                row(Audience.STAFF, "staff see who wants what", "{ demand(weeks: 8) { dealers { dealer { id } } } }",
                        json -> assertThat(json.at("/data/demand").toString()).contains(ROSSI)),
                row(Audience.DEALER_SYSTEM, "publishStock is for suppliers",
                        "mutation { publishStock(input: {items: [{sku: \"FRN-PAD-001\", available: 1}]}) { applied } }", FORBIDDEN),
                row(Audience.STAFF, "staff filter opportunities by dealer", "{ opportunities(first: 100, dealerId: \"" + ROSSI + "\") { edges { node { dealer { id } } } } }",
                        onlyDealers("opportunities", ROSSI)),
                row(Audience.OTHER_DEALER, "another dealer's opportunities by filter: none", "{ opportunities(dealerId: \"" + ROSSI + "\") { edges { node { id } } } }",
                        json -> assertThat(json.at("/data/opportunities/edges").size()).isZero()),
                row(Audience.STAFF, "staff see a dealer's pipeline", "{ pipeline(dealerId: \"" + ROSSI + "\") { count } }",
                        json -> assertThat(json.at("/data/pipeline").findValues("count")).anySatisfy(count -> assertThat(count.asInt()).isPositive())),
                row(Audience.OTHER_DEALER, "pipeline of another dealer: empty", "{ pipeline(dealerId: \"" + ROSSI + "\") { count } }",
                        json -> {
                            assertThat(json.at("/data/pipeline").size()).isPositive();
                            json.at("/data/pipeline").forEach(stage -> assertThat(stage.path("count").asInt()).isZero());
                        }),
                row(Audience.DEALER, "deal registrations only its own", "{ dealRegistrations(first: 100) { edges { node { dealer { id } } } } }",
                        onlyDealers("dealRegistrations", ROSSI)),
                row(Audience.OTHER_DEALER, "never another dealer's registrations", "{ dealRegistrations(first: 100) { edges { node { dealer { id } } } } }",
                        json -> assertThat(json.at("/data/dealRegistrations").toString()).doesNotContain(ROSSI)),
                row(Audience.DEALER, "lead imports only its own", "{ leadImports(first: 100) { edges { node { id audit { createdBy } } } } }",
                        json -> {
                            assertThat(json.at("/data/leadImports/edges").size()).isPositive();
                            json.at("/data/leadImports/edges").forEach(edge ->
                                    assertThat(edge.at("/node/audit/createdBy").asString()).isEqualTo("dealer@canale.demo"));
                        }),
                row(Audience.OTHER_DEALER, "never another partner's imports", "{ leadImports(first: 100) { edges { node { id audit { createdBy } } } } }",
                        json -> assertThat(json.at("/data/leadImports").toString()).doesNotContain("staff@", "dealer@")),
                row(Audience.DEALER, "routing rules are changed by staff only",
                        "mutation { createRoutingRule(input: {expectedVersion: 0, rule: {name: \"Mine\"}}) { userErrors { code } } }",
                        FORBIDDEN),
                row(Audience.DEALER, "deal decisions are for staff", "mutation { approveDealRegistration(input: {id: \"x\", expectedVersion: 0}) { userErrors { code } } }",
                        FORBIDDEN),
                row(Audience.DEALER, "merging leads is for staff", "mutation { mergeLeads(input: {survivorId: \"a\", survivorVersion: 0, duplicateId: \"b\", duplicateVersion: 0}) { userErrors { code } } }",
                        FORBIDDEN),
                row(Audience.CARRIER, "carriers see no company timeline", "{ companyTimeline(company: \"Rossi\") { event } }",
                        FORBIDDEN),
                row(Audience.SUPPLIER_SYSTEM, "suppliers see no pipeline", "{ pipeline { count } }", FORBIDDEN),
                // who did it, on shared history: a person only to its own partner and to staff, another partner only as
                // that partner (the manufacturer by name, others by type); see actorsShownTo and sharedHistory()
                row(Audience.OTHER_DEALER, "lead timelines and audit: staff as the manufacturer, the previous dealer never",
                        "{ leads(first: 100) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.OTHER_DEALER, Set.of("dealer2@canale.demo"),
                                Set.of(MANUFACTURER_SHOWN, UNKNOWN_PARTNER))),
                row(Audience.STAFF, "staff see every person on a dealer's lead timelines",
                        "{ leads(first: 100, filter: {dealerId: \"" + BIANCHI + "\"}) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.STAFF, Set.of("staff@canale.demo", "dealer@canale.demo", "dealer2@canale.demo"), Set.of())),
                row(Audience.OTHER_DEALER, "company timeline: no person of another partner",
                        "{ companyTimeline(company: \"" + SHARED_COMPANY + "\") { by actor { kind name partnerType } event } }",
                        actorsShownTo(Audience.OTHER_DEALER, Set.of("dealer2@canale.demo"), Set.of(MANUFACTURER_SHOWN, UNKNOWN_PARTNER))),
                row(Audience.STAFF, "company timeline: staff see every person",
                        "{ companyTimeline(company: \"" + SHARED_COMPANY + "\") { by actor { kind name partnerType } event } }",
                        actorsShownTo(Audience.STAFF, Set.of("staff@canale.demo", "dealer@canale.demo", "dealer2@canale.demo"), Set.of())),
                row(Audience.DEALER_SYSTEM, "a dealer's system sees its colleagues on registrations",
                        "{ dealRegistrations(first: 100) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.DEALER_SYSTEM, Set.of("dealer@canale.demo"), Set.of())),
                row(Audience.DEALER, "product audit: the supplier's people never, only the supplier",
                        "{ products(first: 100) { edges { node { sku audit { " + AUDIT + " } } } } }",
                        actorsShownTo(Audience.DEALER, Set.of(), Set.of("SUPPLIER?"))),
                row(Audience.OTHER_SUPPLIER, "product audit of another supplier's product: only the supplier",
                        "{ product(sku: \"" + DESCRIBED_SKU + "\") { audit { " + AUDIT + " } } }",
                        actorsShownTo(Audience.OTHER_SUPPLIER, Set.of(), Set.of("SUPPLIER?"))),
                row(Audience.SUPPLIER_SYSTEM, "product audit: the supplier's own people",
                        "{ product(sku: \"" + DESCRIBED_SKU + "\") { audit { " + AUDIT + " } } }",
                        actorsShownTo(Audience.SUPPLIER_SYSTEM, Set.of("supplier@canale.demo"), Set.of())),
                row(Audience.STAFF, "product audit: staff see the supplier's person",
                        "{ product(sku: \"" + DESCRIBED_SKU + "\") { audit { " + AUDIT + " } } }",
                        actorsShownTo(Audience.STAFF, Set.of("supplier@canale.demo"), Set.of())),
                row(Audience.DEALER, "price list audit: staff as the manufacturer",
                        "{ priceLists(first: 100) { edges { node { audit { " + AUDIT + " } } } } }",
                        actorsShownTo(Audience.DEALER, Set.of(), Set.of(MANUFACTURER_SHOWN))),
                row(Audience.SUPPLIER, "order timelines: the dealer's and carrier's people never, its own people yes",
                        "{ orders(first: 100) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.SUPPLIER, Set.of("supplier@canale.demo"), Set.of("DEALER?", "CARRIER?"))),
                row(Audience.SUPPLIER_SYSTEM, "order timelines: a supplier's system sees its colleagues",
                        "{ orders(first: 100) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.SUPPLIER_SYSTEM, Set.of("supplier@canale.demo"), Set.of("DEALER?"))),
                row(Audience.OTHER_DEALER, "order timelines: carrier events as the carrier, the supplier as the supplier",
                        "{ orders(first: 100) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.OTHER_DEALER, Set.of("dealer2@canale.demo"), Set.of("SUPPLIER?", "CARRIER?"))),
                row(Audience.STAFF, "order timelines: staff see the dealer's, supplier's and carrier's people",
                        "{ orders(first: 100, status: SHIPPED) { edges { node { " + HISTORY + " } } } }",
                        actorsShownTo(Audience.STAFF, Set.of("dealer2@canale.demo", "supplier@canale.demo", "carrier@canale.demo"), Set.of())),
                row(Audience.CARRIER, "shipments: no person of another partner",
                        "{ shipments(first: 100) { edges { node { id orderId status carrier { id name } packages events { type occurredAt location recipientName reason } } } } }",
                        actorsShownTo(Audience.CARRIER, Set.of(), Set.of())),
                // the token's scopes are cut to the audience's ceiling
                row(Audience.DEALER, "a dealer never holds partners:admin", "{ viewer { scopes roles } }",
                        json -> assertThat(json.at("/data/viewer/scopes").toString()).doesNotContain("partners:admin").contains("org:admin")),
                row(Audience.CARRIER, "a carrier never holds leads scopes", "{ viewer { scopes } }",
                        json -> assertThat(json.at("/data/viewer/scopes").toString()).doesNotContain("leads:").contains("orders:write")),
                row(Audience.DEALER_SYSTEM, "a partner system never holds org:admin", "{ viewer { kind scopes } }",
                        json -> {
                            assertThat(json.at("/data/viewer/kind").asString()).isEqualTo("PARTNER_SYSTEM");
                            assertThat(json.at("/data/viewer/scopes").toString()).doesNotContain("org:admin").contains("leads:write");
                        }));
    }

    // ---- shared history ----------------------------------------------------------------------------------

    /** Every field that shows who did something on a record with a timeline. */
    static final String AUDIT = "createdBy updatedBy creator { kind name partnerType } updater { kind name partnerType }";
    static final String HISTORY = "timeline { by actor { kind name partnerType } event } audit { " + AUDIT + " }";
    static final String SHARED_COMPANY = "Storia Condivisa";
    static final String DESCRIBED_SKU = "FRN-PAD-001";
    static final String MANUFACTURER_SHOWN = "Canale Manifattura S.p.A.";
    /** A partner shown without name or type: an actor whose partner was not stored ("another partner"). */
    static final String UNKNOWN_PARTNER = "?";

    /** The people and partner systems of the demo data, by partner. */
    static final Map<String, String> ACTORS = Map.of("staff@canale.demo", MANUFACTURER, "dealer@canale.demo", ROSSI,
            "dealer-system", ROSSI, "dealer2@canale.demo", BIANCHI, "dealer2-system", BIANCHI,
            "supplier@canale.demo", "ptn_ferri_componenti", "supplier-system", "ptn_ferri_componenti",
            "supplier2@canale.demo", "ptn_gallo_ricambi", "carrier@canale.demo", "ptn_veloce_logistica",
            "carrier-system", "ptn_veloce_logistica");
    /** The demo's partner systems as readers see them named (ActorController): the name staff gave each, in words. */
    static final Map<String, String> SYSTEMS_SHOWN = Map.of("dealer-system", "Rossi Auto DMS (partner system)",
            "dealer2-system", "Bianchi Moto DMS (partner system)", "supplier-system", "Ferri ERP (partner system)",
            "carrier-system", "Veloce TMS (partner system)");

    /**
     * Who the answer shows: no person or partner system of another partner anywhere in it (staff excepted), each of
     * {@code people} as a PERSON, and each of {@code partners} as a PARTNER (a name, {@code TYPE?} for "shown by that
     * type", {@value #UNKNOWN_PARTNER} for "another partner"); every actor shown as a person is of the reader's own
     * partner (for staff: anybody).
     */
    static Consumer<JsonNode> actorsShownTo(Audience reader, Set<String> people, Set<String> partners) {
        String own = ACTORS.get(reader.login);
        boolean staff = MANUFACTURER.equals(own);
        return json -> {
            String text = json.path("data").toString();
            if (!staff) {
                ACTORS.forEach((subject, partner) -> {
                    if (!partner.equals(own)) {
                        assertThat(text).as("%s must not see %s", reader, subject).doesNotContain(subject)
                                .doesNotContain(SYSTEMS_SHOWN.getOrDefault(subject, subject));
                    }
                });
            }
            List<JsonNode> actors = json.path("data").findParents("kind");
            actors.forEach(actor -> {
                if (actor.path("kind").asString().equals("PERSON")) {
                    String shown = actor.path("name").asString();
                    String subject = SYSTEMS_SHOWN.entrySet().stream().filter(system -> system.getValue().equals(shown))
                            .map(Map.Entry::getKey).findFirst().orElse(shown);
                    assertThat(staff || own.equals(ACTORS.get(subject)))
                            .as("%s sees %s as a person", reader, actor).isTrue();
                }
            });
            people.forEach(person -> assertThat(actors).as("%s shown as a person", person)
                    .anySatisfy(actor -> {
                        assertThat(actor.path("kind").asString()).isEqualTo("PERSON");
                        assertThat(actor.path("name").asString()).isEqualTo(person);
                    }));
            partners.forEach(partner -> assertThat(actors).as("%s shown as a partner", partner)
                    .anySatisfy(actor -> {
                        assertThat(actor.path("kind").asString()).isEqualTo("PARTNER");
                        if (partner.equals(UNKNOWN_PARTNER)) {
                            assertThat(actor.path("partnerType").isNull()).isTrue();
                        } else if (partner.endsWith("?")) {
                            assertThat(actor.path("partnerType").asString()).isEqualTo(partner.substring(0, partner.length() - 1));
                        } else {
                            assertThat(actor.path("name").asString()).isEqualTo(partner);
                        }
                    }));
        };
    }

    @Autowired
    MongoOperations mongo;

    /**
     * Shared history to read across partners: a lead of {@value #SHARED_COMPANY} that staff routed to Rossi, Rossi's
     * person declined, staff routed to Bianchi and Bianchi's person accepted, with an entry and a stamp written before
     * actors' partners were stored (a Rossi person's shared decline, staff's creation); and a product description
     * written by the supplier's person.
     */
    @BeforeEach
    void sharedHistory() {
        if (!HISTORY_WRITTEN.add(http.base())) {
            return;
        }
        String staff = tokenFor(Audience.STAFF.login);
        String lead = http.payload(staff, "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }",
                Map.of("input", Map.of("contact", Map.of("name", "Ada Storia", "email", "ada@storia.example"),
                        "company", Map.of("name", SHARED_COMPANY + " S.r.l."), "address", Map.of("country", "IT"))))
                .at("/lead/id").asString();
        routeLead(staff, lead, ROSSI);
        http.payload(tokenFor(Audience.DEALER.login), "mutation($input: DeclineLeadInput!) { declineLead(input: $input) { lead { id } userErrors { code } } }",
                Map.of("input", Map.of("id", lead, "expectedVersion", versionOf(staff, lead), "reason", "Troppo lontano")));
        routeLead(staff, lead, BIANCHI);
        http.payload(tokenFor(Audience.OTHER_DEALER.login), "mutation($input: LeadVersionInput!) { acceptLead(input: $input) { lead { id } userErrors { code } } }",
                Map.of("input", Map.of("id", lead, "expectedVersion", versionOf(staff, lead))));
        Document unrecorded = new Document("at", new java.util.Date()).append("by", "dealer@canale.demo")
                .append("event", "LEAD_DECLINED").append("summary", "Declined by the dealer: -").append("staffOnly", false)
                .append("args", List.of("-"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(lead)),
                new Update().push("timeline", unrecorded).unset("audit.createdByPartner"), "leads");

        JsonNode product = http.graphql(staff, "{ product(sku: \"" + DESCRIBED_SKU + "\") { version } }").at("/data/product");
        http.payload(tokenFor(Audience.SUPPLIER.login),
                "mutation($input: UpdateProductDescriptionInput!) { updateProductDescription(input: $input) { product { sku } userErrors { code } } }",
                Map.of("input", Map.of("sku", DESCRIBED_SKU, "expectedVersion", product.path("version").asInt(),
                        "descriptions", Map.of("it", "Pastiglie per freni anteriori", "en", "Front brake pads"))));
    }

    private static final Set<String> HISTORY_WRITTEN = ConcurrentHashMap.newKeySet();

    private void routeLead(String staff, String lead, String dealer) {
        http.payload(staff, "mutation($input: RouteLeadInput!) { routeLead(input: $input) { lead { id } userErrors { code } } }",
                Map.of("input", Map.of("id", lead, "expectedVersion", versionOf(staff, lead), "dealerId", dealer)));
    }

    private int versionOf(String staff, String lead) {
        return http.graphql(staff, "query($id: ID!) { lead(id: $id) { version } }", Map.of("id", lead)).at("/data/lead/version").asInt();
    }

    static final String CREATE_PARTNER = "mutation { createPartner(input: {type: DEALER, name: \"Intruso\"}) { partner { id } userErrors { code } } }";

    private static final Set<String> SEEDED = ConcurrentHashMap.newKeySet();

    /**
     * The demo data has no deal registration, order draft or lead import; Rossi Auto gets one of each, so that
     * the rows saying another partner never sees them have something to hide.
     */
    @BeforeEach
    void rossiHasARecordOfEachKind() {
        if (!SEEDED.add(http.base())) {
            return;
        }
        String rossi = tokenFor(Audience.DEALER.login);
        http.payload(rossi, "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { dealRegistration { id } userErrors { code } } }",
                Map.of("input", Map.of("customerName", "Matrice S.r.l.", "productLine", "Furgoni",
                        "expectedValue", Map.of("amount", "1000", "currency", "EUR"), "expectedCloseDate", "2099-01-01")));
        http.payload(rossi, "mutation($input: SaveOrderDraftInput!) { saveOrderDraft(input: $input) { draft { id } userErrors { code } } }",
                Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)))));
        HttpResponse<String> upload = http.upload("/imports/leads?dryRun=true", rossi, "matrix.csv",
                "name,email,country\nMatrice,matrice@example.com,IT\n".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matrix")
    void the_audience_gets_what_the_rule_says(Audience audience, String rule, String query, Outcome expected) {
        expected.check(http, tokenFor(audience.login), query);
    }

    /** What a row expects: an answer whose data passes a check, or a refusal with one error code and no data. */
    @FunctionalInterface
    interface Outcome {
        void check(Http http, String token, String query);
    }

    static final Outcome FORBIDDEN = refused("FORBIDDEN");
    static final Outcome NOT_FOUND = refused("NOT_FOUND");

    static Outcome refused(String code) {
        return (http, token, query) -> http.expectError(code, token, query);
    }

    static Outcome answers(Consumer<JsonNode> data) {
        return (http, token, query) -> data.accept(http.graphql(token, query));
    }

    /** A connection with at least one record, every one of them the given dealer's. */
    static Consumer<JsonNode> onlyDealers(String connection, String dealer) {
        return json -> {
            JsonNode edges = json.at("/data/" + connection + "/edges");
            assertThat(edges.size()).as(connection + " of " + dealer).isPositive();
            edges.forEach(edge -> assertThat(edge.at("/node/dealer/id").asString()).isEqualTo(dealer));
        };
    }

    private static Arguments row(Audience audience, String rule, String query, Consumer<JsonNode> expected) {
        return row(audience, rule, query, answers(expected));
    }

    private static Arguments row(Audience audience, String rule, String query, Outcome expected) {
        return Arguments.of(audience, rule, query, expected);
    }

    private static java.util.List<String> ids(JsonNode edges) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        edges.forEach(edge -> ids.add(edge.at("/node/id").asString()));
        return ids;
    }
}

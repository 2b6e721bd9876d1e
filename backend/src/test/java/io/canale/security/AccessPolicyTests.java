package io.canale.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.security.Decision.Verdict;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access policy as a table, without Spring: audience × decision × expected. Each line below is one
 * decision; its columns are the audiences in the order of {@link Audience}. Callers hold the scopes their
 * token can hold at most (a portal sign-in asks for all), records are built from facts as the records
 * themselves build them. Verdicts: A allowed, F forbidden, N not found, R refused (another party's move),
 * S not in the record's present state.
 */
class AccessPolicyTests {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final AccessPolicy POLICY = new AccessPolicy(Clock.fixed(NOW, ZoneOffset.UTC));

    static final String CANALE = "ptn_canale";
    static final String ROSSI = "ptn_rossi_auto";
    static final String BIANCHI = "ptn_bianchi_moto";
    static final String FERRI = "ptn_ferri_componenti";
    static final String GALLO = "ptn_gallo_ricambi";
    static final String VELOCE = "ptn_veloce_logistica";
    static final String RAPIDO = "ptn_rapido_trasporti";

    enum Audience {
        STAFF(user(CANALE, PartnerType.MANUFACTURER, PartnerRole.ADMIN)),
        STAFF_SYSTEM(system(CANALE, PartnerType.MANUFACTURER)),
        DEALER_ADMIN(user(ROSSI, PartnerType.DEALER, PartnerRole.ADMIN)),
        DEALER_USER(user(ROSSI, PartnerType.DEALER, PartnerRole.MEMBER)),
        DEALER_SYSTEM(system(ROSSI, PartnerType.DEALER)),
        OTHER_DEALER(user(BIANCHI, PartnerType.DEALER, PartnerRole.ADMIN)),
        SUPPLIER(user(FERRI, PartnerType.SUPPLIER, PartnerRole.ADMIN)),
        OTHER_SUPPLIER(user(GALLO, PartnerType.SUPPLIER, PartnerRole.ADMIN)),
        CARRIER(user(VELOCE, PartnerType.CARRIER, PartnerRole.ADMIN)),
        OTHER_CARRIER(user(RAPIDO, PartnerType.CARRIER, PartnerRole.ADMIN));

        final Caller caller;

        Audience(Caller caller) {
            this.caller = caller;
        }
    }

    static Caller user(String partnerId, PartnerType type, PartnerRole role) {
        return new Caller(role.name().toLowerCase() + "@" + partnerId, Caller.Kind.USER, partnerId, type, Set.of(role),
                Scopes.forUser(type, role));
    }

    static Caller system(String partnerId, PartnerType type) {
        return new Caller("system-" + partnerId, Caller.Kind.PARTNER_SYSTEM, partnerId, type, Set.of(),
                Scopes.forPartnerSystem(type));
    }

    static final Set<String> SUPPLIER_READS = Set.of(Scopes.PARTNERS_READ, Scopes.ORDERS_READ, Scopes.STOCK_READ, Scopes.SERVICE_READ);
    static final Set<String> CARRIER_READS = Set.of(Scopes.PARTNERS_READ, Scopes.ORDERS_READ, Scopes.SERVICE_READ);

    static final Verdict A = Verdict.ALLOWED;
    static final Verdict F = Verdict.FORBIDDEN;
    static final Verdict N = Verdict.NOT_FOUND;
    static final Verdict R = Verdict.NOT_ALLOWED;
    static final Verdict S = Verdict.ILLEGAL_STATE;

    // ---- records, as their own facts() build them ------------------------------------------------------

    static final Instant LATER = NOW.plus(Duration.ofHours(1));
    static final Instant EARLIER = NOW.minus(Duration.ofHours(1));

    static Facts.Lead routedToRossi(Instant acceptBy) {
        return new Facts.Lead(ROSSI, List.of(new Party(ROSSI, "ROUTED_DEALER")), true, acceptBy, false, true, true);
    }

    static final Facts.Lead ACCEPTED_BY_ROSSI = new Facts.Lead(ROSSI, List.of(new Party(ROSSI, "OWNER")), false, null,
            true, false, true);
    static final Facts.Lead WITH_STAFF = new Facts.Lead(null, List.of(), false, null, false, true, true);
    static final Facts.Lead MERGED = new Facts.Lead(null, List.of(), false, null, false, false, false);

    static final Facts.Opportunity OPEN_OPPORTUNITY = new Facts.Opportunity(ROSSI, List.of(new Party(ROSSI, "OWNER")), false);
    static final Facts.Opportunity WON_OPPORTUNITY = new Facts.Opportunity(ROSSI, List.of(new Party(ROSSI, "OWNER")), true);

    static final Facts.DealRegistration IN_REVIEW = new Facts.DealRegistration(List.of(new Party(ROSSI, "DEALER")), true);
    static final Facts.DealRegistration APPROVED = new Facts.DealRegistration(List.of(new Party(ROSSI, "DEALER")), false);

    static final List<Party> ORDER_PARTIES = List.of(new Party(ROSSI, "DEALER"), new Party(FERRI, "SUPPLIER"));
    static final Facts.Order SUBMITTED = new Facts.Order(ROSSI, FERRI, ORDER_PARTIES, true, false, false);
    static final Facts.Order CONFIRMED = new Facts.Order(ROSSI, FERRI, ORDER_PARTIES, false, true, true);
    /** Confirmed, and every confirmed unit already handed to a carrier. */
    static final Facts.Order HANDED_OVER = new Facts.Order(ROSSI, FERRI, ORDER_PARTIES, false, true, false);

    /** Who at Veloce reported the last event of its shipments below: the CARRIER audience's person. */
    static final String VELOCE_REPORTER = Audience.CARRIER.caller.subject();

    /** Veloce's shipment of an order that another shipment also hands to Rapido; its last event still correctable. */
    static Facts.Shipment shipmentOfVeloce(boolean delivered) {
        return shipmentOfVeloce(delivered, VELOCE_REPORTER, LATER, false);
    }

    static Facts.Shipment shipmentOfVeloce(boolean delivered, String lastEventBy, Instant correctableUntil, boolean proofAttached) {
        List<Party> parties = new ArrayList<>(ORDER_PARTIES);
        parties.add(new Party(VELOCE, "CARRIER"));
        parties.add(new Party(RAPIDO, "CARRIER"));
        return new Facts.Shipment(VELOCE, parties, delivered, delivered ? List.of() : List.of("IN_TRANSIT", "DELIVERED", "EXCEPTION"),
                lastEventBy, correctableUntil, List.of("IN_TRANSIT", "DELIVERED", "EXCEPTION"), proofAttached);
    }

    static final List<Party> DRAFT_PARTIES = List.of(new Party(ROSSI, "DEALER"));
    static final Facts.OrderDraft OPEN_DRAFT = new Facts.OrderDraft(ROSSI, DRAFT_PARTIES, true, false);
    static final Facts.OrderDraft SUBMITTING_DRAFT = new Facts.OrderDraft(ROSSI, DRAFT_PARTIES, false, false);
    static final Facts.OrderDraft SUBMITTED_DRAFT = new Facts.OrderDraft(ROSSI, DRAFT_PARTIES, false, true);

    static final List<Party> CASE_PARTIES = List.of(new Party(ROSSI, "DEALER"), new Party(FERRI, "SUPPLIER"), new Party(VELOCE, "CARRIER"));
    static final Facts.ServiceCase NEW_CASE = serviceCase(true, false, false, false, false, false, null);
    static final Facts.ServiceCase TRIAGED_CASE = serviceCase(false, true, false, false, false, false, null);
    static final Facts.ServiceCase CASE_IN_PROGRESS = serviceCase(false, false, true, true, false, false, null);
    static final Facts.ServiceCase RESOLVED_CASE = serviceCase(false, false, false, false, true, true, LATER);
    static final Facts.ServiceCase LONG_RESOLVED_CASE = serviceCase(false, false, false, false, true, true, EARLIER);

    static Facts.ServiceCase serviceCase(boolean isNew, boolean workable, boolean inProgress, boolean resolvable, boolean resolved,
            boolean finished, Instant reopenableUntil) {
        return new Facts.ServiceCase(ROSSI, CASE_PARTIES, isNew, workable, inProgress, resolvable, resolved, finished, reopenableUntil);
    }

    static final Facts.WebhookEndpoint ROSSI_ENDPOINT = new Facts.WebhookEndpoint(ROSSI, true, false);
    static final Facts.WebhookEndpoint ROSSI_DISABLED_ENDPOINT = new Facts.WebhookEndpoint(ROSSI, false, true);
    static final Facts.WebhookEndpoint ROSSI_FAILING_ENDPOINT = new Facts.WebhookEndpoint(ROSSI, false, false);

    static final Facts.CaseReturn RETURNABLE = new Facts.CaseReturn(true, false, false, List.of());
    static final Facts.CaseReturn NOT_RETURNABLE = new Facts.CaseReturn(false, false, false, List.of());
    static final Facts.CaseReturn RMA_AUTHORIZED = new Facts.CaseReturn(true, true, true, List.of(VELOCE));
    static final Facts.CaseReturn RMA_INSPECTED = new Facts.CaseReturn(true, true, false, List.of(VELOCE));

    static final Facts.CaseSurvey SURVEY_TO_FORWARD = new Facts.CaseSurvey(false, false, false);
    static final Facts.CaseSurvey MAILED_SURVEY = new Facts.CaseSurvey(true, false, false);
    static final Facts.CaseSurvey ANSWERED_SURVEY = new Facts.CaseSurvey(false, true, false);
    static final Facts.CaseSurvey EXPIRED_SURVEY = new Facts.CaseSurvey(false, false, true);

    static final Facts.CaseComment INTERNAL_NOTE = new Facts.CaseComment(true, false, null, "admin@" + CANALE, CANALE, false);
    static final Facts.CaseComment TO_FERRI = new Facts.CaseComment(false, true, FERRI, "admin@" + CANALE, CANALE, false);
    static final Facts.CaseComment VELOCE_TO_STAFF = new Facts.CaseComment(false, true, null, "admin@" + VELOCE, VELOCE, false);
    static final Facts.CaseComment SHARED_BY_FERRI = new Facts.CaseComment(false, false, null, "admin@" + FERRI, FERRI, false);
    static final Facts.CaseComment DELETED_BY_FERRI = new Facts.CaseComment(false, false, null, "admin@" + FERRI, FERRI, true);

    static final Facts.RecoveryClaim CLAIM_ON_FERRI = new Facts.RecoveryClaim(FERRI, true, true);
    static final Facts.RecoveryClaim DISPUTED_CLAIM = new Facts.RecoveryClaim(FERRI, false, true);
    static final Facts.RecoveryClaim ACCEPTED_CLAIM = new Facts.RecoveryClaim(FERRI, false, false);

    static final Facts.FundAllocation ROSSI_FUNDS = new Facts.FundAllocation(ROSSI, List.of(new Party(ROSSI, "PARTNER")));
    static final Facts.FundRequest FUNDS_IN_REVIEW = new Facts.FundRequest(ROSSI, true, false, false, false, false);
    static final Facts.FundRequest FUNDS_ASKED_ABOUT = new Facts.FundRequest(ROSSI, false, true, false, false, false);
    static final Facts.FundRequest FUNDS_TO_CLAIM = new Facts.FundRequest(ROSSI, false, false, true, false, false);
    static final Facts.FundRequest FUNDS_CLAIMED = new Facts.FundRequest(ROSSI, false, false, false, true, false);
    static final Facts.FundRequest FUNDS_TO_PAY = new Facts.FundRequest(ROSSI, false, false, false, false, true);
    static final Facts.FundRequest FUNDS_EXPIRED = new Facts.FundRequest(ROSSI, false, false, false, false, false);

    static final List<TimelineEntry> TIMELINE = List.of(
            TimelineEntry.shared(NOW, Actor.SYSTEM, "LEAD_ROUTED", "Routed to a dealer"),
            TimelineEntry.staffOnly(NOW, Actor.SYSTEM, "ROUTING_DECIDED", "Rule 'Nord' chose Rossi over Bianchi"));

    static final Optional<String> NONE = Optional.empty();

    // ---- actors of timeline entries and audit stamps, as they are stored ---------------------------------

    static final Actor STAFF_PERSON = Audience.STAFF.caller.actor();
    static final Actor ROSSI_PERSON = Audience.DEALER_USER.caller.actor();
    static final Actor FERRI_PERSON = Audience.SUPPLIER.caller.actor();
    static final Actor VELOCE_SYSTEM = system(VELOCE, PartnerType.CARRIER).actor();
    /** Written before the actor's partner was stored: only the subject is known. */
    static final Actor ROSSI_PERSON_UNRECORDED = new Actor(ROSSI_PERSON.subject(), null);

    // ---- the table --------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Rule {
        Object decide(AccessPolicy policy, Caller caller);
    }

    static Stream<Arguments> table() {
        List<Object[]> lines = List.of(
                //                                                                                     STAFF STAFF_SYS D_ADMIN D_USER D_SYSTEM OTHER_D SUPPLIER OTHER_S CARRIER OTHER_C
                // leads
                line("capture leads", (p, c) -> p.captureLeads(c),                                          A, A, A, A, A, A, F, F, F, F),
                line("where captured leads go", (p, c) -> p.leadIntake(c),
                        LeadIntake.ROUTED_BY_RULES, LeadIntake.ROUTED_BY_RULES, owned(), owned(), owned(), owned(), owned(), owned(), owned(), owned()),
                line("accept a lead routed to Rossi, in time", (p, c) -> p.acceptLead(c, routedToRossi(LATER)), R, R, A, A, A, N, F, F, F, F),
                line("accept a lead routed to Rossi, too late", (p, c) -> p.acceptLead(c, routedToRossi(EARLIER)), R, R, S, S, S, N, F, F, F, F),
                line("decline a lead routed to Rossi, even late", (p, c) -> p.declineLead(c, routedToRossi(EARLIER)), R, R, A, A, A, N, F, F, F, F),
                line("accept a lead Rossi already accepted", (p, c) -> p.acceptLead(c, ACCEPTED_BY_ROSSI),  R, R, S, S, S, N, F, F, F, F),
                line("accept a lead waiting for staff", (p, c) -> p.acceptLead(c, WITH_STAFF),             R, R, N, N, N, N, F, F, F, F),
                line("route a lead waiting for staff", (p, c) -> p.routeLead(c, WITH_STAFF),               A, A, F, F, F, F, F, F, F, F),
                line("route a lead routed to Rossi", (p, c) -> p.routeLead(c, routedToRossi(LATER)),       A, A, F, F, F, F, F, F, F, F),
                line("route a lead Rossi accepted", (p, c) -> p.routeLead(c, ACCEPTED_BY_ROSSI),           S, S, F, F, F, F, F, F, F, F),
                line("merge a duplicate into a lead", (p, c) -> p.mergeInto(c, ACCEPTED_BY_ROSSI),         A, A, F, F, F, F, F, F, F, F),
                line("merge a duplicate into a merged lead", (p, c) -> p.mergeInto(c, MERGED),             S, S, F, F, F, F, F, F, F, F),
                line("convert a lead Rossi accepted", (p, c) -> p.convertLead(c, ACCEPTED_BY_ROSSI),       N, N, A, A, A, N, F, F, F, F),
                line("convert a lead still routed to Rossi", (p, c) -> p.convertLead(c, routedToRossi(LATER)), N, N, S, S, S, N, F, F, F, F),
                line("which leads are listed", (p, c) -> p.recordsVisibleTo(c, Scopes.LEADS_READ),
                        all(), all(), partyOf(ROSSI), partyOf(ROSSI), partyOf(ROSSI), partyOf(BIANCHI), F, F, F, F),
                line("find leads and opportunities at all (search)", (p, c) -> p.listRecords(c, Scopes.LEADS_READ),
                        A, A, A, A, A, A, F, F, F, F),
                line("read the routing rules", (p, c) -> p.readRoutingRules(c),                            A, A, F, F, F, F, F, F, F, F),
                line("change the routing rules", (p, c) -> p.manageRoutingRules(c),                        A, A, F, F, F, F, F, F, F, F),
                line("see routing decisions, duplicates, conflicts", (p, c) -> p.seesCrossPartnerDetails(c),
                        true, true, false, false, false, false, false, false, false, false),
                line("timeline entries shown", (p, c) -> p.timelineFor(c, TIMELINE).size(),             2, 2, 1, 1, 1, 1, 1, 1, 1, 1),
                // who did it, on timelines and audit stamps: a person only to its own partner and to staff
                line("a Rossi person's action is shown as", (p, c) -> p.actorShownTo(c, ROSSI_PERSON),
                        person(ROSSI_PERSON), person(ROSSI_PERSON), person(ROSSI_PERSON), person(ROSSI_PERSON), person(ROSSI_PERSON),
                        ofType(PartnerType.DEALER), ofType(PartnerType.DEALER), ofType(PartnerType.DEALER), ofType(PartnerType.DEALER),
                        ofType(PartnerType.DEALER)),
                line("a staff person's action is shown as", (p, c) -> p.actorShownTo(c, STAFF_PERSON),
                        person(STAFF_PERSON), person(STAFF_PERSON), manufacturer(), manufacturer(), manufacturer(), manufacturer(),
                        manufacturer(), manufacturer(), manufacturer(), manufacturer()),
                line("a Ferri person's action is shown as", (p, c) -> p.actorShownTo(c, FERRI_PERSON),
                        person(FERRI_PERSON), person(FERRI_PERSON), ofType(PartnerType.SUPPLIER), ofType(PartnerType.SUPPLIER),
                        ofType(PartnerType.SUPPLIER), ofType(PartnerType.SUPPLIER), person(FERRI_PERSON), ofType(PartnerType.SUPPLIER),
                        ofType(PartnerType.SUPPLIER), ofType(PartnerType.SUPPLIER)),
                line("Veloce's system's action is shown as", (p, c) -> p.actorShownTo(c, VELOCE_SYSTEM),
                        person(VELOCE_SYSTEM), person(VELOCE_SYSTEM), ofType(PartnerType.CARRIER), ofType(PartnerType.CARRIER),
                        ofType(PartnerType.CARRIER), ofType(PartnerType.CARRIER), ofType(PartnerType.CARRIER), ofType(PartnerType.CARRIER),
                        person(VELOCE_SYSTEM), ofType(PartnerType.CARRIER)),
                line("an action stored without its partner is shown as", (p, c) -> p.actorShownTo(c, ROSSI_PERSON_UNRECORDED),
                        person(ROSSI_PERSON_UNRECORDED), person(ROSSI_PERSON_UNRECORDED), another(), person(ROSSI_PERSON_UNRECORDED),
                        another(), another(), another(), another(), another(), another()),
                line("the routing rules' action is shown as", (p, c) -> p.actorShownTo(c, Actor.platform("rules")),
                        platform("rules"), platform("rules"), platform("rules"), platform("rules"), platform("rules"),
                        platform("rules"), platform("rules"), platform("rules"), platform("rules"), platform("rules")),
                // opportunities and deal registrations
                line("move Rossi's open opportunity", (p, c) -> p.moveOpportunity(c, OPEN_OPPORTUNITY),   N, N, A, A, A, N, F, F, F, F),
                line("move Rossi's won opportunity", (p, c) -> p.moveOpportunity(c, WON_OPPORTUNITY),     N, N, S, S, S, N, F, F, F, F),
                line("update Rossi's won opportunity", (p, c) -> p.updateOpportunity(c, WON_OPPORTUNITY), N, N, A, A, A, N, F, F, F, F),
                line("log an activity on Rossi's opportunity", (p, c) -> p.logActivity(c, WON_OPPORTUNITY), N, N, A, A, A, N, F, F, F, F),
                line("register a deal", (p, c) -> p.registerDeal(c),                                       F, F, A, A, A, A, F, F, F, F),
                line("decide a registration in review", (p, c) -> p.decideDeal(c, IN_REVIEW),             A, A, F, F, F, F, F, F, F, F),
                line("decide an approved registration", (p, c) -> p.decideDeal(c, APPROVED),              S, S, F, F, F, F, F, F, F, F),
                // orders, drafts, shipments
                line("which orders are listed", (p, c) -> p.ordersVisibleTo(c),
                        all(), all(), partyOf(ROSSI), partyOf(ROSSI), partyOf(ROSSI), partyOf(BIANCHI), partyOf(FERRI), partyOf(GALLO), F, F),
                line("find orders at all (search)", (p, c) -> p.listOrders(c),                          A, A, A, A, A, A, A, A, F, F),
                line("find orders by their end customer (search)", (p, c) -> p.endCustomersOnlyOfDealer(c),
                        NONE, NONE, Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(BIANCHI), Optional.of(FERRI),
                        Optional.of(GALLO), Optional.of(VELOCE), Optional.of(RAPIDO)),
                line("submit orders, keep drafts and addresses", (p, c) -> p.submitOrders(c),                         F, F, A, A, A, A, F, F, F, F),
                line("confirm Rossi's order to Ferri", (p, c) -> p.confirmOrder(c, SUBMITTED),             R, R, R, R, R, N, A, N, F, F),
                line("confirm an order already confirmed", (p, c) -> p.confirmOrder(c, CONFIRMED),         R, R, R, R, R, N, S, N, F, F),
                line("cancel Rossi's submitted order", (p, c) -> p.cancelOrder(c, SUBMITTED),              A, A, A, A, A, N, R, N, F, F),
                line("cancel Rossi's confirmed order", (p, c) -> p.cancelOrder(c, CONFIRMED),              S, S, S, S, S, N, R, N, F, F),
                line("ship Rossi's confirmed order", (p, c) -> p.shipOrder(c, CONFIRMED),                  R, R, R, R, R, N, A, N, F, F),
                line("ship an order not confirmed yet", (p, c) -> p.shipOrder(c, SUBMITTED),               R, R, R, R, R, N, S, N, F, F),
                line("ship an order handed over in full", (p, c) -> p.shipOrder(c, HANDED_OVER),          R, R, R, R, R, N, S, N, F, F),
                line("download the confirmation of Rossi's order to Ferri", (p, c) -> p.readOrderConfirmation(c, SUBMITTED),
                                                                                                            A, A, A, A, A, N, A, N, F, F),
                line("reorder Rossi's order to Ferri", (p, c) -> p.reorder(c, CONFIRMED),                  F, F, A, A, A, N, F, F, F, F),
                line("see the end customer of Rossi's order", (p, c) -> p.seesEndCustomerOf(c, ROSSI),
                        true, true, true, true, true, false, false, false, false, false),
                line("list carriers to hand goods to", (p, c) -> p.listCarriers(c),                        A, A, A, A, A, A, A, A, F, F),
                line("which orders' shipments are listed", (p, c) -> p.shipmentsVisibleTo(c),
                        all(), all(), partyOf(ROSSI), partyOf(ROSSI), partyOf(ROSSI), partyOf(BIANCHI), partyOf(FERRI), partyOf(GALLO),
                        partyOf(VELOCE), partyOf(RAPIDO)),
                line("read Veloce's shipment", (p, c) -> p.mayReadShipment(c, shipmentOfVeloce(false)),
                        true, true, true, true, true, false, true, false, true, false),
                line("record an event of Veloce's shipment", (p, c) -> p.recordShipmentEvent(c, shipmentOfVeloce(false)),
                        N, N, N, N, N, N, N, N, A, N),
                line("record an event of a delivered shipment", (p, c) -> p.recordShipmentEvent(c, shipmentOfVeloce(true)),
                        N, N, N, N, N, N, N, N, S, N),
                line("correct the last event it reported, within the window", (p, c) -> p.correctShipmentEvent(c, shipmentOfVeloce(true)),
                        N, N, N, N, N, N, N, N, A, N),
                line("correct the last event another of Veloce's people reported",
                        (p, c) -> p.correctShipmentEvent(c, shipmentOfVeloce(true, "system-" + VELOCE, LATER, false)),
                        N, N, N, N, N, N, N, N, R, N),
                line("correct the last event after its window", (p, c) -> p.correctShipmentEvent(c, shipmentOfVeloce(true, VELOCE_REPORTER, NOW, false)),
                        N, N, N, N, N, N, N, N, S, N),
                line("correct an event recorded without a window", (p, c) -> p.correctShipmentEvent(c, shipmentOfVeloce(false, VELOCE_REPORTER, null, false)),
                        N, N, N, N, N, N, N, N, S, N),
                line("attach the proof of delivery of Veloce's delivered shipment", (p, c) -> p.attachProofOfDelivery(c, shipmentOfVeloce(true)),
                        N, N, N, N, N, N, N, N, A, N),
                line("attach a proof of delivery before delivery", (p, c) -> p.attachProofOfDelivery(c, shipmentOfVeloce(false)),
                        N, N, N, N, N, N, N, N, S, N),
                line("attach a second proof of delivery", (p, c) -> p.attachProofOfDelivery(c, shipmentOfVeloce(true, VELOCE_REPORTER, LATER, true)),
                        N, N, N, N, N, N, N, N, S, N),
                line("download the proof of delivery of Veloce's shipment", (p, c) -> p.readProofOfDelivery(c, shipmentOfVeloce(true, VELOCE_REPORTER, LATER, true)),
                        A, A, A, A, A, N, A, N, A, N),
                line("edit Rossi's open draft", (p, c) -> p.editDraft(c, OPEN_DRAFT),                     F, F, A, A, A, N, F, F, F, F),
                line("edit a draft being submitted", (p, c) -> p.editDraft(c, SUBMITTING_DRAFT),          F, F, S, S, S, N, F, F, F, F),
                line("submit a draft being submitted", (p, c) -> p.submitDraft(c, SUBMITTING_DRAFT),      F, F, A, A, A, N, F, F, F, F),
                line("submit a submitted draft", (p, c) -> p.submitDraft(c, SUBMITTED_DRAFT),             F, F, S, S, S, N, F, F, F, F),
                line("delete Rossi's open draft", (p, c) -> p.deleteDraft(c, OPEN_DRAFT),                 F, F, A, A, A, N, F, F, F, F),
                line("delete a submitted draft", (p, c) -> p.deleteDraft(c, SUBMITTED_DRAFT),             F, F, S, S, S, N, F, F, F, F),
                // catalog, prices, stock, demand
                line("read the catalog", (p, c) -> p.readCatalog(c),                                       A, A, A, A, A, A, A, A, F, F),
                line("create and change products, publish price lists", (p, c) -> p.manageCatalog(c),    A, A, F, F, F, F, F, F, F, F),
                line("describe a product of Ferri", (p, c) -> p.describeProduct(c, FERRI),                 A, A, F, F, F, F, A, F, F, F),
                line("which price lists are read", (p, c) -> p.priceListsVisibleTo(c),
                        allPrices(), allPrices(), tierOf(ROSSI), tierOf(ROSSI), tierOf(ROSSI), tierOf(BIANCHI), F, F, F, F),
                line("whose tier prices the products", (p, c) -> p.buysAtTierOf(c),
                        NONE, NONE, Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(BIANCHI), NONE, NONE, NONE, NONE),
                line("see exact stock of Ferri's product", (p, c) -> p.seesExactStock(c, FERRI),
                        true, true, false, false, false, false, true, false, F, F),
                line("publish stock", (p, c) -> p.publishStock(c),                                         F, F, F, F, F, F, A, A, F, F),
                line("publish stock of a product of Ferri", (p, c) -> p.publishesStockOf(c, FERRI),
                        false, false, false, false, false, false, true, false, false, false),
                line("whose demand is read", (p, c) -> p.demandScope(c),
                        NONE, NONE, F, F, F, F, Optional.of(FERRI), Optional.of(GALLO), F, F),
                // service cases: Rossi's, with Ferri and Veloce as parties
                line("open service cases", (p, c) -> p.openServiceCases(c),                                 A, A, A, A, A, A, F, F, F, F),
                line("whose cases are opened", (p, c) -> p.opensCasesOnlyFor(c),
                        NONE, NONE, Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(BIANCHI), F, F, F, F),
                line("which cases are listed", (p, c) -> p.serviceCasesVisibleTo(c),
                        all(), all(), partyOf(ROSSI), partyOf(ROSSI), partyOf(ROSSI), partyOf(BIANCHI), partyOf(FERRI), partyOf(GALLO),
                        partyOf(VELOCE), partyOf(RAPIDO)),
                line("triage Rossi's new case", (p, c) -> p.triageCase(c, NEW_CASE),                      A, A, R, R, R, N, R, N, R, N),
                line("triage a triaged case", (p, c) -> p.triageCase(c, TRIAGED_CASE),                    S, S, R, R, R, N, R, N, R, N),
                line("start work on a triaged case", (p, c) -> p.startCaseWork(c, TRIAGED_CASE),          A, A, R, R, R, N, R, N, R, N),
                line("put a case in progress on hold", (p, c) -> p.waitOnCase(c, CASE_IN_PROGRESS),       A, A, R, R, R, N, R, N, R, N),
                line("resolve a new case", (p, c) -> p.resolveCase(c, NEW_CASE),                          S, S, R, R, R, N, R, N, R, N),
                line("add a party to a case", (p, c) -> p.manageCaseParties(c, NEW_CASE),                 A, A, R, R, R, N, R, N, R, N),
                line("override the warranty decision", (p, c) -> p.overrideWarranty(c, NEW_CASE),        A, A, R, R, R, N, R, N, R, N),
                line("close a resolved case", (p, c) -> p.closeCase(c, RESOLVED_CASE),                    A, A, A, A, A, N, R, N, R, N),
                line("close a case in progress", (p, c) -> p.closeCase(c, CASE_IN_PROGRESS),              S, S, S, S, S, N, R, N, R, N),
                line("reopen within the window", (p, c) -> p.reopenCase(c, RESOLVED_CASE),                A, A, A, A, A, N, R, N, R, N),
                line("reopen after the window", (p, c) -> p.reopenCase(c, LONG_RESOLVED_CASE),            S, S, S, S, S, N, R, N, R, N),
                line("comment on Rossi's case", (p, c) -> p.commentOnCase(c, NEW_CASE),                   A, A, A, A, A, N, A, N, A, N),
                line("visibilities a comment may be given", (p, c) -> p.commentVisibilities(c),
                        List.of("INTERNAL", "SHARED", "ADDRESSED"), List.of("INTERNAL", "SHARED", "ADDRESSED"), parties(), parties(),
                        parties(), parties(), parties(), parties(), parties(), parties()),
                line("read an internal note", (p, c) -> p.mayReadComment(c, INTERNAL_NOTE),
                        true, true, false, false, false, false, false, false, false, false),
                line("read staff's comment to Ferri", (p, c) -> p.mayReadComment(c, TO_FERRI),
                        true, true, false, false, false, false, true, false, false, false),
                line("read Veloce's comment to staff", (p, c) -> p.mayReadComment(c, VELOCE_TO_STAFF),
                        true, true, false, false, false, false, false, false, true, false),
                line("edit Ferri's shared comment", (p, c) -> p.editComment(c, NEW_CASE, SHARED_BY_FERRI), R, R, R, R, R, N, A, N, R, N),
                line("delete Ferri's shared comment", (p, c) -> p.deleteComment(c, NEW_CASE, SHARED_BY_FERRI), A, A, R, R, R, N, A, N, R, N),
                line("edit staff's comment to Ferri", (p, c) -> p.editComment(c, NEW_CASE, TO_FERRI),     A, R, N, N, N, N, R, N, N, N),
                line("attach files to Ferri's shared comment", (p, c) -> p.attachToComment(c, NEW_CASE, SHARED_BY_FERRI), R, R, R, R, R, N, A, N, R, N),
                line("attach files to Ferri's deleted comment", (p, c) -> p.attachToComment(c, NEW_CASE, DELETED_BY_FERRI), R, R, R, R, R, N, S, N, R, N),
                line("attach files to staff's comment to Ferri", (p, c) -> p.attachToComment(c, NEW_CASE, TO_FERRI), A, R, N, N, N, N, R, N, N, N),
                line("download files of Ferri's shared comment", (p, c) -> p.mayReadAttachments(c, NEW_CASE, SHARED_BY_FERRI),
                        true, true, true, true, true, false, true, false, true, false),
                line("download files of staff's comment to Ferri", (p, c) -> p.mayReadAttachments(c, NEW_CASE, TO_FERRI),
                        true, true, false, false, false, false, true, false, false, false),
                line("download files of Ferri's deleted comment", (p, c) -> p.mayReadAttachments(c, NEW_CASE, DELETED_BY_FERRI),
                        true, true, false, false, false, false, false, false, false, false),
                line("see the people of Ferri", (p, c) -> p.seesPeopleOf(c, FERRI),
                        true, true, false, false, false, false, true, false, false, false),
                // returns (RMA) on Rossi's case with Ferri's goods, carried back by Veloce
                line("authorise a return on Rossi's case", (p, c) -> p.authorizeReturn(c, NEW_CASE, RETURNABLE), A, A, R, R, R, N, R, N, R, N),
                line("authorise a second return", (p, c) -> p.authorizeReturn(c, CASE_IN_PROGRESS, RMA_AUTHORIZED), S, S, R, R, R, N, R, N, R, N),
                line("authorise a return on a complaint", (p, c) -> p.authorizeReturn(c, NEW_CASE, NOT_RETURNABLE), S, S, R, R, R, N, R, N, R, N),
                line("authorise a return on a resolved case", (p, c) -> p.authorizeReturn(c, RESOLVED_CASE, RETURNABLE), S, S, R, R, R, N, R, N, R, N),
                line("ship the authorised return", (p, c) -> p.shipReturn(c, CASE_IN_PROGRESS, RMA_AUTHORIZED), A, A, A, A, A, N, R, N, R, N),
                line("ship a return not authorised", (p, c) -> p.shipReturn(c, CASE_IN_PROGRESS, RETURNABLE), S, S, S, S, S, N, R, N, R, N),
                line("ship a return already inspected", (p, c) -> p.shipReturn(c, CASE_IN_PROGRESS, RMA_INSPECTED), S, S, S, S, S, N, R, N, R, N),
                line("inspect the returned goods", (p, c) -> p.inspectReturn(c, CASE_IN_PROGRESS, RMA_AUTHORIZED), R, R, R, R, R, N, A, N, R, N),
                line("inspect returned goods twice", (p, c) -> p.inspectReturn(c, CASE_IN_PROGRESS, RMA_INSPECTED), R, R, R, R, R, N, S, N, R, N),
                line("inspect a return on a resolved case", (p, c) -> p.inspectReturn(c, RESOLVED_CASE, RMA_AUTHORIZED), R, R, R, R, R, N, S, N, R, N),
                line("inspect a returned line of Ferri's goods", (p, c) -> p.inspectReturnedLine(c, FERRI), R, R, R, R, R, R, A, R, R, R),
                line("carry goods of the return", (p, c) -> p.carriesReturn(c, CASE_IN_PROGRESS, RMA_AUTHORIZED),
                        false, false, false, false, false, false, false, false, true, false),
                line("send goods of Rossi's order back", (p, c) -> p.returnGoods(c, CONFIRMED),          A, A, A, A, A, N, R, N, F, F),
                line("replace returned goods of Rossi's order", (p, c) -> p.placeReplacementOrder(c, CONFIRMED), R, R, R, R, R, N, A, N, F, F),
                line("open a recovery claim from Rossi's case", (p, c) -> p.openRecoveryClaim(c, NEW_CASE), A, A, R, R, R, N, R, N, R, N),
                line("read a claim against Ferri", (p, c) -> p.mayReadRecoveryClaim(c, CLAIM_ON_FERRI),
                        true, true, false, false, false, false, true, false, false, false),
                line("answer an open claim against Ferri", (p, c) -> p.answerRecoveryClaim(c, CLAIM_ON_FERRI), R, R, N, N, N, N, A, N, N, N),
                line("answer a disputed claim", (p, c) -> p.answerRecoveryClaim(c, DISPUTED_CLAIM),          R, R, N, N, N, N, S, N, N, N),
                line("withdraw an open claim against Ferri", (p, c) -> p.withdrawRecoveryClaim(c, CLAIM_ON_FERRI), A, A, N, N, N, N, R, N, N, N),
                line("withdraw an accepted claim", (p, c) -> p.withdrawRecoveryClaim(c, ACCEPTED_CLAIM),     S, S, N, N, N, N, R, N, N, N),
                // market development funds: Rossi's allocation and its requests
                line("set up and allocate fund budgets", (p, c) -> p.manageFundBudgets(c),             A, F, F, F, F, F, F, F, F, F),
                line("read fund budgets", (p, c) -> p.readFundBudgets(c),                                A, A, F, F, F, F, F, F, F, F),
                line("read Rossi's fund allocation", (p, c) -> p.mayReadFundAllocation(c, ROSSI_FUNDS),
                        true, true, true, true, true, false, F, F, F, F),
                line("request funds from Rossi's allocation", (p, c) -> p.requestFunds(c, ROSSI_FUNDS), R, R, A, A, A, N, F, F, F, F),
                line("review a request in review", (p, c) -> p.reviewFundRequest(c, FUNDS_IN_REVIEW),  A, F, R, R, R, N, F, F, F, F),
                line("review a request asked about", (p, c) -> p.reviewFundRequest(c, FUNDS_ASKED_ABOUT), S, F, R, R, R, N, F, F, F, F),
                line("answer a question on a request", (p, c) -> p.answerFundRequest(c, FUNDS_ASKED_ABOUT), R, R, A, A, A, N, F, F, F, F),
                line("answer a request nobody asked about", (p, c) -> p.answerFundRequest(c, FUNDS_IN_REVIEW), R, R, S, S, S, N, F, F, F, F),
                line("withdraw a request in review", (p, c) -> p.withdrawFundRequest(c, FUNDS_IN_REVIEW), R, R, A, A, A, N, F, F, F, F),
                line("withdraw an approved request", (p, c) -> p.withdrawFundRequest(c, FUNDS_TO_CLAIM), R, R, S, S, S, N, F, F, F, F),
                line("claim an approved request", (p, c) -> p.claimFunds(c, FUNDS_TO_CLAIM),             R, R, A, A, A, N, F, F, F, F),
                line("claim an expired request", (p, c) -> p.claimFunds(c, FUNDS_EXPIRED),              R, R, S, S, S, N, F, F, F, F),
                line("review a claim", (p, c) -> p.reviewFundClaim(c, FUNDS_CLAIMED),                    A, F, R, R, R, N, F, F, F, F),
                line("review a claim not made", (p, c) -> p.reviewFundClaim(c, FUNDS_TO_CLAIM),          S, F, R, R, R, N, F, F, F, F),
                line("pay an approved claim", (p, c) -> p.payFundClaim(c, FUNDS_TO_PAY),                 A, F, R, R, R, N, F, F, F, F),
                line("pay a claim not approved", (p, c) -> p.payFundClaim(c, FUNDS_CLAIMED),             S, F, R, R, R, N, F, F, F, F),
                // customer satisfaction: Rossi's closed case, with Ferri and Veloce as parties
                line("see the survey of Rossi's case", (p, c) -> p.seesCaseSurvey(c, RESOLVED_CASE),
                        true, true, true, true, true, false, false, false, false, false),
                line("see the link of a survey to forward", (p, c) -> p.seesSurveyLink(c, RESOLVED_CASE, SURVEY_TO_FORWARD),
                        true, true, true, true, true, false, false, false, false, false),
                line("see the link of a mailed survey", (p, c) -> p.seesSurveyLink(c, RESOLVED_CASE, MAILED_SURVEY),
                        false, false, false, false, false, false, false, false, false, false),
                line("see the link of an answered survey", (p, c) -> p.seesSurveyLink(c, RESOLVED_CASE, ANSWERED_SURVEY),
                        false, false, false, false, false, false, false, false, false, false),
                line("see the link of an expired survey", (p, c) -> p.seesSurveyLink(c, RESOLVED_CASE, EXPIRED_SURVEY),
                        false, false, false, false, false, false, false, false, false, false),
                line("read satisfaction figures", (p, c) -> p.readSatisfactionFigures(c), A, A, A, A, A, A, A, A, F, F),
                line("whose satisfaction figures are read by default", (p, c) -> p.satisfactionFiguresOf(c, null),
                        NONE, NONE, Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(BIANCHI), Optional.of(FERRI),
                        Optional.of(GALLO), F, F),
                line("read Rossi's satisfaction figures", (p, c) -> p.satisfactionFiguresOf(c, ROSSI),
                        Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), Optional.of(ROSSI), N, N, N, F, F),
                line("read Ferri's satisfaction figures", (p, c) -> p.satisfactionFiguresOf(c, FERRI),
                        Optional.of(FERRI), Optional.of(FERRI), N, N, N, N, Optional.of(FERRI), N, F, F),
                // the directory and organisations
                line("which partners are listed", (p, c) -> p.partnersVisibleTo(c),
                        new PartnerVisibility.All(), new PartnerVisibility.All(), own(ROSSI), own(ROSSI), own(ROSSI), own(BIANCHI),
                        own(FERRI), own(GALLO), own(VELOCE), own(RAPIDO)),
                line("find partners at all (search)", (p, c) -> p.listPartners(c),                      A, A, A, A, A, A, A, A, A, A),
                line("how much of Rossi is seen", (p, c) -> p.partnerView(c, ROSSI, PartnerType.DEALER),
                        full(), full(), full(), full(), full(), none(), none(), none(), none(), none()),
                line("how much of the manufacturer is seen", (p, c) -> p.partnerView(c, CANALE, PartnerType.MANUFACTURER),
                        full(), full(), PartnerView.PUBLIC, PartnerView.PUBLIC, PartnerView.PUBLIC, PartnerView.PUBLIC,
                        PartnerView.PUBLIC, PartnerView.PUBLIC, PartnerView.PUBLIC, PartnerView.PUBLIC),
                line("create, change, deactivate partners", (p, c) -> p.administerDirectory(c),            A, F, F, F, F, F, F, F, F, F),
                line("manage Rossi's people and clients", (p, c) -> p.manageOrganisation(c, ROSSI),        A, F, A, F, F, N, N, N, N, N),
                line("manage Veloce's people and clients", (p, c) -> p.manageOrganisation(c, VELOCE),      A, F, N, F, F, N, N, N, A, N),
                line("manage Rossi's webhook endpoints", (p, c) -> p.manageWebhooks(c, new Facts.WebhookEndpoint(ROSSI)), A, F, A, F, F, N, N, N, N, N),
                line("manage Veloce's webhook endpoints", (p, c) -> p.manageWebhooks(c, new Facts.WebhookEndpoint(VELOCE)), A, F, N, F, F, N, N, N, A, N),
                line("manage any partner's webhook endpoints", (p, c) -> p.managesWebhooksOfEveryPartner(c),
                        true, false, false, false, false, false, false, false, false, false),
                line("disable Rossi's active endpoint", (p, c) -> p.disableWebhook(c, ROSSI_ENDPOINT),            A, F, A, F, F, N, N, N, N, N),
                line("disable Rossi's disabled endpoint", (p, c) -> p.disableWebhook(c, ROSSI_DISABLED_ENDPOINT), S, F, S, F, F, N, N, N, N, N),
                line("disable Rossi's failing endpoint", (p, c) -> p.disableWebhook(c, ROSSI_FAILING_ENDPOINT),   A, F, A, F, F, N, N, N, N, N),
                line("enable Rossi's active endpoint", (p, c) -> p.enableWebhook(c, ROSSI_ENDPOINT),              S, F, S, F, F, N, N, N, N, N),
                line("enable Rossi's disabled endpoint", (p, c) -> p.enableWebhook(c, ROSSI_DISABLED_ENDPOINT),   A, F, A, F, F, N, N, N, N, N),
                line("enable Rossi's failing endpoint", (p, c) -> p.enableWebhook(c, ROSSI_FAILING_ENDPOINT),     A, F, A, F, F, N, N, N, N, N),
                line("the scopes an endpoint of one's own partner reads with", (p, c) -> p.webhookReader(c).scopes(),
                        Scopes.READS, Scopes.READS, Scopes.READS, Scopes.READS, Scopes.READS, Scopes.READS, SUPPLIER_READS,
                        SUPPLIER_READS, CARRIER_READS, CARRIER_READS),
                line("scopes a new client of one's own partner may get", (p, c) -> p.grantableClientScopes(c),
                        grantable(PartnerType.MANUFACTURER), List.of(), grantable(PartnerType.DEALER), List.of(), List.of(),
                        grantable(PartnerType.DEALER), grantable(PartnerType.SUPPLIER), grantable(PartnerType.SUPPLIER),
                        grantable(PartnerType.CARRIER), grantable(PartnerType.CARRIER)),
                // incentives: Rossi's earnings, the program book, administration
                line("read incentive programs at all (the area)", (p, c) -> p.readIncentives(c),            A, A, A, A, A, A, F, F, F, F),
                line("read Rossi's incentive earnings and entries", (p, c) -> p.readIncentivesOf(c, ROSSI), A, A, A, A, A, N, F, F, F, F),
                line("read a program's book (all partners, check)", (p, c) -> p.readIncentiveBook(c),       A, A, F, F, F, F, F, F, F, F),
                line("define, revise, close, pay incentives", (p, c) -> p.administerIncentives(c),          A, F, F, F, F, F, F, F, F, F),
                line("keep preferences", (p, c) -> p.keepPreferences(c),                                   A, R, A, A, R, A, A, A, A, A),
                line("keep notification preferences", (p, c) -> p.keepNotificationPreferences(c),         A, R, A, A, R, A, A, A, A, A));
        List<Arguments> rows = new ArrayList<>();
        for (Object[] line : lines) {
            Object[] expected = (Object[]) line[2];
            for (Audience audience : Audience.values()) {
                rows.add(Arguments.of(audience, line[0], line[1], expected[audience.ordinal()]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @MethodSource("table")
    void decides_as_the_table_says(Audience audience, String decision, Rule rule, Object expected) {
        assertThat(outcome(rule, audience.caller)).as(decision).isEqualTo(expected);
    }

    static Object[] line(String decision, Rule rule, Object... expected) {
        if (expected.length != Audience.values().length) {
            throw new IllegalArgumentException(decision + ": one expectation per audience, got " + expected.length);
        }
        return new Object[] {decision, rule, expected};
    }

    /** What the caller learns: a decision's verdict, FORBIDDEN for a refusal thrown, or the answer itself. */
    static Object outcome(Rule rule, Caller caller) {
        try {
            Object result = rule.decide(POLICY, caller);
            return result instanceof Decision decision ? decision.verdict() : result;
        } catch (AccessDeniedException denied) {
            return Verdict.FORBIDDEN;
        } catch (io.canale.shared.NotFoundException hidden) {
            return Verdict.NOT_FOUND;
        }
    }

    // ---- the viewer's areas ------------------------------------------------------------------------------

    static Stream<Arguments> areas() {
        Area[] staff = {Area.HOME, Area.PARTNERS, Area.ORGANISATION, Area.LEADS, Area.ROUTING_RULES, Area.LEAD_IMPORTS,
                Area.DEALS, Area.PIPELINE, Area.CATALOG, Area.PRICE_LISTS, Area.ORDERS, Area.SUPPLIER_ORDERS, Area.SHIPMENTS,
                Area.DEMAND, Area.SERVICE_CASES, Area.SERVICE_BOARD, Area.CASES_BY_PRODUCT, Area.SERVICE_SATISFACTION,
                Area.INCENTIVES, Area.FUNDS, Area.FUND_BUDGETS, Area.INCENTIVE_ADMIN, Area.WEBHOOKS};
        Area[] staffSystem = {Area.HOME, Area.PARTNERS, Area.LEADS, Area.ROUTING_RULES, Area.LEAD_IMPORTS, Area.DEALS,
                Area.PIPELINE, Area.CATALOG, Area.PRICE_LISTS, Area.ORDERS, Area.SUPPLIER_ORDERS, Area.SHIPMENTS, Area.DEMAND,
                Area.SERVICE_CASES, Area.SERVICE_BOARD, Area.CASES_BY_PRODUCT, Area.SERVICE_SATISFACTION, Area.INCENTIVES, Area.FUNDS};
        Area[] dealerAdmin = {Area.HOME, Area.ORGANISATION, Area.LEADS, Area.LEAD_IMPORTS, Area.DEALS, Area.PIPELINE,
                Area.CATALOG, Area.PRICE_LISTS, Area.ORDERS, Area.ORDER_ENTRY, Area.SHIPMENTS, Area.SERVICE_CASES, Area.SERVICE_SATISFACTION,
                Area.INCENTIVES, Area.FUNDS, Area.WEBHOOKS};
        Area[] dealer = {Area.HOME, Area.LEADS, Area.LEAD_IMPORTS, Area.DEALS, Area.PIPELINE, Area.CATALOG, Area.PRICE_LISTS,
                Area.ORDERS, Area.ORDER_ENTRY, Area.SHIPMENTS, Area.SERVICE_CASES, Area.SERVICE_SATISFACTION, Area.INCENTIVES, Area.FUNDS};
        Area[] supplier = {Area.HOME, Area.ORGANISATION, Area.CATALOG, Area.ORDERS, Area.SUPPLIER_ORDERS, Area.SHIPMENTS,
                Area.STOCK_UPLOAD, Area.DEMAND, Area.SERVICE_CASES, Area.CASES_BY_PRODUCT, Area.SERVICE_SATISFACTION, Area.WEBHOOKS};
        Area[] carrier = {Area.HOME, Area.ORGANISATION, Area.SHIPMENTS, Area.SERVICE_CASES, Area.WEBHOOKS};
        return Stream.of(
                Arguments.of(Audience.STAFF.caller, staff),
                Arguments.of(Audience.STAFF_SYSTEM.caller, staffSystem),
                Arguments.of(Audience.DEALER_ADMIN.caller, dealerAdmin),
                Arguments.of(Audience.DEALER_USER.caller, dealer),
                Arguments.of(Audience.DEALER_SYSTEM.caller, dealer),
                Arguments.of(Audience.OTHER_DEALER.caller, dealerAdmin),
                Arguments.of(Audience.SUPPLIER.caller, supplier),
                Arguments.of(system(FERRI, PartnerType.SUPPLIER), new Area[] {Area.HOME, Area.CATALOG, Area.ORDERS,
                        Area.SUPPLIER_ORDERS, Area.SHIPMENTS, Area.STOCK_UPLOAD, Area.DEMAND, Area.SERVICE_CASES, Area.CASES_BY_PRODUCT,
                        Area.SERVICE_SATISFACTION}),
                Arguments.of(Audience.CARRIER.caller, carrier),
                Arguments.of(user(VELOCE, PartnerType.CARRIER, PartnerRole.MEMBER), new Area[] {Area.HOME, Area.SHIPMENTS, Area.SERVICE_CASES}),
                Arguments.of(system(VELOCE, PartnerType.CARRIER), new Area[] {Area.HOME, Area.SHIPMENTS, Area.SERVICE_CASES}),
                Arguments.of(readOnly(ROSSI, PartnerType.DEALER, Scopes.PARTNERS_READ, Scopes.LEADS_READ),
                        new Area[] {Area.HOME, Area.LEADS, Area.DEALS, Area.PIPELINE}),
                Arguments.of(readOnly(FERRI, PartnerType.SUPPLIER, Scopes.ORDERS_READ),
                        new Area[] {Area.HOME, Area.CATALOG, Area.ORDERS, Area.SUPPLIER_ORDERS, Area.SHIPMENTS}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void each_caller_gets_the_areas_whose_api_it_may_use_in_menu_order(Caller caller, Area[] expected) {
        assertThat(POLICY.areas(caller)).containsExactly(expected);
    }

    // ---- the home: kinds of work and figures per audience ------------------------------------------------------

    static Stream<Arguments> todos() {
        TodoKind[] dealer = {TodoKind.LEADS_TO_ANSWER, TodoKind.DRAFTS_TO_SUBMIT, TodoKind.CASES_WAITING,
                TodoKind.FUND_QUESTIONS_TO_ANSWER, TodoKind.FUND_CLAIMS_DUE};
        TodoKind[] supplier = {TodoKind.ORDERS_TO_ANSWER, TodoKind.ORDERS_TO_HAND_OVER, TodoKind.CASES_WAITING};
        return Stream.of(
                Arguments.of(Audience.STAFF.caller, new TodoKind[] {TodoKind.LEADS_TO_ROUTE, TodoKind.DEALS_TO_REVIEW, TodoKind.CASES_TO_TRIAGE,
                        TodoKind.FUND_REQUESTS_TO_REVIEW, TodoKind.FUND_CLAIMS_TO_REVIEW},
                        new KpiKind[] {KpiKind.CHANNEL_REVENUE, KpiKind.UNROUTED_LEADS, KpiKind.REGISTRATIONS_IN_REVIEW}),
                Arguments.of(Audience.DEALER_USER.caller, dealer, new KpiKind[] {KpiKind.PIPELINE_VALUE, KpiKind.WIN_RATE, KpiKind.TIME_TO_ACCEPT}),
                Arguments.of(Audience.DEALER_SYSTEM.caller, dealer, new KpiKind[] {KpiKind.PIPELINE_VALUE, KpiKind.WIN_RATE, KpiKind.TIME_TO_ACCEPT}),
                Arguments.of(Audience.SUPPLIER.caller, supplier,
                        new KpiKind[] {KpiKind.OPEN_ORDER_LINES, KpiKind.FILL_RATE, KpiKind.SKUS_BELOW_DEMAND}),
                Arguments.of(Audience.CARRIER.caller, new TodoKind[] {TodoKind.SHIPMENTS_TO_MOVE, TodoKind.CASES_WAITING},
                        new KpiKind[] {KpiKind.SHIPMENTS_TODAY, KpiKind.LATE_SHIPMENTS, KpiKind.SHIPMENT_EXCEPTIONS}),
                // Who may only read answers nothing, so nothing waits for it; its figures stay.
                Arguments.of(readOnly(ROSSI, PartnerType.DEALER, Scopes.LEADS_READ), new TodoKind[0],
                        new KpiKind[] {KpiKind.PIPELINE_VALUE, KpiKind.WIN_RATE, KpiKind.TIME_TO_ACCEPT}),
                Arguments.of(readOnly(FERRI, PartnerType.SUPPLIER, Scopes.ORDERS_READ), new TodoKind[0],
                        new KpiKind[] {KpiKind.OPEN_ORDER_LINES, KpiKind.FILL_RATE}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("todos")
    void each_caller_gets_the_kinds_of_work_it_may_act_on_and_the_figures_of_its_audience(Caller caller, TodoKind[] todos, KpiKind[] kpis) {
        assertThat(POLICY.todos(caller)).containsExactly(todos);
        assertThat(POLICY.kpis(caller)).containsExactly(kpis);
    }

    /** Every audience, through the class's own initialisation first (its tables read the audiences' callers). */
    static Stream<Audience> audiences() {
        return Stream.of(Audience.values());
    }

    @ParameterizedTest
    @MethodSource("audiences")
    void the_records_of_a_kind_of_work_are_the_callers_own_and_only_of_the_kinds_it_has(Audience audience) {
        Caller c = audience.caller;
        List<TodoKind> kinds = POLICY.todos(c);
        for (TodoKind kind : TodoKind.values()) {
            Runnable whose = switch (kind) {
                case LEADS_TO_ANSWER -> () -> assertThat(POLICY.answersLeadsOf(c)).isEqualTo(c.partnerId());
                case LEADS_TO_ROUTE -> () -> POLICY.routesLeads(c);
                case DEALS_TO_REVIEW -> () -> POLICY.reviewsDeals(c);
                case DRAFTS_TO_SUBMIT -> () -> assertThat(POLICY.submitsDraftsOf(c)).isEqualTo(c.partnerId());
                case ORDERS_TO_ANSWER, ORDERS_TO_HAND_OVER -> () -> assertThat(POLICY.suppliesOrdersAs(c)).isEqualTo(c.partnerId());
                case SHIPMENTS_TO_MOVE -> () -> assertThat(POLICY.carriesShipmentsAs(c)).isEqualTo(c.partnerId());
                case CASES_TO_TRIAGE -> () -> POLICY.triagesCases(c);
                case CASES_WAITING -> () -> assertThat(POLICY.casesAwaitFrom(c)).isEqualTo(c.partnerId());
                case FUND_REQUESTS_TO_REVIEW, FUND_CLAIMS_TO_REVIEW -> () -> POLICY.reviewsFunds(c);
                case FUND_QUESTIONS_TO_ANSWER, FUND_CLAIMS_DUE -> () -> assertThat(POLICY.fundsAwaitFrom(c)).isEqualTo(c.partnerId());
            };
            if (kinds.contains(kind)) {
                whose.run();
            } else {
                org.assertj.core.api.Assertions.assertThatThrownBy(whose::run).as(kind.name()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    static List<String> parties() {
        return List.of("SHARED", "ADDRESSED");
    }

    static Caller readOnly(String partnerId, PartnerType type, String... scopes) {
        return new Caller("reader@" + partnerId, Caller.Kind.PARTNER_SYSTEM, partnerId, type, Set.of(), Set.of(scopes));
    }

    @Test
    void a_dealer_reading_its_funds_without_incentives_write_may_not_request_or_claim() {
        Caller reader = readOnly(ROSSI, PartnerType.DEALER, Scopes.INCENTIVES_READ);

        assertThat(POLICY.mayReadFundAllocation(reader, ROSSI_FUNDS)).isTrue();
        assertThat(POLICY.requestFunds(reader, ROSSI_FUNDS).allowed()).isFalse();
        assertThat(POLICY.requestFunds(readOnly(ROSSI, PartnerType.DEALER, Scopes.INCENTIVES_READ, Scopes.INCENTIVES_WRITE),
                ROSSI_FUNDS).allowed()).isTrue();
    }

    // ---- viewerCan is the mutation's own decision ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Audience.class)
    void every_record_answers_viewer_can_with_the_decisions_its_mutations_enforce(Audience audience) {
        Caller c = audience.caller;
        for (Facts.Lead lead : List.of(routedToRossi(LATER), routedToRossi(EARLIER), ACCEPTED_BY_ROSSI, WITH_STAFF, MERGED)) {
            assertThat(POLICY.leadActions(c, lead)).isEqualTo(new Actions.Lead(POLICY.acceptLead(c, lead).allowed(),
                    POLICY.declineLead(c, lead).allowed(), POLICY.routeLead(c, lead).allowed(), POLICY.mergeInto(c, lead).allowed(),
                    POLICY.convertLead(c, lead).allowed()));
        }
        for (Facts.Opportunity opportunity : List.of(OPEN_OPPORTUNITY, WON_OPPORTUNITY)) {
            assertThat(POLICY.opportunityActions(c, opportunity)).isEqualTo(new Actions.Opportunity(
                    POLICY.moveOpportunity(c, opportunity).allowed(), POLICY.updateOpportunity(c, opportunity).allowed(),
                    POLICY.logActivity(c, opportunity).allowed()));
        }
        for (Facts.DealRegistration deal : List.of(IN_REVIEW, APPROVED)) {
            boolean decide = POLICY.decideDeal(c, deal).allowed();
            assertThat(POLICY.dealActions(c, deal)).isEqualTo(new Actions.DealRegistration(decide, decide));
        }
        for (Facts.Order order : List.of(SUBMITTED, CONFIRMED, HANDED_OVER)) {
            assertThat(POLICY.orderActions(c, order)).isEqualTo(new Actions.Order(POLICY.confirmOrder(c, order).allowed(),
                    POLICY.cancelOrder(c, order).allowed(), POLICY.shipOrder(c, order).allowed(), POLICY.reorder(c, order).allowed(),
                    POLICY.readOrderConfirmation(c, order).allowed()));
        }
        for (Facts.Shipment shipment : List.of(shipmentOfVeloce(false), shipmentOfVeloce(true),
                shipmentOfVeloce(true, "system-" + VELOCE, LATER, false), shipmentOfVeloce(true, VELOCE_REPORTER, EARLIER, true))) {
            boolean record = POLICY.recordShipmentEvent(c, shipment).allowed();
            boolean correct = POLICY.correctShipmentEvent(c, shipment).allowed();
            assertThat(POLICY.shipmentActions(c, shipment))
                    .isEqualTo(new Actions.Shipment(record, record ? shipment.nextEvents() : List.of(), correct,
                            correct ? shipment.correctionEvents() : List.of(), POLICY.attachProofOfDelivery(c, shipment).allowed()));
        }
        for (Facts.OrderDraft draft : List.of(OPEN_DRAFT, SUBMITTING_DRAFT, SUBMITTED_DRAFT)) {
            assertThat(POLICY.draftActions(c, draft)).isEqualTo(new Actions.OrderDraft(POLICY.editDraft(c, draft).allowed(),
                    POLICY.submitDraft(c, draft).allowed(), POLICY.deleteDraft(c, draft).allowed()));
        }
        assertThat(POLICY.productActions(c, FERRI)).isEqualTo(new Actions.Product(POLICY.manageCatalog(c).allowed(),
                POLICY.describeProduct(c, FERRI).allowed()));
        for (Facts.ServiceCase serviceCase : List.of(NEW_CASE, TRIAGED_CASE, CASE_IN_PROGRESS, RESOLVED_CASE, LONG_RESOLVED_CASE)) {
            for (Facts.CaseReturn caseReturn : List.of(RETURNABLE, NOT_RETURNABLE, RMA_AUTHORIZED, RMA_INSPECTED)) {
                boolean comment = POLICY.commentOnCase(c, serviceCase).allowed();
                assertThat(POLICY.caseActions(c, serviceCase, caseReturn)).isEqualTo(new Actions.ServiceCase(
                        POLICY.triageCase(c, serviceCase).allowed(), POLICY.startCaseWork(c, serviceCase).allowed(),
                        POLICY.waitOnCase(c, serviceCase).allowed(), POLICY.resolveCase(c, serviceCase).allowed(),
                        POLICY.closeCase(c, serviceCase).allowed(), POLICY.reopenCase(c, serviceCase).allowed(),
                        POLICY.manageCaseParties(c, serviceCase).allowed(), POLICY.overrideWarranty(c, serviceCase).allowed(), comment,
                        comment ? POLICY.commentVisibilities(c) : List.of(), POLICY.openRecoveryClaim(c, serviceCase).allowed(),
                        POLICY.authorizeReturn(c, serviceCase, caseReturn).allowed(), POLICY.shipReturn(c, serviceCase, caseReturn).allowed(),
                        POLICY.carriesReturn(c, serviceCase, caseReturn), POLICY.inspectReturn(c, serviceCase, caseReturn).allowed()));
            }
        }
        for (Facts.CaseComment comment : List.of(INTERNAL_NOTE, TO_FERRI, VELOCE_TO_STAFF, SHARED_BY_FERRI, DELETED_BY_FERRI)) {
            assertThat(POLICY.commentActions(c, NEW_CASE, comment)).isEqualTo(new Actions.CaseComment(
                    POLICY.editComment(c, NEW_CASE, comment).allowed(), POLICY.deleteComment(c, NEW_CASE, comment).allowed(),
                    POLICY.attachToComment(c, NEW_CASE, comment).allowed()));
        }
        for (Facts.RecoveryClaim claim : List.of(CLAIM_ON_FERRI, DISPUTED_CLAIM, ACCEPTED_CLAIM)) {
            boolean answer = POLICY.answerRecoveryClaim(c, claim).allowed();
            assertThat(POLICY.claimActions(c, claim)).isEqualTo(new Actions.RecoveryClaim(answer, answer,
                    POLICY.withdrawRecoveryClaim(c, claim).allowed()));
        }
        assertThat(POLICY.fundBudgetActions(c)).isEqualTo(new Actions.FundBudget(POLICY.manageFundBudgets(c).allowed()));
        {
            assertThat(POLICY.fundAllocationActions(c, ROSSI_FUNDS)).isEqualTo(new Actions.FundAllocation(
                    POLICY.requestFunds(c, ROSSI_FUNDS).allowed()));
            for (Facts.FundRequest request : List.of(FUNDS_IN_REVIEW, FUNDS_ASKED_ABOUT, FUNDS_TO_CLAIM, FUNDS_CLAIMED, FUNDS_TO_PAY,
                    FUNDS_EXPIRED)) {
                boolean review = POLICY.reviewFundRequest(c, request).allowed();
                boolean claim = POLICY.claimFunds(c, request).allowed();
                boolean reviewClaim = POLICY.reviewFundClaim(c, request).allowed();
                assertThat(POLICY.fundRequestActions(c, request)).isEqualTo(new Actions.FundRequest(review, review, review,
                        POLICY.answerFundRequest(c, request).allowed(), POLICY.withdrawFundRequest(c, request).allowed(), claim, claim,
                        reviewClaim, reviewClaim, POLICY.payFundClaim(c, request).allowed()));
            }
        }
        for (String partner : List.of(ROSSI, VELOCE, CANALE)) {
            boolean admin = POLICY.administerDirectory(c).allowed();
            assertThat(POLICY.partnerActions(c, partner)).isEqualTo(new Actions.Partner(admin, admin,
                    POLICY.manageOrganisation(c, partner).allowed()));
        }
        assertThat(POLICY.viewerActions(c)).isEqualTo(new Actions.Viewer(POLICY.captureLeads(c).allowed(),
                POLICY.captureLeads(c).allowed(), POLICY.manageRoutingRules(c).allowed(), POLICY.registerDeal(c).allowed(),
                POLICY.submitOrders(c).allowed(), POLICY.manageCatalog(c).allowed(), POLICY.manageCatalog(c).allowed(),
                POLICY.publishStock(c).allowed(), POLICY.administerDirectory(c).allowed(), POLICY.seesCrossPartnerDetails(c),
                POLICY.openServiceCases(c).allowed(), POLICY.grantableClientScopes(c), POLICY.managesWebhooksOfEveryPartner(c)));
        for (Facts.WebhookEndpoint endpoint : List.of(ROSSI_ENDPOINT, ROSSI_DISABLED_ENDPOINT, ROSSI_FAILING_ENDPOINT)) {
            boolean manage = POLICY.manageWebhooks(c, endpoint).allowed();
            assertThat(POLICY.webhookActions(c, endpoint)).isEqualTo(new Actions.WebhookEndpoint(manage,
                    POLICY.disableWebhook(c, endpoint).allowed(), POLICY.enableWebhook(c, endpoint).allowed(), manage, manage));
        }
        boolean administer = POLICY.administerIncentives(c).allowed();
        assertThat(POLICY.incentiveProgramActions(c)).isEqualTo(new Actions.IncentiveProgram(administer, administer, administer,
                POLICY.readIncentiveBook(c).allowed()));
    }

    // ---- shorthand -------------------------------------------------------------------------------------------

    static LeadIntake owned() {
        return LeadIntake.OWNED_BY_CALLERS_DEALER;
    }

    static RecordVisibility all() {
        return new RecordVisibility.All();
    }

    static RecordVisibility partyOf(String partnerId) {
        return new RecordVisibility.PartyOf(partnerId);
    }

    static PriceVisibility allPrices() {
        return new PriceVisibility.All();
    }

    static PriceVisibility tierOf(String dealerId) {
        return new PriceVisibility.TierOf(dealerId);
    }

    static PartnerVisibility own(String partnerId) {
        return new PartnerVisibility.OwnAndManufacturer(partnerId);
    }

    static PartnerView full() {
        return PartnerView.FULL;
    }

    static PartnerView none() {
        return PartnerView.NONE;
    }

    static ActorView person(Actor actor) {
        return new ActorView.Person(actor.subject(), actor.partner() == null ? null : actor.partner().type());
    }

    static ActorView manufacturer() {
        return new ActorView.NamedPartner(CANALE, PartnerType.MANUFACTURER);
    }

    static ActorView ofType(PartnerType type) {
        return new ActorView.PartnerOfType(type);
    }

    static ActorView another() {
        return new ActorView.AnotherPartner();
    }

    static ActorView platform(String name) {
        return new ActorView.Platform(name);
    }

    static List<String> grantable(PartnerType type) {
        return List.copyOf(Scopes.forPartnerSystem(type));
    }
}

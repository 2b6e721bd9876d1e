package io.canale.security;

import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place that decides reads and writes, and what each caller sees. Nothing else in the code base
 * compares scopes, roles, partner types or partner ids (an architecture test holds it to that).
 * <p>
 * Each action is one method answering a {@link Decision} from the {@link Caller} and the record's {@link Facts}: the
 * mutation enforces it, the record's {@code viewerCan} shows it, so the two cannot disagree. A missing scope is
 * FORBIDDEN, decided before any lookup where the action does not depend on a record; a record outside the
 * caller's reach is "not found"; a visible record that is another party's to change is NOT_ALLOWED; the right
 * party at the wrong moment is ILLEGAL_STATE.
 */
@Component
public class AccessPolicy {

    private final Clock clock;

    public AccessPolicy(Clock clock) {
        this.clock = clock;
    }

    // ---- scopes --------------------------------------------------------------------------------------

    /** Refuses with FORBIDDEN when the token lacks the scope. */
    private static void require(Caller caller, String scope) {
        scope(caller, scope).enforce();
    }

    private static Decision scope(Caller caller, String scope) {
        return caller.has(scope) ? Decision.allow() : Decision.forbid("missing scope " + scope);
    }

    private static Decision audience(boolean member, String reason) {
        return member ? Decision.allow() : Decision.forbid(reason);
    }

    private static boolean isA(Caller caller, PartnerType type) {
        return caller.partnerType() == type;
    }

    // ---- the viewer ----------------------------------------------------------------------------------

    /** What a caller is told about itself: its grants, the areas it may use and what it may start. */
    public ViewerProfile viewer(Caller caller) {
        return new ViewerProfile(caller.subject(), caller.kind(), caller.partnerId(), caller.roles(), caller.scopes(),
                areas(caller), viewerActions(caller));
    }

    /** The areas the caller may use, in menu order: exactly those whose API the caller may use. */
    public List<Area> areas(Caller caller) {
        List<Area> areas = new ArrayList<>();
        areas.add(Area.HOME);
        addIf(areas, Area.PARTNERS, caller.isStaff() && caller.has(Scopes.PARTNERS_READ));
        addIf(areas, Area.ORGANISATION, manageOrganisation(caller, caller.partnerId()).allowed());
        addIf(areas, Area.LEADS, readLeads(caller).allowed());
        addIf(areas, Area.ROUTING_RULES, readRoutingRules(caller).allowed());
        addIf(areas, Area.LEAD_IMPORTS, captureLeads(caller).allowed());
        addIf(areas, Area.DEALS, readLeads(caller).allowed());
        addIf(areas, Area.PIPELINE, readLeads(caller).allowed());
        addIf(areas, Area.CATALOG, readCatalog(caller).allowed());
        addIf(areas, Area.PRICE_LISTS, readPriceLists(caller).allowed());
        addIf(areas, Area.ORDERS, readOrders(caller).allowed());
        addIf(areas, Area.ORDER_ENTRY, submitOrders(caller).allowed());
        addIf(areas, Area.SUPPLIER_ORDERS, readOrders(caller).allowed() && (caller.isStaff() || isA(caller, PartnerType.SUPPLIER)));
        addIf(areas, Area.SHIPMENTS, readShipments(caller).allowed());
        addIf(areas, Area.STOCK_UPLOAD, publishStock(caller).allowed());
        addIf(areas, Area.DEMAND, readDemand(caller).allowed());
        addIf(areas, Area.SERVICE_CASES, readServiceCases(caller).allowed());
        addIf(areas, Area.SERVICE_BOARD, coordinateServiceCases(caller).allowed());
        addIf(areas, Area.CASES_BY_PRODUCT, readCasesByProduct(caller).allowed());
        addIf(areas, Area.SERVICE_SATISFACTION, readSatisfactionFigures(caller).allowed());
        addIf(areas, Area.INCENTIVES, readIncentives(caller).allowed());
        addIf(areas, Area.FUNDS, readFunds(caller).allowed());
        addIf(areas, Area.FUND_BUDGETS, manageFundBudgets(caller).allowed());
        addIf(areas, Area.INCENTIVE_ADMIN, administerIncentives(caller).allowed());
        addIf(areas, Area.WEBHOOKS, manageWebhooks(caller, new Facts.WebhookEndpoint(caller.partnerId())).allowed());
        return List.copyOf(areas);
    }

    private static <T> void addIf(List<T> list, T item, boolean allowed) {
        if (allowed) {
            list.add(item);
        }
    }

    /** What the caller may start, apart from any one record. */
    public Actions.Viewer viewerActions(Caller caller) {
        return new Actions.Viewer(captureLeads(caller).allowed(), captureLeads(caller).allowed(),
                manageRoutingRules(caller).allowed(), registerDeal(caller).allowed(), submitOrders(caller).allowed(),
                manageCatalog(caller).allowed(), manageCatalog(caller).allowed(), publishStock(caller).allowed(),
                administerDirectory(caller).allowed(), seesCrossPartnerDetails(caller), openServiceCases(caller).allowed(),
                grantableClientScopes(caller), managesWebhooksOfEveryPartner(caller));
    }

    /** Keeping preferences (the portal's language): people only, not partner systems. */
    public Decision keepPreferences(Caller caller) {
        return caller.kind() == Caller.Kind.USER ? Decision.allow() : Decision.refuse("only people have preferences");
    }

    // ---- the partner directory and organisations -------------------------------------------------------

    /** Which partners the caller may list; needs {@code partners:read}. */
    public PartnerVisibility partnersVisibleTo(Caller caller) {
        require(caller, Scopes.PARTNERS_READ);
        return caller.isStaff() ? new PartnerVisibility.All() : new PartnerVisibility.OwnAndManufacturer(caller.partnerId());
    }

    /** Whether the caller may list partners at all (then {@link #partnersVisibleTo} says which). */
    public Decision listPartners(Caller caller) {
        return scope(caller, Scopes.PARTNERS_READ);
    }

    /** How much of a partner record the caller sees; needs {@code partners:read}. */
    public PartnerView partnerView(Caller caller, String partnerId, PartnerType partnerType) {
        require(caller, Scopes.PARTNERS_READ);
        return viewOf(caller, partnerId, partnerType);
    }

    private static PartnerView viewOf(Caller caller, String partnerId, PartnerType partnerType) {
        if (caller.isStaff() || caller.belongsTo(partnerId)) {
            return PartnerView.FULL;
        }
        return partnerType == PartnerType.MANUFACTURER ? PartnerView.PUBLIC : PartnerView.NONE;
    }

    /** Creating, changing, deactivating and reactivating partners: staff with {@code partners:admin}. */
    public Decision administerDirectory(Caller caller) {
        return scope(caller, Scopes.PARTNERS_ADMIN)
                .then(() -> audience(caller.isStaff(), "directory administration is for staff"));
    }

    /**
     * Managing the people and partner-system clients of a partner: its own admins ({@code org:admin}) or staff
     * directory admins. Needs one of the two scopes; any other partner answers "not found".
     */
    public Decision manageOrganisation(Caller caller, String partnerId) {
        if (!caller.has(Scopes.ORG_ADMIN) && !caller.has(Scopes.PARTNERS_ADMIN)) {
            return Decision.forbid("missing scope " + Scopes.ORG_ADMIN);
        }
        boolean staffAdmin = caller.isStaff() && caller.has(Scopes.PARTNERS_ADMIN);
        boolean ownAdmin = caller.has(Scopes.ORG_ADMIN) && caller.belongsTo(partnerId);
        return staffAdmin || ownAdmin ? Decision.allow() : Decision.hide("partner");
    }

    public Actions.Partner partnerActions(Caller caller, String partnerId) {
        boolean admin = administerDirectory(caller).allowed();
        return new Actions.Partner(admin, admin, manageOrganisation(caller, partnerId).allowed());
    }

    /** Scopes that a new partner-system client of a partner of this type may be given. */
    public Set<String> grantableToPartnerSystem(PartnerType partnerType) {
        return Scopes.forPartnerSystem(partnerType);
    }

    /** Scopes a new partner-system client of the caller's own partner may be given; none when it may create none. */
    public List<String> grantableClientScopes(Caller caller) {
        return manageOrganisation(caller, caller.partnerId()).allowed()
                ? List.copyOf(grantableToPartnerSystem(caller.partnerType())) : List.of();
    }

    // ---- shared records: which, and which of their fields ----------------------------------------------

    /**
     * Which shared records the caller may list with a read scope: staff all, others those where its partner
     * is a party. Refuses with FORBIDDEN without the scope.
     */
    public RecordVisibility recordsVisibleTo(Caller caller, String readScope) {
        require(caller, readScope);
        return caller.isStaff() ? new RecordVisibility.All() : new RecordVisibility.PartyOf(caller.partnerId());
    }

    /**
     * Whether the caller may list shared records of a read scope at all (then {@link #recordsVisibleTo} says
     * which): global search leaves out, rather than refuses, the kinds a caller cannot read.
     */
    public Decision listRecords(Caller caller, String readScope) {
        return scope(caller, readScope);
    }

    /** Whether the caller may read one shared record with these parties; false means "not found". */
    public boolean mayRead(Caller caller, String readScope, Collection<Party> parties) {
        require(caller, readScope);
        return reads(caller, readScope, parties);
    }

    private static boolean reads(Caller caller, String readScope, Collection<Party> parties) {
        return caller.has(readScope) && (caller.isStaff() || isParty(caller, parties));
    }

    private static boolean isParty(Caller caller, Collection<Party> parties) {
        return parties.stream().anyMatch(party -> caller.belongsTo(party.partnerId()));
    }

    /** Whether the caller acts for this partner: its own people and systems do; nobody acts for "nobody". */
    private static boolean actsFor(Caller caller, String partnerId) {
        return partnerId != null && caller.belongsTo(partnerId);
    }

    /** Whether details that name other partners (routing candidates, duplicates, conflicts, who wants what) are shown. */
    public boolean seesCrossPartnerDetails(Caller caller) {
        return caller.isStaff();
    }

    /** A record's timeline as the caller may read it: entries that name other partners are for staff only. */
    public List<TimelineEntry> timelineFor(Caller caller, List<TimelineEntry> timeline) {
        boolean everything = seesCrossPartnerDetails(caller);
        return timeline.stream().filter(entry -> everything || !entry.staffOnly()).toList();
    }

    /**
     * How the actor of a timeline entry or audit stamp is shown to a reader; every field that shows an actor asks
     * here. Staff see every person. Others see the people and systems of their own partner, and any other partner's
     * only as that partner: by name where the partner directory would show it to them (the manufacturer's public
     * profile), by its type otherwise. The platform is shown by its name. An entry written before the actor's partner
     * was stored is shown to non-staff as "another partner", unless the reader wrote it itself.
     */
    public ActorView actorShownTo(Caller reader, Actor actor) {
        if (actor.isPlatform()) {
            return new ActorView.Platform(actor.subject());
        }
        ActingPartner partner = actor.partner();
        PartnerType type = partner == null ? null : partner.type();
        if (seesPeopleOf(reader, partner == null ? null : partner.id())) {
            return new ActorView.Person(actor.subject(), type);
        }
        if (partner == null) {
            return reader.subject().equals(actor.subject()) ? new ActorView.Person(actor.subject(), null)
                    : new ActorView.AnotherPartner();
        }
        return viewOf(reader, partner.id(), type) == PartnerView.NONE ? new ActorView.PartnerOfType(type)
                : new ActorView.NamedPartner(partner.id(), type);
    }

    /**
     * Whether the caller is shown the people (e-mail, client id) of a partner who acted on a shared record: staff
     * everyone's, others only their own colleagues'; of another partner they learn the partner alone.
     */
    public boolean seesPeopleOf(Caller caller, String partnerId) {
        return caller.isStaff() || actsFor(caller, partnerId);
    }

    /**
     * The dealer whose orders' end customers the caller may search by (the same rule as
     * {@link #seesEndCustomerOf}): empty for staff, who see every end customer; its own partner for anybody else,
     * so that a supplier never finds an order by its end customer.
     */
    public Optional<String> endCustomersOnlyOfDealer(Caller caller) {
        return caller.isStaff() ? Optional.empty() : Optional.of(caller.partnerId());
    }

    /** Whether the end customer's contact on a dealer's order is shown: to the dealer and staff only. */
    public boolean seesEndCustomerOf(Caller caller, String dealerId) {
        return caller.isStaff() || caller.belongsTo(dealerId);
    }

    // ---- leads ------------------------------------------------------------------------------------------

    private static Decision readLeads(Caller caller) {
        return scope(caller, Scopes.LEADS_READ);
    }

    /** Capturing leads (API, CSV import): staff and dealers (their people and systems), with {@code leads:write}. */
    public Decision captureLeads(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.DEALER),
                "leads come from staff or dealers"));
    }

    /** Where the leads the caller captures go: staff's to the routing rules at once, a dealer's to that dealer. */
    public LeadIntake leadIntake(Caller caller) {
        return caller.isStaff() ? LeadIntake.ROUTED_BY_RULES : LeadIntake.OWNED_BY_CALLERS_DEALER;
    }

    /** Accepting a lead: the dealer it is routed to, while it waits for the answer and before the deadline. */
    public Decision acceptLead(Caller caller, Facts.Lead lead) {
        return answerLead(caller, lead).then(() -> clock.instant().isAfter(lead.acceptBy())
                ? Decision.notNow("the time to accept this lead ran out at " + lead.acceptBy()) : Decision.allow());
    }

    /** Declining a lead: the dealer it is routed to, while it waits for the answer. */
    public Decision declineLead(Caller caller, Facts.Lead lead) {
        return answerLead(caller, lead);
    }

    private static Decision answerLead(Caller caller, Facts.Lead lead) {
        return scope(caller, Scopes.LEADS_WRITE)
                .then(() -> actsFor(caller, lead.dealerId()) ? Decision.allow()
                        : reads(caller, Scopes.LEADS_READ, lead.parties())
                                ? Decision.refuse("only the dealer the lead is routed to can answer it") : Decision.hide("lead"))
                .then(() -> lead.awaitingAnswer() ? Decision.allow() : Decision.notNow("the lead is not waiting for your answer"));
    }

    /** Routing leads by hand or by the rules, and merging them: staff with {@code leads:write}. */
    public Decision routeLeads(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** Routing this lead: staff, unless it is accepted, converted or merged. */
    public Decision routeLead(Caller caller, Facts.Lead lead) {
        return routeLeads(caller).then(() -> lead.routable() ? Decision.allow()
                : Decision.notNow("an accepted, converted or merged lead cannot be re-routed"));
    }

    /** Merging duplicates: staff with {@code leads:write}. */
    public Decision mergeLeads(Caller caller) {
        return routeLeads(caller);
    }

    /** Merging a duplicate into this lead: staff, unless this lead was itself merged away. */
    public Decision mergeInto(Caller caller, Facts.Lead survivor) {
        return mergeLeads(caller).then(() -> survivor.takesInDuplicates() ? Decision.allow()
                : Decision.notNow("this lead cannot take in another"));
    }

    /** Converting a lead into an opportunity: the dealer that accepted it; for anybody else it does not exist. */
    public Decision convertLead(Caller caller, Facts.Lead lead) {
        return scope(caller, Scopes.LEADS_WRITE)
                .then(() -> actsFor(caller, lead.dealerId()) ? Decision.allow() : Decision.hide("lead"))
                .then(() -> lead.accepted() ? Decision.allow()
                        : Decision.notNow("only an accepted lead can be converted, by its dealer"));
    }

    public Actions.Lead leadActions(Caller caller, Facts.Lead lead) {
        return new Actions.Lead(acceptLead(caller, lead).allowed(), declineLead(caller, lead).allowed(),
                routeLead(caller, lead).allowed(), mergeInto(caller, lead).allowed(), convertLead(caller, lead).allowed());
    }

    /** Reading the routing rules: staff with {@code leads:read}. */
    public Decision readRoutingRules(Caller caller) {
        return scope(caller, Scopes.LEADS_READ).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** Creating, changing, moving and deleting routing rules: staff with {@code leads:write}. */
    public Decision manageRoutingRules(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    // ---- opportunities ----------------------------------------------------------------------------------

    /** Moving an opportunity to another stage: its dealer, until it is won or lost. */
    public Decision moveOpportunity(Caller caller, Facts.Opportunity opportunity) {
        return workOn(caller, opportunity).then(() -> opportunity.closed() ? Decision.notNow("the opportunity is already closed")
                : Decision.allow());
    }

    /** Changing amount, probability, close date and expected products: its dealer. */
    public Decision updateOpportunity(Caller caller, Facts.Opportunity opportunity) {
        return workOn(caller, opportunity);
    }

    /** Logging calls, meetings, notes and tasks, and completing tasks: its dealer. */
    public Decision logActivity(Caller caller, Facts.Opportunity opportunity) {
        return workOn(caller, opportunity);
    }

    private static Decision workOn(Caller caller, Facts.Opportunity opportunity) {
        return scope(caller, Scopes.LEADS_WRITE)
                .then(() -> actsFor(caller, opportunity.dealerId()) ? Decision.allow() : Decision.hide("opportunity"));
    }

    public Actions.Opportunity opportunityActions(Caller caller, Facts.Opportunity opportunity) {
        return new Actions.Opportunity(moveOpportunity(caller, opportunity).allowed(),
                updateOpportunity(caller, opportunity).allowed(), logActivity(caller, opportunity).allowed());
    }

    // ---- deal registrations -----------------------------------------------------------------------------

    /** Registering a deal: dealers (their people and systems), with {@code leads:write}. */
    public Decision registerDeal(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(isA(caller, PartnerType.DEALER), "for dealers only"));
    }

    /** Approving and rejecting registrations: staff with {@code leads:write}. */
    public Decision decideDeals(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** Approving or rejecting this registration: staff, while it waits for a decision. */
    public Decision decideDeal(Caller caller, Facts.DealRegistration deal) {
        return decideDeals(caller).then(() -> deal.awaitingDecision() ? Decision.allow()
                : Decision.notNow("the registration was already decided"));
    }

    public Actions.DealRegistration dealActions(Caller caller, Facts.DealRegistration deal) {
        boolean decide = decideDeal(caller, deal).allowed();
        return new Actions.DealRegistration(decide, decide);
    }

    // ---- orders, drafts and shipments ---------------------------------------------------------------------

    private static Decision readOrders(Caller caller) {
        return scope(caller, Scopes.ORDERS_READ)
                .then(() -> audience(!isA(caller, PartnerType.CARRIER), "carriers see shipments, not orders"));
    }

    /**
     * Which orders (and drafts) the caller may list: staff all, dealers and suppliers those naming them as a
     * party. Carriers work with shipments, never with orders (which carry prices).
     */
    public RecordVisibility ordersVisibleTo(Caller caller) {
        readOrders(caller).enforce();
        return recordsVisibleTo(caller, Scopes.ORDERS_READ);
    }

    private static Decision readOrder(Caller caller, Collection<Party> parties) {
        return readOrders(caller).then(() -> caller.isStaff() || isParty(caller, parties) ? Decision.allow() : Decision.hide("order"));
    }

    /** Whether the caller may list orders at all (then {@link #ordersVisibleTo} says which): not carriers. */
    public Decision listOrders(Caller caller) {
        return readOrders(caller);
    }

    /**
     * Submitting orders (one per call or many with submitOrders, decided once for the call) and keeping drafts and saved
     * delivery addresses: dealers (their people and systems), with {@code orders:write}.
     */
    public Decision submitOrders(Caller caller) {
        return scope(caller, Scopes.ORDERS_WRITE).then(() -> audience(isA(caller, PartnerType.DEALER), "for dealers only"));
    }

    /** Answering an order's lines: its supplier, while the order waits for the answer. */
    public Decision confirmOrder(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties()).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> actsFor(caller, order.supplierId()) ? Decision.allow()
                        : Decision.refuse("only the order's supplier answers it"))
                .then(() -> order.awaitingAnswer() ? Decision.allow() : Decision.notNow("the order was already answered or cancelled"));
    }

    /** Cancelling an order: the ordering dealer or staff, before the supplier answers. */
    public Decision cancelOrder(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties()).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> caller.isStaff() || actsFor(caller, order.dealerId()) ? Decision.allow()
                        : Decision.refuse("only the ordering dealer or staff cancel"))
                .then(() -> order.awaitingAnswer() ? Decision.allow()
                        : Decision.notNow("only an order the supplier has not answered can be cancelled"));
    }

    /** Handing an order's goods to a carrier: its supplier, once the order is confirmed and while confirmed goods are left. */
    public Decision shipOrder(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties()).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> actsFor(caller, order.supplierId()) ? Decision.allow()
                        : Decision.refuse("only the order's supplier ships it"))
                .then(() -> order.shippable() ? Decision.allow() : Decision.notNow("only a confirmed order ships"))
                .then(() -> order.leftToShip() ? Decision.allow()
                        : Decision.notNow("everything confirmed was already handed to a carrier"));
    }

    /**
     * Downloading an order's confirmation (PDF): the ordering dealer, the order's supplier and staff. Anyone else —
     * another dealer or supplier, a carrier of the order — is answered "not found".
     */
    public Decision readOrderConfirmation(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties())
                .then(() -> caller.isStaff() || actsFor(caller, order.dealerId()) || actsFor(caller, order.supplierId())
                        ? Decision.allow() : Decision.hide("order"));
    }

    /** Ordering the lines of a past order again (as a new draft): the ordering dealer. */
    public Decision reorder(Caller caller, Facts.Order order) {
        return submitOrders(caller).then(() -> readOrder(caller, order.parties()))
                .then(() -> actsFor(caller, order.dealerId()) ? Decision.allow() : Decision.hide("order"));
    }

    public Actions.Order orderActions(Caller caller, Facts.Order order) {
        return new Actions.Order(confirmOrder(caller, order).allowed(), cancelOrder(caller, order).allowed(),
                shipOrder(caller, order).allowed(), reorder(caller, order).allowed(), readOrderConfirmation(caller, order).allowed());
    }

    /**
     * Listing the carriers to hand goods to: suppliers (orders), dealers (returns, see {@link #shipReturn}) and staff with
     * {@code orders:write}.
     */
    public Decision listCarriers(Caller caller) {
        return scope(caller, Scopes.ORDERS_WRITE).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.SUPPLIER)
                || isA(caller, PartnerType.DEALER), "shipments are handed over by suppliers, returns by dealers"));
    }

    private static Decision readShipments(Caller caller) {
        return scope(caller, Scopes.ORDERS_READ);
    }

    /** Which orders' shipments the caller may list: needs {@code orders:read}; carriers included. */
    public RecordVisibility shipmentsVisibleTo(Caller caller) {
        return recordsVisibleTo(caller, Scopes.ORDERS_READ);
    }

    /**
     * Whether the caller may see a shipment: staff, the order's dealer and supplier, and the shipment's own
     * carrier (not another carrier of the same order). Needs {@code orders:read}.
     */
    public boolean mayReadShipment(Caller caller, Facts.Shipment shipment) {
        require(caller, Scopes.ORDERS_READ);
        if (caller.isStaff()) {
            return true;
        }
        if (isA(caller, PartnerType.CARRIER)) {
            return actsFor(caller, shipment.carrierId());
        }
        return isParty(caller, shipment.orderParties());
    }

    /** Reporting pick-up, transit, delivery or a problem: the shipment's carrier, until it is delivered. */
    public Decision recordShipmentEvent(Caller caller, Facts.Shipment shipment) {
        return scope(caller, Scopes.ORDERS_WRITE)
                .then(() -> actsFor(caller, shipment.carrierId()) ? Decision.allow() : Decision.hide("shipment"))
                .then(() -> shipment.delivered() ? Decision.notNow("the shipment was already delivered") : Decision.allow());
    }

    /**
     * Correcting a shipment's last event (recorded as a correction, the event stays): the person or system of the
     * shipment's carrier that reported it, within the event's correction window. Another carrier: "not found".
     */
    public Decision correctShipmentEvent(Caller caller, Facts.Shipment shipment) {
        return scope(caller, Scopes.ORDERS_WRITE)
                .then(() -> actsFor(caller, shipment.carrierId()) ? Decision.allow() : Decision.hide("shipment"))
                .then(() -> caller.subject().equals(shipment.lastEventBy()) ? Decision.allow()
                        : Decision.refuse("only who reported the last event corrects it"))
                .then(() -> shipment.correctableUntil() != null && clock.instant().isBefore(shipment.correctableUntil())
                        ? Decision.allow() : Decision.notNow("the last event's correction window has ended"));
    }

    /** Attaching the photo of delivered goods: the shipment's carrier, once delivered, once. */
    public Decision attachProofOfDelivery(Caller caller, Facts.Shipment shipment) {
        return scope(caller, Scopes.ORDERS_WRITE)
                .then(() -> actsFor(caller, shipment.carrierId()) ? Decision.allow() : Decision.hide("shipment"))
                .then(() -> shipment.delivered() ? Decision.allow() : Decision.notNow("only a delivered shipment takes a proof of delivery"))
                .then(() -> shipment.proofAttached() ? Decision.notNow("the shipment already has its proof of delivery") : Decision.allow());
    }

    /**
     * Downloading a shipment's proof of delivery: whoever reads the shipment — staff, the order's dealer and supplier, the
     * shipment's own carrier. Anyone else is answered "not found".
     */
    public Decision readProofOfDelivery(Caller caller, Facts.Shipment shipment) {
        return readShipments(caller).then(() -> mayReadShipment(caller, shipment) ? Decision.allow() : Decision.hide("shipment"));
    }

    /** What the caller may report about a shipment: which events, in the order they happen, if any; corrections; the proof. */
    public Actions.Shipment shipmentActions(Caller caller, Facts.Shipment shipment) {
        boolean allowed = recordShipmentEvent(caller, shipment).allowed();
        boolean correct = correctShipmentEvent(caller, shipment).allowed();
        return new Actions.Shipment(allowed, allowed ? shipment.nextEvents() : List.of(), correct,
                correct ? shipment.correctionEvents() : List.of(), attachProofOfDelivery(caller, shipment).allowed());
    }

    /**
     * Sending goods of an order back to its supplier under an RMA (a return shipment): the ordering dealer, or staff
     * on its behalf. Whether the goods arrived first is the order's own rule.
     */
    public Decision returnGoods(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties()).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> caller.isStaff() || actsFor(caller, order.dealerId()) ? Decision.allow()
                        : Decision.refuse("the ordering dealer or staff send goods back"));
    }

    /** Replacing returned goods with a new order at no charge: the supplier of the original order. */
    public Decision placeReplacementOrder(Caller caller, Facts.Order order) {
        return readOrder(caller, order.parties()).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> actsFor(caller, order.supplierId()) ? Decision.allow()
                        : Decision.refuse("the order's supplier replaces its goods"));
    }

    /** Changing a draft: its dealer, while it is open. */
    public Decision editDraft(Caller caller, Facts.OrderDraft draft) {
        return ownDraft(caller, draft).then(() -> openDraft(draft));
    }

    /** Submitting a draft: its dealer, until it is submitted (a cut-off submission may be completed). */
    public Decision submitDraft(Caller caller, Facts.OrderDraft draft) {
        return ownDraft(caller, draft).then(() -> draft.submitted() ? Decision.notNow("the draft was already submitted")
                : Decision.allow());
    }

    /** Deleting a draft: its dealer, while it is open. */
    public Decision deleteDraft(Caller caller, Facts.OrderDraft draft) {
        return ownDraft(caller, draft).then(() -> openDraft(draft));
    }

    private Decision ownDraft(Caller caller, Facts.OrderDraft draft) {
        return submitOrders(caller).then(() -> readOrders(caller))
                .then(() -> actsFor(caller, draft.dealerId()) ? Decision.allow() : Decision.hide("order draft"));
    }

    private static Decision openDraft(Facts.OrderDraft draft) {
        return draft.open() ? Decision.allow()
                : Decision.notNow(draft.submitted() ? "the draft was already submitted" : "the draft is being submitted");
    }

    public Actions.OrderDraft draftActions(Caller caller, Facts.OrderDraft draft) {
        return new Actions.OrderDraft(editDraft(caller, draft).allowed(), submitDraft(caller, draft).allowed(),
                deleteDraft(caller, draft).allowed());
    }

    // ---- catalog and prices -------------------------------------------------------------------------------

    /** Reading the catalog: dealers, suppliers and staff with {@code orders:read}; carriers have no catalog. */
    public Decision readCatalog(Caller caller) {
        return scope(caller, Scopes.ORDERS_READ).then(() -> audience(!isA(caller, PartnerType.CARRIER), "carriers have no catalog"));
    }

    /** Creating and changing products and publishing price lists: staff with {@code catalog:write}. */
    public Decision manageCatalog(Caller caller) {
        return scope(caller, Scopes.CATALOG_WRITE).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** Rewriting a product's descriptions: staff, or the product's own supplier, with {@code catalog:write}. */
    public Decision describeProduct(Caller caller, String supplierId) {
        return scope(caller, Scopes.CATALOG_WRITE).then(() -> audience(caller.isStaff() || actsFor(caller, supplierId),
                "only the product's supplier or staff describe it"));
    }

    public Actions.Product productActions(Caller caller, String supplierId) {
        return new Actions.Product(manageCatalog(caller).allowed(), describeProduct(caller, supplierId).allowed());
    }

    private static Decision readPriceLists(Caller caller) {
        return scope(caller, Scopes.ORDERS_READ).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.DEALER),
                "prices are for dealers and staff"));
    }

    /** Which price lists the caller reads: staff all, a dealer its own tier's; everybody else none (FORBIDDEN). */
    public PriceVisibility priceListsVisibleTo(Caller caller) {
        readCatalog(caller).enforce();
        readPriceLists(caller).enforce();
        return caller.isStaff() ? new PriceVisibility.All() : new PriceVisibility.TierOf(caller.partnerId());
    }

    /**
     * The dealer whose tier's current price list prices products for the caller: a dealer buys at its own tier's
     * prices; nobody else sees a price on a product.
     */
    public Optional<String> buysAtTierOf(Caller caller) {
        if (!isA(caller, PartnerType.DEALER)) {
            return Optional.empty();
        }
        readCatalog(caller).enforce();
        return Optional.of(caller.partnerId());
    }

    // ---- stock and demand ---------------------------------------------------------------------------------

    /** Whether the caller sees exact stock quantities of a supplier's product: staff and that supplier. */
    public boolean seesExactStock(Caller caller, String supplierId) {
        require(caller, Scopes.STOCK_READ);
        return caller.isStaff() || actsFor(caller, supplierId);
    }

    /** Publishing stock: suppliers with {@code stock:write}, each item only for its own products. */
    public Decision publishStock(Caller caller) {
        return scope(caller, Scopes.STOCK_WRITE).then(() -> audience(isA(caller, PartnerType.SUPPLIER),
                "stock is published by suppliers"));
    }

    /** Whether a stock item of a product supplied by {@code supplierId} is the caller's to publish. */
    public boolean publishesStockOf(Caller caller, String supplierId) {
        return actsFor(caller, supplierId);
    }

    private static Decision readDemand(Caller caller) {
        return scope(caller, Scopes.STOCK_READ).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.SUPPLIER),
                "demand signals are for suppliers and staff"));
    }

    /**
     * Whose demand signals the caller reads: empty for staff (every supplier), its own partner for a supplier;
     * refused for everybody else. Needs {@code stock:read}.
     */
    public Optional<String> demandScope(Caller caller) {
        readDemand(caller).enforce();
        return caller.isStaff() ? Optional.empty() : Optional.of(caller.partnerId());
    }

    // ---- service cases ------------------------------------------------------------------------------------

    private static Decision readServiceCases(Caller caller) {
        return scope(caller, Scopes.SERVICE_READ);
    }

    /** Which cases the caller may list: staff all, others those naming their partner as a party. Needs {@code service:read}. */
    public RecordVisibility serviceCasesVisibleTo(Caller caller) {
        return recordsVisibleTo(caller, Scopes.SERVICE_READ);
    }

    /** The coordination board (open cases by state and by whom they wait on, with their counts): staff. */
    public Decision coordinateServiceCases(Caller caller) {
        return readServiceCases(caller).then(() -> audience(caller.isStaff(), "staff coordinate service cases"));
    }

    /** Cases grouped by product: suppliers (the cases they take part in) and staff. */
    public Decision readCasesByProduct(Caller caller) {
        return readServiceCases(caller).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.SUPPLIER),
                "cases by product are for suppliers and staff"));
    }

    /** Opening cases: dealers (their people and systems) for their own customers, and staff for any dealer. */
    public Decision openServiceCases(Caller caller) {
        return scope(caller, Scopes.SERVICE_WRITE).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.DEALER),
                "cases are opened by dealers or staff"));
    }

    /** The dealer whose case a caller opens: a dealer's own; empty for staff, who name the dealer. */
    public Optional<String> opensCasesOnlyFor(Caller caller) {
        openServiceCases(caller).enforce();
        return caller.isStaff() ? Optional.empty() : Optional.of(caller.partnerId());
    }

    private static Decision readCase(Caller caller, Facts.ServiceCase serviceCase) {
        return readServiceCases(caller).then(() -> caller.isStaff() || isParty(caller, serviceCase.parties()) ? Decision.allow()
                : Decision.hide("service case"));
    }

    /** Triage, work, waiting, resolution, parties and warranty overrides: staff coordinate, with {@code service:write}. */
    private static Decision coordinate(Caller caller, Facts.ServiceCase serviceCase) {
        return readCase(caller, serviceCase).then(() -> scope(caller, Scopes.SERVICE_WRITE))
                .then(() -> caller.isStaff() ? Decision.allow() : Decision.refuse("staff coordinate service cases"));
    }

    public Decision triageCase(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase).then(() -> serviceCase.isNew() ? Decision.allow() : Decision.notNow("the case was already triaged"));
    }

    public Decision startCaseWork(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase).then(() -> serviceCase.workable() ? Decision.allow()
                : Decision.notNow("work starts on a triaged or waiting case"));
    }

    public Decision waitOnCase(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase).then(() -> serviceCase.inProgress() ? Decision.allow()
                : Decision.notNow("only a case in progress can wait"));
    }

    public Decision resolveCase(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase).then(() -> serviceCase.resolvable() ? Decision.allow()
                : Decision.notNow("only a case being worked on is resolved"));
    }

    /** Adding and removing suppliers and carriers, and overriding the warranty decision: staff, in any state. */
    public Decision manageCaseParties(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase);
    }

    public Decision overrideWarranty(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase);
    }

    /** Closing a resolved case: staff, or its dealer confirming the resolution. */
    public Decision closeCase(Caller caller, Facts.ServiceCase serviceCase) {
        return dealerOrStaff(caller, serviceCase).then(() -> serviceCase.resolved() ? Decision.allow()
                : Decision.notNow("only a resolved case is closed"));
    }

    /** Reopening a resolved or closed case: staff or its dealer, within the window after the resolution. */
    public Decision reopenCase(Caller caller, Facts.ServiceCase serviceCase) {
        return dealerOrStaff(caller, serviceCase).then(() -> !serviceCase.finished() ? Decision.notNow("only a resolved or closed case is reopened")
                : clock.instant().isAfter(serviceCase.reopenableUntil())
                        ? Decision.notNow("the time to reopen this case ran out at " + serviceCase.reopenableUntil()) : Decision.allow());
    }

    private static Decision dealerOrStaff(Caller caller, Facts.ServiceCase serviceCase) {
        return readCase(caller, serviceCase).then(() -> scope(caller, Scopes.SERVICE_WRITE))
                .then(() -> caller.isStaff() || actsFor(caller, serviceCase.dealerId()) ? Decision.allow()
                        : Decision.refuse("the case's dealer or staff do this"));
    }

    /** Commenting: every party of the case and staff, in any state. */
    public Decision commentOnCase(Caller caller, Facts.ServiceCase serviceCase) {
        return readCase(caller, serviceCase).then(() -> scope(caller, Scopes.SERVICE_WRITE));
    }

    /** The visibilities the caller may give a comment: staff also internal notes, parties shared or addressed ones. */
    public List<String> commentVisibilities(Caller caller) {
        return caller.isStaff() ? List.of("INTERNAL", "SHARED", "ADDRESSED") : List.of("SHARED", "ADDRESSED");
    }

    /** Giving a comment this visibility: refused (NOT_ALLOWED) for a visibility the caller may not choose. */
    public Decision chooseCommentVisibility(Caller caller, String visibility) {
        return visibility == null || commentVisibilities(caller).contains(visibility) ? Decision.allow()
                : Decision.refuse("you may not write " + visibility.toLowerCase(java.util.Locale.ROOT) + " comments");
    }

    /**
     * Whether the caller reads a comment of a case it reads: staff every one; others shared ones, and addressed ones
     * they wrote (their partner did) or that are addressed to their partner; never internal notes.
     */
    public boolean mayReadComment(Caller caller, Facts.CaseComment comment) {
        if (caller.isStaff()) {
            return true;
        }
        if (comment.internal()) {
            return false;
        }
        return !comment.addressed() || actsFor(caller, comment.authorPartnerId()) || actsFor(caller, comment.addressedTo());
    }

    /** Editing a comment: its author, until it is deleted. */
    public Decision editComment(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseComment comment) {
        return commentOnCase(caller, serviceCase).then(() -> visibleComment(caller, comment))
                .then(() -> caller.subject().equals(comment.authorSubject()) && actsFor(caller, comment.authorPartnerId())
                        ? Decision.allow() : Decision.refuse("only its author edits a comment"))
                .then(() -> comment.deleted() ? Decision.notNow("the comment was deleted") : Decision.allow());
    }

    /** Deleting a comment: its author, or staff moderating; the text stays in its history for staff. */
    public Decision deleteComment(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseComment comment) {
        return commentOnCase(caller, serviceCase).then(() -> visibleComment(caller, comment))
                .then(() -> caller.isStaff() || caller.subject().equals(comment.authorSubject()) && actsFor(caller, comment.authorPartnerId())
                        ? Decision.allow() : Decision.refuse("only its author or staff delete a comment"))
                .then(() -> comment.deleted() ? Decision.notNow("the comment was already deleted") : Decision.allow());
    }

    /**
     * Attaching files to a comment: its author, until it is deleted. Decided before a byte of the upload is read,
     * so whoever may not attach cannot make the server receive the file.
     */
    public Decision attachToComment(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseComment comment) {
        return commentOnCase(caller, serviceCase).then(() -> visibleComment(caller, comment))
                .then(() -> caller.subject().equals(comment.authorSubject()) && actsFor(caller, comment.authorPartnerId())
                        ? Decision.allow() : Decision.refuse("only its author attaches files to a comment"))
                .then(() -> comment.deleted() ? Decision.notNow("the comment was deleted") : Decision.allow());
    }

    /**
     * Whether the caller may download (and see) a comment's attachments: who reads the case and the comment; once
     * the comment is deleted, staff only, as with its earlier text. Anyone else is answered "not found".
     */
    public boolean mayReadAttachments(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseComment comment) {
        return readCase(caller, serviceCase).allowed() && mayReadComment(caller, comment) && (caller.isStaff() || !comment.deleted());
    }

    private Decision visibleComment(Caller caller, Facts.CaseComment comment) {
        return mayReadComment(caller, comment) ? Decision.allow() : Decision.hide("comment");
    }

    /** Whether earlier versions of comments (edits, deleted text) are shown: staff only. */
    public boolean seesCommentHistory(Caller caller) {
        return caller.isStaff();
    }

    public Actions.ServiceCase caseActions(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        boolean comment = commentOnCase(caller, serviceCase).allowed();
        return new Actions.ServiceCase(triageCase(caller, serviceCase).allowed(), startCaseWork(caller, serviceCase).allowed(),
                waitOnCase(caller, serviceCase).allowed(), resolveCase(caller, serviceCase).allowed(),
                closeCase(caller, serviceCase).allowed(), reopenCase(caller, serviceCase).allowed(),
                manageCaseParties(caller, serviceCase).allowed(), overrideWarranty(caller, serviceCase).allowed(), comment,
                comment ? commentVisibilities(caller) : List.of(), openRecoveryClaim(caller, serviceCase).allowed(),
                authorizeReturn(caller, serviceCase, caseReturn).allowed(), shipReturn(caller, serviceCase, caseReturn).allowed(),
                carriesReturn(caller, serviceCase, caseReturn), inspectReturn(caller, serviceCase, caseReturn).allowed());
    }

    // ---- returns (RMA) ------------------------------------------------------------------------------------

    /** Authorising a return (an RMA number): staff, once, on an open return or warranty case. */
    public Decision authorizeReturn(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        return coordinate(caller, serviceCase).then(() -> caseReturn.returnType() && !caseReturn.authorized() && !serviceCase.finished()
                ? Decision.allow() : Decision.notNow("a return is authorised once, on an open return or warranty case"));
    }

    /** Handing the authorised goods to a carrier: the case's dealer, or staff for it, until everything is inspected. */
    public Decision shipReturn(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        return dealerOrStaff(caller, serviceCase).then(() -> awaitingInspection(serviceCase, caseReturn));
    }

    /**
     * Recording receipt and inspection of returned goods: a supplier of the case (each its own goods, see
     * {@link #inspectReturnedLine}), while the case is open and goods await inspection. Staff do not inspect.
     */
    public Decision inspectReturn(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        return readCase(caller, serviceCase).then(() -> scope(caller, Scopes.SERVICE_WRITE))
                .then(() -> serviceCase.parties().stream().anyMatch(party -> "SUPPLIER".equals(party.role()) && actsFor(caller, party.partnerId()))
                        ? Decision.allow() : Decision.refuse("the case's supplier inspects returned goods"))
                .then(() -> awaitingInspection(serviceCase, caseReturn));
    }

    /** Inspecting one returned line: only the supplier of its goods, not another supplier of the same case. */
    public Decision inspectReturnedLine(Caller caller, String supplierId) {
        return actsFor(caller, supplierId) ? Decision.allow() : Decision.refuse("another supplier's goods");
    }

    /** Whether the caller carries goods of this case's return (it records their events on its shipment). */
    public boolean carriesReturn(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        return readCase(caller, serviceCase).allowed() && caseReturn.carrierIds().stream().anyMatch(carrier -> actsFor(caller, carrier));
    }

    private static Decision awaitingInspection(Facts.ServiceCase serviceCase, Facts.CaseReturn caseReturn) {
        return caseReturn.authorized() && caseReturn.awaitingInspection() && !serviceCase.finished() ? Decision.allow()
                : Decision.notNow(caseReturn.authorized() ? "every returned line was inspected, or the case is closed"
                        : "no return was authorised on this case");
    }

    public Actions.CaseComment commentActions(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseComment comment) {
        return new Actions.CaseComment(editComment(caller, serviceCase, comment).allowed(),
                deleteComment(caller, serviceCase, comment).allowed(), attachToComment(caller, serviceCase, comment).allowed());
    }

    // ---- customer satisfaction ----------------------------------------------------------------------------

    /**
     * Whether the caller sees a case's satisfaction survey (score, comment, where it was sent, its timeline entries):
     * the case's dealer and staff; the end customer's words are not the supplier's or the carrier's to read.
     */
    public boolean seesCaseSurvey(Caller caller, Facts.ServiceCase serviceCase) {
        return caller.isStaff() || actsFor(caller, serviceCase.dealerId());
    }

    /** The survey link itself: to the dealer and staff, only while it waits to be forwarded (not mailed, answered or expired). */
    public boolean seesSurveyLink(Caller caller, Facts.ServiceCase serviceCase, Facts.CaseSurvey survey) {
        return seesCaseSurvey(caller, serviceCase) && !survey.mailed() && !survey.answered() && !survey.expired();
    }

    /** Reading satisfaction figures: staff (any partner's), dealers and suppliers (their own). */
    public Decision readSatisfactionFigures(Caller caller) {
        return readServiceCases(caller).then(() -> audience(caller.isStaff() || isA(caller, PartnerType.DEALER)
                || isA(caller, PartnerType.SUPPLIER), "satisfaction figures are for dealers, suppliers and staff"));
    }

    /**
     * Whose satisfaction figures the caller reads: staff any partner's (empty: everybody's), a dealer or supplier its
     * own (another partner is "not found"); others FORBIDDEN. Needs {@code service:read}.
     */
    public Optional<String> satisfactionFiguresOf(Caller caller, String partnerId) {
        readSatisfactionFigures(caller).enforce();
        if (caller.isStaff()) {
            return Optional.ofNullable(partnerId);
        }
        if (partnerId != null && !actsFor(caller, partnerId)) {
            Decision.hide("partner").enforce();
        }
        return Optional.of(caller.partnerId());
    }

    // ---- recovery claims ----------------------------------------------------------------------------------

    /** Opening a claim from a case against its supplier or carrier: staff coordinating the case. */
    public Decision openRecoveryClaim(Caller caller, Facts.ServiceCase serviceCase) {
        return coordinate(caller, serviceCase);
    }

    /** Which claims the caller may list: staff all, a supplier or carrier those against it; never dealers' business. */
    public RecordVisibility recoveryClaimsVisibleTo(Caller caller) {
        return recordsVisibleTo(caller, Scopes.SERVICE_READ);
    }

    /** Whether the caller may read a claim: staff and the partner it is against, nobody else (not the case's dealer). */
    public boolean mayReadRecoveryClaim(Caller caller, Facts.RecoveryClaim claim) {
        require(caller, Scopes.SERVICE_READ);
        return caller.isStaff() || actsFor(caller, claim.againstId());
    }

    /** Accepting or disputing a claim: the partner it is against, while it awaits the answer. */
    public Decision answerRecoveryClaim(Caller caller, Facts.RecoveryClaim claim) {
        return scope(caller, Scopes.SERVICE_WRITE)
                .then(() -> actsFor(caller, claim.againstId()) ? Decision.allow()
                        : caller.isStaff() ? Decision.refuse("the claimed partner answers a claim") : Decision.hide("recovery claim"))
                .then(() -> claim.awaitingAnswer() ? Decision.allow() : Decision.notNow("the claim was already answered or withdrawn"));
    }

    /** Withdrawing a claim: staff, unless it was accepted. */
    public Decision withdrawRecoveryClaim(Caller caller, Facts.RecoveryClaim claim) {
        return scope(caller, Scopes.SERVICE_WRITE)
                .then(() -> caller.isStaff() ? Decision.allow()
                        : actsFor(caller, claim.againstId()) ? Decision.refuse("staff withdraw claims") : Decision.hide("recovery claim"))
                .then(() -> claim.withdrawable() ? Decision.allow() : Decision.notNow("an accepted or withdrawn claim stays as it is"));
    }

    public Actions.RecoveryClaim claimActions(Caller caller, Facts.RecoveryClaim claim) {
        boolean answer = answerRecoveryClaim(caller, claim).allowed();
        return new Actions.RecoveryClaim(answer, answer, withdrawRecoveryClaim(caller, claim).allowed());
    }

    // ---- market development funds -------------------------------------------------------------------------

    /** Setting up fund budgets and allocating them to partners: staff with {@code incentives:admin}. */
    public Decision manageFundBudgets(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_ADMIN)
                .then(() -> audience(caller.isStaff(), "fund budgets are administered by staff"));
    }

    /** Using market development funds at all: staff and dealers, who hold {@code incentives:read}. */
    public Decision readFunds(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_READ);
    }

    /** Reading fund budgets (a partner sees its own allocation, never the budget behind it): staff. */
    public Decision readFundBudgets(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_READ)
                .then(() -> audience(caller.isStaff(), "fund budgets are staff's"));
    }

    /** Which fund allocations (with their requests and claims) the caller may list: staff all, a partner its own. */
    public RecordVisibility fundAllocationsVisibleTo(Caller caller) {
        return recordsVisibleTo(caller, Scopes.INCENTIVES_READ);
    }

    /** Whether the caller may read an allocation, its requests and claims; false means "not found". */
    public boolean mayReadFundAllocation(Caller caller, Facts.FundAllocation allocation) {
        return mayRead(caller, Scopes.INCENTIVES_READ, allocation.parties());
    }

    /** The partner's own move on its funds (with {@code incentives:write}): the partner itself; staff see but do not act; anyone else finds nothing. */
    private static Decision partnersOwn(Caller caller, String partnerId, String what) {
        return scope(caller, Scopes.INCENTIVES_WRITE)
                .then(() -> actsFor(caller, partnerId) ? Decision.allow()
                        : caller.isStaff() ? Decision.refuse("the partner " + what) : Decision.hide("fund allocation"));
    }

    /** Staff's decision on a partner's funds: staff with {@code incentives:admin}; the partner sees but may not. */
    private static Decision staffDecides(Caller caller, String partnerId, String what) {
        if (caller.isStaff()) {
            return scope(caller, Scopes.INCENTIVES_ADMIN);
        }
        return scope(caller, Scopes.INCENTIVES_READ)
                .then(() -> actsFor(caller, partnerId) ? Decision.refuse("staff " + what) : Decision.hide("fund allocation"));
    }

    /** Requesting funds from an allocation: its partner. */
    public Decision requestFunds(Caller caller, Facts.FundAllocation allocation) {
        return partnersOwn(caller, allocation.partnerId(), "requests its funds");
    }

    /** Approving, rejecting or asking about a request: staff, while the request waits for their review. */
    public Decision reviewFundRequest(Caller caller, Facts.FundRequest request) {
        return staffDecides(caller, request.partnerId(), "review fund requests")
                .then(() -> request.inReview() ? Decision.allow() : Decision.notNow("the request does not wait for a review"));
    }

    /** Answering staff's question on a request: its partner, while asked. */
    public Decision answerFundRequest(Caller caller, Facts.FundRequest request) {
        return partnersOwn(caller, request.partnerId(), "answers questions on its requests")
                .then(() -> request.awaitingPartner() ? Decision.allow() : Decision.notNow("nobody asked for more information"));
    }

    /** Withdrawing a request: its partner, before staff approved or rejected it. */
    public Decision withdrawFundRequest(Caller caller, Facts.FundRequest request) {
        return partnersOwn(caller, request.partnerId(), "withdraws its requests")
                .then(() -> request.inReview() || request.awaitingPartner() ? Decision.allow()
                        : Decision.notNow("only a request not decided yet may be withdrawn"));
    }

    /** Attaching proof of performance and claiming: its partner, once approved and before the claim deadline. */
    public Decision claimFunds(Caller caller, Facts.FundRequest request) {
        return partnersOwn(caller, request.partnerId(), "claims its funds")
                .then(() -> request.claimable() ? Decision.allow()
                        : Decision.notNow("claims are made on an approved request without a pending claim"));
    }

    /** Approving or rejecting a claim: staff, while the claim waits for their review. */
    public Decision reviewFundClaim(Caller caller, Facts.FundRequest request) {
        return staffDecides(caller, request.partnerId(), "review claims")
                .then(() -> request.claimInReview() ? Decision.allow() : Decision.notNow("no claim waits for a review"));
    }

    /** Recording the payment of an approved claim: staff. */
    public Decision payFundClaim(Caller caller, Facts.FundRequest request) {
        return staffDecides(caller, request.partnerId(), "record payments")
                .then(() -> request.payable() ? Decision.allow() : Decision.notNow("only an approved claim is paid"));
    }

    public Actions.FundBudget fundBudgetActions(Caller caller) {
        return new Actions.FundBudget(manageFundBudgets(caller).allowed());
    }

    public Actions.FundAllocation fundAllocationActions(Caller caller, Facts.FundAllocation allocation) {
        return new Actions.FundAllocation(requestFunds(caller, allocation).allowed());
    }

    public Actions.FundRequest fundRequestActions(Caller caller, Facts.FundRequest request) {
        boolean review = reviewFundRequest(caller, request).allowed();
        boolean claim = claimFunds(caller, request).allowed();
        boolean reviewClaim = reviewFundClaim(caller, request).allowed();
        return new Actions.FundRequest(review, review, review, answerFundRequest(caller, request).allowed(),
                withdrawFundRequest(caller, request).allowed(), claim, claim, reviewClaim, reviewClaim,
                payFundClaim(caller, request).allowed());
    }

    // ---- the change feed ------------------------------------------------------------------------------------

    /**
     * Whether the caller's change feed carries changes of the records read with this scope; which records and which
     * of their fields then follows the same decisions as reading them.
     */
    public boolean readsChangesUnder(Caller caller, String readScope) {
        return caller.has(readScope);
    }

    /** Whether the caller reads every record's changes with every field: staff. */
    public boolean readsEveryChange(Caller caller) {
        return caller.isStaff();
    }

    /** Whether the caller reads an order itself (not only its shipments): staff, its dealer and its supplier. */
    public boolean mayReadOrder(Caller caller, Collection<Party> parties) {
        return readOrder(caller, parties).allowed();
    }

    /** Whether the caller reads the catalog ({@link #readCatalog}). */
    public boolean mayReadCatalog(Caller caller) {
        return readCatalog(caller).allowed();
    }

    /** Whether the caller reads price lists at all; which ones: {@link #priceListsVisibleTo}. */
    public boolean readsPriceLists(Caller caller) {
        return readCatalog(caller).then(() -> readPriceLists(caller)).allowed();
    }

    // ---- notifications --------------------------------------------------------------------------------------

    /** Whose notifications the caller reads: its own partner's (its people, and its systems). */
    public String notifiedPartner(Caller caller) {
        return caller.partnerId();
    }

    /** Whether the caller reads notifications addressed to this partner. */
    public boolean readsNotificationsOf(Caller caller, String partnerId) {
        return actsFor(caller, partnerId);
    }

    /** Whether the caller reads notifications about records read with this scope. */
    public boolean readsNotificationsUnder(Caller caller, String readScope) {
        return caller.has(readScope);
    }

    /** Keeping notification preferences (how to be told by mail): people only; a partner system reads the list. */
    public Decision keepNotificationPreferences(Caller caller) {
        return caller.kind() == Caller.Kind.USER ? Decision.allow()
                : Decision.refuse("only people have notification preferences; a partner system reads notifications with "
                        + "the notifications query and subscription");
    }

    // ---- the home: what waits for the caller, and a few figures of its work -------------------------------

    /**
     * The kinds of work that wait for the caller, in the order the home shows them: each one the caller may act on
     * (answer, route, review, submit, hand over, move, triage). The capability that owns the records counts them,
     * through the method below that names whose records they are.
     */
    public List<TodoKind> todos(Caller caller) {
        List<TodoKind> kinds = new ArrayList<>();
        addIf(kinds, TodoKind.LEADS_TO_ANSWER, answerLeads(caller).allowed());
        addIf(kinds, TodoKind.LEADS_TO_ROUTE, routeLeads(caller).allowed());
        addIf(kinds, TodoKind.DEALS_TO_REVIEW, decideDeals(caller).allowed());
        addIf(kinds, TodoKind.DRAFTS_TO_SUBMIT, keepDrafts(caller).allowed());
        addIf(kinds, TodoKind.ORDERS_TO_ANSWER, supplyOrders(caller).allowed());
        addIf(kinds, TodoKind.ORDERS_TO_HAND_OVER, supplyOrders(caller).allowed());
        addIf(kinds, TodoKind.SHIPMENTS_TO_MOVE, carryShipments(caller).allowed());
        addIf(kinds, TodoKind.CASES_TO_TRIAGE, triageCases(caller).allowed());
        addIf(kinds, TodoKind.CASES_WAITING, awaitedOnCases(caller).allowed());
        addIf(kinds, TodoKind.FUND_REQUESTS_TO_REVIEW, reviewFunds(caller).allowed());
        addIf(kinds, TodoKind.FUND_CLAIMS_TO_REVIEW, reviewFunds(caller).allowed());
        addIf(kinds, TodoKind.FUND_QUESTIONS_TO_ANSWER, useOwnFunds(caller).allowed());
        addIf(kinds, TodoKind.FUND_CLAIMS_DUE, useOwnFunds(caller).allowed());
        return List.copyOf(kinds);
    }

    private static Decision answerLeads(Caller caller) {
        return scope(caller, Scopes.LEADS_WRITE).then(() -> audience(isA(caller, PartnerType.DEALER), "leads are answered by dealers"));
    }

    private Decision keepDrafts(Caller caller) {
        return submitOrders(caller).then(() -> readOrders(caller));
    }

    private static Decision supplyOrders(Caller caller) {
        return readOrders(caller).then(() -> scope(caller, Scopes.ORDERS_WRITE))
                .then(() -> audience(isA(caller, PartnerType.SUPPLIER), "orders are answered and handed over by suppliers"));
    }

    private static Decision carryShipments(Caller caller) {
        return scope(caller, Scopes.ORDERS_WRITE).then(() -> audience(isA(caller, PartnerType.CARRIER), "shipments are moved by carriers"));
    }

    private static Decision triageCases(Caller caller) {
        return readServiceCases(caller).then(() -> scope(caller, Scopes.SERVICE_WRITE))
                .then(() -> audience(caller.isStaff(), "staff triage service cases"));
    }

    private static Decision awaitedOnCases(Caller caller) {
        return readServiceCases(caller).then(() -> audience(!caller.isStaff(), "cases wait on partners; staff triage them"));
    }

    /** The dealer whose routed leads wait for the caller's answer: its own (dealers' people and systems); else FORBIDDEN. */
    public String answersLeadsOf(Caller caller) {
        answerLeads(caller).enforce();
        return caller.partnerId();
    }

    /** Leads waiting for staff to route them: staff with {@code leads:write}; else FORBIDDEN. */
    public void routesLeads(Caller caller) {
        routeLeads(caller).enforce();
    }

    /** Deal registrations waiting for staff's decision: staff with {@code leads:write}; else FORBIDDEN. */
    public void reviewsDeals(Caller caller) {
        decideDeals(caller).enforce();
    }

    /** The dealer whose open drafts the caller may submit: its own; else FORBIDDEN. */
    public String submitsDraftsOf(Caller caller) {
        keepDrafts(caller).enforce();
        return caller.partnerId();
    }

    /** The supplier whose orders the caller answers and hands over: its own (suppliers with {@code orders:write}); else FORBIDDEN. */
    public String suppliesOrdersAs(Caller caller) {
        supplyOrders(caller).enforce();
        return caller.partnerId();
    }

    /** The carrier whose shipments the caller moves: its own (carriers with {@code orders:write}); else FORBIDDEN. */
    public String carriesShipmentsAs(Caller caller) {
        carryShipments(caller).enforce();
        return caller.partnerId();
    }

    /** New service cases waiting for triage: staff with {@code service:write}; else FORBIDDEN. */
    public void triagesCases(Caller caller) {
        triageCases(caller).enforce();
    }

    /** Reviewing every partner's fund requests and claims: staff with {@code incentives:admin}. */
    private static Decision reviewFunds(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_ADMIN).then(() -> audience(caller.isStaff(), "fund requests are reviewed by staff"));
    }

    /** Answering questions on and claiming its own funds: a dealer with {@code incentives:write}. */
    private static Decision useOwnFunds(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_WRITE).then(() -> audience(isA(caller, PartnerType.DEALER), "funds are a dealer's"));
    }

    /** Lets staff through to every partner's fund requests and claims waiting for review; else FORBIDDEN. */
    public void reviewsFunds(Caller caller) {
        reviewFunds(caller).enforce();
    }

    /** The dealer whose fund requests wait on the caller (questions, claims due): its own; else FORBIDDEN. */
    public String fundsAwaitFrom(Caller caller) {
        useOwnFunds(caller).enforce();
        return caller.partnerId();
    }

    /** The partner whose waiting cases the caller answers: its own (partners with {@code service:read}); else FORBIDDEN. */
    public String casesAwaitFrom(Caller caller) {
        awaitedOnCases(caller).enforce();
        return caller.partnerId();
    }

    /**
     * The figures the home shows the caller, in order: a dealer its pipeline, win rate and time to accept; a supplier
     * its open order lines, fill rate and SKUs below demand; a carrier its shipments due today, late ones and those
     * with a problem; staff the channel's revenue, unrouted leads and registrations in review. Each from records the
     * caller reads, through the method below that names whose.
     */
    public List<KpiKind> kpis(Caller caller) {
        List<KpiKind> kinds = new ArrayList<>();
        boolean dealer = dealerFigures(caller).allowed();
        addIf(kinds, KpiKind.PIPELINE_VALUE, dealer);
        addIf(kinds, KpiKind.WIN_RATE, dealer);
        addIf(kinds, KpiKind.TIME_TO_ACCEPT, dealer);
        boolean supplier = supplierFigures(caller).allowed();
        addIf(kinds, KpiKind.OPEN_ORDER_LINES, supplier);
        addIf(kinds, KpiKind.FILL_RATE, supplier);
        addIf(kinds, KpiKind.SKUS_BELOW_DEMAND, supplier && readDemand(caller).allowed());
        boolean carrier = carrierFigures(caller).allowed();
        addIf(kinds, KpiKind.SHIPMENTS_TODAY, carrier);
        addIf(kinds, KpiKind.LATE_SHIPMENTS, carrier);
        addIf(kinds, KpiKind.SHIPMENT_EXCEPTIONS, carrier);
        addIf(kinds, KpiKind.CHANNEL_REVENUE, channelFigures(caller, Scopes.ORDERS_READ).allowed());
        addIf(kinds, KpiKind.UNROUTED_LEADS, channelFigures(caller, Scopes.LEADS_READ).allowed());
        addIf(kinds, KpiKind.REGISTRATIONS_IN_REVIEW, channelFigures(caller, Scopes.LEADS_READ).allowed());
        return List.copyOf(kinds);
    }

    private static Decision dealerFigures(Caller caller) {
        return readLeads(caller).then(() -> audience(isA(caller, PartnerType.DEALER), "for dealers"));
    }

    private static Decision supplierFigures(Caller caller) {
        return readOrders(caller).then(() -> audience(isA(caller, PartnerType.SUPPLIER), "for suppliers"));
    }

    private static Decision carrierFigures(Caller caller) {
        return readShipments(caller).then(() -> audience(isA(caller, PartnerType.CARRIER), "for carriers"));
    }

    private static Decision channelFigures(Caller caller, String readScope) {
        return scope(caller, readScope).then(() -> audience(caller.isStaff(), "figures of the whole channel are for staff"));
    }

    /** The dealer whose figures (time to accept) the caller reads: its own; else FORBIDDEN. */
    public String dealerFiguresOf(Caller caller) {
        dealerFigures(caller).enforce();
        return caller.partnerId();
    }

    /** The supplier whose figures (open lines, fill rate) the caller reads: its own; else FORBIDDEN. */
    public String supplierFiguresOf(Caller caller) {
        supplierFigures(caller).enforce();
        return caller.partnerId();
    }

    /** The carrier whose figures (shipments today, late, with a problem) the caller reads: its own; else FORBIDDEN. */
    public String carrierFiguresOf(Caller caller) {
        carrierFigures(caller).enforce();
        return caller.partnerId();
    }

    /** Figures of the whole channel from records read with this scope (revenue, unrouted leads): staff; else FORBIDDEN. */
    public void readsChannelFigures(Caller caller, String readScope) {
        channelFigures(caller, readScope).enforce();
    }

    // ---- webhooks ---------------------------------------------------------------------------------------------

    /**
     * Registering and managing webhook endpoints of a partner: its own admins ({@code org:admin}) or staff directory
     * admins ({@code partners:admin}); partner systems never. Without either scope FORBIDDEN; another partner's
     * endpoints answer "not found".
     */
    public Decision manageWebhooks(Caller caller, Facts.WebhookEndpoint endpoint) {
        if (!caller.has(Scopes.ORG_ADMIN) && !caller.has(Scopes.PARTNERS_ADMIN)) {
            return Decision.forbid("missing scope " + Scopes.ORG_ADMIN);
        }
        boolean ownAdmin = caller.has(Scopes.ORG_ADMIN) && caller.belongsTo(endpoint.partnerId());
        return managesWebhooksOfEveryPartner(caller) || ownAdmin ? Decision.allow() : Decision.hide("webhook endpoint");
    }

    /** Whether the caller manages the webhook endpoints of any partner, not only its own: staff directory admins. */
    public boolean managesWebhooksOfEveryPartner(Caller caller) {
        return caller.isStaff() && caller.has(Scopes.PARTNERS_ADMIN);
    }

    /** Stopping deliveries to an endpoint: who manages it, unless an admin stopped it already. */
    public Decision disableWebhook(Caller caller, Facts.WebhookEndpoint endpoint) {
        return manageWebhooks(caller, endpoint)
                .then(() -> endpoint.disabled() ? Decision.notNow("the endpoint is disabled already") : Decision.allow());
    }

    /** Resuming deliveries to a DISABLED or FAILING endpoint: who manages it; an ACTIVE one is receiving already. */
    public Decision enableWebhook(Caller caller, Facts.WebhookEndpoint endpoint) {
        return manageWebhooks(caller, endpoint)
                .then(() -> endpoint.active() ? Decision.notNow("the endpoint is active already") : Decision.allow());
    }

    /** What the caller may do with one webhook endpoint; each flag is the decision its mutation enforces. */
    public Actions.WebhookEndpoint webhookActions(Caller caller, Facts.WebhookEndpoint endpoint) {
        boolean manage = manageWebhooks(caller, endpoint).allowed();
        return new Actions.WebhookEndpoint(manage, disableWebhook(caller, endpoint).allowed(),
                enableWebhook(caller, endpoint).allowed(), manage, manage);
    }

    /**
     * Who reads the feed for a new endpoint of the caller's own partner: the caller with its read scopes only. What
     * the endpoint receives is then decided as the caller's {@code changes} would be, and no write or admin right is
     * kept with it.
     */
    public StoredCaller webhookReader(Caller registrant) {
        Set<String> reads = new java.util.LinkedHashSet<>(registrant.scopes());
        reads.retainAll(Scopes.READS);
        return new StoredCaller(registrant.subject(), registrant.partnerId(), registrant.partnerType(), registrant.roles(),
                Set.copyOf(reads));
    }

    // ---- incentives -------------------------------------------------------------------------------------------

    /** Reading incentive programs at all: staff (every program) and dealers (their own), who hold {@code incentives:read}. */
    public Decision readIncentives(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_READ);
    }

    /** Whether the caller reads this partner's incentive earnings, entries and tier progress: its own, or staff any; others "not found". */
    public Decision readIncentivesOf(Caller caller, String partnerId) {
        return scope(caller, Scopes.INCENTIVES_READ)
                .then(() -> caller.isStaff() || actsFor(caller, partnerId) ? Decision.allow() : Decision.hide("partner"));
    }

    /** A program's book across partners (every partner's earnings, leaderboard, liability, the recompute check): staff with {@code incentives:read}. */
    public Decision readIncentiveBook(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_READ).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** Defining and revising programs, closing periods, recording payouts: staff with {@code incentives:admin}. */
    public Decision administerIncentives(Caller caller) {
        return scope(caller, Scopes.INCENTIVES_ADMIN).then(() -> audience(caller.isStaff(), "for staff only"));
    }

    /** What the caller may do with an incentive program. */
    public Actions.IncentiveProgram incentiveProgramActions(Caller caller) {
        boolean administer = administerIncentives(caller).allowed();
        return new Actions.IncentiveProgram(administer, administer, administer, readIncentiveBook(caller).allowed());
    }
}

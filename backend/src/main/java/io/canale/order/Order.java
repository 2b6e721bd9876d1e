package io.canale.order;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.TimelineRecord;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dealer's order to one supplier, with the supplier's answer per line; refuses illegal transitions itself. */
@Document("orders")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "status_newest", def = "{'status': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "oldest", def = "{'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "party_oldest", def = "{'parties.partnerId': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "status_oldest", def = "{'status': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "group", def = "{'groupId': 1, '_id': 1}")
@CompoundIndex(name = "open_by_date", def = "{'status': 1, 'requestedDate': 1}")
@CompoundIndex(name = "supplier_open_by_date", def = "{'supplierId': 1, 'status': 1, 'requestedDate': 1}")
@CompoundIndex(name = "shipment", def = "{'shipments._id': 1}")
@CompoundIndex(name = "moving_by_date", def = "{'movingCarrierIds': 1, 'requestedDate': 1}")
// The "to answer" / "to ship" filters of the orders connection (a party's and staff's), and the supplier's home.
@CompoundIndex(name = "party_step_newest", def = "{'parties.partnerId': 1, 'nextStep': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_step_oldest", def = "{'parties.partnerId': 1, 'nextStep': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "step_newest", def = "{'nextStep': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "step_oldest", def = "{'nextStep': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "supplier_step_by_date", def = "{'supplierId': 1, 'nextStep': 1, 'requestedDate': 1}")
// Unique across nodes (OrderNumbers); sparse while the start-up backfill numbers orders stored before numbers existed.
@CompoundIndex(name = "number", def = "{'number': 1}", unique = true, sparse = true)
// The column sorts (OrderSort), each per visibility prefix (staff: none; a partner: its parties) and per filter a staff
// member combines with a sort (status, next step): equality, then the sort, then the id. A partner's filters are applied
// while its prefix narrows the scan. The status sort without a filter is served by status_newest.
@CompoundIndex(name = "number_asc", def = "{'sortNumber': 1, '_id': 1}")
@CompoundIndex(name = "number_desc", def = "{'sortNumber': -1, '_id': 1}")
@CompoundIndex(name = "party_number_asc", def = "{'parties.partnerId': 1, 'sortNumber': 1, '_id': 1}")
@CompoundIndex(name = "party_number_desc", def = "{'parties.partnerId': 1, 'sortNumber': -1, '_id': 1}")
@CompoundIndex(name = "status_number_asc", def = "{'status': 1, 'sortNumber': 1, '_id': 1}")
@CompoundIndex(name = "status_number_desc", def = "{'status': 1, 'sortNumber': -1, '_id': 1}")
@CompoundIndex(name = "step_number_asc", def = "{'nextStep': 1, 'sortNumber': 1, '_id': 1}")
@CompoundIndex(name = "step_number_desc", def = "{'nextStep': 1, 'sortNumber': -1, '_id': 1}")
@CompoundIndex(name = "dealer_asc", def = "{'sortDealer': 1, '_id': 1}")
@CompoundIndex(name = "dealer_desc", def = "{'sortDealer': -1, '_id': 1}")
@CompoundIndex(name = "party_dealer_asc", def = "{'parties.partnerId': 1, 'sortDealer': 1, '_id': 1}")
@CompoundIndex(name = "party_dealer_desc", def = "{'parties.partnerId': 1, 'sortDealer': -1, '_id': 1}")
@CompoundIndex(name = "status_dealer_asc", def = "{'status': 1, 'sortDealer': 1, '_id': 1}")
@CompoundIndex(name = "status_dealer_desc", def = "{'status': 1, 'sortDealer': -1, '_id': 1}")
@CompoundIndex(name = "step_dealer_asc", def = "{'nextStep': 1, 'sortDealer': 1, '_id': 1}")
@CompoundIndex(name = "step_dealer_desc", def = "{'nextStep': 1, 'sortDealer': -1, '_id': 1}")
@CompoundIndex(name = "supplier_asc", def = "{'sortSupplier': 1, '_id': 1}")
@CompoundIndex(name = "supplier_desc", def = "{'sortSupplier': -1, '_id': 1}")
@CompoundIndex(name = "party_supplier_asc", def = "{'parties.partnerId': 1, 'sortSupplier': 1, '_id': 1}")
@CompoundIndex(name = "party_supplier_desc", def = "{'parties.partnerId': 1, 'sortSupplier': -1, '_id': 1}")
@CompoundIndex(name = "status_supplier_asc", def = "{'status': 1, 'sortSupplier': 1, '_id': 1}")
@CompoundIndex(name = "status_supplier_desc", def = "{'status': 1, 'sortSupplier': -1, '_id': 1}")
@CompoundIndex(name = "step_supplier_asc", def = "{'nextStep': 1, 'sortSupplier': 1, '_id': 1}")
@CompoundIndex(name = "step_supplier_desc", def = "{'nextStep': 1, 'sortSupplier': -1, '_id': 1}")
@CompoundIndex(name = "total_asc", def = "{'sortTotal': 1, '_id': 1}")
@CompoundIndex(name = "total_desc", def = "{'sortTotal': -1, '_id': 1}")
@CompoundIndex(name = "party_total_asc", def = "{'parties.partnerId': 1, 'sortTotal': 1, '_id': 1}")
@CompoundIndex(name = "party_total_desc", def = "{'parties.partnerId': 1, 'sortTotal': -1, '_id': 1}")
@CompoundIndex(name = "status_total_asc", def = "{'status': 1, 'sortTotal': 1, '_id': 1}")
@CompoundIndex(name = "status_total_desc", def = "{'status': 1, 'sortTotal': -1, '_id': 1}")
@CompoundIndex(name = "step_total_asc", def = "{'nextStep': 1, 'sortTotal': 1, '_id': 1}")
@CompoundIndex(name = "step_total_desc", def = "{'nextStep': 1, 'sortTotal': -1, '_id': 1}")
@CompoundIndex(name = "status_desc", def = "{'status': -1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_status_asc", def = "{'parties.partnerId': 1, 'status': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_status_desc", def = "{'parties.partnerId': 1, 'status': -1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "step_status_asc", def = "{'nextStep': 1, 'status': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "step_status_desc", def = "{'nextStep': 1, 'status': -1, 'createdAt': -1, '_id': 1}")
class Order implements TimelineRecord {

    enum Status { SUBMITTED, CONFIRMED, PARTIALLY_CONFIRMED, REJECTED, CANCELLED, SHIPPED, DELIVERED }

    record LineAnswer(int line, int confirmedQuantity, String promisedDate, String reason) {
    }

    /**
     * What happens next with the order, seen from its supplier's side; stored (and indexed) so that lists filter on it,
     * refreshed by every change of the order.
     */
    enum NextStep {
        /** Submitted: the supplier's answer is awaited. */
        AWAITING_ANSWER,
        /** Answered, and confirmed units are left that no carrier has yet. */
        TO_HAND_OVER,
        /** Every confirmed unit was handed to a carrier; not every delivery has arrived yet. */
        WITH_CARRIER,
        /** Every confirmed unit was handed over and delivered. */
        DELIVERED,
        /** Rejected or cancelled: nothing will be shipped. */
        CLOSED
    }

    /** Units of one line. */
    record LineQuantity(int line, int quantity) {
    }

    /** What one shipment of the order's goods carries: units per line. */
    record HandOver(String shipmentId, List<LineQuantity> lines) {
    }

    /** What a replacement order replaces: goods of another order returned under an RMA. */
    record ReplacementOf(String orderId, String rmaNumber) {
    }

    @Id
    private String id;
    /** Human-readable, e.g. 2026-000123 ({@link OrderNumbers}); null only until the start-up backfill reaches an old order. */
    private String number;
    /** The dealer's language at submission ("it", "en"): the order confirmation is written in it. */
    private String language;
    private String groupId;
    private String dealerId;
    private String supplierId;
    private Status status;
    private List<OrderLine> lines;
    private String requestedDate;
    private OrderParties.DeliveryAddress deliveryAddress;
    private OrderParties.EndCustomer endCustomer;
    private List<Party> parties;
    private List<Shipment> shipments = new ArrayList<>();
    /** The contents of each delivery shipment, in the order handed over; the lines keep the sums. */
    private List<HandOver> handOvers = new ArrayList<>();
    /** Null only on an order stored before hand-overs recorded quantities, until {@link HandOverBackfill} reaches it. */
    private NextStep nextStep;
    /** Carriers of this order's shipments: queried directly, so a carrier finds its shipments. */
    private List<String> carrierIds = new ArrayList<>();
    /** Carriers with a shipment of this order not delivered yet (to or from the dealer): what a carrier has to move. */
    private List<String> movingCarrierIds = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    /** Photos of delivered goods, one per shipment at most (the files are in {@link ShipmentProofs}' GridFS bucket). */
    private List<ProofOfDelivery> proofsOfDelivery = new ArrayList<>();
    /** Set on an order that replaces returned goods at no charge. */
    private ReplacementOf replacementFor;
    private Instant createdAt;
    /**
     * The number, the dealer's and the supplier's names and the total as they sort ({@link OrderSort}): never null once
     * stored, so that a keyset position can resume ("" for an order without a number yet, which comes first; the
     * names as the partners were called when the order was placed). Orders stored before them get them from
     * {@link OrderSortKeysBackfill}.
     */
    private String sortNumber;
    private String sortDealer;
    private String sortSupplier;
    private Long sortTotal;
    private Audit audit;
    @Version
    private Long version;
    /** Events of changes not yet stored; {@link Orders} publishes them once the save succeeded. */
    @org.springframework.data.annotation.Transient
    private final List<Object> events = new ArrayList<>();

    protected Order() {
    }

    static Order submit(String id, String groupId, String dealerId, String supplierId, List<OrderLine> lines,
            String requestedDate, OrderParties.DeliveryAddress address, OrderParties.EndCustomer endCustomer, Actor by,
            Instant at) {
        Order order = new Order();
        order.id = id;
        order.groupId = groupId;
        order.dealerId = dealerId;
        order.supplierId = supplierId;
        order.status = Status.SUBMITTED;
        order.lines = List.copyOf(lines);
        order.requestedDate = requestedDate;
        order.deliveryAddress = address;
        order.endCustomer = endCustomer;
        order.parties = List.of(new Party(dealerId, "DEALER"), new Party(supplierId, "SUPPLIER"));
        order.createdAt = at;
        order.audit = Audit.createdBy(by, at);
        order.events.add(new OrderEvents.OrderSubmitted(id, groupId, dealerId, supplierId));
        order.timeline.add(TimelineEntry.shared(at, by, "ORDER_SUBMITTED", lines.size() + " line(s) submitted",
                String.valueOf(lines.size())));
        order.refreshNextStep();
        order.sortNumber = sortNumberOf(null);
        order.sortTotal = io.canale.shared.SortKeys.cents(order.total());
        return order;
    }

    /** Gives a new order, before its insert, its number and the dealer's language. */
    Order numbered(String number, String language) {
        this.number = number;
        this.sortNumber = sortNumberOf(number);
        this.language = language;
        return this;
    }

    /** Whether the order was read before the start-up backfill gave it its sort keys (a save must not drop them). */
    boolean lacksSortKeys() {
        return sortNumber == null || sortDealer == null || sortTotal == null;
    }

    /** The number and total keys from the order as it is now; the names come from {@link #partyNames}. */
    void refreshSortKeys() {
        sortNumber = sortNumberOf(number);
        sortTotal = io.canale.shared.SortKeys.cents(total());
    }

    /** Gives a new order, before its insert, the names its dealer and supplier sort by. */
    void partyNames(String dealerName, String supplierName) {
        sortDealer = io.canale.shared.SortKeys.text(dealerName);
        sortSupplier = io.canale.shared.SortKeys.text(supplierName);
    }

    /** An order number as it sorts: as written ({@code YYYY-NNNNNN} sorts by year, then sequence), "" for none yet. */
    static String sortNumberOf(String number) {
        return number == null ? "" : number;
    }

    /** The supplier answers every line at once: confirmed quantity, promised date, and why when less. */
    void answer(List<LineAnswer> answers, Actor by, Instant at) {
        if (!awaitingAnswer()) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the order is " + status.name().toLowerCase());
        }
        Map<Integer, LineAnswer> byLine = new HashMap<>();
        UserErrors errors = new UserErrors();
        for (int i = 0; i < answers.size(); i++) {
            LineAnswer answer = answers.get(i);
            String path = "input.lines." + i;
            OrderLine line = answer.line() >= 1 && answer.line() <= lines.size() ? lines.get(answer.line() - 1) : null;
            if (line == null) {
                errors.add(path + ".line", UserErrorCode.NOT_FOUND, "no line " + answer.line());
                continue;
            }
            if (byLine.put(answer.line(), answer) != null) {
                errors.add(path + ".line", UserErrorCode.DUPLICATE, "line " + answer.line() + " answered twice");
            }
            if (answer.confirmedQuantity() < 0 || answer.confirmedQuantity() > line.quantity()) {
                errors.add(path + ".confirmedQuantity", UserErrorCode.INVALID, "between 0 and " + line.quantity());
            }
            if (answer.confirmedQuantity() > 0) {
                if (answer.promisedDate() == null) {
                    errors.add(path + ".promisedDate", UserErrorCode.REQUIRED, "promise a delivery date");
                } else {
                    checkDate(answer.promisedDate(), path + ".promisedDate", errors);
                }
            }
            if (answer.confirmedQuantity() < line.quantity() && (answer.reason() == null || answer.reason().isBlank())) {
                errors.add(path + ".reason", UserErrorCode.REQUIRED, "say why less than ordered");
            }
            errors.maxLength(path + ".reason", answer.reason(), 500);
        }
        for (OrderLine line : lines) {
            if (!byLine.containsKey(line.line())) {
                errors.add("input.lines", UserErrorCode.REQUIRED, "answer line " + line.line() + " too");
            }
        }
        errors.throwIfAny();
        List<OrderLine> answered = new ArrayList<>();
        for (OrderLine line : lines) {
            LineAnswer answer = byLine.get(line.line());
            answered.add(line.answered(answer.confirmedQuantity(), answer.confirmedQuantity() > 0 ? answer.promisedDate() : null,
                    answer.reason() == null ? null : answer.reason().strip()));
        }
        lines = answered;
        boolean all = answered.stream().allMatch(line -> line.confirmedQuantity() == line.quantity());
        boolean none = answered.stream().allMatch(line -> line.confirmedQuantity() == 0);
        status = all ? Status.CONFIRMED : none ? Status.REJECTED : Status.PARTIALLY_CONFIRMED;
        events.add(new OrderEvents.OrderAnswered(id, dealerId, supplierId, status.name()));
        timeline.add(TimelineEntry.shared(at, by, "ORDER_" + status.name(), "Supplier answered: " + status.name().toLowerCase().replace('_', ' ')));
        audit = audit.changedBy(by, at);
        refreshNextStep();
    }

    /** Shipments one order is handed over in at most, so that its document stays small (README). */
    static final int MAX_SHIPMENTS = 20;

    /** The supplier hands everything confirmed and not handed over yet to a carrier, who becomes a party of the order. */
    Shipment ship(String carrierId, int packages, Actor by, Instant at) {
        return ship(carrierId, packages, null, by, at);
    }

    /**
     * The supplier hands confirmed goods to a carrier, who becomes a party of the order: the given units per line, or
     * (null) everything confirmed and not handed over yet. More than is left of a line is refused ({@code EXCEEDS_AVAILABLE}).
     */
    Shipment ship(String carrierId, int packages, List<LineQuantity> requested, Actor by, Instant at) {
        adoptLegacyHandOvers();
        if (!shippable()) {
            throw new InvalidInputException("input.orderId", UserErrorCode.ILLEGAL_STATE,
                    "only a confirmed order ships; this one is " + status.name().toLowerCase());
        }
        if (packages < 1 || packages > 999) {
            throw new InvalidInputException("input.packages", UserErrorCode.INVALID, "between 1 and 999");
        }
        if (shipments().size() >= MAX_SHIPMENTS) {
            throw new InvalidInputException("input.orderId", UserErrorCode.TOO_MANY,
                    "an order ships in at most " + MAX_SHIPMENTS + " shipments");
        }
        List<LineQuantity> contents = requested == null ? everythingLeft() : checkedContents(requested);
        if (contents.isEmpty()) {
            throw new InvalidInputException("input.orderId", UserErrorCode.ILLEGAL_STATE,
                    "everything confirmed was already handed to a carrier");
        }
        Shipment shipment = new Shipment(io.canale.shared.Ids.next("shp"), carrierId, packages, at, List.of());
        add(shipment);
        handOver(shipment.id(), contents);
        events.add(new OrderEvents.ShipmentHandedOver(id, shipment.id(), carrierId));
        timeline.add(TimelineEntry.shared(at, by, "SHIPMENT_CREATED", packages + " package(s) handed to a carrier",
                String.valueOf(packages)));
        audit = audit.changedBy(by, at);
        refreshNextStep();
        return shipment;
    }

    /** Every line's confirmed units not handed over yet. */
    private List<LineQuantity> everythingLeft() {
        return lines.stream().filter(line -> line.leftToShip() > 0).map(line -> new LineQuantity(line.line(), line.leftToShip())).toList();
    }

    /** The requested units per line, each line once, at least one unit and at most what is left of it. */
    private List<LineQuantity> checkedContents(List<LineQuantity> requested) {
        UserErrors errors = new UserErrors();
        if (requested.isEmpty()) {
            errors.add("input.lines", UserErrorCode.REQUIRED, "hand over at least one line, or leave the lines out for everything left");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            LineQuantity wanted = requested.get(i);
            String path = "input.lines." + i;
            OrderLine line = wanted.line() >= 1 && wanted.line() <= lines.size() ? lines.get(wanted.line() - 1) : null;
            if (line == null) {
                errors.add(path + ".line", UserErrorCode.NOT_FOUND, "no line " + wanted.line());
            } else if (!seen.add(wanted.line())) {
                errors.add(path + ".line", UserErrorCode.DUPLICATE, "line " + wanted.line() + " is handed over on another entry");
            } else if (wanted.quantity() < 1) {
                errors.add(path + ".quantity", UserErrorCode.INVALID, "at least 1");
            } else if (wanted.quantity() > line.leftToShip()) {
                errors.add(path + ".quantity", UserErrorCode.EXCEEDS_AVAILABLE, line.leftToShip() == 0
                        ? "nothing of line " + line.line() + " is left to hand over"
                        : "only " + line.leftToShip() + " of line " + line.line() + " left to hand over");
            }
        }
        errors.throwIfAny();
        return List.copyOf(requested);
    }

    /** Records what the shipment carries, and adds it to each line's handed-over units. */
    private void handOver(String shipmentId, List<LineQuantity> contents) {
        Map<Integer, Integer> byLine = new HashMap<>();
        contents.forEach(content -> byLine.merge(content.line(), content.quantity(), Integer::sum));
        lines = lines.stream().map(line -> byLine.containsKey(line.line()) ? line.handingOver(byLine.get(line.line())) : line).toList();
        handOvers = new ArrayList<>(handOvers());
        handOvers.add(new HandOver(shipmentId, contents));
    }

    /**
     * An order stored before hand-overs recorded quantities handed over everything confirmed with each shipment: its
     * first delivery shipment is taken to carry every confirmed unit. Changes nothing on any other order.
     */
    void adoptLegacyHandOvers() {
        if (nextStep != null || !handOvers().isEmpty()) {
            return;
        }
        shipments().stream().filter(s -> !s.returning()).findFirst().ifPresent(first -> {
            List<LineQuantity> all = everythingLeft();
            if (!all.isEmpty()) {
                handOver(first.id(), all);
            }
        });
    }

    /** Derives the stored next step from status, lines and shipments. */
    void refreshNextStep() {
        adoptLegacyHandOvers();
        nextStep = switch (status) {
            case SUBMITTED -> NextStep.AWAITING_ANSWER;
            case REJECTED, CANCELLED -> NextStep.CLOSED;
            case DELIVERED -> NextStep.DELIVERED;
            case CONFIRMED, PARTIALLY_CONFIRMED, SHIPPED -> linesToShip() > 0 ? NextStep.TO_HAND_OVER : NextStep.WITH_CARRIER;
        };
    }

    /** Lines with confirmed units not handed to a carrier yet. */
    int linesToShip() {
        return (int) lines.stream().filter(line -> line.leftToShip() > 0).count();
    }

    /** Lines the supplier confirmed at least one unit of. */
    int confirmedLines() {
        return (int) lines.stream().filter(line -> line.confirmed() > 0).count();
    }

    private void add(Shipment shipment) {
        shipments = new ArrayList<>(shipments == null ? List.of() : shipments);
        shipments.add(shipment);
        if (!carrierIds().contains(shipment.carrierId())) {
            carrierIds = new ArrayList<>(carrierIds());
            carrierIds.add(shipment.carrierId());
            List<Party> withCarrier = new ArrayList<>(parties);
            withCarrier.add(new Party(shipment.carrierId(), "CARRIER"));
            parties = withCarrier;
        }
        refreshMovingCarriers();
    }

    private void refreshMovingCarriers() {
        movingCarrierIds = new ArrayList<>(shipments().stream().filter(s -> !s.delivered()).map(Shipment::carrierId).distinct().toList());
    }

    /** The return shipment of the RMA, if the dealer already handed it to a carrier. */
    java.util.Optional<Shipment> returnOf(String rmaNumber) {
        return shipments().stream().filter(s -> s.returning() && s.rmaNumber().equals(rmaNumber)).findFirst();
    }

    /**
     * The dealer hands goods of this order back to a carrier under an RMA; the carrier becomes a party as for any
     * shipment. Only goods that arrived go back: some shipment of the order must have been delivered. One return
     * shipment per RMA and order.
     */
    Shipment shipReturn(String rmaNumber, String carrierId, int packages, Actor by, Instant at) {
        if (returnOf(rmaNumber).isPresent()) {
            throw new InvalidInputException("input.orderId", UserErrorCode.DUPLICATE,
                    "the goods of this order already travel back under " + rmaNumber);
        }
        if (shipments().stream().noneMatch(s -> !s.returning() && s.delivered())) {
            throw new InvalidInputException("input.orderId", UserErrorCode.ILLEGAL_STATE,
                    "only goods delivered to the dealer go back; this order is " + status.name().toLowerCase());
        }
        if (packages < 1 || packages > 999) {
            throw new InvalidInputException("input.packages", UserErrorCode.INVALID, "between 1 and 999");
        }
        if (shipments().size() >= MAX_SHIPMENTS) {
            throw new InvalidInputException("input.orderId", UserErrorCode.TOO_MANY,
                    "an order ships in at most " + MAX_SHIPMENTS + " shipments");
        }
        Shipment shipment = new Shipment(io.canale.shared.Ids.next("shp"), carrierId, packages, at, List.of(),
                Shipment.Direction.RETURN, rmaNumber);
        add(shipment);
        events.add(new OrderEvents.ReturnHandedOver(id, shipment.id(), carrierId, rmaNumber));
        timeline.add(TimelineEntry.shared(at, by, "RETURN_SHIPMENT_CREATED", packages + " package(s) of " + rmaNumber
                + " handed to a carrier", String.valueOf(packages), rmaNumber));
        audit = audit.changedBy(by, at);
        return shipment;
    }

    /**
     * A new order replacing returned goods of {@code original} at no charge: the same dealer, supplier, address and end
     * customer, the given lines' goods at a price of zero, submitted for the supplier to confirm and ship as any order.
     */
    static Order replacement(String id, Order original, String rmaNumber, Map<Integer, Integer> quantities, Actor by, Instant at) {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine line : original.lines) {
            Integer quantity = quantities.get(line.line());
            if (quantity != null && quantity > 0) {
                lines.add(new OrderLine(lines.size() + 1, line.sku(), line.name(), quantity,
                        new Money(BigDecimal.ZERO, line.unitPrice().currency()), null, null, null));
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("input.lines", UserErrorCode.REQUIRED, "replace at least one line");
        }
        Order order = submit(id, id, original.dealerId, original.supplierId, lines,
                LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).toString(), original.deliveryAddress, original.endCustomer, by, at);
        order.replacementFor = new ReplacementOf(original.id, rmaNumber);
        order.timeline.add(TimelineEntry.shared(at, by, "ORDER_REPLACES", "Replaces goods of " + rmaNumber, rmaNumber));
        return order;
    }

    /**
     * Records a carrier's event once: a repeated event id changes nothing. The order becomes SHIPPED at the
     * first pick-up and DELIVERED when every shipment is delivered.
     */
    Shipment record(String shipmentId, Shipment.Event event, Actor by) {
        int index = indexOfShipment(shipmentId);
        Shipment shipment = shipments.get(index);
        if (shipment.knows(event.eventId())) {
            return shipment;
        }
        adoptLegacyHandOvers();
        Shipment updated = shipment.with(event);
        shipments = new ArrayList<>(shipments);
        shipments.set(index, updated);
        refreshMovingCarriers();
        if (updated.returning()) {
            return recordReturn(updated, event, by);
        }
        if (event.type() == Shipment.EventType.PICKED_UP && status != Status.DELIVERED && status != Status.SHIPPED) {
            status = Status.SHIPPED;
            events.add(new OrderEvents.OrderShipped(id, dealerId, supplierId));
        }
        // Delivered once every shipment arrived and nothing confirmed is left to hand over (partial hand-overs).
        if (status != Status.DELIVERED && linesToShip() == 0
                && shipments.stream().filter(s -> !s.returning()).allMatch(s -> s.status() == Shipment.Status.DELIVERED)) {
            status = Status.DELIVERED;
            events.add(new OrderEvents.OrderDelivered(id, dealerId, supplierId));
            timeline.add(TimelineEntry.shared(event.recordedAt(), by, "ORDER_DELIVERED", "Every shipment delivered"));
        }
        timeline.add(TimelineEntry.shared(event.recordedAt(), by, "SHIPMENT_" + event.type().name(),
                "Shipment " + event.type().name().toLowerCase().replace('_', ' ')));
        audit = audit.changedBy(by, event.recordedAt());
        refreshNextStep();
        return updated;
    }

    /** A return's events leave the order's status alone: the order was delivered, its goods travel back. */
    private Shipment recordReturn(Shipment shipment, Shipment.Event event, Actor by) {
        if (event.type() == Shipment.EventType.DELIVERED) {
            events.add(new OrderEvents.ReturnDelivered(id, shipment.id(), shipment.rmaNumber()));
        }
        timeline.add(TimelineEntry.shared(event.recordedAt(), by, "RETURN_SHIPMENT_" + event.type().name(),
                "Return " + shipment.rmaNumber() + " " + event.type().name().toLowerCase().replace('_', ' '), shipment.rmaNumber()));
        audit = audit.changedBy(by, event.recordedAt());
        return shipment;
    }

    /**
     * Records the carrier's correction of a shipment's last event once (a repeated event id changes nothing): the
     * corrected event stays, the correction is added after it, and the order's status follows the events as they stand
     * now (a delivery corrected into transit makes a DELIVERED order SHIPPED again). A return's delivery is not corrected
     * here: the case it belongs to has moved on with it.
     */
    Shipment correct(String shipmentId, Shipment.Event correction, Actor by, Instant now) {
        int index = indexOfShipment(shipmentId);
        Shipment shipment = shipments.get(index);
        if (shipment.knows(correction.eventId())) {
            return shipment;
        }
        Shipment.Event corrected = shipment.lastEffectiveEvent();
        if (shipment.returning() && corrected != null && corrected.type() == Shipment.EventType.DELIVERED) {
            throw new InvalidInputException("input.corrects", UserErrorCode.ILLEGAL_STATE,
                    "a return's delivery is corrected on its service case, not by the carrier");
        }
        Shipment updated = shipment.correctedBy(correction, now);
        shipments = new ArrayList<>(shipments);
        shipments.set(index, updated);
        refreshMovingCarriers();
        String from = corrected == null ? "" : corrected.type().name().toLowerCase().replace('_', ' ');
        String to = correction.type().name().toLowerCase().replace('_', ' ');
        if (updated.returning()) {
            timeline.add(TimelineEntry.shared(correction.recordedAt(), by, "RETURN_SHIPMENT_CORRECTED",
                    "Return " + shipment.rmaNumber() + " event corrected: " + from + " → " + to, shipment.rmaNumber()));
        } else {
            timeline.add(TimelineEntry.shared(correction.recordedAt(), by, "SHIPMENT_CORRECTED",
                    "Shipment event corrected: " + from + " → " + to));
            followShipments(by, correction.recordedAt());
        }
        audit = audit.changedBy(by, correction.recordedAt());
        refreshNextStep();
        return updated;
    }

    /** Sets the status the delivery shipments' events stand for now: all delivered, some picked up, or none yet. */
    private void followShipments(Actor by, Instant at) {
        List<Shipment> deliveries = shipments().stream().filter(s -> !s.returning()).toList();
        Status now = !deliveries.isEmpty() && linesToShip() == 0 && deliveries.stream().allMatch(Shipment::delivered) ? Status.DELIVERED
                : deliveries.stream().anyMatch(Shipment::pickedUp) ? Status.SHIPPED
                : lines.stream().allMatch(line -> line.confirmedQuantity() == line.quantity()) ? Status.CONFIRMED
                : Status.PARTIALLY_CONFIRMED;
        if (now == status) {
            return;
        }
        status = now;
        if (now == Status.DELIVERED) {
            events.add(new OrderEvents.OrderDelivered(id, dealerId, supplierId));
            timeline.add(TimelineEntry.shared(at, by, "ORDER_DELIVERED", "Every shipment delivered"));
        } else if (now == Status.SHIPPED) {
            events.add(new OrderEvents.OrderShipped(id, dealerId, supplierId));
        }
    }

    /** Keeps the photo of a delivered shipment's goods; one per shipment (the access policy decides who and when). */
    void attachProofOfDelivery(String shipmentId, ProofOfDelivery proof, Actor by) {
        Shipment shipment = shipment(shipmentId);
        if (!shipment.delivered()) {
            throw new InvalidInputException("shipmentId", UserErrorCode.ILLEGAL_STATE, "only a delivered shipment takes a proof of delivery");
        }
        if (proofOfDelivery(shipmentId).isPresent()) {
            throw new InvalidInputException("file", UserErrorCode.DUPLICATE, "the shipment already has its proof of delivery");
        }
        proofsOfDelivery = new ArrayList<>(proofsOfDelivery());
        proofsOfDelivery.add(proof);
        timeline.add(TimelineEntry.shared(proof.uploadedAt(), by, "SHIPMENT_PROOF_OF_DELIVERY", "Proof of delivery attached"));
        audit = audit.changedBy(by, proof.uploadedAt());
    }

    /** The photo of the shipment's delivered goods, if its carrier attached one. */
    java.util.Optional<ProofOfDelivery> proofOfDelivery(String shipmentId) {
        return proofsOfDelivery().stream().filter(proof -> proof.shipmentId().equals(shipmentId)).findFirst();
    }

    List<ProofOfDelivery> proofsOfDelivery() {
        return proofsOfDelivery == null ? List.of() : proofsOfDelivery;
    }

    Shipment shipment(String shipmentId) {
        return shipments.get(indexOfShipment(shipmentId));
    }

    private int indexOfShipment(String shipmentId) {
        for (int i = 0; i < shipments().size(); i++) {
            if (shipments.get(i).id().equals(shipmentId)) {
                return i;
            }
        }
        throw new io.canale.shared.NotFoundException("shipment");
    }

    void cancel(String reason, Actor by, Instant at) {
        if (!awaitingAnswer()) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    "only an order the supplier has not answered can be cancelled; this one is " + status.name().toLowerCase());
        }
        UserErrors errors = new UserErrors().requireText("input.reason", reason, 500);
        errors.throwIfAny();
        status = Status.CANCELLED;
        events.add(new OrderEvents.OrderCancelled(id, dealerId, supplierId));
        timeline.add(TimelineEntry.shared(at, by, "ORDER_CANCELLED", "Cancelled: " + reason.strip(), reason.strip()));
        audit = audit.changedBy(by, at);
        refreshNextStep();
    }

    /** Submitted, and the supplier has not answered: the answer may be given, or the order cancelled. */
    private boolean awaitingAnswer() {
        return status == Status.SUBMITTED;
    }

    /** Confirmed at least in part: goods may be handed to carriers (again, once some have been). */
    private boolean shippable() {
        return status == Status.CONFIRMED || status == Status.PARTIALLY_CONFIRMED || status == Status.SHIPPED;
    }

    /** Confirmed units left that no carrier has yet (on an order stored before hand-overs counted, none once shipped). */
    private boolean leftToShip() {
        if (nextStep == null && handOvers().isEmpty() && shipments().stream().anyMatch(s -> !s.returning())) {
            return false;
        }
        return linesToShip() > 0;
    }

    /** What the access policy weighs about this order. */
    Facts.Order facts() {
        return new Facts.Order(dealerId, supplierId, parties, awaitingAnswer(), shippable(), leftToShip());
    }

    /** What the access policy weighs about one of this order's shipments. */
    Facts.Shipment facts(Shipment shipment) {
        return new Facts.Shipment(shipment.carrierId(), parties, shipment.delivered(),
                shipment.nextEvents().stream().map(Enum::name).toList(), shipment.lastReportedBy(), shipment.correctableUntil(),
                shipment.correctionEvents().stream().map(Enum::name).toList(), proofOfDelivery(shipment.id()).isPresent());
    }

    /** The events since the last call, oldest first, and forgets them. */
    List<Object> drainEvents() {
        List<Object> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    Money total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            sum = sum.add(line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return new Money(sum, lines.getFirst().unitPrice().currency());
    }

    static void checkDate(String date, String path, UserErrors errors) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException ex) {
            errors.add(path, UserErrorCode.INVALID, "expected an ISO date such as 2027-01-15");
        }
    }

    @Override public String id() { return id; }
    public String number() { return number; }
    String language() { return language; }
    Instant createdAt() { return createdAt; }
    @Override public String recordType() { return "ORDER"; }
    @Override public List<Party> parties() { return parties; }
    @Override public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    public String groupId() { return groupId; }
    public ReplacementOf replacementFor() { return replacementFor; }
    List<Shipment> shipments() { return shipments == null ? List.of() : shipments; }
    List<HandOver> handOvers() { return handOvers == null ? List.of() : handOvers; }
    /** The stored next step; computed for an order {@link HandOverBackfill} has not reached yet. */
    NextStep nextStep() {
        if (nextStep != null) {
            return nextStep;
        }
        Order copy = new Order();
        copy.status = status;
        copy.lines = lines;
        copy.shipments = shipments;
        copy.refreshNextStep();
        return copy.nextStep;
    }
    List<String> carrierIds() { return carrierIds == null ? List.of() : carrierIds; }
    public Status status() { return status; }
    public List<OrderLine> lines() { return lines; }
    public String requestedDate() { return requestedDate; }
    public OrderParties.DeliveryAddress deliveryAddress() { return deliveryAddress; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    String dealerId() { return dealerId; }
    String supplierId() { return supplierId; }
    OrderParties.EndCustomer endCustomer() { return endCustomer; }
}

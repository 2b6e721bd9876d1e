package io.canale.order;

import io.canale.catalog.Catalog;
import io.canale.catalog.OrderableProduct;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.Actor;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Submits, answers and cancels orders on behalf of a caller, through the {@link AccessPolicy}; shipments are {@link Shipments}. */
@Service
class Orders {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 10_000;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    record LineRequest(String sku, Integer quantity) {
    }

    private final MongoOperations mongo;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Clock clock;
    private final OrderStore store;
    private final OrderPlans plans;
    private final OrderNumbers numbers;
    private final DeliveryAddresses addresses;

    Orders(MongoOperations mongo, Catalog catalog, AccessPolicy policy, Clock clock, OrderStore store, OrderPlans plans,
            OrderNumbers numbers, DeliveryAddresses addresses) {
        this.numbers = numbers;
        this.addresses = addresses;
        this.mongo = mongo;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
        this.store = store;
        this.plans = plans;
    }

    /**
     * Validates every line, freezes prices, and writes one order per supplier. The whole split is stored as an
     * {@link OrderPlan} before the first order, so it always ends complete. With an idempotency key the group's and
     * orders' ids derive from dealer and key: a retry, even a day later when the input would no longer pass, completes
     * the stored plan or returns the orders, never a second group.
     */
    List<Order> submit(Caller caller, List<LineRequest> requests, String requestedDate, OrderParties.DeliveryAddress address,
            OrderParties.EndCustomer endCustomer, String idempotencyKey, Locale locale) {
        policy.submitOrders(caller).enforce();
        UserErrors keyErrors = new UserErrors();
        checkKey(idempotencyKey, keyErrors);
        keyErrors.throwIfAny();
        String groupId = groupIdOf(caller.partnerId(), idempotencyKey);
        if (idempotencyKey != null) {
            Optional<List<Order>> replay = replay(groupId);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        UserErrors errors = new UserErrors();
        Map<String, String> supplierOfSku = new HashMap<>();
        List<OrderLine> lines = checked(requests, requestedDate, address, endCustomer, errors, supplierOfSku,
                skus -> catalog.orderable(caller, skus, locale));
        errors.throwIfAny();
        Instant at = clock.instant();
        Map<String, List<OrderLine>> bySupplier = bySupplier(lines, supplierOfSku);
        // All of the submission's order numbers in one draw.
        OrderPlan plan = plan(caller, groupId, idempotencyKey != null, bySupplier, numbers.next(at, bySupplier.size()).iterator(),
                at, requestedDate, address, endCustomer, locale);
        List<Order> submitted = plans.store(plan).map(plans::complete)
                .orElseGet(() -> replay(groupId).orElseThrow(() -> new IllegalStateException("plan " + groupId + " vanished")));
        addresses.used(caller.partnerId(), address);
        return submitted;
    }

    /** What a repeated submission answers: its plan completed, or the orders a completed plan left. */
    Optional<List<Order>> replay(String groupId) {
        Optional<OrderPlan> stored = plans.find(groupId);
        if (stored.isPresent()) {
            return stored.map(plans::complete);
        }
        List<Order> earlier = mongo.find(Query.query(Criteria.where("groupId").is(groupId)).with(Sort.by("id")), Order.class);
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier);
    }

    /** An idempotency key is 1 to 100 characters, when given. */
    static void checkKey(String idempotencyKey, UserErrors errors) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            errors.add("input.idempotencyKey", UserErrorCode.INVALID, "1 to 100 characters");
        }
    }

    /** The submission's group: derived from dealer and key when keyed, so that a repeat finds it; new otherwise. */
    static String groupIdOf(String dealerId, String idempotencyKey) {
        return idempotencyKey == null ? Ids.next("grp") : "grp_" + digest(dealerId + ":" + idempotencyKey);
    }

    /** The checked lines by supplier, each supplier's in the order they were given. */
    static Map<String, List<OrderLine>> bySupplier(List<OrderLine> lines, Map<String, String> supplierOfSku) {
        Map<String, List<OrderLine>> bySupplier = new LinkedHashMap<>();
        lines.forEach(line -> bySupplier.computeIfAbsent(supplierOfSku.get(line.sku()), s -> new ArrayList<>()).add(line));
        return bySupplier;
    }

    /** The split by supplier, from the products the checks read, numbered from {@code orderNumbers} (drawn beforehand). */
    OrderPlan plan(Caller caller, String groupId, boolean keyed, Map<String, List<OrderLine>> bySupplier,
            java.util.Iterator<String> orderNumbers, Instant at, String requestedDate, OrderParties.DeliveryAddress address,
            OrderParties.EndCustomer endCustomer, Locale locale) {
        List<OrderPlan.PlannedOrder> planned = new ArrayList<>();
        bySupplier.forEach((supplierId, supplierLines) -> {
            List<OrderLine> numbered = new ArrayList<>();
            for (int i = 0; i < supplierLines.size(); i++) {
                OrderLine line = supplierLines.get(i);
                numbered.add(new OrderLine(i + 1, line.sku(), line.name(), line.quantity(), line.unitPrice(), null, null, null));
            }
            String id = keyed ? "ord_" + digest(groupId + ":" + supplierId) : Ids.next("ord");
            planned.add(new OrderPlan.PlannedOrder(id, supplierId, numbered, orderNumbers.next()));
        });
        Actor by = caller.actor();
        return new OrderPlan(groupId, caller.partnerId(), requestedDate, address, endCustomer, by.subject(), by.partner(),
                at, planned, language(locale));
    }

    /** Everything {@link #submit} checks, without writing anything: refusals come as an {@link InvalidInputException}. */
    void validate(Caller caller, List<LineRequest> requests, String requestedDate, OrderParties.DeliveryAddress address,
            OrderParties.EndCustomer endCustomer, Locale locale) {
        policy.submitOrders(caller).enforce();
        UserErrors errors = new UserErrors();
        checked(requests, requestedDate, address, endCustomer, errors, new HashMap<>(), skus -> catalog.orderable(caller, skus, locale));
        errors.throwIfAny();
    }

    /**
     * Checks one submission's input, with the products (and the caller's prices) {@code products} answers for its SKUs;
     * answers the priced lines, and {@code supplierOfSku} learns each line's supplier.
     */
    List<OrderLine> checked(List<LineRequest> requests, String requestedDate, OrderParties.DeliveryAddress address,
            OrderParties.EndCustomer endCustomer, UserErrors errors, Map<String, String> supplierOfSku,
            java.util.function.Function<List<String>, Map<String, OrderableProduct>> products) {
        List<OrderLine> lines = lines(requests, errors, supplierOfSku, products);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        checkRequestedDate(requestedDate, today, errors);
        checkAddress(address, "input.deliveryAddress", errors);
        if (endCustomer != null) {
            errors.requireText("input.endCustomer.name", endCustomer.name(), 120)
                    .email("input.endCustomer.email", endCustomer.email())
                    .phone("input.endCustomer.phone", endCustomer.phone());
        }
        return lines;
    }

    Order answer(Caller caller, String id, Integer expectedVersion, List<Order.LineAnswer> answers) {
        Order order = existing(caller, id);
        policy.confirmOrder(caller, order.facts()).enforce("input.id");
        Versions.expect(expectedVersion, order.version());
        order.answer(answers == null ? List.of() : answers, caller.actor(), clock.instant());
        return store.save(order);
    }

    Order cancel(Caller caller, String id, Integer expectedVersion, String reason) {
        Order order = existing(caller, id);
        policy.cancelOrder(caller, order.facts()).enforce("input.id");
        Versions.expect(expectedVersion, order.version());
        order.cancel(reason, caller.actor(), clock.instant());
        return store.save(order);
    }

    /** {@code nextStep}: only orders at that step, e.g. the supplier's "to answer" and "to ship" (stored, indexed). */
    Window<Order> list(Caller caller, Order.Status status, Order.NextStep nextStep, String groupId, String number,
            Sort sort, ScrollSubrange page) {
        var criteria = policy.ordersVisibleTo(caller).asCriteria();
        if (nextStep != null) {
            criteria = criteria.and("nextStep").is(nextStep);
        }
        if (number != null) { // a text that is no order number matches nothing
            criteria = criteria.and("number").is(Optional.ofNullable(OrderNumbers.normalized(number)).orElse("-"));
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (groupId != null) {
            criteria = criteria.and("groupId").is(groupId);
        }
        return Pages.scroll(mongo, Query.query(criteria), sort, page, Order.class);
    }

    /**
     * The caller's visible orders whose id, number, or end customer (name, e-mail) where the caller may see it, holds every
     * word, newest first; none for a caller who may not list orders (carriers).
     */
    Window<Order> search(Caller caller, io.canale.shared.SearchText text, ScrollSubrange page) {
        if (text.isEmpty() || !policy.listOrders(caller).allowed()) {
            return Pages.none();
        }
        java.util.Optional<String> onlyOfDealer = policy.endCustomersOnlyOfDealer(caller);
        List<Criteria> words = text.each(pattern -> {
            List<Criteria> alternatives = new java.util.ArrayList<>();
            alternatives.add(Criteria.where("_id").regex(pattern));
            alternatives.add(Criteria.where("number").regex(pattern));
            for (String field : List.of("endCustomer.name", "endCustomer.email")) {
                alternatives.add(onlyOfDealer.map(dealer -> Criteria.where("dealerId").is(dealer).and(field).regex(pattern))
                        .orElseGet(() -> Criteria.where(field).regex(pattern)));
            }
            return new Criteria().orOperator(alternatives);
        });
        var criteria = policy.ordersVisibleTo(caller).asCriteria().andOperator(words);
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, Order.class);
    }

    /** The orders of one submission the caller may see, for replaying a submission already made. */
    List<Order> group(Caller caller, String groupId) {
        Criteria criteria = policy.ordersVisibleTo(caller).asCriteria().and("groupId").is(groupId);
        return mongo.find(Query.query(criteria).with(Sort.by("id")), Order.class);
    }

    Optional<Order> find(Caller caller, String id) {
        policy.ordersVisibleTo(caller);
        return Optional.ofNullable(mongo.findById(id, Order.class))
                .filter(order -> policy.mayRead(caller, Scopes.ORDERS_READ, order.parties()));
    }

    /** The order as stored, for callers that ask the access policy themselves (whether it may be read at all). */
    Optional<Order> stored(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, Order.class));
    }

    Order existing(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> new NotFoundException("order"));
    }

    /** A line of a past order that a reorder could not copy, and why (the codes submission would refuse it with). */
    record NotReordered(String sku, String name, int quantity, UserErrorCode code, String message) {
    }

    /**
     * Splits a past order's lines into those the caller can order today (active, priced in its tier) and those it
     * cannot, with the reason, so that a reorder reports what it left out instead of dropping it silently.
     */
    record Reorderable(List<OrderLine> orderable, List<NotReordered> left) {
    }

    Reorderable orderableToday(Caller caller, List<OrderLine> past, Locale locale) {
        Map<String, OrderableProduct> products = catalog.orderable(caller, past.stream().map(OrderLine::sku).toList(), locale);
        List<OrderLine> orderable = new ArrayList<>();
        List<NotReordered> left = new ArrayList<>();
        for (OrderLine line : past) {
            OrderableProduct product = products.get(line.sku());
            if (product == null) {
                left.add(new NotReordered(line.sku(), line.name(), line.quantity(), UserErrorCode.NOT_FOUND, "no longer in the catalog"));
            } else if (!product.active()) {
                left.add(new NotReordered(line.sku(), product.name(), line.quantity(), UserErrorCode.ILLEGAL_STATE, "can no longer be ordered"));
            } else if (product.price() == null) {
                left.add(new NotReordered(line.sku(), product.name(), line.quantity(), UserErrorCode.NOT_ALLOWED,
                        "your tier's price list has no price for it"));
            } else {
                orderable.add(line);
            }
        }
        return new Reorderable(orderable, left);
    }

    /** The checked lines; {@code supplierOfSku} learns each priced line's supplier. */
    private List<OrderLine> lines(List<LineRequest> requests, UserErrors errors, Map<String, String> supplierOfSku,
            java.util.function.Function<List<String>, Map<String, OrderableProduct>> productsOf) {
        if (requests == null || requests.isEmpty()) {
            errors.add("input.lines", UserErrorCode.REQUIRED, "order at least one line");
            return List.of();
        }
        if (requests.size() > MAX_LINES) {
            errors.add("input.lines", UserErrorCode.TOO_MANY, "at most " + MAX_LINES + " lines");
            return List.of();
        }
        List<String> skus = skusOf(requests);
        Map<String, OrderableProduct> products = productsOf.apply(skus);
        List<OrderLine> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String path = "input.lines." + i;
            String sku = skus.get(i);
            Integer quantity = requests.get(i).quantity();
            OrderableProduct product = products.get(sku);
            if (!seen.add(sku)) {
                errors.add(path + ".sku", UserErrorCode.DUPLICATE, "SKU " + sku + " is ordered on another line");
            } else if (product == null) {
                errors.add(path + ".sku", UserErrorCode.NOT_FOUND, "unknown SKU " + sku);
            } else if (!product.active()) {
                errors.add(path + ".sku", UserErrorCode.ILLEGAL_STATE, "SKU " + sku + " can no longer be ordered");
            } else if (product.price() == null) {
                errors.add(path + ".sku", UserErrorCode.NOT_ALLOWED, "your tier's price list has no price for " + sku);
            }
            if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
                errors.add(path + ".quantity", UserErrorCode.INVALID, "between 1 and " + MAX_QUANTITY);
            }
            if (product != null && product.price() != null && quantity != null) {
                lines.add(new OrderLine(i + 1, sku, product.name(), quantity, product.price(), null, null, null));
                supplierOfSku.put(sku, product.supplierId());
            }
        }
        return lines;
    }

    /** The SKUs of the lines as they are looked up: trimmed, upper case. */
    static List<String> skusOf(List<LineRequest> requests) {
        return requests == null ? List.of()
                : requests.stream().map(r -> r == null || r.sku() == null ? "" : r.sku().strip().toUpperCase(Locale.ROOT)).toList();
    }

    private static void checkRequestedDate(String requestedDate, LocalDate today, UserErrors errors) {
        if (requestedDate == null) {
            errors.add("input.requestedDate", UserErrorCode.REQUIRED, "must be given");
            return;
        }
        UserErrors format = new UserErrors();
        Order.checkDate(requestedDate, "input.requestedDate", format);
        if (!format.isEmpty()) {
            format.list().forEach(error -> errors.add("input.requestedDate", error.code(), error.message()));
        } else if (LocalDate.parse(requestedDate).isBefore(today)) {
            errors.add("input.requestedDate", UserErrorCode.INVALID, "must be today or later");
        }
    }

    static void checkAddress(OrderParties.DeliveryAddress address, String path, UserErrors errors) {
        if (address == null) {
            errors.add(path, UserErrorCode.REQUIRED, "must be given");
            return;
        }
        errors.requireText(path + ".recipient", address.recipient(), 120)
                .requireText(path + ".street", address.street(), 200)
                .requireText(path + ".postalCode", address.postalCode(), 16)
                .requireText(path + ".city", address.city(), 80);
        if (address.country() == null) {
            errors.add(path + ".country", UserErrorCode.REQUIRED, "must be given");
        }
    }

    /** The language an order's documents are written in: Italian or English, as the portal offers. */
    static String language(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? "it" : "en";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

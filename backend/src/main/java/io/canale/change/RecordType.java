package io.canale.change;

import io.canale.security.Scopes;
import io.canale.shared.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * The shared records whose changes the feed carries: the collection each is stored in, the scope that reads it and
 * how its parties are found in the stored document (most keep {@code parties}; a product names its supplier, a
 * partner is its own party, a price list has none and is read by its tier).
 */
enum RecordType {
    LEAD("leads", Scopes.LEADS_READ, RecordType::listedParties),
    OPPORTUNITY("opportunities", Scopes.LEADS_READ, RecordType::listedParties),
    DEAL_REGISTRATION("deal_registrations", Scopes.LEADS_READ, RecordType::listedParties),
    ORDER("orders", Scopes.ORDERS_READ, RecordType::listedParties),
    ORDER_DRAFT("order_drafts", Scopes.ORDERS_READ, RecordType::listedParties),
    PRODUCT("products", Scopes.ORDERS_READ, document -> single(document.getString("supplierId"), "SUPPLIER")),
    PRICE_LIST("price_lists", Scopes.ORDERS_READ, document -> List.of()),
    STOCK_LEVEL("stock_levels", Scopes.STOCK_READ, document -> single(document.getString("supplierId"), "SUPPLIER")),
    PARTNER("partners", Scopes.PARTNERS_READ, document -> single(String.valueOf(document.get("_id")), "SELF")),
    SERVICE_CASE("service_cases", Scopes.SERVICE_READ, RecordType::listedParties),
    RECOVERY_CLAIM("recovery_claims", Scopes.SERVICE_READ, RecordType::listedParties),
    /** A fund budget names no partner: staff read it. */
    FUND_BUDGET("fund_budgets", Scopes.INCENTIVES_READ, document -> List.of()),
    FUND_ALLOCATION("fund_allocations", Scopes.INCENTIVES_READ, RecordType::listedParties),
    /**
     * An incentive program names no partner (who takes part follows from its eligibility), and its changes carry
     * staff-only figures (a closed period's total): staff read them; a partner reads the program itself.
     */
    INCENTIVE_PROGRAM("incentive_programs", Scopes.INCENTIVES_READ, document -> List.of()),
    /** What one partner was paid against one period of a program: staff and the partner paid. */
    INCENTIVE_PAYOUT("incentive_payouts", Scopes.INCENTIVES_READ, document -> single(document.getString("partnerId"), "PAYEE"));

    private static final Map<String, RecordType> BY_COLLECTION = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RecordType::collection, Function.identity()));

    private final String collection;
    private final String readScope;
    private final Function<Document, List<Party>> parties;

    RecordType(String collection, String readScope, Function<Document, List<Party>> parties) {
        this.collection = collection;
        this.readScope = readScope;
        this.parties = parties;
    }

    static Optional<RecordType> storedIn(String collection) {
        return Optional.ofNullable(BY_COLLECTION.get(collection));
    }

    String collection() {
        return collection;
    }

    String readScope() {
        return readScope;
    }

    /** The record's parties as its stored document names them now. */
    List<Party> partiesOf(Document document) {
        return parties.apply(document);
    }

    private static List<Party> listedParties(Document document) {
        List<Party> found = new ArrayList<>();
        for (Document party : document.getList("parties", Document.class, List.of())) {
            found.add(new Party(party.getString("partnerId"), party.getString("role")));
        }
        return found;
    }

    private static List<Party> single(String partnerId, String role) {
        return partnerId == null ? List.of() : List.of(new Party(partnerId, role));
    }
}

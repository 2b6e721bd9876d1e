package io.canale.portal.order;

import io.canale.portal.api.PartnerRef;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The two partners of an order, as columns of the order list. A column is worth showing when the list names
 * partners other than the reader's own in it: a dealer's orders name their suppliers, a supplier's orders their
 * dealers. Taken from the orders the API answered, not from who the reader is.
 */
enum PartyColumn {
    DEALER(Order::dealer), SUPPLIER(Order::supplier);

    private final Function<Order, PartnerRef> partner;

    PartyColumn(Function<Order, PartnerRef> partner) {
        this.partner = partner;
    }

    /** The parties that name a partner other than {@code ownPartnerId} in at least one of the orders. */
    static Set<PartyColumn> namingOthers(List<Order> orders, String ownPartnerId) {
        Set<PartyColumn> others = EnumSet.noneOf(PartyColumn.class);
        for (PartyColumn party : values()) {
            if (orders.stream().map(party.partner).filter(Objects::nonNull)
                    .anyMatch(named -> !named.id().equals(ownPartnerId))) {
                others.add(party);
            }
        }
        return others;
    }
}

package io.canale.order;

import io.canale.partner.PartnerRenamed;
import io.canale.shared.SortKeys;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the names orders sort by ({@link OrderSort#DEALER_ASC}, {@link OrderSort#SUPPLIER_ASC}) those of the partners
 * now: a renamed partner's orders sort under its new name. Only the sort keys are set, by collection name: no new
 * version, no change-feed entry (nothing a reader sees changes on the order itself). Through the partner's own orders
 * (its parties), which the sorts' indexes start with.
 */
@Component
class OrderPartyNames {

    private final MongoOperations mongo;

    OrderPartyNames(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void renamed(PartnerRenamed renamed) {
        String key = SortKeys.text(renamed.name());
        String orders = mongo.getCollectionName(Order.class);
        Criteria ofPartner = Criteria.where("parties.partnerId").is(renamed.partnerId());
        mongo.updateMulti(Query.query(ofPartner.and("dealerId").is(renamed.partnerId())), Update.update("sortDealer", key), orders);
        mongo.updateMulti(Query.query(Criteria.where("parties.partnerId").is(renamed.partnerId()).and("supplierId").is(renamed.partnerId())),
                Update.update("sortSupplier", key), orders);
    }
}

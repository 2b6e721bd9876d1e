package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One line of a partner's purchases as incentives count it: goods delivered (an order line) or goods refunded (a
 * returned line of a service case). {@code value} is the line's net value (quantity × frozen unit price), positive for
 * both kinds; a refund counts against the basis. Recorded once per line from the feed (the id is the line's), so the
 * ledger can be derived again from them at any time.
 */
@Document("incentive_purchases")
@CompoundIndex(name = "partner_at", def = "{'partnerId': 1, 'at': 1}")
@CompoundIndex(name = "at", def = "{'at': 1}")
record Purchase(@Id String id, Kind kind, String partnerId, String orderId, int line, String caseId, String sku,
        String productLine, int quantity, @Field(targetType = FieldType.DECIMAL128) BigDecimal value, String currency,
        Instant at, String changeId) {

    enum Kind { DELIVERY, REFUND }

    static Purchase delivery(String partnerId, String orderId, int line, String sku, String productLine, int quantity, BigDecimal value,
            String currency, Instant at, String changeId) {
        return new Purchase("D:" + orderId + ":" + line, Kind.DELIVERY, partnerId, orderId, line, null, sku, productLine, quantity,
                value, currency, at, changeId);
    }

    static Purchase refund(String partnerId, String caseId, String orderId, int line, String sku, String productLine, int quantity,
            BigDecimal value, String currency, Instant at, String changeId) {
        return new Purchase("R:" + caseId + ":" + orderId + ":" + line, Kind.REFUND, partnerId, orderId, line, caseId, sku, productLine,
                quantity, value, currency, at, changeId);
    }

    boolean refund() {
        return kind == Kind.REFUND;
    }

    int sign() {
        return refund() ? -1 : 1;
    }
}

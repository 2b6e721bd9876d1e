package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A payment to a partner against a closed period, kept in its {@link PartnerPayouts}; its id names program, period, partner and
 * reference. {@code paidOn} is the day the money went out (ISO date), {@code paidAt} when it was recorded; payouts recorded
 * before the day was kept read the day they were recorded.
 */
record Payout(String id, String programId, String period, String partnerId, @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency, String reference, Instant paidAt, String paidBy, String paidOn) {

    String paidOnOrRecorded() {
        return paidOn != null ? paidOn : Period.dateOf(paidAt).toString();
    }
}

package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** A payment to a partner against a closed period; its id (program, period, partner, reference) refuses a second record. */
@Document("incentive_payouts")
@CompoundIndex(name = "program_period_partner", def = "{'programId': 1, 'period': 1, 'partnerId': 1}")
record Payout(@Id String id, String programId, String period, String partnerId, @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency, String reference, Instant paidAt, String paidBy) {
}

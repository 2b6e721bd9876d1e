package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One append-only ledger entry: what one purchase line (or, for GROWTH, the period) earned or gave back under one
 * component of one program version, and why (basis, rate, tier), with the feed change that caused it. Never changed
 * and never deleted: a correction is a further entry. The unique key (source change, line, component, program version,
 * kind) makes a replayed change a no-op.
 */
@Document("incentive_entries")
@CompoundIndex(name = "source_line_version_kind", unique = true,
        def = "{'sourceChangeId': 1, 'lineKey': 1, 'component': 1, 'programId': 1, 'programVersion': 1, 'kind': 1}")
// Connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "program_period_partner", def = "{'programId': 1, 'period': 1, 'partnerId': 1, 'recordedAt': -1, '_id': 1}")
@CompoundIndex(name = "program_partner", def = "{'programId': 1, 'partnerId': 1, 'recordedAt': -1, '_id': 1}")
record LedgerEntry(@Id String id, String programId, int programVersion, String period, String partnerId, Kind kind,
        Accruals.Component component, String lineKey, String orderId, Integer line, String caseId, String sku, Integer quantity,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal basis, @Field(targetType = FieldType.DECIMAL128) BigDecimal rate,
        Integer tier, @Field(targetType = FieldType.DECIMAL128) BigDecimal amount, String currency, String sourceChangeId,
        Instant at, Instant recordedAt) {

    /**
     * ACCRUAL: a delivered line's first earnings; REVERSAL: what refunded goods give back; TRUE_UP: a later correction of
     * a line already in the ledger (a tier reached or lost, a new program version).
     */
    enum Kind { ACCRUAL, REVERSAL, TRUE_UP }

    /** The entry that moves a line's balance to its target, caused by {@code source}. */
    static LedgerEntry of(Program program, Period period, String partnerId, Accruals.Target target, Kind kind, BigDecimal amount,
            String source, Instant now) {
        Purchase purchase = target.purchase();
        String id = String.join("|", program.id(), period.key(), partnerId, target.key(), kind.name(), source);
        return new LedgerEntry(id, program.id(), target.programVersion(), period.key(), partnerId, kind, target.component(),
                target.lineKey(), purchase == null ? null : purchase.orderId(), purchase == null ? null : purchase.line(),
                purchase == null ? null : purchase.caseId(), purchase == null ? null : purchase.sku(),
                purchase == null ? null : purchase.quantity(), target.basis(), target.rate(), target.tier(), amount,
                program.currency(), source, purchase == null ? now : purchase.at(), now);
    }

    String key() {
        return Accruals.Target.key(lineKey, component);
    }

    /** The line of the snapshot hash: everything that makes the entry what it is. */
    String canonical() {
        return String.join("|", id, String.valueOf(programVersion), kind.name(), amount.setScale(2).toPlainString(), currency,
                basis == null ? "" : basis.stripTrailingZeros().toPlainString(), rate == null ? "" : rate.stripTrailingZeros().toPlainString(),
                String.valueOf(tier));
    }
}

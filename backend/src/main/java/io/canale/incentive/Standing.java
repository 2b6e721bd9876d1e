package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * Where one partner's period of a program stands in the ledger ({@link Accruals.Tally}), so that settling new lines
 * reads this one document (by id) instead of the period's purchases and entries. It is true only while the ledger holds
 * exactly what its tally says: it is deleted before entries are appended and saved again once they are, so after a
 * crash in between, or after the program gained a version ({@code programVersions}), the next settle reads the whole
 * period. A derived cache: deleting every standing costs one full settle per period, nothing else.
 */
@Document("incentive_standings")
record Standing(@Id String id, int programVersions, @Field(targetType = FieldType.DECIMAL128) BigDecimal value,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal quantity, @Field(targetType = FieldType.DECIMAL128) BigDecimal position,
        Instant lastAt, String lastId, @Field(targetType = FieldType.DECIMAL128) BigDecimal baseline) {

    static String id(Program program, Period period, String partnerId) {
        return String.join("|", program.id(), period.key(), partnerId);
    }

    static Standing of(String id, Program program, Accruals.Tally tally) {
        return new Standing(id, program.versions().size(), tally.value(), tally.quantity(), tally.position(), tally.lastAt(), tally.lastId(),
                tally.baseline());
    }

    Accruals.Tally tally() {
        return new Accruals.Tally(value, quantity, position, lastAt, lastId, baseline);
    }

    /** Whether it was taken under the program's current rules. */
    boolean current(Program program) {
        return programVersions == program.versions().size();
    }
}

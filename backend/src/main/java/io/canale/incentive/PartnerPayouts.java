package io.canale.incentive;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * Everything one partner was paid against one period of one program: the payouts, their total and an optimistic
 * version, in one document. Checking "paid + amount ≤ earned" and writing the payout is then one conditional write (on
 * id and version; the first payout an insert that a concurrent first payout turns into a duplicate key), so concurrent
 * payouts cannot together pay more than is owed; a lost race is read again and decided again.
 * <p>
 * Replaces one document per payout in the same collection; no migration: that shape was never deployed.
 */
@Document("incentive_payouts")
@CompoundIndex(name = "program", def = "{'programId': 1}")
class PartnerPayouts {

    /** Enough for any real schedule of payments, and it keeps the document small. */
    static final int MAX_PAYOUTS = 500;

    @Id
    private String id;
    private String programId;
    private String period;
    private String partnerId;
    private String currency;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal paid;
    private List<Payout> payouts = new ArrayList<>();
    /** Who recorded the first and the last payout: the change feed names them as the actor of each change. */
    private Audit audit;
    @Version
    private Long version;

    protected PartnerPayouts() {
    }

    /** A partner's period with nothing paid yet; stored by its first payout. */
    static PartnerPayouts none(String programId, String period, String partnerId, String currency) {
        PartnerPayouts book = new PartnerPayouts();
        book.id = id(programId, period, partnerId);
        book.programId = programId;
        book.period = period;
        book.partnerId = partnerId;
        book.currency = currency;
        book.paid = BigDecimal.ZERO.setScale(2);
        return book;
    }

    static String id(String programId, String period, String partnerId) {
        return String.join("|", programId, period, partnerId);
    }

    /** Adds a payment of at most what is still owed of {@code earned}; a reference is paid once. */
    Payout pay(BigDecimal amount, String reference, java.time.LocalDate paidOn, BigDecimal earned, Actor by, Instant at) {
        if (payouts().stream().anyMatch(payout -> payout.reference().equals(reference))) {
            throw new InvalidInputException("input.reference", UserErrorCode.DUPLICATE, "a payout with this reference is recorded already");
        }
        if (paid().add(amount).compareTo(earned) > 0) {
            throw new InvalidInputException("input.amount", UserErrorCode.EXCEEDS_AVAILABLE, "more than is owed: " + earned.toPlainString() + " "
                    + currency + " earned, " + paid().toPlainString() + " paid");
        }
        if (payouts().size() >= MAX_PAYOUTS) {
            throw new InvalidInputException("input.reference", UserErrorCode.TOO_MANY, "at most " + MAX_PAYOUTS + " payouts per partner and period");
        }
        Payout payout = new Payout(String.join("|", id, reference), programId, period, partnerId, amount.setScale(2), currency, reference,
                at, by.subject(), paidOn.toString());
        payouts = new ArrayList<>(payouts());
        payouts.add(payout);
        paid = paid().add(payout.amount());
        audit = audit == null ? Audit.createdBy(by, at) : audit.changedBy(by, at);
        return payout;
    }

    BigDecimal paid() {
        return paid == null ? BigDecimal.ZERO : paid;
    }

    List<Payout> payouts() {
        return payouts == null ? List.of() : payouts;
    }
}

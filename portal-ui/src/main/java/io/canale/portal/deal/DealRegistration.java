package io.canale.portal.deal;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import io.canale.portal.api.TimelineEntry;

/** A dealer's claim to a deal: the API's {@code DealRegistration}. */
@SchemaType
record DealRegistration(String id, Status status, PartnerRef dealer, String customerName, String vatNumber,
        String productLine, Money expectedValue, LocalDate expectedCloseDate, Conflict conflict,
        Instant protectedUntil, String decisionReason, int version, Actions viewerCan, io.canale.portal.api.Audit audit,
        List<TimelineEntry> timeline) {

    @SchemaType("DealRegistrationStatus")
    enum Status {
        SUBMITTED, IN_REVIEW, APPROVED, REJECTED
    }

    @SchemaType("DealConflictRule")
    enum ConflictRule {
        SAME_VAT_NUMBER, SAME_COMPANY_NAME
    }

    /**
     * Why it is in review; {@code earlierDealer} is named for staff only (null for dealers). The dates are asked by
     * the detail page only.
     */
    @SchemaType("DealConflict")
    record Conflict(ConflictRule rule, String explanation, PartnerRef earlierDealer, Instant earlierRegisteredAt,
            Instant earlierProtectedUntil) {
    }

    /** What happened to it, oldest first; none when the document did not ask. */
    public List<TimelineEntry> timeline() {
        return timeline == null ? List.of() : timeline;
    }

    /** What the caller may decide about it, as the access policy decided. */
    @SchemaType("DealRegistrationActions")
    record Actions(boolean approve, boolean reject) {

        static final Actions NONE = new Actions(false, false);
    }

    /** What the caller may decide; nothing when the document did not ask. */
    Actions can() {
        return viewerCan == null ? Actions.NONE : viewerCan;
    }
}

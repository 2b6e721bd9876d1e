package io.canale.portal.deal;

import java.time.Instant;
import java.time.LocalDate;

/** A dealer's claim to a deal, as the API returns it. */
record DealRegistration(String id, Status status, PartnerRef dealer, String customerName, String vatNumber,
        String productLine, Money expectedValue, LocalDate expectedCloseDate, Conflict conflict,
        Instant protectedUntil, String decisionReason, int version) {

    enum Status {
        SUBMITTED, IN_REVIEW, APPROVED, REJECTED;

        /** Whether staff still have to decide. */
        boolean pending() {
            return this == SUBMITTED || this == IN_REVIEW;
        }
    }

    record PartnerRef(String id, String name) {
    }

    record Money(String amount, String currency) {
    }

    /** Why it is in review; {@code earlierDealer} is named for staff only. */
    record Conflict(String rule, String explanation, PartnerRef earlierDealer) {
    }
}

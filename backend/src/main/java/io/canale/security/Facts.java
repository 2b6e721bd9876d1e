package io.canale.security;

import io.canale.shared.Party;
import java.time.Instant;
import java.util.List;

/**
 * What the {@link AccessPolicy} weighs about one record besides the caller: its parties, the partners it names
 * and where it stands. Each record builds its own facts from the fields it carries, so deciding costs no
 * database round trip; the state predicates come from the record's own transition rules.
 */
public interface Facts {

    /**
     * A lead: the dealer it is routed to or owned by, whether that dealer's answer is awaited and until when,
     * whether it is accepted (and may be converted), whether staff may (re-)route it, and whether it may take in
     * a duplicate.
     */
    record Lead(String dealerId, List<Party> parties, boolean awaitingAnswer, Instant acceptBy, boolean accepted,
            boolean routable, boolean takesInDuplicates) {
    }

    /** An opportunity: its dealer and whether it reached a closing stage (won or lost). */
    record Opportunity(String dealerId, List<Party> parties, boolean closed) {
    }

    /** A deal registration: whether it still waits for staff's decision. */
    record DealRegistration(List<Party> parties, boolean awaitingDecision) {
    }

    /**
     * An order: its dealer and supplier, whether the supplier's answer is awaited, whether it is confirmed so that goods
     * may be handed over, and whether confirmed goods are left that were not handed to a carrier yet.
     */
    record Order(String dealerId, String supplierId, List<Party> parties, boolean awaitingAnswer, boolean shippable,
            boolean leftToShip) {
    }

    /**
     * A shipment: its carrier, the parties of its order, whether it was delivered, the events that may follow; who
     * reported its last event (the token's subject) and until when that event may be corrected, into which events; and
     * whether its proof of delivery is attached.
     */
    record Shipment(String carrierId, List<Party> orderParties, boolean delivered, List<String> nextEvents, String lastEventBy,
            Instant correctableUntil, List<String> correctionEvents, boolean proofAttached) {

        /** A shipment without corrections or proof to weigh (change readers, which only ask who reads it). */
        public Shipment(String carrierId, List<Party> orderParties, boolean delivered, List<String> nextEvents) {
            this(carrierId, orderParties, delivered, nextEvents, null, null, List.of(), false);
        }
    }

    /** An order draft: its dealer, whether it is open for changes, and whether it was submitted. */
    record OrderDraft(String dealerId, List<Party> parties, boolean open, boolean submitted) {
    }

    /**
     * A service case: its dealer and parties, and where it stands — new (to triage), triaged or waiting (work may
     * start or resume), in progress (may wait), being worked on (may be resolved), resolved (may be closed),
     * resolved or closed and until when it may be reopened.
     */
    record ServiceCase(String dealerId, List<Party> parties, boolean isNew, boolean workable, boolean inProgress,
            boolean resolvable, boolean resolved, boolean finished, Instant reopenableUntil) {
    }

    /**
     * A case's return: whether the case is of a type goods go back for (return, warranty claim), whether a return was
     * authorised, whether authorised lines still await inspection, and the carriers of its return shipments.
     */
    record CaseReturn(boolean returnType, boolean authorized, boolean awaitingInspection, List<String> carrierIds) {
    }

    /**
     * A comment of a case's thread: staff-only, or addressed (to {@code addressedTo}, or to staff when null), or
     * shared with every party; its author, and whether it was deleted.
     */
    record CaseComment(boolean internal, boolean addressed, String addressedTo, String authorSubject, String authorPartnerId,
            boolean deleted) {
    }

    /** A case's satisfaction survey: whether it was mailed (rather than left to the dealer to forward), answered, expired. */
    record CaseSurvey(boolean mailed, boolean answered, boolean expired) {
    }

    /** A recovery claim: the partner it is against, whether it awaits that partner's answer, whether staff may withdraw it. */
    record RecoveryClaim(String againstId, boolean awaitingAnswer, boolean withdrawable) {
    }

    /** A webhook endpoint: the partner it belongs to (whose changes it receives), whether it receives or an admin stopped it. */
    record WebhookEndpoint(String partnerId, boolean active, boolean disabled) {

        /** An endpoint of the partner in general, not one in a given state: registering, listing. */
        public WebhookEndpoint(String partnerId) {
            this(partnerId, false, false);
        }
    }

    /** A partner's allocation of a fund budget: whose it is. */
    record FundAllocation(String partnerId, List<Party> parties) {
    }

    /**
     * A fund request: its partner, and where it stands — waiting for staff's review, waiting for the partner's answer,
     * approved and open for a claim (before the deadline), with a claim waiting for review, with an approved claim to pay.
     */
    record FundRequest(String partnerId, boolean inReview, boolean awaitingPartner, boolean claimable, boolean claimInReview,
            boolean payable) {
    }
}

package io.canale.security;

import org.springframework.data.mongodb.core.query.Criteria;

/** Which shared records of a kind a caller may list: all (staff) or those naming its partner as a party. */
public sealed interface RecordVisibility {

    /** The MongoDB condition that selects the visible records; every shared record keeps {@code parties}. */
    default Criteria asCriteria() {
        return this instanceof PartyOf party ? Criteria.where("parties.partnerId").is(party.partnerId()) : new Criteria();
    }

    record All() implements RecordVisibility {
    }

    record PartyOf(String partnerId) implements RecordVisibility {
    }
}

package io.canale.security;

/** Which shared records of a kind a caller may list: all (staff) or those naming its partner as a party. */
public sealed interface RecordVisibility {

    record All() implements RecordVisibility {
    }

    record PartyOf(String partnerId) implements RecordVisibility {
    }
}

package io.canale.security;

/** Which price lists a caller may read: all of them (staff), or those of one dealer's tier. */
public sealed interface PriceVisibility {

    record All() implements PriceVisibility {
    }

    /** The lists of this dealer's tier; the catalog looks the tier up. */
    record TierOf(String dealerId) implements PriceVisibility {
    }
}

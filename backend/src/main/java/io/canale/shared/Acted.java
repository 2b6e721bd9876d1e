package io.canale.shared;

/** Something an {@link Actor} did (a timeline entry, as it is kept or as a feature lists it): for the actor's fields. */
public interface Acted {

    Actor actor();
}

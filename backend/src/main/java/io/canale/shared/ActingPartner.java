package io.canale.shared;

/**
 * The partner a person or partner system acted for, stored with what it did (timeline entries, audit stamps) so
 * that readers can be shown the partner instead of the person. Only the access policy looks at its type (an
 * architecture test holds other code to that); features copy it from the caller as it is.
 */
public record ActingPartner(String id, PartnerType type) {
}

package io.canale.security;

import io.canale.shared.PartnerType;
import java.util.Set;

/**
 * A caller kept with work done later on its behalf (a lead import worked in the background), so that the worker
 * asks the policy about the same caller. Stored as part of the record; the fields are the document's.
 */
public record StoredCaller(String subject, String partnerId, PartnerType partnerType, Set<PartnerRole> roles,
        Set<String> scopes) {

    public static StoredCaller of(Caller caller) {
        return new StoredCaller(caller.subject(), caller.partnerId(), caller.partnerType(), caller.roles(), caller.scopes());
    }

    /** The caller again; background work is always started by a person. */
    public Caller caller() {
        return new Caller(subject, Caller.Kind.USER, partnerId, partnerType, roles, scopes);
    }
}

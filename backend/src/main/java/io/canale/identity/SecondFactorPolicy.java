package io.canale.identity;

import io.canale.security.PartnerRole;
import io.canale.shared.PartnerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who must confirm a sign-in with a second factor, from {@code canale.auth.mfa.required-for}: {@code staff} (the
 * manufacturer's own people), {@code admins} (every partner's admins), both, or nobody (the default).
 */
record SecondFactorPolicy(Set<Group> requiredFor) {

    enum Group { STAFF, ADMINS }

    static SecondFactorPolicy parse(List<String> groups) {
        return new SecondFactorPolicy(groups.stream().map(String::strip).filter(group -> !group.isEmpty())
                .map(group -> {
                    try {
                        return Group.valueOf(group.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException unknown) {
                        throw new IllegalStateException("canale.auth.mfa.required-for: unknown group '" + group
                                + "'; use staff, admins or both (comma-separated)");
                    }
                }).collect(Collectors.toUnmodifiableSet()));
    }

    boolean requiredFor(UserAccount account) {
        return requiredFor.contains(Group.STAFF) && account.partnerType() == PartnerType.MANUFACTURER
                || requiredFor.contains(Group.ADMINS) && account.role() == PartnerRole.ADMIN;
    }
}

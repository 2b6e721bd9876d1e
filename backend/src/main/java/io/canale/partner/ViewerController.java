package io.canale.partner;

import io.canale.identity.UserAccount;
import io.canale.identity.UserAccounts;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Area;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.ViewerProfile;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer}: who is calling, for the portal's shell and for partner systems checking their token, with the
 * areas it may use and what it may start, as the access policy answers them.
 */
@Controller
class ViewerController {

    static final Set<String> PORTAL_LANGUAGES = Set.of("it", "en");

    record Viewer(String subject, Caller.Kind kind, String displayName, Set<PartnerRole> roles, Set<String> scopes,
            String partnerId, Locale locale, List<Area> areas, Actions.Viewer viewerCan) {
    }

    record PreferencesInput(Locale locale) {
    }

    record ViewerPayload(Viewer viewer, List<UserError> userErrors) {
    }

    private final AccessPolicy policy;
    private final UserAccounts users;
    private final PartnerDirectory directory;

    ViewerController(AccessPolicy policy, UserAccounts users, PartnerDirectory directory) {
        this.policy = policy;
        this.users = users;
        this.directory = directory;
    }

    @QueryMapping
    Viewer viewer(Caller caller) {
        return viewerOf(caller);
    }

    /** The caller's own partner: always visible to it, whatever its scopes. */
    @SchemaMapping(typeName = "Viewer")
    Partner partner(Viewer viewer) {
        return directory.own(viewer.partnerId());
    }

    @MutationMapping
    ViewerPayload updateMyPreferences(@Argument PreferencesInput input, Caller caller) {
        return Payloads.run(() -> {
            policy.keepPreferences(caller).enforce("input");
            if (!PORTAL_LANGUAGES.contains(input.locale().getLanguage())) {
                throw new InvalidInputException("input.locale", UserErrorCode.INVALID, "choose it or en");
            }
            users.preferLocale(caller.subject(), Locale.of(input.locale().getLanguage()));
            return viewerOf(caller);
        }, viewer -> new ViewerPayload(viewer, List.of()), errors -> new ViewerPayload(null, errors));
    }

    private Viewer viewerOf(Caller caller) {
        ViewerProfile profile = policy.viewer(caller);
        UserAccount user = profile.person()
                ? users.findByEmail(profile.subject()).orElseThrow(() -> new NotFoundException("user"))
                : null;
        return new Viewer(profile.subject(), profile.kind(), user == null ? null : user.displayName(), profile.roles(),
                profile.scopes(), profile.partnerId(), user == null ? null : user.locale(), profile.areas(),
                profile.viewerCan());
    }
}

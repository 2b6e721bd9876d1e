package io.canale.portal.home;

import io.canale.portal.api.CanaleApi;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The home's reads of the API (documents under {@code graphql-documents/home/}). */
@Component
class HomeApi {

    /**
     * The home's selection of {@code viewer}: what waits, and the figures. Not a {@code @SchemaType}: the portal's one
     * type for {@code Viewer} is {@link io.canale.portal.api.Viewer}, kept at sign-in; the parts here are.
     */
    record Home(List<Todo> todo, List<Kpi> kpis) {

        Home {
            todo = todo == null ? List.of() : List.copyOf(todo);
            kpis = kpis == null ? List.of() : List.copyOf(kpis);
        }
    }

    /** The profile page's selection of {@code viewer} (as {@link Home}, not a {@code @SchemaType}): roles and scopes to show. */
    record Profile(String subject, String displayName, io.canale.portal.api.Partner partner, List<String> roles,
            List<String> scopes) {

        Profile {
            roles = roles == null ? List.of() : List.copyOf(roles);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    private final CanaleApi api;

    HomeApi(CanaleApi api) {
        this.api = api;
    }

    Home home() {
        return api.execute("home/home", Map.of(), "viewer", Home.class);
    }

    /** Only the counts, for the menu's badges. */
    List<Todo> counts() {
        return api.execute("home/todoCounts", Map.of(), "viewer", Home.class).todo();
    }

    Profile profile() {
        return api.execute("home/profile", Map.of(), "viewer", Profile.class);
    }
}

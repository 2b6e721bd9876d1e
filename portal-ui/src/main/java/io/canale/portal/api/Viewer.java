package io.canale.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in caller as the API sees it ({@code viewer}), asked once at sign-in: who (email, name, partner), in
 * which language, and what the access policy lets it use — its areas, in menu order, and what it may start. It
 * carries no roles, scopes or partner type: the portal decides nothing from them.
 *
 * @param subject the person's email
 * @param locale the language the person chose, or null
 * @param partner the person's partner: id and name for display, and what the person may do with it
 */
@SchemaType
public record Viewer(String subject, String displayName, String locale, Partner partner, List<Area> areas,
        ViewerActions viewerCan) implements Serializable {

    public Viewer {
        areas = areas == null ? List.of() : List.copyOf(areas);
        viewerCan = viewerCan == null ? ViewerActions.NONE : viewerCan;
    }

    /** The name to greet with: the display name, else the email. */
    public String name() {
        return displayName == null || displayName.isBlank() ? subject : displayName;
    }
}

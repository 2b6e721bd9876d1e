package io.canale.portal.api;

import java.util.List;

/**
 * The signed-in caller as the API sees it ({@code viewer}): who, in which language, and what the access policy
 * lets it use — its areas and what it may start.
 */
@SchemaType
public record Viewer(String subject, String displayName, String locale, List<Area> areas, ViewerActions viewerCan) {
}

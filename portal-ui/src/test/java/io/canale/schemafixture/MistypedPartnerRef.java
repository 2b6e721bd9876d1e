package io.canale.schemafixture;

import io.canale.portal.api.SchemaType;

/** A deliberately wrong portal type, outside the scanned packages, to prove that the schema check catches it. */
@SchemaType("PartnerRef")
public record MistypedPartnerRef(String id, Integer name, String nickname) {
}

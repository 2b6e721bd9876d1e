package io.canale.portal.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's registration as an OAuth2 client of the backend. The secret has no default outside the demo
 * profile: the portal refuses to start without one.
 *
 * @param clientId the client id registered at the backend
 * @param clientSecret the client secret, from {@code CANALE_PORTAL_CLIENT_SECRET} or {@code canale.portal.client-secret}
 * @param scopes the scopes to ask for; the backend grants only those the user may hold
 */
@Validated
@ConfigurationProperties("canale.portal")
record PortalClientProperties(
        @DefaultValue("canale-portal") String clientId,
        @NotBlank(message = "the portal's OAuth client secret is missing: set the environment variable "
                + "CANALE_PORTAL_CLIENT_SECRET (or the property canale.portal.client-secret), or run with "
                + "--spring.profiles.active=demo against a demo backend") String clientSecret,
        @NotEmpty List<String> scopes) {
}

package io.canale.portal.api;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the backend is. Every endpoint the portal uses (OAuth2 and GraphQL) derives from {@code url}, so one
 * property moves the portal to another backend.
 *
 * @param url the backend's base URL
 * @param issuer the issuer expected in ID and access tokens; the {@code url} when not set
 */
@ConfigurationProperties("canale.backend")
public record BackendProperties(@DefaultValue("http://localhost:8080") URI url, URI issuer) {

    public BackendProperties {
        url = URI.create(withoutTrailingSlash(url.toString()));
        issuer = issuer != null ? URI.create(withoutTrailingSlash(issuer.toString())) : url;
    }

    /** The absolute URL of a backend path such as {@code /oauth2/token}. */
    public String endpoint(String path) {
        return url + path;
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}

package io.canale.identity;

import io.canale.security.Scopes;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The clients the authorization server knows: the portal, configured by properties, and the partner-system
 * clients stored in MongoDB. A revoked client, or one whose partner was deactivated, is unknown.
 */
@Component
class CanaleRegisteredClientRepository implements RegisteredClientRepository {

    private final PartnerSystemClientRepository partnerSystems;
    private final PartnerStatusLookup partners;
    private final AuthServerProperties properties;
    private final RegisteredClient portal;

    CanaleRegisteredClientRepository(PartnerSystemClientRepository partnerSystems, PartnerStatusLookup partners,
            AuthServerProperties properties, PasswordEncoder passwordEncoder) {
        this.partnerSystems = partnerSystems;
        this.partners = partners;
        this.properties = properties;
        this.portal = properties.portal().enabled() ? portalClient(properties, passwordEncoder) : null;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are managed through the GraphQL API");
    }

    @Override
    public RegisteredClient findById(String id) {
        if (portal != null && portal.getId().equals(id)) {
            return portal;
        }
        return partnerSystems.findById(id).map(this::toRegisteredClient).orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (portal != null && portal.getClientId().equals(clientId)) {
            return portal;
        }
        return partnerSystems.findByClientId(clientId).map(this::toRegisteredClient).orElse(null);
    }

    private RegisteredClient toRegisteredClient(PartnerSystemClient client) {
        if (client.status() != PartnerSystemClient.Status.ACTIVE || !partners.isActive(client.partnerId())) {
            return null;
        }
        return RegisteredClient.withId(client.id())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.audit().createdAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
                .build();
    }

    private static RegisteredClient portalClient(AuthServerProperties properties, PasswordEncoder passwordEncoder) {
        AuthServerProperties.Portal portal = properties.portal();
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(portal.clientId().getBytes()).toString())
                .clientId(portal.clientId())
                .clientName("Canale portal")
                .clientSecret(passwordEncoder.encode(portal.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(portal.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scopes(scopes -> scopes.addAll(Scopes.ALL))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenTtl())
                        .refreshTokenTimeToLive(properties.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                        .build())
                .build();
    }
}

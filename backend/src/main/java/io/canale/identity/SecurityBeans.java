package io.canale.identity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/** Keys, encoders and settings shared by the authorization server and the resource server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthServerProperties.class)
class SecurityBeans {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** What {@code /oauth2/jwks} publishes: the public halves of every key whose tokens may still be in use. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyRing keys) {
        return keys.publishedKeys();
    }

    /** Tokens are signed with the one key that signs now, and carry its {@code kid}. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeyRing keys) {
        return new NimbusJwtEncoder(keys.signingKey());
    }

    /**
     * The API checks tokens locally against the published keys (chosen by the token's {@code kid}) and insists on
     * our issuer and on the API's audience, so a token minted for another audience is refused. A token that passed is
     * remembered until it expires or the signing keys are reloaded ({@link ValidatedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeyRing keys, AuthServerProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys.publishedKeys()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.apiAudience())));
        return new ValidatedTokens(decoder, keys::current, Clock.systemUTC(), properties.accessTokenTtl(), 10_000);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }
}

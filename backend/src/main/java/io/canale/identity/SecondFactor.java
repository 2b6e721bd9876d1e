package io.canale.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second factor with Spring Security's own multi-factor support: for the people the {@link SecondFactorPolicy}
 * names, the authorization endpoint requires a password ({@code FACTOR_PASSWORD}) and a one-time token sent by
 * mail ({@code FACTOR_OTT}); without the token it sends them to {@code /login/code}. Everybody else signs in with
 * the password alone.
 */
final class SecondFactor {

    static final String CODE_PAGE = "/login/code";
    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);

    private final SecondFactorPolicy policy;
    private final UserAccounts accounts;
    private final SignInCodeMail codes;

    SecondFactor(SecondFactorPolicy policy, UserAccounts accounts, SignInCodeMail codes) {
        this.policy = policy;
        this.accounts = accounts;
        this.codes = codes;
    }

    /** What the authorization endpoint requires of a signed-in person. */
    AuthorizationManager<RequestAuthorizationContext> authenticated() {
        return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY)
                .when(this::required)
                .build()
                .authenticated();
    }

    /** The authorization server chain: a missing token factor leads to the code page, not to a 403. */
    void requireOn(HttpSecurity authorizationServer) throws Exception {
        authorizationServer.exceptionHandling(errors -> errors.defaultDeniedHandlerForMissingAuthority(
                new LoginUrlAuthenticationEntryPoint(CODE_PAGE), FactorGrantedAuthority.OTT_AUTHORITY));
    }

    /** The sign-in chain: ask for a code ({@code POST /ott/generate}), confirm it ({@code /login/ott}). */
    void offerOn(HttpSecurity login) throws Exception {
        login.oneTimeTokenLogin(ott -> ott.loginPage(CODE_PAGE).loginProcessingUrl("/login/ott")
                .generateRequestResolver(new OnlyAfterThePassword())
                .tokenGenerationSuccessHandler(codes));
    }

    private boolean required(Authentication authentication) {
        boolean person = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                        || authority.equals(FactorGrantedAuthority.OTT_AUTHORITY));
        return person && accounts.findByEmail(authentication.getName()).map(policy::requiredFor).orElse(false);
    }

    /**
     * A code goes only to the person who has just given the right password in this browser session, whatever
     * the form says: the token is a second factor, never a way to sign in, or to mail anybody, without one.
     */
    private static final class OnlyAfterThePassword implements GenerateOneTimeTokenRequestResolver {

        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        @Override
        public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
            Authentication signedIn = sessions.loadDeferredContext(request).get().getAuthentication();
            if (signedIn == null || signedIn.getAuthorities().stream()
                    .noneMatch(authority -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(authority.getAuthority()))) {
                return null;
            }
            return new GenerateOneTimeTokenRequest(signedIn.getName(), CODE_VALIDITY);
        }
    }
}

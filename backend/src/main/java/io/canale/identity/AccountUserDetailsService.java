package io.canale.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sign-in with email and password. Invited, deactivated and partner-deactivated accounts look unknown, so
 * the login page never tells which addresses exist. Returns Spring's own {@link User} because the signed-in
 * principal is stored with the authorization and must be serialisable by Spring Security's Jackson modules.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final PartnerStatusLookup partners;

    AccountUserDetailsService(UserAccountRepository users, PartnerStatusLookup partners) {
        this.users = users;
        this.partners = partners;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccount.normaliseEmail(email))
                .filter(UserAccount::canSignIn)
                .filter(user -> partners.isActive(user.partnerId()))
                .map(user -> User.withUsername(user.email())
                        .password(user.passwordHash())
                        .roles(user.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown or inactive account"));
    }
}

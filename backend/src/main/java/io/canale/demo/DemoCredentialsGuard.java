package io.canale.demo;

import io.canale.identity.PartnerSystemClients;
import io.canale.identity.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start on a store where a demo login or partner-system client still
 * accepts its public password or secret: whoever read the README could sign in. The operator either starts
 * with the demo profile again or removes (or re-keys) those records first; the message names them.
 */
@Component
@Profile("!demo")
class DemoCredentialsGuard implements SmartInitializingSingleton {

    private final UserAccounts users;
    private final PartnerSystemClients clients;

    DemoCredentialsGuard(UserAccounts users, PartnerSystemClients clients) {
        this.users = users;
        this.clients = clients;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> open = new ArrayList<>();
        DemoData.LOGINS.stream().filter(email -> users.signsInWith(email, DemoData.DEMO_PASSWORD))
                .forEach(email -> open.add("login " + email));
        DemoData.CLIENTS.stream().filter(client -> clients.authenticatesWith(client, DemoData.DEMO_CLIENT_SECRET))
                .forEach(client -> open.add("client " + client));
        if (!open.isEmpty()) {
            throw new DemoCredentialsLeft(open);
        }
    }

    /** Why the start was refused; {@link DemoCredentialsFailureAnalyzer} tells the operator what to do. */
    static final class DemoCredentialsLeft extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        DemoCredentialsLeft(List<String> open) {
            super("This store holds demo credentials with public passwords (" + String.join(", ", open)
                    + ") but the demo profile is off.");
        }
    }
}

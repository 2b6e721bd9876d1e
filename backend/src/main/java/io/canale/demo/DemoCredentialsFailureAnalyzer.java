package io.canale.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start on a store with demo credentials into Spring Boot's short "what happened, what to do". */
class DemoCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<DemoCredentialsGuard.DemoCredentialsLeft> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoCredentialsGuard.DemoCredentialsLeft cause) {
        return new FailureAnalysis(cause.getMessage() + " Anybody who read the README could sign in with them.",
                "Start with --spring.profiles.active=demo to keep using this store as a demo, or deactivate those "
                        + "logins and revoke those clients (or delete them from the users and api_clients collections) "
                        + "before running without the demo profile.", cause);
    }
}

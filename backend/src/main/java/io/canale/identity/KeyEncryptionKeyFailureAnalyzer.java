package io.canale.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start refused over the key encryption key into Spring Boot's short "what happened, what to do". */
class KeyEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<KeyEncryptionKeyRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyEncryptionKeyRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}

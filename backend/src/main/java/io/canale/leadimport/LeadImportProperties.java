package io.canale.leadimport;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lead import settings.
 *
 * @param maxAttempts how often a job is started (first run and resumes after a crash, a restart or an unexpected
 *     failure) before it is failed for good: a file that brings the process down is not taken up forever
 */
@ConfigurationProperties("canale.imports.leads")
record LeadImportProperties(int maxAttempts) {

    LeadImportProperties {
        maxAttempts = maxAttempts > 0 ? maxAttempts : 3;
    }
}

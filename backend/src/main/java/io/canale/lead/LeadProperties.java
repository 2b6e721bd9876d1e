package io.canale.lead;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lead settings.
 *
 * @param acceptanceTime how long a dealer has to accept or decline a routed lead
 * @param deadlineCheck how often overdue leads are looked for and re-routed
 * @param webCapturePerMinute web-form submissions allowed per client address and minute
 */
@ConfigurationProperties("canale.leads")
public record LeadProperties(Duration acceptanceTime, Duration deadlineCheck, int webCapturePerMinute) {

    public LeadProperties {
        acceptanceTime = acceptanceTime != null ? acceptanceTime : Duration.ofHours(48);
        deadlineCheck = deadlineCheck != null ? deadlineCheck : Duration.ofMinutes(1);
        webCapturePerMinute = webCapturePerMinute > 0 ? webCapturePerMinute : 10;
    }
}

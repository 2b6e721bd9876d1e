package io.canale.servicecase;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public service-case form.
 *
 * @param webFormPerMinute submissions of the public service-case form allowed per client address and minute
 */
@ConfigurationProperties("canale.service")
record WebFormSettings(int webFormPerMinute) {

    WebFormSettings {
        webFormPerMinute = webFormPerMinute > 0 ? webFormPerMinute : 10;
    }
}

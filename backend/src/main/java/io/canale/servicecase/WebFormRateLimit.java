package io.canale.servicecase;

import io.canale.shared.web.FilterOrders;
import io.canale.shared.web.PublicFormRateLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The public service-case form's own budget per client address ({@code canale.service.web-form-per-minute}; IPv6 per
 * /64), apart from the lead form's, counted before a byte of the body is read (see {@link PublicFormRateLimit}).
 */
@Component
@Order(FilterOrders.BEFORE_BODY)
@EnableConfigurationProperties(WebFormSettings.class)
class WebFormRateLimit extends PublicFormRateLimit {

    static final String PATH = "/capture/service-cases";

    WebFormRateLimit(WebFormSettings settings) {
        super(PATH, settings::webFormPerMinute);
    }
}

package io.canale.lead;

import io.canale.shared.web.FilterOrders;
import io.canale.shared.web.PublicFormRateLimit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The web form's limit per client address ({@code canale.leads.web-capture-per-minute}; IPv6 per /64), counted
 * before a byte of the body is read (see {@link PublicFormRateLimit}).
 */
@Component
@Order(FilterOrders.BEFORE_BODY)
class WebCaptureRateLimit extends PublicFormRateLimit {

    static final String PATH = "/capture/leads";

    WebCaptureRateLimit(LeadProperties properties) {
        super(PATH, properties::webCapturePerMinute);
    }
}

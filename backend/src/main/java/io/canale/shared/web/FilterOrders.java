package io.canale.shared.web;

import org.springframework.core.Ordered;

/**
 * Where the servlet filters that guard request bodies stand: after the character-encoding filter, before Spring
 * Security and anything that reads a body. A check that must not cost a body read (a rate limit) runs
 * {@link #BEFORE_BODY}, ahead of {@link #BODY_LIMIT}, which reads chunked bodies to count them.
 */
public final class FilterOrders {

    /** For checks that refuse a request without reading its body. */
    public static final int BEFORE_BODY = Ordered.HIGHEST_PRECEDENCE + 5;
    /** {@link RequestBodyLimitFilter}. */
    static final int BODY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 10;

    private FilterOrders() {
    }
}

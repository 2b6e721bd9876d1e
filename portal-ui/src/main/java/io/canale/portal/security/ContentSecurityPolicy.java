package io.canale.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.canale.portal.api.BackendProperties;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * What the portal's pages may load and run: only the portal's own resources. Vaadin's client engine needs inline and
 * evaluated scripts and inline styles (Vaadin's documented minimum); forms may go to the backend, where sign-in and
 * sign-out continue; no other site may frame the portal. Spring Security sends it with every response of the filter
 * chain, but Vaadin writes its pages' headers itself, so the page responses get it here too.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";

    private final String policy;

    ContentSecurityPolicy(BackendProperties backend) {
        this.policy = of(backend);
    }

    static String of(BackendProperties backend) {
        URI url = backend.url();
        String backendOrigin = url.getScheme() + "://" + url.getAuthority();
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + backendOrigin;
    }

    String policy() {
        return policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> page.getVaadinResponse().setHeader(HEADER, policy));
    }
}

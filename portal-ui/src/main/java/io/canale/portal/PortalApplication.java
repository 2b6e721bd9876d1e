package io.canale.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Canale partner portal: a Vaadin Flow UI and OAuth2 client of the backend's GraphQL API. It keeps no
 * data of its own. Styles are plain stylesheets ({@code @StyleSheet}), so the production build uses
 * Vaadin's pre-compiled bundle and needs no Node.js. Server push (a WebSocket from server to browser) carries what
 * changes in the background, e.g. the notification bell's count; the browser's own requests stay plain HTTP
 * ({@code WEBSOCKET_XHR}), so every UI event still passes the security filters and has a request to refresh the user's
 * token with.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Push(transport = Transport.WEBSOCKET_XHR)
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}

package io.canale.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.canale.portal.Notifications;
import io.canale.portal.api.ApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view whose data could not be loaded, e.g. while the backend is down. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ApiErrorView extends Div implements HasErrorParameter<ApiException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiException> parameter) {
        ApiException ex = parameter.getException();
        String key = switch (ex.kind()) {
            case UNREACHABLE -> "error.unreachable";
            case FORBIDDEN -> "error.forbidden";
            case SESSION_EXPIRED -> "error.sessionExpired";
            case GRAPHQL -> "error.graphql";
            case RATE_LIMITED -> "error.rateLimited";
        };
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation(key, ex.getMessage())));
        if (ex.kind() == ApiException.Kind.SESSION_EXPIRED) {
            Notifications.apiError(ex);
        }
        return switch (ex.kind()) {
            case UNREACHABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case RATE_LIMITED -> 429;
            default -> HttpServletResponse.SC_BAD_GATEWAY;
        };
    }
}

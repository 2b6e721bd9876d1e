package io.canale.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown pages and pages the user's role does not allow look the same (Vaadin's access control answers
 * "not found" rather than revealing the route), inside the layout and with a way back home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new Anchor(".", getTranslation("nav.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package io.canale.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.canale.portal.security.SignIn;

/**
 * Where a sign-in ends when the API could not say who the person is and what they may use: the portal does not
 * guess, it says so and offers to try again (outside the layout, as nobody is signed in).
 */
@Route(SignIn.FAILED_ROUTE)
@AnonymousAllowed
public class SignInFailedView extends Main implements HasDynamicTitle {

    SignInFailedView() {
        addClassName("error-view");
        Anchor again = new Anchor("./", getTranslation("signInFailed.again"));
        again.setId("sign-in-again");
        add(new H2(getTranslation("signInFailed.title")), new Paragraph(getTranslation("signInFailed.text")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signInFailed.title");
    }
}

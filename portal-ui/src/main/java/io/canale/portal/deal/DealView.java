package io.canale.portal.deal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.Confirmations;
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.lead.LeadTimelines;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * One deal registration: company, VAT number, product line, value, dates, and the conflict that put it in review with
 * its reason (and, for staff, the earlier dealer). Staff approve or reject it from here as its {@code viewerCan}
 * allows, each after a confirmation; a decision made meanwhile by someone else reloads the page.
 */
@Route(value = "deals/:" + DealView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.DEALS)
public class DealView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final DealApi api;
    private DealRegistration registration;

    DealView(DealApi api) {
        this.api = api;
        addClassName("deal-view");
    }

    /** The route to a registration's page. */
    static RouteParameters parameters(String registrationId) {
        return new RouteParameters(ID, registrationId);
    }

    @Override
    public String getPageTitle() {
        return registration == null ? getTranslation("nav.deals") : registration.customerName();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DealRegistration loaded = api.load(event.getRouteParameters().get(ID).orElse(""));
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    private void render(DealRegistration current) {
        this.registration = current;
        removeAll();
        add(new RouterLink(getTranslation("deal.back"), DealsView.class), header(), details(), conflict(), timeline());
    }

    private Component header() {
        H2 name = new H2(registration.customerName());
        name.setId("deal-name");
        name.addClassName("wrapping-title");
        Span status = new Span(getTranslation("dealStatus." + registration.status()));
        status.setId("deal-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(name, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (registration.can().approve()) {
            Button approve = new Button(getTranslation("deal.approve"), VaadinIcon.CHECK.create(), click -> confirmApproval());
            approve.setId("deal-approve");
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            header.add(approve);
        }
        if (registration.can().reject()) {
            Button reject = new Button(getTranslation("deal.reject"), VaadinIcon.CLOSE.create(), click -> confirmRejection());
            reject.setId("deal-reject");
            reject.addThemeVariants(ButtonVariant.ERROR);
            header.add(reject);
        }
        return header;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(
                Profiles.entry(getTranslation("deal.dealer"), registration.dealer().name(), "deal-dealer"),
                Profiles.entry(getTranslation("deal.vatNumber"),
                        registration.vatNumber() == null ? getTranslation("deal.vatNumber.none") : registration.vatNumber(), "deal-vat"),
                Profiles.entry(getTranslation("deal.productLine"), registration.productLine(), "deal-product-line"),
                Profiles.entry(getTranslation("deal.expectedValue"), Amounts.format(registration.expectedValue().amount(),
                        registration.expectedValue().currency(), getLocale()), "deal-value"),
                Profiles.entry(getTranslation("deal.expectedCloseDate"), DateTimes.format(registration.expectedCloseDate()),
                        "deal-close-date"),
                Profiles.entry(getTranslation("deal.registeredAt"),
                        registration.audit() == null ? "" : DateTimes.format(registration.audit().createdAt()), "deal-registered-at"));
        if (registration.protectedUntil() != null) {
            profile.add(Profiles.entry(getTranslation("deal.protectedUntil.label"), DateTimes.format(registration.protectedUntil()),
                    "deal-protected-until"));
        }
        if (registration.decisionReason() != null) {
            profile.add(Profiles.entry(getTranslation("deal.decisionReason"), registration.decisionReason(), "deal-decision-reason"));
        }
        return profile;
    }

    /** The conflict and its reason, from the API's words; the earlier dealer's name only where the API gives it. */
    private Component conflict() {
        Div section = new Div();
        section.setId("deal-conflict");
        section.addClassName("deal-conflict");
        DealRegistration.Conflict conflict = registration.conflict();
        if (conflict == null) {
            section.add(new Span(getTranslation("deal.noDetails")));
            return section;
        }
        Div profile = Profiles.block();
        profile.add(Profiles.entry(getTranslation("deal.conflict"), getTranslation("dealConflictRule." + conflict.rule()),
                "deal-conflict-rule"),
                Profiles.entry(getTranslation("deal.conflict.reason"), conflict.explanation(), "deal-conflict-reason"),
                Profiles.entry(getTranslation("deal.conflict.earlierAt"), DateTimes.format(conflict.earlierRegisteredAt()),
                        "deal-conflict-earlier-at"));
        if (conflict.earlierDealer() != null) {
            profile.add(Profiles.entry(getTranslation("deal.conflict.earlierDealer"), conflict.earlierDealer().name(),
                    "deal-conflict-earlier-dealer"));
        }
        section.add(profile);
        return section;
    }

    private Component timeline() {
        return DetailSections.section("deal-timeline", getTranslation("opportunity.timeline"),
                LeadTimelines.items(registration.timeline()), getTranslation("opportunity.timeline.empty"));
    }

    private void confirmApproval() {
        Confirmations.confirm(getTranslation("deal.approve.title", registration.customerName()),
                getTranslation("deal.approve.text", registration.productLine()), getTranslation("deal.approve"),
                () -> apply(api.approve(registration), "deals.approved"));
    }

    private void confirmRejection() {
        ReasonDialog dialog = new ReasonDialog(getTranslation("deal.reject.title", registration.customerName()),
                getTranslation("deal.reject"), DealsView.MAX_REASON);
        dialog.addReasonListener(event -> {
            dialog.close();
            apply(api.reject(registration, event.reason()), "deals.rejected");
        });
        dialog.open();
    }

    private void apply(DealPayload payload, String successKey) {
        if (payload.succeeded()) {
            Notifications.success(getTranslation(successKey, payload.dealRegistration().customerName()));
        } else if (payload.versionConflict()) {
            Notifications.error(getTranslation("deals.conflict"));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
        DealRegistration current = api.load(registration.id());
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(DealsView.class));
        } else {
            render(current);
        }
    }
}

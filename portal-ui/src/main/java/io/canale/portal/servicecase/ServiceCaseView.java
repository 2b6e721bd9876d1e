package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.EndCustomer;
import io.canale.portal.change.RecordHistory;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One service case: what it is about and who takes part, the warranty decision, the return (RMA), the SLA clocks, the
 * actions the API allows the reader, the thread with a composer offering the visibilities the reader may choose, and the
 * timeline. After every action the page reloads the case as the API now shows it to the reader.
 */
@Route(value = "service-cases/:" + ServiceCaseView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.SERVICE_CASES)
class ServiceCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ServiceCaseApi api;
    private final RecordHistory history;
    private ServiceCase serviceCase;

    ServiceCaseView(ServiceCaseApi api, RecordHistory history) {
        this.api = api;
        this.history = history;
        addClassName("case-view");
    }

    static RouteParameters parameters(String caseId) {
        return new RouteParameters(ID, caseId);
    }

    @Override
    public String getPageTitle() {
        return serviceCase == null ? getTranslation("nav.serviceCases") : serviceCase.subject();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        ServiceCase loaded = api.load(event.getRouteParameters().get(ID).orElse(""));
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    private void reload() {
        ServiceCase current = api.load(serviceCase.id());
        if (current == null) {
            Notifications.error(getTranslation("case.gone"));
            getUI().ifPresent(ui -> ui.navigate(ServiceCasesView.class));
        } else {
            render(current);
        }
    }

    private void render(ServiceCase current) {
        this.serviceCase = current;
        removeAll();
        add(new RouterLink(getTranslation("case.back"), ServiceCasesView.class), header(), details(), actions(), warranty(),
                new CaseReturn(serviceCase, api, this::apply), survey(), sla(), new CaseThread(serviceCase, api, this::reload),
                new CaseClaims(serviceCase, api, this::reload), timeline());
    }

    private Component header() {
        H2 title = new H2(serviceCase.subject());
        title.setId("case-title");
        HorizontalLayout header = new HorizontalLayout(title, CaseBadges.status(serviceCase), history.button(serviceCase.id()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(entry("case.number", serviceCase.number(), "case-number"),
                entry("case.type", getTranslation("caseType." + serviceCase.type()), "case-type-value"),
                entry("case.priority", getTranslation("casePriority." + serviceCase.priority()), "case-priority-value"),
                entry("case.parties", parties(), "case-parties"));
        if (serviceCase.waitingOn() != null) {
            profile.add(entry("case.waitingOn", getTranslation("waitingOn." + serviceCase.waitingOn()) + ": " + serviceCase.waitingReason(),
                    "case-waiting-on"));
        }
        if (serviceCase.resolution() != null) {
            profile.add(entry("case.resolution", joined(getTranslation("resolution." + serviceCase.resolution()),
                    serviceCase.resolutionNote()), "case-resolution"));
        }
        if (serviceCase.coordinator() != null) {
            profile.add(entry("case.coordinator", serviceCase.coordinator(), "case-coordinator"));
        }
        if (serviceCase.productSku() != null) {
            profile.add(entry("case.productSku", serviceCase.productSku(), "case-product"));
        }
        serviceCase.lines().forEach(line -> profile.add(entry("case.line", line.sku() + " · " + line.name() + " × " + line.quantity(),
                "case-line-" + line.orderId() + "-" + line.line())));
        // Personal data: the API returns it to the dealer and staff only.
        EndCustomer customer = serviceCase.endCustomer();
        if (customer != null) {
            profile.add(entry("case.customer", joined(customer.name(), customer.email(), customer.phone()), "case-end-customer"));
        }
        if (serviceCase.description() != null) {
            profile.add(entry("case.description", serviceCase.description(), "case-description-value"));
        }
        return profile;
    }

    private String parties() {
        return String.join(", ", serviceCase.parties().stream()
                .map(party -> party.partner().name() + " (" + getTranslation("caseRole." + party.role()) + ")").toList());
    }

    /** The actions the API allows the reader on this case, in the order of the lifecycle. */
    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("case-actions");
        bar.setWrap(true);
        ServiceCase.Actions can = serviceCase.viewerCan();
        if (can.triage()) {
            bar.add(button("case-triage", "case.action.triage", true, () -> CaseDialogs.triage(serviceCase, this::apply, api)));
        }
        if (can.startWork()) {
            bar.add(button("case-start", serviceCase.status() == ServiceCase.Status.WAITING ? "case.action.resume" : "case.action.start",
                    true, () -> apply(api.startWork(serviceCase))));
        }
        if (can.waitOn()) {
            bar.add(button("case-wait", "case.action.wait", false, () -> CaseDialogs.waitOn(serviceCase, this::apply, api)));
        }
        if (can.resolve()) {
            bar.add(button("case-resolve", "case.action.resolve", true, () -> CaseDialogs.resolve(serviceCase, this::apply, api)));
        }
        if (can.close()) {
            bar.add(button("case-close", "case.action.close", false, () -> apply(api.close(serviceCase))));
        }
        if (can.reopen()) {
            bar.add(button("case-reopen", "case.action.reopen", false, this::reopen));
        }
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private Button button(String id, String textKey, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private void reopen() {
        ReasonDialog dialog = new ReasonDialog(getTranslation("case.action.reopen"), getTranslation("case.action.reopen"), 500);
        dialog.addReasonListener(given -> {
            dialog.close();
            apply(api.reopen(serviceCase, given.reason()));
        });
        dialog.open();
    }

    /** Reloads the case after a change, or says why it was refused (reloading when somebody changed it meanwhile). */
    private void apply(ServiceCasePayload answer) {
        if (answer.succeeded()) {
            reload();
        } else if (answer.versionConflict()) {
            Notifications.error(getTranslation("case.changedMeanwhile"));
            reload();
        } else {
            UserErrorDisplay.notify(answer.userErrors());
        }
    }

    /** The satisfaction survey, when the API shows one (the dealer and staff, once the case was closed). */
    private Component survey() {
        ServiceCase.Survey survey = serviceCase.survey();
        Div section = new Div(new H3(getTranslation("case.survey")));
        section.setId("case-survey");
        section.addClassName("detail-section");
        section.setVisible(survey != null);
        if (survey == null) {
            return section;
        }
        String state = switch (survey.status()) {
            case MAILED -> getTranslation("survey.MAILED", survey.sentTo() == null ? "" : survey.sentTo());
            case TO_FORWARD -> getTranslation("survey.TO_FORWARD", DateTimes.format(survey.expiresAt()));
            case ANSWERED -> getTranslation("survey.ANSWERED", survey.score() == null ? "" : String.valueOf(survey.score()));
            case EXPIRED -> getTranslation("survey.EXPIRED");
        };
        section.add(new Div(state));
        if (survey.link() != null) {
            TextField link = new TextField(getTranslation("survey.link"));
            link.setId("case-survey-link");
            link.setValue(survey.link());
            link.setReadOnly(true);
            link.setWidthFull();
            section.add(link);
        }
        if (survey.comment() != null) {
            Div comment = new Div(survey.comment());
            comment.addClassName("comment-body");
            section.add(comment);
        }
        return section;
    }

    private Component warranty() {
        ServiceCase.Warranty warranty = serviceCase.warranty();
        List<Component> items = warranty == null ? List.of() : Stream.concat(
                Stream.of(DetailSections.item(getTranslation("warranty." + warranty.verdict()), warranty.explanation())),
                warranty.lines().stream().map(line -> DetailSections.item(line.sku(), line.explanation()))).<Component>map(item -> item).toList();
        return DetailSections.section("case-warranty", getTranslation("case.warranty"), items, getTranslation("case.warranty.none"));
    }

    private Component sla() {
        ServiceCase.Sla sla = serviceCase.sla();
        return DetailSections.section("case-sla", getTranslation("case.sla", sla.calendar()), List.of(
                clock("case.sla.firstResponse", sla.firstResponse(), "first-response"),
                clock("case.sla.resolution", sla.resolution(), "resolution")), "");
    }

    private Component clock(String labelKey, ServiceCase.Clock clock, String which) {
        Div line = new Div(CaseBadges.clock(clock, serviceCase.id(), which));
        String figures = getTranslation("sla.figures", hours(clock.elapsedMinutes()), hours(clock.targetMinutes()))
                + (clock.pausedMinutes() > 0 ? " · " + getTranslation("sla.paused", hours(clock.pausedMinutes())) : "");
        var item = DetailSections.item(getTranslation(labelKey), figures);
        item.add(line);
        return item;
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private Component timeline() {
        List<Component> items = serviceCase.timeline().stream().<Component>map(entry ->
                DetailSections.item(DateTimes.format(entry.at()) + " · " + entry.by(), entry.summary())).toList();
        return DetailSections.section("case-timeline", getTranslation("case.timeline"), items, getTranslation("case.timeline.empty"));
    }

    private Component entry(String labelKey, String value, String id) {
        return Profiles.entry(getTranslation(labelKey), value, id);
    }

    private static String joined(String... parts) {
        return String.join(", ", Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).toList());
    }
}

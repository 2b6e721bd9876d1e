package io.canale.portal.opportunity;

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
import io.canale.portal.DetailSections;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.UserError;
import io.canale.portal.change.RecordHistory;
import io.canale.portal.lead.Lead;
import io.canale.portal.lead.LeadTimelines;
import io.canale.portal.lead.LeadView;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One opportunity: stage and figures, the person and company to deal with, its activities and what
 * happened to it. Whom the API lets update it ({@code viewerCan.update}) edits amount, probability, expected close
 * and expected products. Whom the API lets add activities (the owning dealer) logs calls, meetings and notes, plans
 * tasks and marks them done; every change names the version seen, and a change made meanwhile by someone else
 * reloads the page.
 */
@Route(value = "opportunities/:" + OpportunityView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.PIPELINE)
public class OpportunityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final OpportunityApi api;
    private final RecordHistory history;
    private Opportunity opportunity;

    OpportunityView(OpportunityApi api, RecordHistory history) {
        this.api = api;
        this.history = history;
        addClassName("opportunity-view");
    }

    /** The route to an opportunity's page, for links from the board, the list and the lead. */
    public static RouteParameters parameters(String opportunityId) {
        return new RouteParameters(ID, opportunityId);
    }

    @Override
    public String getPageTitle() {
        return opportunity == null ? getTranslation("nav.pipeline") : opportunity.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        Opportunity loaded = api.load(event.getRouteParameters().get(ID).orElse(""));
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    private void render(Opportunity current) {
        this.opportunity = current;
        removeAll();
        add(new RouterLink(getTranslation("opportunity.back"), PipelineView.class), header(), details(), activities(),
                timeline());
    }

    private boolean mayChange() {
        return opportunity.viewerCan().addActivity();
    }

    private Component header() {
        H2 name = new H2(opportunity.name());
        name.setId("opportunity-name");
        Span stage = new Span(OpportunityTexts.stage(opportunity.stage()));
        stage.setId("opportunity-stage");
        stage.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(name, stage, history.button(opportunity.id()));
        if (opportunity.viewerCan().update()) {
            Button edit = new Button(getTranslation("opportunity.edit"), VaadinIcon.EDIT.create(), click -> openEdit());
            edit.setId("opportunity-edit");
            header.add(edit);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(
                Profiles.entry(getTranslation("opportunity.amount"), OpportunityTexts.amount(opportunity.amount()),
                        "opportunity-amount"),
                Profiles.entry(getTranslation("opportunity.probability"), opportunity.probability() + " %",
                        "opportunity-probability"),
                Profiles.entry(getTranslation("opportunity.expectedCloseDate"),
                        OpportunityTexts.date(opportunity.expectedCloseDate()), "opportunity-close-date"),
                Profiles.entry(getTranslation("opportunity.items"), items(), "opportunity-items"),
                Profiles.entry(getTranslation("opportunity.contact"), contact(), "opportunity-contact"),
                Profiles.entry(getTranslation("opportunity.company"), company(), "opportunity-company"),
                Profiles.entry(getTranslation("opportunity.dealer"), opportunity.dealer().name(), "opportunity-dealer"));
        if (opportunity.lostReason() != null) {
            profile.add(Profiles.entry(getTranslation("opportunity.lostReason"), opportunity.lostReason(),
                    "opportunity-lost-reason"));
        }
        profile.add(new RouterLink(getTranslation("opportunity.lead"), LeadView.class,
                new RouteParameters(LeadView.ID, opportunity.leadId())));
        return profile;
    }

    /** The expected products, e.g. "TYR-205-55 × 10 · BRK-PAD-01 × 2"; a word when there are none. */
    private String items() {
        if (opportunity.items().isEmpty()) {
            return getTranslation("opportunity.items.none");
        }
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(getLocale());
        return opportunity.items().stream().map(item -> item.sku() + " × " + numbers.format(item.quantity()))
                .collect(Collectors.joining(" · "));
    }

    private String contact() {
        Lead.Contact contact = opportunity.contact();
        return Stream.of(contact.name(), contact.email(), contact.phone()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    private String company() {
        Lead.Company company = opportunity.company();
        if (company == null) {
            return "";
        }
        return company.vatNumber() == null ? company.name()
                : getTranslation("lead.companyWithVat", company.name(), company.vatNumber());
    }

    private Component activities() {
        Consumer<Activity> complete = mayChange() ? this::complete : null;
        Div section = DetailSections.section("opportunity-activities", getTranslation("activities.title"),
                ActivityItems.of(opportunity.activities(), LocalDate.now(), complete), getTranslation("activities.empty"));
        if (mayChange()) {
            Button add = new Button(getTranslation("activities.add"), VaadinIcon.PLUS.create(), click -> openActivity());
            add.setId("activity-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            section.addComponentAtIndex(1, add);
        }
        return section;
    }

    private Component timeline() {
        return DetailSections.section("opportunity-timeline", getTranslation("opportunity.timeline"),
                LeadTimelines.items(opportunity.timeline()), getTranslation("opportunity.timeline.empty"));
    }

    private void openEdit() {
        EditOpportunityDialog dialog = new EditOpportunityDialog(opportunity);
        dialog.addSaveListener(event -> apply(api.update(event.input()), getTranslation("opportunity.edited"), dialog::close,
                dialog::showUserErrors));
        dialog.open();
    }

    private void openActivity() {
        ActivityDialog dialog = new ActivityDialog(opportunity.name());
        dialog.addSaveListener(event -> apply(api.addActivity(opportunity, event.draft()),
                getTranslation("activity.added", event.draft().getSubject().trim()), dialog::close,
                dialog::showUserErrors));
        dialog.open();
    }

    private void complete(Activity task) {
        apply(api.completeTask(opportunity, task), getTranslation("activity.completed", task.subject()), () -> { },
                UserErrorDisplay::notify);
    }

    /**
     * Shows the opportunity as stored after a change. A version conflict closes the form and reloads (someone
     * changed the opportunity meanwhile, so the form may rest on stale values); other refusals go to
     * {@code showErrors}, e.g. onto the form's fields.
     */
    private void apply(OpportunityPayload payload, String success, Runnable closeForm,
            Consumer<List<UserError>> showErrors) {
        if (payload.succeeded()) {
            closeForm.run();
            Notifications.success(success);
            reload();
        } else if (payload.versionConflict()) {
            closeForm.run();
            Notifications.error(getTranslation("opportunity.conflict"));
            reload();
        } else {
            showErrors.accept(payload.userErrors());
        }
    }

    private void reload() {
        Opportunity current = api.load(opportunity.id());
        if (current == null) {
            Notifications.error(getTranslation("opportunity.gone"));
            getUI().ifPresent(ui -> ui.navigate(PipelineView.class));
        } else {
            render(current);
        }
    }
}

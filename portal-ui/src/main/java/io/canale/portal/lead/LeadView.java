package io.canale.portal.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
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
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.api.Paging;
import io.canale.portal.change.RecordHistory;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.opportunity.ConvertDialog;
import io.canale.portal.opportunity.OpportunityApi;
import io.canale.portal.opportunity.OpportunityPayload;
import io.canale.portal.opportunity.OpportunityView;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One lead: who, where, what, its dealer and status, and what happened to it. Readers who see other partners
 * also see how it was routed and which leads look like the same customer. The actions are those the API
 * allows on the lead: staff route it, the routed dealer accepts or declines it, the owning dealer converts it
 * into an opportunity.
 */
@Route(value = "leads/:" + LeadView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.LEADS)
public class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final LeadApi api;
    private final RecordHistory history;
    private final OpportunityApi opportunities;
    private final Paging paging;
    private final CurrentViewer viewer;
    private final LeadDecisions decisions;
    private Lead lead;

    LeadView(LeadApi api, OpportunityApi opportunities, Paging paging, CurrentViewer viewer, RecordHistory history) {
        this.api = api;
        this.history = history;
        this.opportunities = opportunities;
        this.paging = paging;
        this.viewer = viewer;
        this.decisions = new LeadDecisions(api, this::show);
        addClassName("lead-view");
    }

    @Override
    public String getPageTitle() {
        return lead == null ? getTranslation("nav.leads") : lead.contact().name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        Lead loaded = api.load(id);
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    /** Shows the lead as stored now; null reloads it (after a conflict or a refused change). */
    private void show(Lead changed) {
        Lead current = changed != null && changed.timeline() != null ? changed : api.load(lead.id());
        if (current == null) {
            Notifications.error(getTranslation("lead.gone"));
            getUI().ifPresent(ui -> ui.navigate(LeadsView.class));
        } else {
            render(current);
        }
    }

    private void render(Lead current) {
        this.lead = current;
        removeAll();
        add(backLink(), header(), actionBar(), details(), timeline());
        // Both name other partners' leads and dealers.
        if (viewer.can().seeOtherPartners()) {
            add(routingDecisions(), duplicates());
        }
    }

    private Component backLink() {
        return new RouterLink(getTranslation("lead.back"), LeadsView.class);
    }

    private Component header() {
        H2 name = new H2(lead.contact().name());
        name.setId("lead-name");
        HorizontalLayout header = new HorizontalLayout(name, new LeadStatusBadge(lead, Instant.now()), history.button(lead.id()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component actionBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("lead-actions");
        LeadActions can = lead.viewerCan();
        if (can.accept()) {
            bar.add(action("lead-accept", "lead.accept", VaadinIcon.CHECK, () -> decisions.accept(lead), ButtonVariant.PRIMARY));
        }
        if (can.decline()) {
            bar.add(action("lead-decline", "lead.decline", VaadinIcon.CLOSE, () -> decisions.decline(lead), ButtonVariant.ERROR));
        }
        if (can.convert()) {
            bar.add(action("lead-convert", "lead.convert", VaadinIcon.EXCHANGE, this::openConversion, ButtonVariant.PRIMARY));
        }
        if (lead.opportunityId() != null) {
            RouterLink opportunity = new RouterLink(getTranslation("lead.opportunity"), OpportunityView.class,
                    OpportunityView.parameters(lead.opportunityId()));
            opportunity.setId("lead-opportunity");
            bar.add(opportunity);
        }
        if (can.route()) {
            bar.add(action("lead-route-rules", "lead.routeByRules", VaadinIcon.SITEMAP,
                            () -> decisions.apply(api.route(lead, null), "lead.routed", lead)),
                    action("lead-route-dealer", "lead.routeTo", VaadinIcon.ARROW_FORWARD, this::openRouting,
                            ButtonVariant.TERTIARY));
        }
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private Button action(String id, String labelKey, VaadinIcon icon, Runnable run, ButtonVariant... variants) {
        Button button = new Button(getTranslation(labelKey), new Icon(icon), click -> run.run());
        button.setId(id);
        button.addThemeVariants(variants);
        return button;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(
                Profiles.entry(getTranslation("lead.email"), lead.contact().email(), "lead-email"),
                Profiles.entry(getTranslation("lead.phone"), lead.contact().phone(), "lead-phone"),
                Profiles.entry(getTranslation("lead.company"), company(), "lead-company"),
                Profiles.entry(getTranslation("lead.address"), address(), "lead-address"),
                Profiles.entry(getTranslation("lead.productLine"), lead.productLine(), "lead-product-line"),
                Profiles.entry(getTranslation("lead.notes"), lead.notes(), "lead-notes"),
                Profiles.entry(getTranslation("lead.dealer"), lead.dealerName(), "lead-dealer"),
                Profiles.entry(getTranslation("lead.source"), getTranslation("leadSource." + lead.source()), "lead-source"));
        return profile;
    }

    private String company() {
        if (lead.company() == null) {
            return "";
        }
        String vat = lead.company().vatNumber();
        return vat == null ? lead.company().name() : getTranslation("lead.companyWithVat", lead.company().name(), vat);
    }

    private String address() {
        Lead.Address address = lead.address();
        String country = Locale.of("", address.country()).getDisplayCountry(getLocale());
        return String.join(", ", Stream.of(address.postalCode(), address.region(), country)
                .filter(Objects::nonNull).filter(part -> !part.isBlank()).toList());
    }

    private Component timeline() {
        return section("lead-timeline", "lead.timeline", LeadTimelines.items(lead.timeline()), "lead.timeline.empty");
    }

    private Component routingDecisions() {
        List<Component> items = new ArrayList<>();
        for (Lead.RoutingDecision decision : lead.routingDecisions()) {
            String rule = decision.ruleName() == null ? getTranslation("lead.routing.noRule") : decision.ruleName();
            String candidates = String.join(", ", decision.candidates().stream().map(PartnerRef::name).toList());
            String chosen = decision.chosen() == null ? getTranslation("lead.routing.noneChosen") : decision.chosen().name();
            items.add(DetailSections.item(DateTimes.format(decision.at()) + " · " + decision.decidedBy(),
                    getTranslation("lead.routing.rule", rule), getTranslation("lead.routing.candidates", candidates),
                    getTranslation("lead.routing.chosen", chosen), decision.explanation()));
        }
        return section("lead-routing", "lead.routing", items, "lead.routing.empty");
    }

    private Component duplicates() {
        List<Component> items = new ArrayList<>();
        for (Lead.PossibleDuplicate duplicate : lead.possibleDuplicates()) {
            RouterLink link = new RouterLink(getTranslation("lead.duplicate.open", duplicate.leadId()), LeadView.class,
                    new RouteParameters(ID, duplicate.leadId()));
            ListItem item = new ListItem(link, new Span(" · " + getTranslation("duplicateReason." + duplicate.reason())));
            items.add(item);
        }
        return section("lead-duplicates", "lead.duplicates", items, "lead.duplicates.empty");
    }

    private Component section(String id, String titleKey, List<? extends Component> items, String emptyKey) {
        return DetailSections.section(id, getTranslation(titleKey), items, getTranslation(emptyKey));
    }

    private void openRouting() {
        RouteDialog dialog = new RouteDialog(api, paging);
        dialog.addRouteListener(event -> {
            dialog.close();
            decisions.apply(api.route(lead, event.dealer().id()), "lead.routed", lead);
        });
        dialog.open();
    }

    private void openConversion() {
        ConvertDialog dialog = new ConvertDialog(lead.contact().name());
        dialog.addConvertListener(event -> {
            OpportunityPayload payload = opportunities.convert(lead.id(), lead.version(), event.amount(), event.currency());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("lead.converted", payload.opportunity().name()));
                show(null);
            } else if (payload.versionConflict()) {
                dialog.close();
                Notifications.error(getTranslation("lead.conflict"));
                show(null);
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }
}

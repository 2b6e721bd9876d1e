package io.canale.portal.lead;

import io.canale.portal.opportunity.ConversionPayload;
import io.canale.portal.opportunity.ConvertDialog;
import io.canale.portal.opportunity.OpportunityView;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.DetailSections;
import io.canale.portal.DateTimes;
import io.canale.portal.MainLayout;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.api.Paging;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One lead: who, where, what, its dealer and status, and what happened to it. Staff also see how it was
 * routed and which leads look like the same customer, and route it; the routed dealer accepts or declines
 * it, the owning dealer converts it into an opportunity.
 */
@Route(value = "leads/:" + LeadView.ID, layout = MainLayout.class)
@RolesAllowed(Roles.LEAD_READER)
public class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final LeadApi api;
    private final Paging paging;
    private final String partnerId;
    private final boolean staff;
    private final boolean canWrite;
    private final LeadActions actions;
    private Lead lead;

    LeadView(LeadApi api, Paging paging, AuthenticationContext authentication) {
        this.api = api;
        this.paging = paging;
        this.partnerId = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.partner().partnerId()).orElse(null);
        this.staff = authentication.hasRole(Roles.STAFF);
        this.canWrite = authentication.hasRole(Roles.LEAD_WRITER);
        this.actions = new LeadActions(api, this::show);
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
        if (staff) {
            add(routingDecisions(), duplicates());
        }
    }

    private Component backLink() {
        return new RouterLink(getTranslation("lead.back"), LeadsView.class);
    }

    private Component header() {
        H2 name = new H2(lead.contact().name());
        name.setId("lead-name");
        HorizontalLayout header = new HorizontalLayout(name, new LeadStatusBadge(lead, Instant.now()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component actionBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("lead-actions");
        if (canWrite && lead.awaits(partnerId)) {
            bar.add(action("lead-accept", "lead.accept", VaadinIcon.CHECK, () -> actions.accept(lead), ButtonVariant.PRIMARY),
                    action("lead-decline", "lead.decline", VaadinIcon.CLOSE, () -> actions.decline(lead), ButtonVariant.ERROR));
        }
        if (canWrite && lead.convertibleBy(partnerId)) {
            bar.add(action("lead-convert", "lead.convert", VaadinIcon.EXCHANGE, this::openConversion, ButtonVariant.PRIMARY));
        }
        if (lead.opportunityId() != null) {
            RouterLink opportunity = new RouterLink(getTranslation("lead.opportunity"), OpportunityView.class,
                    OpportunityView.parameters(lead.opportunityId()));
            opportunity.setId("lead-opportunity");
            bar.add(opportunity);
        }
        if (canWrite && staff && lead.status() != LeadStatus.CONVERTED) {
            bar.add(action("lead-route-rules", "lead.routeByRules", VaadinIcon.SITEMAP,
                            () -> actions.apply(api.route(lead, null), "lead.routed", lead)),
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
            String candidates = String.join(", ", decision.candidates().stream().map(Lead.PartnerRef::name).toList());
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
            actions.apply(api.route(lead, event.dealer().id()), "lead.routed", lead);
        });
        dialog.open();
    }

    private void openConversion() {
        ConvertDialog dialog = new ConvertDialog(lead.contact().name());
        dialog.addConvertListener(event -> {
            ConversionPayload payload = api.convert(lead, event.amount(), event.currency());
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

package io.canale.portal.routing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.CommaLists;
import io.canale.portal.Confirmations;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.RowActions;
import io.canale.portal.Toolbar;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.UserError;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The routing rules in the order they are tried; those the API lets manage them create, change, move and
 * delete them. The list is one record with one version:
 * every change names it, so two people editing at once cannot interleave; on a conflict the list reloads.
 * A short list, loaded whole (the API returns it whole).
 */
@Route(value = "routing-rules", layout = MainLayout.class)
@Menu(title = "nav.routingRules", order = 4, icon = "vaadin:sitemap")
@RolesAllowed(Areas.ROUTING_RULES)
class RoutingRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<RoutingRuleList.Rule> grid = new Grid<>();
    private final RoutingRuleApi api;
    private final boolean canManage;
    private RoutingRuleList list;

    RoutingRulesView(RoutingRuleApi api, CurrentViewer viewer) {
        this.api = api;
        this.canManage = viewer.can().manageRoutingRules();
        addClassName("routing-rules-view");
        setSizeFull();
        configureGrid();
        add(new Paragraph(getTranslation("routingRules.intro")), toolbar(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.routingRules");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(api.load());
    }

    private void configureGrid() {
        grid.setId("routing-rule-grid");
        grid.addColumn(RoutingRuleList.Rule::position).setHeader(getTranslation("routingRule.position"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.addComponentColumn(RoutingRulesView::name).setHeader(getTranslation("routingRule.name")).setFlexGrow(2);
        var conditions = grid.addColumn(this::conditions).setHeader(getTranslation("routingRule.conditions"))
                .setFlexGrow(4);
        var limit = grid.addColumn(rule -> rule.maxOpenLeadsPerDealer() == null
                        ? getTranslation("routingRule.noLimit") : String.valueOf(rule.maxOpenLeadsPerDealer()))
                .setHeader(getTranslation("routingRule.maxOpenLeads")).setFlexGrow(1);
        if (canManage) {
            grid.addComponentColumn(this::rowActions).setFlexGrow(0).setAutoWidth(true);
        }
        NarrowScreens.hideWhenNarrow(grid, conditions, limit);
        grid.setEmptyStateText(getTranslation("routingRules.empty"));
    }

    /** The name carries the rule's id, so that a browser test can find the row's actions. */
    private static Component name(RoutingRuleList.Rule rule) {
        Span name = new Span(rule.name());
        name.setId("routing-rule-name-" + rule.id());
        return name;
    }

    /** The rule's conditions in one line; what is not restricted is left out. */
    private String conditions(RoutingRuleList.Rule rule) {
        List<String> parts = new ArrayList<>();
        addIf(parts, "routingRule.countries", rule.countries());
        addIf(parts, "routingRule.regions", rule.regions());
        addIf(parts, "routingRule.postalCodePrefixes", rule.postalCodePrefixes());
        addIf(parts, "routingRule.productLines", rule.productLines());
        addIf(parts, "routingRule.dealerTiers", rule.dealerTiers().stream().map(tier -> getTranslation("tier." + tier)).toList());
        return parts.isEmpty() ? getTranslation("routingRule.any") : String.join(" · ", parts);
    }

    private void addIf(List<String> parts, String labelKey, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(getTranslation(labelKey) + ": " + CommaLists.join(values));
        }
    }

    private Component rowActions(RoutingRuleList.Rule rule) {
        Button up = RowActions.button(VaadinIcon.ARROW_UP, getTranslation("routingRules.moveUp"),
                () -> apply(api.move(list, rule, rule.position() - 1)));
        Button down = RowActions.button(VaadinIcon.ARROW_DOWN, getTranslation("routingRules.moveDown"),
                () -> apply(api.move(list, rule, rule.position() + 1)));
        Button edit = RowActions.button(VaadinIcon.EDIT, getTranslation("routingRules.edit"),
                () -> openEditor(RoutingRuleForm.of(rule)));
        Button delete = RowActions.button(VaadinIcon.TRASH, getTranslation("routingRules.delete"),
                () -> confirmDeletion(rule));
        delete.addThemeVariants(ButtonVariant.ERROR);
        up.setId("routing-rule-up-" + rule.id());
        down.setId("routing-rule-down-" + rule.id());
        edit.setId("routing-rule-edit-" + rule.id());
        delete.setId("routing-rule-delete-" + rule.id());
        RowActions.showIf(up, !list.isFirst(rule));
        RowActions.showIf(down, !list.isLast(rule));
        return new Span(up, down, edit, delete);
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar();
        if (canManage) {
            toolbar.addCreateAction("routing-rule-new", getTranslation("routingRules.new"),
                    () -> openEditor(RoutingRuleForm.blank()));
        }
        return toolbar;
    }

    private void show(RoutingRuleList current) {
        this.list = current;
        grid.setItems(current.rules());
    }

    private void openEditor(RoutingRuleForm form) {
        RoutingRuleDialog dialog = new RoutingRuleDialog(form);
        dialog.addSaveListener(event -> apply(api.save(list, event.form()), dialog::close, dialog::showUserErrors));
        dialog.open();
    }

    private void confirmDeletion(RoutingRuleList.Rule rule) {
        Confirmations.confirm(getTranslation("routingRules.delete.title", rule.name()),
                getTranslation("routingRules.delete.text"), getTranslation("routingRules.delete"),
                () -> apply(api.delete(list, rule)));
    }

    /** A change made from a row: refusals become a notification. */
    private void apply(RoutingRulesPayload payload) {
        apply(payload, () -> { }, UserErrorDisplay::notify);
    }

    /**
     * Shows the list as stored after a change. A version conflict reloads it (someone else changed the
     * order or a rule meanwhile); other refusals go to {@code showErrors}, e.g. onto the form's fields.
     */
    private void apply(RoutingRulesPayload payload, Runnable closeForm, Consumer<List<UserError>> showErrors) {
        if (payload.succeeded()) {
            closeForm.run();
            Notifications.success(getTranslation("routingRules.saved"));
            show(payload.routingRules());
        } else if (payload.versionConflict()) {
            closeForm.run();
            Notifications.error(getTranslation("routingRules.conflict"));
            show(api.load());
        } else {
            showErrors.accept(payload.userErrors());
        }
    }
}

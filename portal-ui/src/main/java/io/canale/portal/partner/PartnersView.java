package io.canale.portal.partner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.Confirmations;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.PortalScopes;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner directory for staff: a grid paged through the API's cursors, filters, and a form beside it
 * (instead of it, on phones). Staff without {@code partners:admin} see the form read-only.
 */
@Route(value = "partners", layout = MainLayout.class)
@Menu(title = "nav.partners", order = 1, icon = "vaadin:handshake")
@RolesAllowed(Roles.STAFF)
class PartnersView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter's choices; null means both. */
    enum Status {
        ALL(null), ACTIVE(true), DEACTIVATED(false);

        final Boolean active;

        Status(Boolean active) {
            this.active = active;
        }
    }

    private final Grid<Partner> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final Select<PartnerType> typeFilter = new Select<>();
    private final Select<Status> statusFilter = new Select<>();
    private final PartnerForm form = new PartnerForm();
    private final PartnerDirectory directory;
    private final boolean canAdmin;
    private final Runnable refreshGrid;

    PartnersView(PartnerDirectory directory, Paging paging, AuthenticationContext authentication) {
        this.directory = directory;
        this.canAdmin = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.hasScope(PortalScopes.PARTNERS_ADMIN)).orElse(false);
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> directory.page(first, after, filter())));
        addClassName("partners-view");
        setSizeFull();
        configureGrid();
        configureFilters();
        configureForm();
        add(toolbar(), content());
        closeEditor();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.partners");
    }

    private void configureGrid() {
        grid.setId("partner-grid");
        grid.addClassName("partner-grid");
        grid.addColumn(Partner::name).setHeader(getTranslation("partner.name")).setFlexGrow(3);
        grid.addColumn(partner -> getTranslation("partnerType." + partner.type()))
                .setHeader(getTranslation("partner.type")).setFlexGrow(1);
        var tier = grid.addColumn(partner -> partner.tier() == null ? "" : getTranslation("tier." + partner.tier()))
                .setHeader(getTranslation("partner.tier")).setFlexGrow(1);
        var countries = grid.addColumn(partner -> String.join(", ", partner.countries()))
                .setHeader(getTranslation("partner.countries")).setFlexGrow(1);
        var status = grid.addColumn(partner -> getTranslation(partner.active() ? "status.active" : "status.deactivated"))
                .setHeader(getTranslation("partner.status")).setFlexGrow(1);
        NarrowScreens.hideWhenNarrow(grid, tier, countries, status);
        grid.setEmptyStateText(getTranslation("partners.empty"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                edit(event.getValue());
            }
        });
    }

    private void configureFilters() {
        nameFilter.setId("partner-filter-name");
        nameFilter.setPlaceholder(getTranslation("partners.filter.name"));
        nameFilter.setAriaLabel(getTranslation("partners.filter.name"));
        nameFilter.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(change -> refreshGrid.run());
        typeFilter.setItems(PartnerType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("partners.filter.allTypes"));
        typeFilter.setItemLabelGenerator(type -> type == null
                ? getTranslation("partners.filter.allTypes") : getTranslation("partnerType." + type));
        typeFilter.setAriaLabel(getTranslation("partner.type"));
        typeFilter.addValueChangeListener(change -> refreshGrid.run());
        statusFilter.setItems(Status.values());
        statusFilter.setValue(Status.ALL);
        statusFilter.setItemLabelGenerator(status -> getTranslation("partners.filter.status." + status.name()));
        statusFilter.setAriaLabel(getTranslation("partner.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private void configureForm() {
        form.addListener(PartnerForm.SaveEvent.class, event -> save(event.draft()));
        form.addListener(PartnerForm.DeactivateEvent.class, event -> confirmDeactivation(event.draft()));
        form.addListener(PartnerForm.ReactivateEvent.class,
                event -> apply(directory.reactivate(event.draft()), "partners.reactivated"));
        form.addListener(PartnerForm.ReloadEvent.class, event -> reload(event.draft().getId()));
        form.addListener(PartnerForm.CloseEvent.class, event -> closeEditor());
    }

    private Component toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(nameFilter, typeFilter, statusFilter);
        if (canAdmin) {
            Button create = new Button(getTranslation("partners.new"), new Icon(VaadinIcon.PLUS), click -> create());
            create.setId("partner-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Component content() {
        Div content = new Div(grid, form);
        content.addClassName("master-detail");
        return content;
    }

    private PartnerFilter filter() {
        return new PartnerFilter(nameFilter.getValue(), typeFilter.getValue(),
                statusFilter.getValue() == null ? null : statusFilter.getValue().active);
    }

    private void create() {
        grid.asSingleSelect().clear();
        openEditor(PartnerDraft.blank());
    }

    private void edit(Partner selected) {
        if (selected == null) {
            closeEditor();
        } else {
            reload(selected.id());
        }
    }

    /** Loads the partner as stored now, with its contacts and current version. */
    private void reload(String id) {
        Partner partner = directory.load(id);
        if (partner == null) {
            Notifications.error(getTranslation("partners.gone"));
            closeEditor();
            refreshGrid.run();
        } else {
            openEditor(PartnerDraft.of(partner));
        }
    }

    private void save(PartnerDraft draft) {
        apply(draft.isNew() ? directory.create(draft) : directory.update(draft), "partners.saved");
    }

    private void confirmDeactivation(PartnerDraft draft) {
        Confirmations.confirm(getTranslation("partners.deactivate.title", draft.getName()),
                getTranslation("partners.deactivate.text"), getTranslation("partner.deactivate"),
                () -> apply(directory.deactivate(draft), "partners.deactivated"));
    }

    private void apply(PartnerPayload payload, String successKey) {
        if (payload.succeeded()) {
            Notifications.success(getTranslation(successKey, payload.partner().name()));
            refreshGrid.run();
            openEditor(PartnerDraft.of(payload.partner()));
        } else if (payload.versionConflict()) {
            form.showVersionConflict();
        } else {
            form.showUserErrors(payload.userErrors());
        }
    }

    private void openEditor(PartnerDraft draft) {
        form.edit(draft, canAdmin);
        form.setVisible(true);
        addClassName("editing");
    }

    private void closeEditor() {
        grid.asSingleSelect().clear();
        form.setVisible(false);
        removeClassName("editing");
    }
}

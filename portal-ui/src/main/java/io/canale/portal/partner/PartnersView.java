package io.canale.portal.partner;

import io.canale.portal.ColumnSorts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.Confirmations;
import io.canale.portal.EnumFilter;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The partner directory: a grid paged through the API's cursors, filters, and a form beside it (instead of it, on
 * phones). The form is editable as far as each partner's {@code viewerCan} allows; "New partner" is there for
 * those who may create one. A partner's type is data of the listed partner, shown and filtered by.
 */
@Route(value = "partners", layout = MainLayout.class)
@Menu(title = "nav.partners", icon = "vaadin:handshake")
@RolesAllowed(Areas.PARTNERS)
class PartnersView extends VerticalLayout implements HasDynamicTitle {

    /** Active or deactivated partners; no choice shows both. */
    enum Status {
        ACTIVE, DEACTIVATED
    }

    private final Grid<Partner> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final EnumFilter<PartnerType> typeFilter =
            new EnumFilter<>(PartnerType.class, "partnerType", "partners.filter.allTypes");
    private final EnumFilter<Status> statusFilter =
            new EnumFilter<>(List.of(Status.values()), "partners.filter.status", "partners.filter.status.ALL");
    private final PartnerForm form = new PartnerForm();
    private final PartnerApi api;
    private final CurrentViewer viewer;
    private final Runnable refreshGrid;
    /** The column the reader sorted by (null: by name as written); the API sorts, never the grid in memory. */
    private ColumnSorts<PartnerSort> sorts;

    PartnersView(PartnerApi api, Paging paging, CurrentViewer viewer) {
        this.api = api;
        this.viewer = viewer;
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.page(first, after, filter(), sorts.current())));
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
        grid.addColumn(Partner::name).setHeader(getTranslation("partner.name")).setFlexGrow(3).setKey("NAME").setSortable(true);
        grid.addColumn(partner -> getTranslation("partnerType." + partner.type()))
                .setHeader(getTranslation("partner.type")).setFlexGrow(1).setKey("TYPE").setSortable(true);
        var tier = grid.addColumn(partner -> partner.tier() == null ? "" : getTranslation("tier." + partner.tier()))
                .setHeader(getTranslation("partner.tier")).setFlexGrow(1).setKey("TIER").setSortable(true);
        // A header sorts through the API, from the first page (its cursors belong to one sort).
        sorts = new ColumnSorts<>(grid, PartnerSort.class, sort -> refreshGrid.run());
        var countries = grid.addColumn(partner -> String.join(", ", partner.countries()))
                .setHeader(getTranslation("partner.countries")).setFlexGrow(1);
        var status = grid.addColumn(partner -> getTranslation(partner.isActive() ? "status.active" : "status.deactivated"))
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
        typeFilter.setAriaLabel(getTranslation("partner.type"));
        typeFilter.addValueChangeListener(change -> refreshGrid.run());
        statusFilter.setAriaLabel(getTranslation("partner.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private void configureForm() {
        form.addListener(PartnerForm.SaveEvent.class, event -> save(event.draft()));
        form.addListener(PartnerForm.DeactivateEvent.class, event -> confirmDeactivation(event.draft()));
        form.addListener(PartnerForm.ReactivateEvent.class,
                event -> apply(api.reactivate(event.draft()), "partners.reactivated"));
        form.addListener(PartnerForm.ReloadEvent.class, event -> reload(event.draft().getId()));
        form.addListener(PartnerForm.CloseEvent.class, event -> closeEditor());
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(nameFilter, typeFilter, statusFilter);
        if (viewer.can().createPartner()) {
            toolbar.addCreateAction("partner-new", getTranslation("partners.new"), this::create);
        }
        return toolbar;
    }

    private Component content() {
        Div content = new Div(grid, form);
        content.addClassName("master-detail");
        return content;
    }

    private PartnerFilter filter() {
        Status status = statusFilter.getValue();
        return new PartnerFilter(nameFilter.getValue(), typeFilter.getValue(),
                status == null ? null : status == Status.ACTIVE);
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
        Partner partner = api.load(id);
        if (partner == null) {
            Notifications.error(getTranslation("partners.gone"));
            closeEditor();
            refreshGrid.run();
        } else {
            openEditor(PartnerDraft.of(partner));
        }
    }

    private void save(PartnerDraft draft) {
        apply(draft.isNew() ? api.create(draft) : api.update(draft), "partners.saved");
    }

    private void confirmDeactivation(PartnerDraft draft) {
        Confirmations.confirm(getTranslation("partners.deactivate.title", draft.getName()),
                getTranslation("partners.deactivate.text"), getTranslation("partner.deactivate"),
                () -> apply(api.deactivate(draft), "partners.deactivated"));
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
        form.edit(draft);
        form.setVisible(true);
        addClassName("editing");
    }

    private void closeEditor() {
        grid.asSingleSelect().clear();
        form.setVisible(false);
        removeClassName("editing");
    }
}

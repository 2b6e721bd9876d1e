package io.canale.portal.deal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.ReasonDialog;
import io.canale.portal.RowActions;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Deal registrations, newest first. Dealers register deals and follow their own (a conflict with an
 * earlier registration is explained without naming the other dealer); staff see all and approve or reject
 * those waiting. Details (conflict, decision) unfold under the row, so the grid fits a phone.
 */
@Route(value = "deals", layout = MainLayout.class)
@Menu(title = "nav.deals", order = 5, icon = "vaadin:handshake")
@RolesAllowed(Roles.LEAD_READER)
class DealsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_REASON = 500;

    private final Grid<DealRegistration> grid = new Grid<>();
    private final Select<DealRegistration.Status> statusFilter = new Select<>();
    private final DealApi api;
    private final boolean staff;
    private final boolean canWrite;
    private final boolean dealer;
    private final Runnable refreshGrid;

    DealsView(DealApi api, Paging paging, AuthenticationContext authentication) {
        this.api = api;
        this.staff = authentication.hasRole(Roles.STAFF);
        this.canWrite = authentication.hasRole(Roles.LEAD_WRITER);
        this.dealer = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.partner().partnerType() == PartnerType.DEALER).orElse(false);
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue())));
        addClassName("deals-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        add(toolbar(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deals");
    }

    private void configureGrid() {
        grid.setId("deal-grid");
        grid.addComponentColumn(DealsView::customer).setHeader(getTranslation("deal.customer")).setFlexGrow(2);
        var dealerColumn = grid.addColumn(registration -> registration.dealer().name())
                .setHeader(getTranslation("deal.dealer")).setFlexGrow(2);
        dealerColumn.setVisible(staff);
        var productLine = grid.addColumn(DealRegistration::productLine).setHeader(getTranslation("deal.productLine"))
                .setFlexGrow(1);
        var value = grid.addColumn(registration -> Amounts.format(registration.expectedValue().amount(),
                registration.expectedValue().currency(), getLocale())).setHeader(getTranslation("deal.expectedValue"))
                .setFlexGrow(1);
        var closeDate = grid.addColumn(DealRegistration::expectedCloseDate)
                .setHeader(getTranslation("deal.expectedCloseDate")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("deal.status")).setFlexGrow(1);
        if (staff && canWrite) {
            grid.addComponentColumn(this::decisionActions).setFlexGrow(0).setAutoWidth(true);
        }
        NarrowScreens.hideWhenNarrow(grid, productLine, value, closeDate);
        if (staff) {
            NarrowScreens.hideWhenNarrow(grid, dealerColumn);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("deals.empty"));
    }

    /** The customer carries the registration's id, so that a browser test can find the row. */
    private static Component customer(DealRegistration registration) {
        Span customer = new Span(registration.customerName());
        customer.setId("deal-customer-" + registration.id());
        return customer;
    }

    private Component status(DealRegistration registration) {
        Span status = new Span(getTranslation("dealStatus." + registration.status()));
        status.setId("deal-status-" + registration.id());
        return status;
    }

    /** What the row cannot show: the conflict, the protection, the decision's reason. */
    private Component details(DealRegistration registration) {
        Div details = new Div();
        details.setId("deal-details-" + registration.id());
        details.addClassName("deal-details");
        if (registration.vatNumber() != null) {
            details.add(new Div(getTranslation("deal.vatNumber") + ": " + registration.vatNumber()));
        }
        if (registration.conflict() != null) {
            String text = registration.conflict().explanation();
            if (registration.conflict().earlierDealer() != null) {
                text = getTranslation("deal.conflictWith", text, registration.conflict().earlierDealer().name());
            }
            Div conflict = new Div(getTranslation("deal.conflict") + ": " + text);
            conflict.addClassName("deal-conflict");
            details.add(conflict);
        }
        if (registration.protectedUntil() != null) {
            details.add(new Div(getTranslation("deal.protectedUntil", DateTimes.format(registration.protectedUntil()))));
        }
        if (registration.decisionReason() != null) {
            details.add(new Div(getTranslation("deal.decisionReason") + ": " + registration.decisionReason()));
        }
        if (details.getComponentCount() == 0) {
            details.add(new Span(getTranslation("deal.noDetails")));
        }
        return details;
    }

    private Component decisionActions(DealRegistration registration) {
        Button approve = RowActions.button(VaadinIcon.CHECK, getTranslation("deal.approve"),
                () -> apply(api.approve(registration), "deals.approved"));
        approve.setId("deal-approve-" + registration.id());
        approve.addThemeVariants(ButtonVariant.SUCCESS);
        Button reject = RowActions.button(VaadinIcon.CLOSE, getTranslation("deal.reject"), () -> confirmRejection(registration));
        reject.setId("deal-reject-" + registration.id());
        reject.addThemeVariants(ButtonVariant.ERROR);
        RowActions.showIf(approve, registration.status().pending());
        RowActions.showIf(reject, registration.status().pending());
        return new Span(approve, reject);
    }

    private void configureFilter() {
        statusFilter.setItems(DealRegistration.Status.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("deals.filter.allStatuses"));
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("deals.filter.allStatuses") : getTranslation("dealStatus." + status));
        statusFilter.setAriaLabel(getTranslation("deal.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter);
        if (dealer && canWrite) {
            Button register = new Button(getTranslation("deals.register"), new Icon(VaadinIcon.PLUS),
                    click -> openRegistration());
            register.setId("deal-register");
            register.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(register);
        }
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void openRegistration() {
        RegisterDealDialog dialog = new RegisterDealDialog();
        dialog.addRegisterListener(event -> {
            DealPayload payload = api.register(event.draft());
            if (payload.succeeded()) {
                dialog.close();
                DealRegistration registered = payload.dealRegistration();
                Notifications.success(getTranslation(registered.status() == DealRegistration.Status.IN_REVIEW
                        ? "deals.registeredInReview" : "deals.registered", registered.customerName()));
                refreshGrid.run();
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    private void confirmRejection(DealRegistration registration) {
        ReasonDialog dialog = new ReasonDialog(getTranslation("deal.reject.title", registration.customerName()),
                getTranslation("deal.reject"), MAX_REASON);
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
        refreshGrid.run();
    }
}

package io.canale.portal.deal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.EmptyTexts;
import io.canale.portal.Amounts;
import io.canale.portal.Confirmations;
import io.canale.portal.DateTimes;
import io.canale.portal.EnumFilter;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.ReasonDialog;
import io.canale.portal.RowActions;
import io.canale.portal.Toolbar;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;
import io.canale.portal.api.ViewerActions;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Deal registrations, newest first, as the API lists them to the caller. Those who may ({@code viewerCan.registerDeal})
 * register deals (a conflict with an earlier registration is explained without naming the other dealer); a
 * registration's approval (after a confirmation) and rejection are offered as its {@code viewerCan} allows, here and
 * on its page ({@link DealView}); the dealer column is there for
 * those who see other partners. Details (conflict, decision) unfold under the row, so the grid fits a phone.
 */
@Route(value = "deals", layout = MainLayout.class)
@Menu(title = "nav.deals", icon = "vaadin:handshake")
@RolesAllowed(Areas.DEALS)
class DealsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_REASON = 500;

    private final Grid<DealRegistration> grid = new Grid<>();
    private final EnumFilter<DealRegistration.Status> statusFilter =
            new EnumFilter<>(DealRegistration.Status.class, "dealStatus", "deals.filter.allStatuses");
    private final DealApi api;
    private final ViewerActions can;
    private final Runnable refreshGrid;

    DealsView(DealApi api, Paging paging, CurrentViewer viewer) {
        this.api = api;
        this.can = viewer.can();
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue())));
        addClassName("deals-view");
        setSizeFull();
        configureGrid();
        grid.setEmptyStateText(getTranslation(EmptyTexts.key("deals", viewer.get().areas())));
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
        dealerColumn.setVisible(can.seeOtherPartners());
        var productLine = grid.addColumn(DealRegistration::productLine).setHeader(getTranslation("deal.productLine"))
                .setFlexGrow(1);
        var value = grid.addColumn(registration -> Amounts.format(registration.expectedValue().amount(),
                registration.expectedValue().currency(), getLocale())).setHeader(getTranslation("deal.expectedValue"))
                .setFlexGrow(1);
        var closeDate = grid.addColumn(registration -> DateTimes.format(registration.expectedCloseDate()))
                .setHeader(getTranslation("deal.expectedCloseDate")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("deal.status")).setFlexGrow(1);
        grid.addComponentColumn(this::decisionActions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, productLine, value, closeDate);
        if (can.seeOtherPartners()) {
            NarrowScreens.hideWhenNarrow(grid, dealerColumn);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
    }

    /** The customer links to the registration's page and carries its id, so that a browser test can find the row. */
    private static Component customer(DealRegistration registration) {
        RouterLink customer = new RouterLink(registration.customerName(), DealView.class, DealView.parameters(registration.id()));
        customer.setId("deal-customer-" + registration.id());
        customer.getElement().setAttribute("title", registration.customerName());
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

    /** The decisions the registration's {@code viewerCan} allows, if any. */
    private Component decisionActions(DealRegistration registration) {
        Span actions = new Span();
        if (registration.can().approve()) {
            Button approve = RowActions.button(VaadinIcon.CHECK, getTranslation("deal.approve"),
                    () -> confirmApproval(registration));
            approve.setId("deal-approve-" + registration.id());
            approve.addThemeVariants(ButtonVariant.SUCCESS);
            actions.add(approve);
        }
        if (registration.can().reject()) {
            Button reject = RowActions.button(VaadinIcon.CLOSE, getTranslation("deal.reject"),
                    () -> confirmRejection(registration));
            reject.setId("deal-reject-" + registration.id());
            reject.addThemeVariants(ButtonVariant.ERROR);
            actions.add(reject);
        }
        return actions;
    }

    private void configureFilter() {
        statusFilter.setId("deals-status-filter");
        statusFilter.setAriaLabel(getTranslation("deal.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(statusFilter);
        if (can.registerDeal()) {
            toolbar.addCreateAction("deal-register", getTranslation("deals.register"), this::openRegistration);
        }
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

    private void confirmApproval(DealRegistration registration) {
        Confirmations.confirm(getTranslation("deal.approve.title", registration.customerName()),
                getTranslation("deal.approve.text", registration.productLine()), getTranslation("deal.approve"),
                () -> apply(api.approve(registration), "deals.approved"));
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

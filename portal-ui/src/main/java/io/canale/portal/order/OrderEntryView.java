package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.canale.portal.Notifications;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Paging;
import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.catalog.CatalogApi;
import io.canale.portal.catalog.Product;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dealer enters an order: lines from the catalog with a live price preview per supplier, delivery address
 * and date, optionally the end customer. The form checks what the API documents before submitting, and
 * shows the API's refusals on the same fields. A submission is retried under the form's idempotency key,
 * so a double click or a retry after a lost answer never creates two orders. The dealer may save the form as
 * an order draft and continue it later ({@code ?draft=}); a saved draft is submitted through the API's draft
 * submission, whose idempotency key is the draft's id. {@code ?sku=} (from the catalog) adds that product.
 * Submitting and saving are offered when the API lets the reader submit orders.
 */
@Route(value = "orders/new", layout = MainLayout.class)
@Menu(title = "nav.newOrder", order = 9, icon = "vaadin:cart")
@RolesAllowed(Areas.ORDER_ENTRY)
class OrderEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SKU_PARAMETER = "sku";

    private final OrderApi api;
    private final OrderDraftApi drafts;
    private final CatalogApi catalog;
    private final Paging paging;
    private final OrderCart cart;
    private final DeliveryAddressApi addresses;
    private final boolean maySubmit;
    private final PricePreviewPanel preview = new PricePreviewPanel();
    private final Span message = new Span();
    private SavedDraftsPanel savedDrafts;
    private OrderLinesEditor lines;
    private DeliveryForm delivery;

    OrderEntryView(OrderApi api, OrderDraftApi drafts, CatalogApi catalog, Paging paging, OrderCart cart,
            DeliveryAddressApi addresses, CurrentViewer viewer) {
        this.api = api;
        this.addresses = addresses;
        this.drafts = drafts;
        this.catalog = catalog;
        this.paging = paging;
        this.cart = cart;
        this.maySubmit = viewer.can().submitOrder();
        addClassName("order-entry-view");
        message.setId("order-message");
        message.addClassName("form-message");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.newOrder");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(SavedDraftsPanel.DRAFT_PARAMETER).ifPresent(this::continueDraft);
        query.getSingleParameter(SKU_PARAMETER).ifPresent(this::addFromCatalog);
        render();
    }

    private void continueDraft(String id) {
        OrderDraft saved = drafts.load(id);
        // A draft the reader may no longer submit became orders meanwhile (or was never the reader's).
        if (saved == null || !saved.viewerCan().submit()) {
            Notifications.error(getTranslation("order.draft.gone"));
            return;
        }
        // One catalog lookup per line: the API has no lookup by a list of SKUs (drafts are short).
        Map<String, Product> products = new HashMap<>();
        saved.lines().forEach(line -> {
            Product product = catalog.product(line.sku());
            if (product != null) {
                products.put(line.sku(), product);
            }
        });
        cart.resume(OrderForm.resume(saved, products));
        if (products.size() < saved.lines().size()) {
            Notifications.error(getTranslation("order.draft.missingProducts"));
        }
    }

    private void addFromCatalog(String sku) {
        Product product = catalog.product(sku);
        if (product == null) {
            Notifications.error(getTranslation("order.unknownSku", sku));
        } else {
            cart.form().addLine(product);
        }
    }

    private void render() {
        OrderForm form = cart.form();
        DeliveryAddressBook book = maySubmit ? addresses.book() : null;
        // A new order starts at the dealer's default address, else where its last order went.
        if (book != null && book.suggested() != null && !form.hasAddress() && form.savedId().isEmpty()) {
            form.fillAddress(book.suggested());
        }
        lines = new OrderLinesEditor(form, catalog, paging, this::refreshPreview);
        delivery = new DeliveryForm(form);
        message.setText("");
        removeAll();
        savedDrafts = new SavedDraftsPanel(drafts, paging);
        add(savedDrafts);
        cart.reordered().ifPresent(reordered -> add(reorderNotice(reordered)));
        add(new H3(getTranslation("order.lines")), lines, preview, new H3(getTranslation("order.delivery")));
        if (book != null) {
            add(new SavedAddressesPanel(addresses, form, book, delivery::refresh));
        }
        add(delivery, message);
        if (maySubmit) {
            add(actions());
        } else {
            message.setText(getTranslation("order.notAllowed"));
        }
        refreshPreview();
    }

    /** Which order the draft repeats, and the lines that could not be copied, each with the reason. */
    private Component reorderNotice(OrderCart.Reordered reordered) {
        Div notice = new Div();
        notice.setId("order-reorder-notice");
        notice.addClassName("order-reorder-notice");
        notice.add(new Span(getTranslation(reordered.leftOut().isEmpty() ? "order.reorder.allCopied" : "order.reorder.someLeftOut",
                reordered.fromOrder())));
        if (!reordered.leftOut().isEmpty()) {
            UnorderedList list = new UnorderedList();
            reordered.leftOut().forEach(text -> list.add(new ListItem(text)));
            notice.add(list);
        }
        return notice;
    }

    private void refreshPreview() {
        preview.show(PricePreview.of(cart.form().lines()));
    }

    private Component actions() {
        Button submit = new Button(getTranslation("order.review"), new Icon(VaadinIcon.CLIPBOARD_CHECK));
        submit.setId("order-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        // Disabled in the browser at the first click: a second click never reaches the server.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                review();
            } finally {
                submit.setEnabled(true);
            }
        });
        Button startOver = new Button(getTranslation("order.startOver"), click -> {
            cart.startOver();
            render();
        });
        startOver.setId("order-start-over");
        startOver.addThemeVariants(ButtonVariant.TERTIARY);
        Button save = new Button(getTranslation("order.saveDraft"), new Icon(VaadinIcon.DOWNLOAD_ALT));
        save.setId("order-save-draft");
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                if (saveDraft()) {
                    Notifications.success(getTranslation("order.draft.savedNotice"));
                }
            } finally {
                save.setEnabled(true);
            }
        });
        HorizontalLayout actions = new HorizontalLayout(submit, save, startOver);
        actions.setWrap(true);
        return actions;
    }

    /** Checks the form as the API would, then shows the review, from which the order is submitted. */
    private void review() {
        OrderForm form = cart.form();
        List<UserError> problems = form.check(OrderForm.today());
        if (!problems.isEmpty()) {
            show(problems, false);
            return;
        }
        message.setText("");
        new OrderReviewDialog(form, this::submit).open();
    }

    private void submit() {
        OrderForm form = cart.form();
        if (form.savedId().isPresent() && !saveDraft()) {
            return;
        }
        SubmitOrderPayload payload = form.savedId().isPresent()
                ? drafts.submit(form.savedId().get(), form.savedVersion()) : api.submit(form.toInput());
        if (payload.succeeded()) {
            submitted(payload.orders());
        } else {
            show(payload.userErrors(), false);
        }
    }

    /** Saves the form as a draft (new, or the one it continues); false when refused, with the reasons shown. */
    private boolean saveDraft() {
        OrderForm form = cart.form();
        OrderDraftPayload payload = drafts.save(form.toDraftInput());
        if (payload.succeeded()) {
            form.saved(payload.draft().id(), payload.draft().version());
            savedDrafts.refresh();
            return true;
        }
        if (payload.userErrors().stream().anyMatch(error -> error.code() == UserErrorCode.ILLEGAL_STATE)) {
            alreadySubmitted(form.savedId().orElseThrow());
        } else if (payload.versionConflict()) {
            message.setText(getTranslation("order.draft.conflict"));
        } else {
            show(payload.userErrors(), true);
        }
        return false;
    }

    /** A retry after the answer to a draft's submission was lost: the draft knows the orders it became. */
    private void alreadySubmitted(String draftId) {
        OrderDraft saved = drafts.load(draftId);
        if (saved != null && saved.groupId() != null) {
            cart.startOver();
            getUI().ifPresent(ui -> ui.navigate(OrdersView.class, OrdersView.submission(saved.groupId())));
        } else {
            message.setText(getTranslation("order.draft.gone"));
        }
    }

    private void submitted(List<Order> orders) {
        cart.startOver();
        if (orders.size() == 1) {
            Notifications.success(getTranslation("order.submitted"));
            getUI().ifPresent(ui -> ui.navigate(OrderView.class, OrderView.parameters(orders.getFirst().id())));
        } else {
            Notifications.success(getTranslation("order.submittedSplit", orders.size()));
            getUI().ifPresent(ui -> ui.navigate(OrdersView.class, OrdersView.submission(orders.getFirst().groupId())));
        }
    }

    /**
     * Puts each problem on its field in order-entry words; the rest (e.g. no lines) under the form.
     *
     * @param savedLinesOnly whether line numbers count only lines with a product (a saved draft's)
     */
    private void show(List<UserError> errors, boolean savedLinesOnly) {
        FieldPaths<HasValidation> paths = OrderErrors.paths(delivery.fieldsByPath(), lines.fields(savedLinesOnly));
        List<String> unplaced = new ArrayList<>();
        for (UserError error : errors) {
            String text = getTranslation(OrderErrors.messageKey(error));
            paths.resolve(error.field()).ifPresentOrElse(field -> {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }, () -> unplaced.add(text));
        }
        message.setText(unplaced.isEmpty() ? getTranslation("order.correctMarked")
                : String.join(" ", unplaced.stream().distinct().toList()));
    }
}

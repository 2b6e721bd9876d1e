package io.canale.portal.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.Notifications;
import io.canale.portal.RowActions;
import io.canale.portal.api.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's product changes: a new product, "Edit" and "Edit descriptions" on the products whose
 * {@code viewerCan} allows them. Opens the dialogs, sends their input and refreshes the catalog after a change.
 */
final class ProductEditing {

    private final CatalogApi api;
    private final Paging paging;
    private final Runnable changed;

    ProductEditing(CatalogApi api, Paging paging, Runnable changed) {
        this.api = api;
        this.paging = paging;
        this.changed = changed;
    }

    /** Opens the dialog for a new product (offered to those whose {@code viewerCan.createProduct} says so). */
    void create() {
        open(ProductDialog.create(paging, api::suppliers));
    }

    /** The changes the caller may make to this product, as buttons for its row; none when it may make none. */
    List<Button> actionsFor(Product product) {
        List<Button> actions = new ArrayList<>();
        if (product.can().edit()) {
            Button edit = RowActions.button(VaadinIcon.EDIT, translation("catalogAdmin.edit"),
                    () -> openLoaded(product.sku(), ProductDialog.Mode.EDIT));
            edit.setId("catalog-edit-" + product.sku());
            actions.add(edit);
        }
        if (product.can().editDescription()) {
            Button describe = RowActions.button(VaadinIcon.FILE_TEXT_O, translation("catalogAdmin.describe"),
                    () -> openLoaded(product.sku(), ProductDialog.Mode.DESCRIBE));
            describe.setId("catalog-describe-" + product.sku());
            actions.add(describe);
        }
        return actions;
    }

    /** Loads the product as stored now, so the change is based on its current version. */
    private void openLoaded(String sku, ProductDialog.Mode mode) {
        Product product = api.load(sku);
        if (product == null) {
            Notifications.error(translation("catalogAdmin.gone", sku));
            changed.run();
            return;
        }
        ProductDraft draft = ProductDraft.of(product);
        open(mode == ProductDialog.Mode.EDIT ? ProductDialog.edit(draft) : ProductDialog.describe(draft));
    }

    private void open(ProductDialog dialog) {
        dialog.addSaveListener(event -> save(event.getSource(), event.mode(), event.draft()));
        dialog.open();
    }

    private void save(ProductDialog dialog, ProductDialog.Mode mode, ProductDraft draft) {
        ProductPayload payload = switch (mode) {
            case CREATE -> api.create(draft);
            case EDIT -> api.update(draft);
            case DESCRIBE -> api.describe(draft);
        };
        if (payload.succeeded()) {
            dialog.close();
            Notifications.success(translation("catalogAdmin.saved." + mode, payload.product().sku()));
            changed.run();
        } else if (payload.versionConflict()) {
            reloadInto(dialog, draft.getSku());
        } else {
            dialog.showUserErrors(payload.userErrors());
        }
    }

    private void reloadInto(ProductDialog dialog, String sku) {
        Product current = api.load(sku);
        if (current == null) {
            dialog.close();
            Notifications.error(translation("catalogAdmin.gone", sku));
            changed.run();
        } else {
            dialog.showReloaded(ProductDraft.of(current));
        }
    }

    private static String translation(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}

package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.Notifications;
import io.canale.portal.RowActions;
import io.canale.portal.api.Paging;

/**
 * The catalog's product actions for those who may use them: "New product" and "Edit" for staff with
 * {@code catalog:write}, "Edit descriptions" for staff and the product's own supplier. Opens the dialogs,
 * sends their input and refreshes the catalog after a change.
 */
final class ProductEditing {

    private final CatalogAdminApi api;
    private final Paging paging;
    private final CatalogPermissions permissions;
    private final Runnable changed;

    ProductEditing(CatalogAdminApi api, Paging paging, CatalogPermissions permissions, Runnable changed) {
        this.api = api;
        this.paging = paging;
        this.permissions = permissions;
        this.changed = changed;
    }

    /** Whether the catalog needs a column of row actions at all. */
    boolean hasRowActions() {
        return permissions.mayManageProducts() || permissions.mayDescribeAny();
    }

    boolean mayCreate() {
        return permissions.mayManageProducts();
    }

    Button newProductButton() {
        Button create = new Button(translation("catalogAdmin.newProduct"), new Icon(VaadinIcon.PLUS), click -> open(
                ProductDialog.create(paging, api::suppliers)));
        create.setId("catalog-new-product");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        return create;
    }

    /** The row's actions; those the user may not use on this product keep their space, hidden. */
    Component rowActions(Product product) {
        Button edit = RowActions.button(VaadinIcon.EDIT, translation("catalogAdmin.edit"),
                () -> openLoaded(product.sku(), ProductDialog.Mode.EDIT));
        edit.setId("catalog-edit-" + product.sku());
        Button describe = RowActions.button(VaadinIcon.FILE_TEXT_O, translation("catalogAdmin.describe"),
                () -> openLoaded(product.sku(), ProductDialog.Mode.DESCRIBE));
        describe.setId("catalog-describe-" + product.sku());
        RowActions.showIf(edit, permissions.mayManageProducts());
        RowActions.showIf(describe, permissions.mayDescribe(product.supplier()));
        return new Span(edit, describe);
    }

    /** Loads the product as stored now, so the change is based on its current version. */
    private void openLoaded(String sku, ProductDialog.Mode mode) {
        EditableProduct product = api.load(sku);
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
        EditableProduct current = api.load(sku);
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

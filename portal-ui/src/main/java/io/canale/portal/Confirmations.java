package io.canale.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot be undone from the portal (deactivating, revoking). */
public final class Confirmations {

    private Confirmations() {
    }

    public static void confirm(String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, confirmed -> onConfirm.run(),
                UI.getCurrent().getTranslation("action.cancel"), cancelled -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-dialog");
        dialog.open();
    }
}

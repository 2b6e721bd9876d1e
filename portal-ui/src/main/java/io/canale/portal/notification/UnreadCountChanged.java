package io.canale.portal.notification;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the reader marked notifications read, so the bell asks for its count at once. */
class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI ui) {
        super(ui, false);
    }
}

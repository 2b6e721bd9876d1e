package io.canale.portal.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;

/** The "who changed what" button of a record's page, opening its history. */
@Component
public class RecordHistory {

    private final HistoryApi api;

    RecordHistory(HistoryApi api) {
        this.api = api;
    }

    /** A button that opens the history of the record with this id. */
    public Button button(String recordId) {
        Button button = new Button(VaadinIcon.TIME_BACKWARD.create());
        button.setText(button.getTranslation("history.open"));
        button.setId("history-open");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(click -> new HistoryDialog(api, recordId).open());
        return button;
    }
}

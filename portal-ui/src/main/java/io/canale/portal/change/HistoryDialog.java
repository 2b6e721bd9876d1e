package io.canale.portal.change;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.canale.portal.DateTimes;
import io.canale.portal.api.Connection;
import java.util.Locale;

/**
 * Who changed what on one record: each change with when (the reader's language and time zone), who, and each field
 * by its label from its value before to its value after, in the reader's words ({@link FieldLabels}). Oldest first, as
 * the API answers; more on request.
 */
class HistoryDialog extends Dialog {

    private final HistoryApi api;
    private final String recordId;
    private final Div entries = new Div();
    private final Button more = new Button();
    private final FieldLabels labels;
    private String endCursor;

    HistoryDialog(HistoryApi api, String recordId) {
        this.api = api;
        this.recordId = recordId;
        this.labels = FieldLabels.of(getLocale(), DateTimes.zone());
        setId("history-dialog");
        addClassName("history-dialog");
        setHeaderTitle(getTranslation("history.title"));
        setWidth("min(40rem, 100vw)");
        entries.setId("history-entries");
        entries.addClassName("history-entries");
        more.setText(getTranslation("history.more"));
        more.setId("history-more");
        more.addClickListener(click -> loadPage());
        add(entries, more);
        Button close = new Button(getTranslation("history.close"), click -> close());
        close.setId("history-close");
        getFooter().add(close);
        loadPage();
    }

    private void loadPage() {
        Connection<Change> page = api.page(recordId, endCursor);
        if (page == null) {
            entries.add(message("history-not-found", "history.notFound"));
            more.setVisible(false);
            return;
        }
        page.nodes().forEach(change -> entries.add(entry(change)));
        endCursor = page.pageInfo().endCursor();
        more.setVisible(page.pageInfo().hasNextPage());
        if (entries.getComponentCount() == 0) {
            entries.add(message("history-empty", "history.empty"));
        }
    }

    private Component message(String id, String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        return text;
    }

    private Component entry(Change change) {
        Div entry = new Div();
        entry.addClassName("history-entry");
        entry.getElement().setAttribute("data-sequence", change.sequence());
        Span when = new Span(DateTimes.format(change.at()));
        when.addClassName("history-when");
        Span who = new Span(change.actor().name());
        who.addClassName("history-who");
        Div header = new Div(when, who);
        header.addClassName("history-header");
        entry.add(header);
        if (change.changeType() != Change.Type.UPDATED) {
            Span type = new Span(getTranslation("history." + change.changeType().name().toLowerCase(Locale.ROOT)));
            type.addClassName("history-type");
            header.add(type);
        }
        for (FieldLabels.Line field : labels.lines(change.recordType(), change.fields())) {
            Div line = new Div();
            line.addClassName("history-field");
            line.getElement().setAttribute("data-path", field.path());
            Span label = new Span(field.label());
            label.addClassName("history-path");
            Span values = new Span(field.values());
            values.addClassName("history-values");
            line.add(label, values);
            entry.add(line);
        }
        return entry;
    }
}

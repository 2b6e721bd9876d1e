package io.canale.portal.leadimport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * How far an import got: a bar with the percentage when the backend knows it (indeterminate otherwise) and
 * the row counters. It stays at the end of a run, so a finished import shows 100 %.
 */
class ImportProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span percent = new Span();
    private final Span counters = new Span();

    ImportProgress() {
        bar.setId("import-progress");
        percent.setId("import-percent");
        counters.setId("import-counters");
        add(bar, new HorizontalLayout(percent, counters));
        setWidthFull();
        setVisible(false);
    }

    void show(LeadImport current) {
        setVisible(true);
        counters.setText(getTranslation("import.counters", current.rowsRead(), current.rowsImported(),
                current.rowsFailed()));
        current.progress().ifPresentOrElse(share -> {
            bar.setIndeterminate(false);
            bar.setValue(share);
            percent.setText(getTranslation("import.percent", Math.round(share * 100)));
        }, () -> {
            bar.setIndeterminate(true);
            percent.setText("");
        });
    }

    /** Nothing runs: e.g. the file was refused before an import began. */
    void clear() {
        setVisible(false);
        percent.setText("");
        counters.setText("");
    }
}

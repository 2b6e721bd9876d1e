package io.canale.portal.leadimport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.CsvFileUpload;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.api.UserError;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * Imports leads from a CSV file: upload, choose the delimiter and whether it is a dry run, start; the
 * backend works through the file asynchronously while the page polls its progress; then the refused rows,
 * with the CSV error report to download. A dry run's file can then be imported for real without uploading
 * it again. Only readers the API lets import leads get the upload.
 */
@Route(value = "leads/import", layout = MainLayout.class)
@Menu(title = "nav.leadImport", order = 3.5, icon = "vaadin:upload")
@RolesAllowed(Areas.LEAD_IMPORTS)
public class LeadImportView extends VerticalLayout implements HasDynamicTitle {

    /** How often the page asks for the import's progress while it runs. */
    static final int POLL_MILLIS = 1_000;
    static final List<String> COLUMNS = List.of("name", "email", "phone", "company", "vat_number", "country", "region",
            "postal_code", "product_line", "notes");
    /** The delimiters offered, with their message keys. */
    public enum Delimiter {
        COMMA(","), SEMICOLON(";"), TAB("\t"), PIPE("|");

        final String character;

        Delimiter(String character) {
            this.character = character;
        }
    }

    private final LeadImportApi imports;
    private final Paging paging;
    private final CsvFileUpload upload;
    private final Select<Delimiter> delimiter = new Select<>();
    private final Checkbox dryRun = new Checkbox();
    private final Button start = new Button();
    private final ImportProgress progress = new ImportProgress();
    private final Div result = new Div();
    private LeadImport running;
    private Registration polling;

    LeadImportView(LeadImportApi imports, Paging paging, CurrentViewer viewer) {
        this.imports = imports;
        this.paging = paging;
        this.upload = new CsvFileUpload("import-upload", LeadImportApi.MAX_BYTES, "import.rejected", start::setEnabled);
        addClassName("lead-import-view");
        configureOptions();
        result.setId("import-result");
        result.setWidthFull();
        add(columnsHelp());
        if (viewer.can().importLeads()) {
            add(upload, options(), progress, result);
        } else {
            add(message("import.notAllowed", "import-not-allowed"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leadImport");
    }

    private Component columnsHelp() {
        UnorderedList list = new UnorderedList();
        COLUMNS.forEach(column -> list.add(new ListItem(column)));
        list.addClassName("import-columns");
        return new Div(new Paragraph(getTranslation("import.help")), list,
                new Paragraph(getTranslation("import.help.required", LeadImportApi.MAX_BYTES / (1024 * 1024))));
    }

    private void configureOptions() {
        delimiter.setId("import-delimiter");
        delimiter.setLabel(getTranslation("import.delimiter"));
        delimiter.setItems(Delimiter.values());
        delimiter.setItemLabelGenerator(value -> getTranslation("import.delimiter." + value.name()));
        delimiter.setValue(Delimiter.COMMA);
        dryRun.setId("import-dry-run");
        dryRun.setLabel(getTranslation("import.dryRun"));
        dryRun.setHelperText(getTranslation("import.dryRun.help"));
        dryRun.setValue(true);
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport(dryRun.getValue()));
    }

    private Component options() {
        HorizontalLayout options = new HorizontalLayout(delimiter, dryRun, start);
        options.setWrap(true);
        options.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return options;
    }

    private void startImport(boolean asDryRun) {
        CsvFileUpload.Chosen file = upload.chosen();
        if (file == null) {
            return;
        }
        LeadImportApi.Started started = imports.start(file.file(), file.name(), asDryRun, delimiter.getValue().character);
        result.removeAll();
        delimiter.setInvalid(false);
        if (started.id() == null) {
            progress.clear();
            showRefusal(started.refusal());
            return;
        }
        start.setEnabled(false);
        follow(imports.load(started.id()));
    }

    /** A refused delimiter is also marked on its field; the file has no field to mark. */
    private void showRefusal(List<UserError> errors) {
        String texts = errors.isEmpty() ? getTranslation("importRefusal.unknown")
                : String.join(" ", errors.stream().map(this::refusalText).distinct().toList());
        result.add(message("import.refused", "import-refused", texts));
        errors.stream().filter(error -> ImportRefusals.concerns(error, "delimiter")).findFirst().ifPresent(error -> {
            delimiter.setErrorMessage(refusalText(error));
            delimiter.setInvalid(true);
        });
    }

    /** The portal's own text for refusals it knows, else the backend's message. */
    private String refusalText(UserError error) {
        return ImportRefusals.messageKey(error).map(this::getTranslation)
                .orElseGet(() -> error.message() == null ? getTranslation("importRefusal.unknown") : error.message());
    }

    /** Shows the import's state; polls again until it has finished. */
    private void follow(LeadImport current) {
        running = current;
        progress.show(current);
        UI ui = getUI().orElseThrow();
        if (!current.status().finished()) {
            ui.setPollInterval(POLL_MILLIS);
            return;
        }
        ui.setPollInterval(-1);
        start.setEnabled(true);
        showResult(current);
    }

    private void showResult(LeadImport done) {
        result.removeAll();
        if (done.status() == LeadImport.Status.FAILED) {
            String reason = done.error() == null ? getTranslation("importRefusal.unknown") : failureText(done.error());
            result.add(message("import.failed", "import-failed", reason));
            return;
        }
        String key = done.dryRun() ? "import.dryRunDone" : "import.done";
        result.add(message(key, "import-done", done.rowsImported(), done.rowsFailed()));
        // The next step right under the summary, above the refused rows, which may be many.
        if (done.dryRun() && done.rowsImported() > 0) {
            Button forReal = new Button(getTranslation("import.forReal"), click -> startImport(false));
            forReal.setId("import-for-real");
            forReal.addThemeVariants(ButtonVariant.PRIMARY);
            result.add(forReal);
        }
        if (done.rowsFailed() > 0) {
            result.add(new H3(getTranslation("import.errors")), errorReport(done), errorGrid(done));
        }
    }

    /** The portal's own text for the failure, with the backend's detail (e.g. which columns). */
    private String failureText(LeadImport.JobError error) {
        return getTranslation(error.messageKey(), Objects.toString(error.message(), ""));
    }

    private Component message(String key, String id, Object... parameters) {
        Paragraph text = new Paragraph(getTranslation(key, parameters));
        text.setId(id);
        return text;
    }

    /** The report comes from the backend through the portal, with the user's token. */
    private Component errorReport(LeadImport done) {
        Anchor download = new Anchor(event -> {
            event.setFileName("import-" + done.id() + "-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            imports.copyErrorReport(done.errorReportPath(), event.getOutputStream());
        }, getTranslation("import.errorReport"));
        download.setId("import-error-report");
        return download;
    }

    private Component errorGrid(LeadImport done) {
        Grid<LeadImport.RowError> grid = new Grid<>();
        grid.setId("import-error-grid");
        grid.addColumn(LeadImport.RowError::row).setHeader(getTranslation("import.row")).setFlexGrow(0).setAutoWidth(true);
        var column = grid.addColumn(LeadImport.RowError::column).setHeader(getTranslation("import.column")).setFlexGrow(1);
        grid.addColumn(error -> getTranslation("userError." + error.code())).setHeader(getTranslation("import.problem"))
                .setFlexGrow(1);
        var detail = grid.addColumn(LeadImport.RowError::message).setHeader(getTranslation("import.detail")).setFlexGrow(3);
        NarrowScreens.hideWhenNarrow(grid, column, detail);
        grid.setHeight("20rem");
        PagedGrids.bind(grid, paging.pager((first, after) -> imports.errors(done.id(), first, after)));
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (running != null && !running.status().finished()) {
                follow(imports.load(running.id()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }
}

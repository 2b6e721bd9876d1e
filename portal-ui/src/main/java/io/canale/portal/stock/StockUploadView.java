package io.canale.portal.stock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.canale.portal.CsvFileUpload;
import io.canale.portal.NarrowScreens;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A supplier's stock: upload a CSV (valid rows are applied, refused rows listed with their reason), start from a
 * sample file, or set one SKU by hand; the upload and the form are there for those who may publish stock
 * ({@code viewerCan.publishStock}).
 */
@Route(value = "stock", layout = MainLayout.class)
@Menu(title = "nav.stock", icon = "vaadin:stock")
@RolesAllowed(Areas.STOCK_UPLOAD)
class StockUploadView extends VerticalLayout implements HasDynamicTitle {

    private final StockApi api;
    private final CsvFileUpload upload;
    private final Select<StockApi.Delimiter> delimiter = new Select<>();
    private final Button publish = new Button();
    private final Button check = new Button();
    private final Div result = new Div();

    StockUploadView(StockApi api, CurrentViewer viewer) {
        this.api = api;
        this.upload = new CsvFileUpload("stock-upload", StockApi.MAX_BYTES, "stockUpload.rejected", chosen -> {
            publish.setEnabled(chosen);
            check.setEnabled(chosen);
        });
        addClassName("stock-upload-view");
        configureOptions();
        result.setId("stock-upload-result");
        result.setWidthFull();
        add(help());
        if (viewer.can().publishStock()) {
            add(upload, options(), result, new H3(getTranslation("stock.single")), new StockItemForm(api));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stock");
    }

    private Component help() {
        UnorderedList columns = new UnorderedList();
        Arrays.stream(StockSample.COLUMNS).forEach(column -> columns.add(new ListItem(column)));
        columns.addClassName("import-columns");
        return new Div(new Paragraph(getTranslation("stockUpload.help")), columns,
                new Paragraph(getTranslation("stockUpload.limits", StockApi.MAX_ROWS)), sampleDownload());
    }

    /** The sample is written by the portal in the chosen delimiter; it needs no backend. */
    private Component sampleDownload() {
        Anchor sample = new Anchor(event -> {
            event.setFileName("stock-sample.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(StockSample.csv(delimiter.getValue(), LocalDate.now())
                    .getBytes(StandardCharsets.UTF_8));
        }, getTranslation("stockUpload.sample"));
        sample.setId("stock-sample");
        return sample;
    }

    private void configureOptions() {
        delimiter.setId("stock-delimiter");
        delimiter.setLabel(getTranslation("import.delimiter"));
        delimiter.setItems(StockApi.Delimiter.values());
        delimiter.setItemLabelGenerator(value -> getTranslation("import.delimiter." + value.name()));
        delimiter.setValue(StockApi.Delimiter.COMMA);
        publish.setId("stock-publish");
        publish.setText(getTranslation("stockUpload.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setEnabled(false);
        publish.addClickListener(click -> publishFile());
        check.setId("stock-check");
        check.setText(getTranslation("stockUpload.check"));
        check.setEnabled(false);
        check.addClickListener(click -> checkFile());
    }

    private Component options() {
        HorizontalLayout options = new HorizontalLayout(delimiter, check, publish);
        options.setWrap(true);
        options.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return options;
    }

    /** A dry run: the file stays chosen, so the same file can be published after the check. */
    private void checkFile() {
        CsvFileUpload.Chosen file = upload.chosen();
        if (file != null) {
            showResult(api.upload(file.file(), file.name(), delimiter.getValue(), true));
        }
    }

    private void publishFile() {
        CsvFileUpload.Chosen file = upload.chosen();
        if (file == null) {
            return;
        }
        StockUploadResult answer = api.upload(file.file(), file.name(), delimiter.getValue());
        upload.clear();
        showResult(answer);
    }

    private void showResult(StockUploadResult answer) {
        result.removeAll();
        if (answer.fileRefused()) {
            UnorderedList reasons = new UnorderedList();
            answer.refusals().forEach(refusal -> reasons.add(new ListItem(refusal.message())));
            Paragraph refused = new Paragraph(getTranslation("stockUpload.refused"));
            refused.setId("stock-upload-refused");
            refused.addClassName("form-message");
            result.add(refused, reasons);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(answer.dryRun() ? "stockUpload.summary.dryRun" : "stockUpload.summary",
                answer.rows(), answer.applied(), answer.refusedRows()));
        summary.setId("stock-upload-summary");
        result.add(summary);
        if (!answer.errors().isEmpty()) {
            result.add(new H3(getTranslation("import.errors")), errorGrid(answer));
        }
    }

    private Component errorGrid(StockUploadResult answer) {
        Grid<StockUploadResult.RowError> grid = new Grid<>();
        grid.setId("stock-upload-errors");
        grid.addColumn(StockUploadResult.RowError::row).setHeader(getTranslation("import.row")).setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(StockUploadResult.RowError::column).setHeader(getTranslation("import.column")).setFlexGrow(1);
        grid.addColumn(error -> problem(error.code())).setHeader(getTranslation("import.problem")).setFlexGrow(1);
        var detail = grid.addColumn(StockUploadResult.RowError::message).setHeader(getTranslation("import.detail"))
                .setFlexGrow(3);
        NarrowScreens.hideWhenNarrow(grid, detail);
        grid.setItems(answer.errors());
        grid.setAllRowsVisible(answer.errors().size() <= 10);
        if (answer.errors().size() > 10) {
            grid.setHeight("20rem");
        }
        return grid;
    }

    /** The backend's codes are the user-error codes; an unknown one is shown as it is. */
    private String problem(String code) {
        boolean known = Arrays.stream(UserErrorCode.values()).anyMatch(value -> value.name().equals(code));
        return known ? getTranslation("userError." + code) : code;
    }
}

package io.canale.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * One CSV file chosen for a backend upload (lead import, stock): kept in a temporary file until it is sent, replaced
 * or removed, and deleted when the view goes away. The owner hears when a file is there or gone, to enable its
 * action.
 */
public final class CsvFileUpload extends Composite<Upload> {

    /** The kept file and the name the user gave it. */
    public record Chosen(File file, String name) {
    }

    private final long maxBytes;
    private final String rejectedKey;
    private final Consumer<Boolean> readyChanged;
    private Chosen chosen;

    public CsvFileUpload(String id, long maxBytes, String rejectedKey, Consumer<Boolean> readyChanged) {
        this.maxBytes = maxBytes;
        this.rejectedKey = rejectedKey;
        this.readyChanged = readyChanged;
        setId(id);
    }

    @Override
    protected Upload initContent() {
        Upload upload = new Upload(UploadHandler.toTempFile(this::received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("import.choose"), new Icon(VaadinIcon.UPLOAD)));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation(rejectedKey)));
        upload.addFileRemovedListener(event -> forget());
        return upload;
    }

    /** The file chosen and not yet cleared, or null. */
    public Chosen chosen() {
        return chosen;
    }

    /** Empties the list and deletes the kept file. */
    public void clear() {
        getContent().clearFileList();
        forget();
    }

    /** Runs in the upload request: keeps the file, then updates the page under the session lock. */
    private void received(UploadMetadata metadata, File uploaded) throws IOException {
        File kept = Files.createTempFile("canale-upload-", ".csv").toFile();
        Files.move(uploaded.toPath(), kept.toPath(), StandardCopyOption.REPLACE_EXISTING);
        getUI().ifPresent(ui -> ui.access(() -> {
            forget();
            chosen = new Chosen(kept, metadata.fileName());
            readyChanged.accept(true);
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        forget();
    }

    private void forget() {
        if (chosen != null) {
            try {
                Files.deleteIfExists(chosen.file().toPath());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        chosen = null;
        readyChanged.accept(false);
    }
}

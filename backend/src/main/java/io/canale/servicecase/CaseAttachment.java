package io.canale.servicecase;

import java.time.Instant;

/**
 * A file attached to a comment, as the case records it: the file itself is in GridFS (bucket
 * {@value CaseAttachments#BUCKET}) under {@code id}; {@code contentType} is the type detected from its content.
 */
record CaseAttachment(String id, String fileName, String contentType, long size, Instant at) {

    /**
     * The uploaded file's name fit for display and for a download's name: without a path, control, format or
     * separator characters, at most 120 characters (the shared attachment store's rule); "attachment" when nothing is left.
     */
    static String displayName(String original) {
        return io.canale.shared.files.AttachmentStore.displayName(original);
    }
}

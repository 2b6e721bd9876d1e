package io.canale.servicecase;

import java.time.Instant;

/**
 * A file attached to a comment, as the case records it: the file itself is in GridFS (bucket
 * {@value CaseAttachments#BUCKET}) under {@code id}; {@code contentType} is the type detected from its content.
 */
record CaseAttachment(String id, String fileName, String contentType, long size, Instant at) {

    static final int MAX_NAME_LENGTH = 120;

    /**
     * The uploaded file's name fit for display and for a download's name: without a path, control, format or
     * separator characters, at most {@value #MAX_NAME_LENGTH} characters; "attachment" when nothing is left.
     */
    static String displayName(String original) {
        if (original == null) {
            return "attachment";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE;
            if (!hidden && clean.codePointCount(0, clean.length()) < MAX_NAME_LENGTH) {
                clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String shown = clean.toString().strip();
        return shown.isEmpty() || shown.equals(".") || shown.equals("..") ? "attachment" : shown;
    }
}

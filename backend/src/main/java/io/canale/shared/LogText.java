package io.canale.shared;

/**
 * Text from callers made safe for a log line: control, format and line-separator characters are shown as
 * escapes (backslash, u, four hex digits), so a crafted value (a file name, say) cannot start a forged log
 * entry or reorder the line; long values are cut.
 */
public final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        for (int i = 0; i < text.length() && safe.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.length() < text.length() && safe.length() >= MAX_LENGTH ? safe + "…" : safe.toString();
    }
}

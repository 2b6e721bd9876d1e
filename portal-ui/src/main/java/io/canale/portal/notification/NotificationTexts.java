package io.canale.portal.notification;

import java.util.function.BiFunction;

/**
 * A notification in the reader's words: its kind ({@code notification.kind.<KIND>}) and, for an SLA warning, which
 * clock reached which level ({@code RESOLUTION:WARNING} reads "Resolution: nearly used up").
 */
final class NotificationTexts {

    private NotificationTexts() {
    }

    /** @param translate the view's {@code getTranslation(key, parameters)} */
    static String what(Notice notice, BiFunction<String, Object[], String> translate) {
        String kind = translate.apply("notification.kind." + notice.kind().name(), new Object[0]);
        String detail = notice.detail();
        if (notice.kind() != NotificationKind.SLA_WARNING || detail == null || !detail.contains(":")) {
            return kind;
        }
        String[] clockAndLevel = detail.split(":", 2);
        return translate.apply("notification.slaDetail", new Object[] {kind,
                translate.apply("notification.sla." + clockAndLevel[0], new Object[0]),
                translate.apply("notification.sla." + clockAndLevel[1], new Object[0])});
    }
}

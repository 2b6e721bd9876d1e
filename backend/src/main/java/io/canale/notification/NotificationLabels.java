package io.canale.notification;

import io.canale.shared.RecordLabels;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gives notifications the names their records are known by (an order's number), one query per record type for a whole
 * batch: the feeder labels what it derives, the start-up backfill what was stored before labels existed.
 */
@Component
class NotificationLabels {

    private final Map<String, RecordLabels> byType;

    NotificationLabels(List<RecordLabels> labels) {
        this.byType = labels.stream().collect(Collectors.toMap(RecordLabels::recordType, Function.identity()));
    }

    /** The record types that have labels. */
    Set<String> labelledTypes() {
        return byType.keySet();
    }

    /** The notifications, each with its record's label where the record has one (the others unchanged). */
    List<Notification> label(List<Notification> notifications) {
        Map<String, Map<String, String>> found = notifications.stream()
                .filter(notification -> byType.containsKey(notification.recordType()))
                .collect(Collectors.groupingBy(Notification::recordType, Collectors.mapping(Notification::recordId, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, type -> byType.get(type.getKey()).labelsOf(type.getValue())));
        return notifications.stream().map(notification -> {
            String label = found.getOrDefault(notification.recordType(), Map.of()).get(notification.recordId());
            return label == null ? notification : notification.labelled(label);
        }).toList();
    }
}

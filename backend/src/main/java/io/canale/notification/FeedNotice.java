package io.canale.notification;

/** A notification a feed entry calls for: whom to tell, why, about which record, with a short detail. */
record FeedNotice(String partnerId, NotificationKind kind, String recordType, String recordId, String detail) {
}

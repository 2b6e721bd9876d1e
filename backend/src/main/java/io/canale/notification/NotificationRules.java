package io.canale.notification;

import io.canale.change.FeedEntry;
import io.canale.partner.PartnerDirectory;
import io.canale.shared.PartnerType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which changes need somebody: read from the fields a change wrote, so that every way a record gets into that state
 * (the API, a rule, a deadline, an import) tells the partner the same way.
 */
@Component
class NotificationRules {

    private static final Pattern NEW_SHIPMENT_CARRIER = Pattern.compile("shipments\\.(\\d+)\\.carrierId");

    private final PartnerDirectory partners;

    NotificationRules(PartnerDirectory partners) {
        this.partners = partners;
    }

    List<FeedNotice> noticesOf(FeedEntry entry) {
        List<FeedNotice> notices = new ArrayList<>();
        switch (entry.recordType()) {
            case "LEAD" -> {
                if (entry.changed("status") && "ROUTED".equals(entry.after("status")) && entry.facts().get("dealerId") instanceof String dealer) {
                    notices.add(notice(dealer, NotificationKind.LEAD_ROUTED, entry, null));
                }
            }
            case "ORDER" -> {
                if ("CREATED".equals(entry.changeType()) && entry.facts().get("supplierId") instanceof String supplier) {
                    notices.add(notice(supplier, NotificationKind.ORDER_TO_ANSWER, entry, null));
                }
                entry.fields().forEach((path, change) -> {
                    Matcher shipment = NEW_SHIPMENT_CARRIER.matcher(path);
                    if (shipment.matches() && change.before() == null && change.after() instanceof String carrier) {
                        notices.add(notice(carrier, NotificationKind.SHIPMENT_HANDED_OVER, entry, null));
                    }
                });
            }
            case "SERVICE_CASE" -> {
                if (entry.changed("waitingOnPartnerId") && entry.after("waitingOnPartnerId") instanceof String awaited) {
                    notices.add(notice(awaited, NotificationKind.CASE_WAITING_ON_YOU, entry, null));
                }
                FeedEntry.Change escalations = entry.fields().get("escalations");
                if (escalations != null && escalations.after() instanceof List<?> after) {
                    List<?> before = escalations.before() instanceof List<?> list ? list : List.of();
                    after.stream().filter(level -> !before.contains(level)).map(String::valueOf).forEach(level ->
                            partners.activeOfType(PartnerType.MANUFACTURER).forEach(staff ->
                                    notices.add(notice(staff.id(), NotificationKind.SLA_WARNING, entry, level))));
                }
            }
            default -> {
                // Other records need nobody's action.
            }
        }
        return notices;
    }

    private static FeedNotice notice(String partnerId, NotificationKind kind, FeedEntry entry, String detail) {
        return new FeedNotice(partnerId, kind, entry.recordType(), entry.recordId(), detail);
    }
}

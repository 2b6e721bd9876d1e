package io.canale.portal.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.canale.portal.DateTimes;
import io.canale.portal.Notifications;
import io.canale.portal.ShortLabels;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Paging;
import io.canale.portal.api.RecordType;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import io.canale.portal.live.LiveConnection;
import io.canale.portal.live.LiveRefresh;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader's notifications, newest first, unread ones marked: each in words, opening its record's page and marked
 * read on the way; "mark all read"; more pages on request; new ones appear on top as they come (live, without moving
 * the cards already shown). One column of cards, so it reads the same on a phone.
 * Everybody signed in has one (the home area is everybody's).
 */
@Route(value = "notifications", layout = MainLayout.class)
@RolesAllowed(Areas.HOME)
class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CARD_ID = "notification-";

    private final NotificationApi api;
    private final int pageSize;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private String endCursor;

    NotificationsView(NotificationApi api, Paging paging, LiveConnection live) {
        this.api = api;
        this.pageSize = paging.pageSize();
        addClassName("notifications-view");
        list.setId("notification-list");
        list.addClassName("notification-list");
        list.setWidthFull();
        empty.setId("notifications-empty");
        empty.setText(getTranslation("notification.empty"));
        more.setText(getTranslation("notification.more"));
        more.setId("notifications-more");
        more.addClickListener(click -> loadPage());
        Button markAll = new Button(getTranslation("notification.markAllRead"), VaadinIcon.CHECK.create(),
                click -> markAllRead());
        markAll.setId("notifications-mark-all");
        Button preferences = new Button(getTranslation("notification.preferences.open"), VaadinIcon.ENVELOPE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NotificationPreferencesView.class)));
        preferences.setId("notifications-preferences");
        preferences.addThemeVariants(ButtonVariant.TERTIARY);
        add(new Toolbar(markAll, preferences), empty, list, more);
        LiveRefresh.onNotifications(this, live, this::addNew);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        reload();
    }

    private void reload() {
        list.removeAll();
        endCursor = null;
        loadPage();
    }

    /** New notifications on top, the cards already shown (and the scroll position) left as they are. */
    private void addNew() {
        Set<String> shown = list.getChildren().map(card -> card.getId().orElse("")).collect(Collectors.toSet());
        List<Notice> fresh = api.page(pageSize, null).nodes().stream()
                .filter(notice -> !shown.contains(CARD_ID + notice.id())).toList();
        for (int i = fresh.size() - 1; i >= 0; i--) {
            list.addComponentAsFirst(card(fresh.get(i)));
        }
        empty.setVisible(list.getComponentCount() == 0);
    }

    private void loadPage() {
        Connection<Notice> page = api.page(pageSize, endCursor);
        page.nodes().forEach(notice -> list.add(card(notice)));
        endCursor = page.pageInfo().endCursor();
        more.setVisible(page.pageInfo().hasNextPage());
        empty.setVisible(list.getComponentCount() == 0);
    }

    private Component card(Notice notice) {
        Div card = new Div();
        card.setId(CARD_ID + notice.id());
        card.addClassName("notification-card");
        card.getElement().setAttribute("data-record-id", notice.recordId());
        Span what = new Span(NotificationTexts.what(notice, this::getTranslation));
        what.addClassName("notification-what");
        Span when = new Span(DateTimes.format(notice.at()));
        when.addClassName("notification-when");
        card.add(what);
        if (notice.recordType() == RecordType.ORDER) {
            // By its number; the end of its id only for an order without one (stored before numbers existed).
            Span order = new Span(getTranslation("order.title",
                    notice.recordLabel() == null ? ShortLabels.of(notice.recordId()) : notice.recordLabel()));
            order.addClassName("notification-record");
            card.add(order);
        } else if (notice.recordLabel() != null && !notice.recordLabel().isBlank()) {
            // A lead by its company or contact, a case by its subject.
            Span record = new Span(notice.recordLabel());
            record.addClassName("notification-record");
            card.add(record);
        }
        card.add(when);
        if (!notice.read()) {
            card.addClassName("unread");
            Span unread = new Span(getTranslation("notification.unread"));
            unread.addClassName("notification-unread");
            card.addComponentAsFirst(unread);
        }
        String route = NotificationLinks.routeOf(notice);
        if (route != null) {
            card.addClassName("link");
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
            card.addClickListener(click -> open(notice, route));
            card.getElement().addEventListener("keydown", key -> open(notice, route))
                    .setFilter("event.key === 'Enter'");
        }
        return card;
    }

    private void open(Notice notice, String route) {
        if (!notice.read()) {
            api.markRead(List.of(notice.id()));
            ComponentUtil.fireEvent(getUI().orElseThrow(), new UnreadCountChanged(getUI().orElseThrow()));
        }
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    private void markAllRead() {
        int marked = api.markRead(List.of());
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui)));
        Notifications.success(getTranslation("notification.markedAll", marked));
        reload();
    }
}

package io.canale.portal.lead;

import com.vaadin.flow.component.html.ListItem;
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import io.canale.portal.api.TimelineEntry;
import java.util.List;

/** The timeline of a lead or an opportunity, oldest first, as the backend wrote it in the reader's language. */
public final class LeadTimelines {

    private LeadTimelines() {
    }

    public static List<ListItem> items(List<TimelineEntry> entries) {
        return entries.stream()
                .map(entry -> DetailSections.item(DateTimes.format(entry.at()) + " · " + entry.by(), entry.summary()))
                .toList();
    }
}

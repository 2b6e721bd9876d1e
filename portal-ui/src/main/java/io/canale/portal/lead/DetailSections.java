package io.canale.portal.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.canale.portal.DateTimes;
import java.util.List;

/**
 * The titled lists under a lead's or an opportunity's details (timeline, routing, activities): the same
 * look for both, and a text instead of an empty list.
 */
final class DetailSections {

    private DetailSections() {
    }

    static Div section(String id, String title, List<? extends Component> items, String emptyText) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("lead-section");
        if (items.isEmpty()) {
            section.add(new Span(emptyText));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            section.add(list);
        }
        return section;
    }

    /** A list entry: a muted heading line (when, who) and one line per text. */
    static ListItem item(String heading, String... lines) {
        ListItem item = new ListItem();
        Span head = new Span(heading);
        head.addClassName("entry-heading");
        item.add(head);
        for (String line : lines) {
            item.add(new Div(line));
        }
        return item;
    }

    /** What happened to a record, oldest first, as the backend wrote it in the reader's language. */
    static List<ListItem> timeline(List<Lead.TimelineEntry> entries) {
        return entries.stream().map(entry -> item(DateTimes.format(entry.at()) + " · " + entry.by(), entry.summary()))
                .toList();
    }
}

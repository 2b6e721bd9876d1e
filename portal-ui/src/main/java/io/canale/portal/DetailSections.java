package io.canale.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Titled sections of a record's detail view holding a list of entries (a timeline, shipments, ...), each
 * with a small heading (when, who) and lines of text; an empty list shows a sentence instead.
 */
public final class DetailSections {

    private DetailSections() {
    }

    public static Div section(String id, String title, List<? extends Component> items, String emptyText) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("detail-section");
        if (items.isEmpty()) {
            // A block of its own: an action placed under the title must not run into the sentence.
            section.add(new Div(emptyText));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            section.add(list);
        }
        return section;
    }

    public static ListItem item(String heading, String... lines) {
        ListItem item = new ListItem();
        Span head = new Span(heading);
        head.addClassName("entry-heading");
        item.add(head);
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                item.add(new Div(line));
            }
        }
        return item;
    }
}

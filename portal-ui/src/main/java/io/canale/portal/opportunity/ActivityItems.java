package io.canale.portal.opportunity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entries of an opportunity's activity list: when and by whom, what, and for tasks whether they are
 * due, overdue or done, with "mark done" for those who may complete them.
 */
final class ActivityItems {

    private ActivityItems() {
    }

    /** @param complete null when the reader may not complete tasks */
    static List<ListItem> of(List<Activity> activities, LocalDate today, Consumer<Activity> complete) {
        UI ui = UI.getCurrent();
        List<ListItem> items = new ArrayList<>();
        for (Activity activity : activities) {
            List<String> lines = new ArrayList<>(List.of(activity.subject()));
            if (activity.notes() != null && !activity.notes().isBlank()) {
                lines.add(activity.notes());
            }
            ListItem item = DetailSections.item(DateTimes.format(activity.at()) + " · " + activity.by() + " · "
                    + ui.getTranslation("activityType." + activity.type()), lines.toArray(String[]::new));
            item.setId("activity-" + activity.id());
            if (activity.type() == Activity.Type.TASK) {
                item.add(taskState(ui, activity, today));
                if (activity.openTask() && complete != null) {
                    item.add(completeButton(ui, activity, complete));
                }
            }
            items.add(item);
        }
        return items;
    }

    private static Span taskState(UI ui, Activity task, LocalDate today) {
        String due = OpportunityTexts.date(task.dueDate());
        Span state = new Span(task.done() ? ui.getTranslation("activity.done")
                : ui.getTranslation(task.overdue(today) ? "activity.overdue" : "activity.due", due));
        state.setId("activity-state-" + task.id());
        state.addClassName(task.overdue(today) ? "activity-overdue" : "activity-state");
        return state;
    }

    private static Button completeButton(UI ui, Activity task, Consumer<Activity> complete) {
        Button done = new Button(ui.getTranslation("activity.complete"), VaadinIcon.CHECK.create(),
                click -> complete.accept(task));
        done.setId("activity-complete-" + task.id());
        done.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return done;
    }
}

package io.canale.portal;

import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;

/**
 * A select above a list that narrows it to one value of an enum (a status, a type), or not at all: its first
 * choice, "all", is the value {@code null}. Each value's label is the message {@code <labelPrefix>.<VALUE>}, e.g.
 * {@code dealStatus.IN_REVIEW}; the "all" choice reads the message {@code allKey}. Listen to it like any select:
 * {@code filter.addValueChangeListener(change -> refreshGrid.run())}.
 *
 * @param <E> the enum of the values to filter by
 */
public class EnumFilter<E extends Enum<E>> extends Select<E> {

    /** Offers every value of the enum, in declaration order. */
    public EnumFilter(Class<E> type, String labelPrefix, String allKey) {
        this(Arrays.asList(type.getEnumConstants()), labelPrefix, allKey);
    }

    /** Offers the given values only, in the given order. */
    public EnumFilter(List<E> values, String labelPrefix, String allKey) {
        String all = getTranslation(allKey);
        setItems(values);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(all);
        setItemLabelGenerator(value -> value == null ? all : getTranslation(labelPrefix + "." + value.name()));
        addClassName("enum-filter");
    }
}

package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;

/**
 * Customer satisfaction with closed service cases, as far as the API lets the reader see it: the average score, the
 * number of answers and a bar per calendar month, in all (staff: every case; a dealer or supplier: its own cases) and,
 * when the figures are everybody's, per dealer and supplier in the API's order (the lowest average first). Without
 * answers it says so.
 */
@Route(value = "service-satisfaction", layout = MainLayout.class)
@Menu(title = "nav.serviceSatisfaction", order = 10.3, icon = "vaadin:smiley-o")
@RolesAllowed(Areas.SERVICE_SATISFACTION)
class ServiceSatisfactionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The period shown: the current calendar month and the five before it. */
    static final int MONTHS = 6;
    private static final double TOP_SCORE = 5;

    private final ServiceCaseApi api;

    ServiceSatisfactionView(ServiceCaseApi api) {
        this.api = api;
        addClassName("satisfaction-view");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.serviceSatisfaction");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        removeAll();
        ServiceSatisfaction.Figures figures = api.satisfaction(MONTHS);
        ServiceSatisfaction overall = figures.serviceSatisfaction();
        boolean everybody = overall.partnerId() == null;
        H3 heading = new H3(getTranslation(everybody ? "satisfaction.all" : "satisfaction.own"));
        Paragraph period = new Paragraph(getTranslation("satisfaction.period", overall.months()));
        period.addClassName("satisfaction-period");
        add(heading, period);
        if (overall.count() == 0) {
            Paragraph empty = new Paragraph(getTranslation("satisfaction.empty", overall.months()));
            empty.setId("satisfaction-empty");
            add(empty);
            return;
        }
        Div summary = figures("satisfaction-summary", null, overall.average(), overall.count(), overall.trend());
        add(summary);
        List<ServiceSatisfaction.OfPartner> partners = figures.serviceSatisfactionByPartner();
        if (everybody && !partners.isEmpty()) {
            add(new H3(getTranslation("satisfaction.byPartner")));
            Div list = new Div();
            list.setId("satisfaction-partners");
            list.addClassName("satisfaction-partners");
            partners.forEach(partner -> list.add(figures("satisfaction-partner-" + partner.partner().id(), partner.partner().name(),
                    partner.average(), partner.count(), partner.trend())));
            add(list);
        }
    }

    /** A block of figures: the name (for a partner), the average, the count and the monthly bars. */
    private Div figures(String id, String name, Double average, int count, List<ServiceSatisfaction.Month> trend) {
        Div figures = new Div();
        figures.setId(id);
        figures.addClassName("satisfaction-figures");
        Div numbers = new Div();
        numbers.addClassName("satisfaction-numbers");
        if (name != null) {
            Span partner = new Span(name);
            partner.addClassName("satisfaction-partner-name");
            numbers.add(partner);
        }
        Span score = new Span(average == null ? "–" : getTranslation("satisfaction.average", score(average)));
        score.addClassName("satisfaction-average");
        Span answers = new Span(getTranslation("satisfaction.count", count));
        answers.addClassName("satisfaction-count");
        numbers.add(score, answers);
        figures.add(numbers, trend(trend));
        return figures;
    }

    /** A bar per month, as high as its average score; a month without answers has none. Each bar says its figures. */
    private Component trend(List<ServiceSatisfaction.Month> months) {
        Div bars = new Div();
        bars.addClassName("satisfaction-trend");
        bars.getElement().setAttribute("role", "list");
        bars.getElement().setAttribute("aria-label", getTranslation("satisfaction.trend"));
        for (ServiceSatisfaction.Month month : months) {
            YearMonth yearMonth = YearMonth.parse(month.month());
            String monthName = yearMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + yearMonth.getYear();
            String text = month.average() == null ? getTranslation("satisfaction.month.none", monthName)
                    : getTranslation("satisfaction.month", monthName, score(month.average()), month.count());
            Div bar = new Div();
            bar.addClassName("satisfaction-bar");
            bar.getStyle().set("height", month.average() == null ? "0" : Math.round(month.average() / TOP_SCORE * 100) + "%");
            Div slot = new Div(bar);
            slot.addClassName("satisfaction-bar-slot");
            Span label = new Span(yearMonth.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
            label.addClassName("satisfaction-month");
            Div column = new Div(slot, label);
            column.addClassName("satisfaction-column");
            column.getElement().setAttribute("role", "listitem");
            column.getElement().setAttribute("title", text);
            column.getElement().setAttribute("aria-label", text);
            bars.add(column);
        }
        return bars;
    }

    private String score(double average) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(average);
    }
}

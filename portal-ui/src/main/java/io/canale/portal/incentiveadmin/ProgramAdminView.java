package io.canale.portal.incentiveadmin;

import io.canale.portal.incentive.IncentiveProgram;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.DatePickers;
import io.canale.portal.DateTimes;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Money;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.incentiveadmin.ProgramInputs.ClosePeriod;
import io.canale.portal.incentiveadmin.ProgramInputs.ProgramPayload;
import io.canale.portal.incentiveadmin.ProgramInputs.ReviseProgram;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One program for staff: its versions in words, a new version of the rules from a date (the newest rules to start
 * from), its periods with closing, the recompute check and payouts against closed ones, what it still owes and the
 * leaderboard of a period with a small chart (in a closed period each partner can be paid from its row). Each action
 * is offered as the program's {@code viewerCan} allows; the API's user errors land next to the fields.
 */
@Route(value = "incentives/admin/:" + ProgramAdminView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.INCENTIVE_ADMIN)
class ProgramAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "programId";

    private final IncentiveAdminApi api;
    private final Paging paging;
    private final RuleTexts texts = new RuleTexts((key, parameters) -> getTranslation(key, parameters), this::getLocale);
    private IncentiveProgram program;
    private String leaderboardPeriod;

    ProgramAdminView(IncentiveAdminApi api, Paging paging) {
        this.api = api;
        this.paging = paging;
        addClassName("program-admin-view");
    }

    @Override
    public String getPageTitle() {
        return program == null ? getTranslation("nav.incentiveAdmin") : program.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IncentiveProgram loaded = api.load(event.getRouteParameters().get(ID).orElse(""), null);
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    private void reload() {
        IncentiveProgram current = api.load(program.id(), leaderboardPeriod);
        if (current != null) {
            render(current);
        }
    }

    private void render(IncentiveProgram current) {
        program = current;
        removeAll();
        H2 title = new H2(program.name());
        title.setId("program-title");
        add(new RouterLink(getTranslation("incentiveAdmin.back"), ProgramsAdminView.class), title, summary(), versions());
        if (program.viewerCan().revise()) {
            add(newVersion());
        }
        add(periods(), leaderboard());
    }

    private Component summary() {
        Div summary = new Div(new Div(getTranslation("incentiveAdmin.runs", DateTimes.format(program.startDate()),
                DateTimes.format(program.endDate()), getTranslation("incentivePeriodLength." + program.accrualPeriod()))));
        summary.add(new Div(texts.eligibility(program.eligibility())));
        if (program.liability() != null) {
            Span liability = new Span(getTranslation("incentiveAdmin.liability", Amounts.format(program.liability(), getLocale())));
            liability.setId("program-liability");
            summary.add(new Div(liability));
        }
        return summary;
    }

    private Component versions() {
        Div versions = new Div(new H3(getTranslation("incentiveAdmin.versions")));
        versions.setId("program-versions");
        for (IncentiveProgram.Version version : program.versions()) {
            Div item = new Div(new Span(getTranslation("incentiveAdmin.version", version.number(), DateTimes.format(version.validFrom()))),
                    new Div(texts.rules(version.rules(), program.currency())));
            item.setId("program-version-" + version.number());
            item.addClassName("program-version");
            versions.add(item);
        }
        return versions;
    }

    /** A new version from a date, starting from the newest rules. */
    private Component newVersion() {
        DatePicker validFrom = DatePickers.localized(new DatePicker(getTranslation("incentiveAdmin.validFrom")));
        validFrom.setId("version-valid-from");
        RulesEditor rules = new RulesEditor();
        rules.show(program.latest() == null ? null : program.latest().rules());
        Button save = new Button(getTranslation("incentiveAdmin.saveVersion"), click -> {
            ProgramPayload payload = api.revise(new ReviseProgram(program.id(), program.version(), validFrom.getValue(), rules.input()));
            if (payload.succeeded()) {
                Notifications.success(getTranslation("incentiveAdmin.versionSaved", payload.incentiveProgram().latest().number()));
                render(payload.incentiveProgram());
            } else if (payload.versionConflict()) {
                Notifications.error(getTranslation("incentiveAdmin.conflict"));
                reload();
            } else {
                validFrom.setInvalid(false);
                UserErrorDisplay.showOrNotify(payload.userErrors(),
                        rules.bind(new FieldPaths<HasValidation>().bind("validFrom", validFrom), "rules"));
            }
        });
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div section = new Div(new H3(getTranslation("incentiveAdmin.newVersion")), validFrom, rules, save);
        section.setId("program-new-version");
        return section;
    }

    /**
     * The periods: ended open ones may be closed, closed ones show their total and take payouts; any may be checked
     * against a recompute from history.
     */
    private Component periods() {
        Div periods = new Div(new H3(getTranslation("incentiveAdmin.periods")));
        periods.setId("program-periods");
        LocalDate today = LocalDate.now(DateTimes.zone());
        for (IncentiveProgram.PeriodInfo period : program.periods()) {
            Div item = new Div();
            item.setId("program-period-" + period.key());
            item.addClassName("program-period");
            String status = getTranslation("incentivePeriodStatus." + period.status());
            item.add(new Span(period.key() + " · " + status + (period.total() == null ? ""
                    : " · " + Amounts.format(period.total(), getLocale()))));
            Div actions = new Div();
            actions.addClassName("program-period-actions");
            // Only ended periods can be closed; the API says so too, this only keeps the list short.
            if (program.viewerCan().closePeriod() && period.status() == IncentiveProgram.PeriodStatus.OPEN && period.endDate().isBefore(today)) {
                actions.add(periodAction("incentiveAdmin.closePeriod", "program-close-", period, () -> close(period)));
            }
            if (program.viewerCan().recordPayout() && period.status() == IncentiveProgram.PeriodStatus.CLOSED) {
                actions.add(periodAction("incentiveAdmin.payout.action", "program-pay-", period, () -> openPayout(period.key(), null, null)));
            }
            Div checked = new Div();
            checked.setId("program-check-result-" + period.key());
            checked.addClassName("program-check-result");
            // The check reads every order delivered up to the period's end: offered for periods that have started.
            if (program.viewerCan().check() && !period.startDate().isAfter(today)) {
                actions.add(periodAction("incentiveAdmin.check.action", "program-check-", period, () -> check(period, checked)));
            }
            item.add(actions, checked);
            periods.add(item);
        }
        return periods;
    }

    private Button periodAction(String labelKey, String idPrefix, IncentiveProgram.PeriodInfo period, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(idPrefix + period.key());
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /** Runs the recompute check and shows its outcome in words under the period. */
    private void check(IncentiveProgram.PeriodInfo period, Div shown) {
        CheckResult result = api.check(program.id(), period.key());
        CheckTexts words = new CheckTexts((key, parameters) -> getTranslation(key, parameters), getLocale());
        shown.removeAll();
        Span summary = new Span(words.summary(result));
        summary.setId("program-check-summary-" + period.key());
        summary.addClassName(result.matches() ? "check-matches" : "check-differs");
        shown.add(new Div(summary));
        for (String sentence : words.differences(result)) {
            Div difference = new Div(sentence);
            difference.addClassName("program-check-difference");
            shown.add(difference);
        }
        String snapshot = words.snapshot(result);
        if (snapshot != null) {
            Div hash = new Div(snapshot);
            hash.setId("program-check-snapshot-" + period.key());
            shown.add(hash);
        }
    }

    /** A payout against a closed period; the program is shown again once it is recorded (liability, leaderboard). */
    private void openPayout(String period, PartnerRef payee, Money owed) {
        new PayoutDialog(api, paging, program.id(), period, program.currency(), payee, owed, payout -> {
            Notifications.success(getTranslation("incentiveAdmin.payout.recorded", Amounts.format(payout.amount(), getLocale()),
                    payout.period(), payout.reference()));
            leaderboardPeriod = period;
            reload();
        }).open();
    }

    private void close(IncentiveProgram.PeriodInfo period) {
        ProgramPayload payload = api.close(new ClosePeriod(program.id(), program.version(), period.key()));
        if (payload.succeeded()) {
            Notifications.success(getTranslation("incentiveAdmin.closed", period.key()));
            render(payload.incentiveProgram());
        } else {
            UserErrorDisplay.notify(payload.userErrors());
            reload();
        }
    }

    /** The leaderboard of a period (the current one first) as a chart and a list. */
    private Component leaderboard() {
        Div section = new Div(new H3(getTranslation("incentiveAdmin.leaderboard")));
        section.setId("program-leaderboard");
        if (!program.viewerCan().check()) {
            return section;
        }
        Select<String> period = new Select<>();
        period.setId("leaderboard-period");
        period.setAriaLabel(getTranslation("incentiveAdmin.period"));
        period.setItems(program.periods().stream().map(IncentiveProgram.PeriodInfo::key).toList());
        String shown = program.leaderboard().isEmpty() ? leaderboardPeriod : program.leaderboard().getFirst().period();
        period.setValue(shown);
        period.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                leaderboardPeriod = change.getValue();
                reload();
            }
        });
        section.add(period);
        if (program.leaderboard().isEmpty()) {
            Span empty = new Span(getTranslation("incentiveAdmin.leaderboardEmpty"));
            empty.setId("leaderboard-empty");
            section.add(new Div(empty));
            return section;
        }
        List<LeaderboardChart.Bar> bars = program.leaderboard().stream().map(row -> new LeaderboardChart.Bar(row.partner().name(),
                Amounts.format(row.earned(), getLocale()), amount(row.earned()))).toList();
        Svg chart = new Svg(LeaderboardChart.render(getTranslation("incentiveAdmin.leaderboard"), bars));
        chart.setId("leaderboard-chart");
        chart.addClassName("leaderboard-chart-box");
        section.add(chart);
        boolean payable = program.viewerCan().recordPayout() && program.periods().stream()
                .anyMatch(info -> info.key().equals(shown) && info.status() == IncentiveProgram.PeriodStatus.CLOSED);
        for (IncentiveProgram.Earnings row : program.leaderboard()) {
            Div line = new Div(new Span(getTranslation("incentiveAdmin.leaderboardRow", row.partner().name(),
                    Amounts.format(row.earned(), getLocale()), Amounts.format(row.paid(), getLocale()), Amounts.format(row.balance(), getLocale()))));
            line.setId("leaderboard-row-" + row.partner().id());
            if (payable && amount(row.balance()).signum() > 0) {
                Button pay = new Button(getTranslation("incentiveAdmin.payout.action"),
                        click -> openPayout(row.period(), row.partner(), row.balance()));
                pay.setId("leaderboard-pay-" + row.partner().id());
                pay.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                line.add(pay);
            }
            section.add(line);
        }
        return section;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.value();
    }
}

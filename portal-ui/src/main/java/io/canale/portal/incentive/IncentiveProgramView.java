package io.canale.portal.incentive;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.DateTimes;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.PagedGrids;
import io.canale.portal.Profiles;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;
import io.canale.portal.incentive.IncentiveApi.StatementFormat;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One incentive program: its rules in words (who takes part, which products, what each rule pays, how returns count),
 * then a partner's standing in a period: earned, pending and paid, the tier progress bar with its sentence, the
 * statement downloads and the ledger entries with the order behind each amount. A dealer sees its own; staff pick the
 * dealer (the API answers another partner's figures to staff only). Everything shown is the API's numbers.
 */
@Route(value = "incentives/:" + IncentiveProgramView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.INCENTIVES)
@StyleSheet("styles/incentive.css")
class IncentiveProgramView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final IncentiveApi api;
    private final Paging paging;
    private final IncentiveTexts texts;
    private final Div standing = new Div();
    private IncentiveProgram program;
    private Partner dealer;
    private String period;

    IncentiveProgramView(IncentiveApi api, Paging paging) {
        this.api = api;
        this.paging = paging;
        this.texts = new IncentiveTexts(getLocale(), this::getTranslation);
        addClassName("incentive-program-view");
        standing.setId("incentive-standing");
        standing.addClassName("incentive-standing");
    }

    static RouteParameters parameters(String programId) {
        return new RouteParameters(ID, programId);
    }

    @Override
    public String getPageTitle() {
        return program == null ? getTranslation("nav.incentives") : program.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        IncentiveProgram loaded = api.program(event.getRouteParameters().get(ID).orElse(""), null, null);
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        program = loaded;
        period = loaded.tierProgress() != null ? loaded.tierProgress().period() : currentPeriod(loaded);
        removeAll();
        H2 title = new H2(loaded.name());
        title.setId("incentive-title");
        add(new RouterLink(getTranslation("incentive.back"), IncentivesView.class), title, rules(), standing);
        showStanding();
    }

    // ---- the rules ------------------------------------------------------------------------------------------------

    private Component rules() {
        Div section = new Div();
        section.setId("incentive-rules");
        section.addClassName("incentive-rules");
        section.add(new H3(getTranslation("incentive.rules")));
        IncentiveProgram.Version version = program.versionOn(LocalDate.now(DateTimes.zone()));
        Div profile = Profiles.block();
        profile.add(Profiles.entry(getTranslation("incentive.runsLabel"), texts.runs(program), "incentive-runs"),
                Profiles.entry(getTranslation("incentive.eligibility"), texts.eligibility(program.eligibility()), "incentive-eligibility"));
        if (version != null) {
            profile.add(Profiles.entry(getTranslation("incentive.products"), texts.products(version.rules()), "incentive-products"));
        }
        section.add(profile);
        if (version == null) {
            return section;
        }
        if (program.versions().size() > 1) {
            Paragraph versions = new Paragraph(getTranslation("incentive.version", version.number(), texts.day(version.validFrom())) + " "
                    + getTranslation("incentive.versions.earlier"));
            versions.setId("incentive-version");
            section.add(versions);
        }
        UnorderedList sentences = new UnorderedList();
        sentences.setId("incentive-rule-list");
        texts.rules(program, version).forEach(sentence -> sentences.add(new ListItem(sentence)));
        section.add(sentences);
        return section;
    }

    // ---- a partner's standing ---------------------------------------------------------------------------------------

    private void showStanding() {
        standing.removeAll();
        standing.add(new H3(getTranslation(program.viewerCan() != null && program.viewerCan().check() ? "incentive.earnings.staff"
                : "incentive.earnings")));
        if (program.viewerCan() != null && program.viewerCan().check()) {
            standing.add(dealerPicker());
        }
        if (program.earnings() == null) {
            Span pick = new Span(getTranslation("incentive.partner.pick"));
            pick.setId("incentive-pick-dealer");
            standing.add(pick);
            return;
        }
        standing.add(periodSelect(), figures(), progress(), downloads(), entries());
    }

    private Component dealerPicker() {
        ComboBox<Partner> picker = new ComboBox<>(getTranslation("incentive.partner"));
        picker.setId("incentive-dealer");
        picker.setItemLabelGenerator(Partner::name);
        PagedComboBoxes.bind(picker, paging, (text, first, after) -> api.dealers(first, after, text));
        if (dealer != null) {
            picker.setValue(dealer);
        }
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                dealer = change.getValue();
                reload();
            }
        });
        return picker;
    }

    private Component periodSelect() {
        Select<IncentiveProgram.PeriodInfo> select = new Select<>();
        select.setId("incentive-period");
        select.setLabel(getTranslation("incentive.periodSelect"));
        select.setItems(program.periods());
        select.setItemLabelGenerator(texts::period);
        program.periods().stream().filter(p -> p.key().equals(period)).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                period = change.getValue().key();
                reload();
            }
        });
        return select;
    }

    /** Earned, pending, paid and the balance of the period chosen. */
    private Component figures() {
        Div profile = Profiles.block();
        profile.setId("incentive-figures");
        program.earnings().stream().filter(e -> e.period().equals(period)).findFirst().ifPresent(earnings -> profile.add(
                Profiles.entry(getTranslation("incentive.earned"), texts.money(earnings.earned()), "incentive-earned"),
                Profiles.entry(getTranslation("incentive.pending"), texts.money(earnings.pending()), "incentive-pending"),
                Profiles.entry(getTranslation("incentive.paid"), texts.money(earnings.paid()), "incentive-paid"),
                Profiles.entry(getTranslation("incentive.balance"), texts.money(earnings.balance()), "incentive-balance")));
        return profile;
    }

    /** The bar from the tier reached towards the next, and the API's numbers in a sentence. */
    private Component progress() {
        Div section = new Div();
        section.setId("incentive-progress");
        section.addClassName("incentive-progress");
        IncentiveProgram.TierProgress progress = program.tierProgress();
        if (progress == null) {
            Span none = new Span(getTranslation("incentive.noTiers"));
            none.setId("incentive-no-tiers");
            section.add(none);
            return section;
        }
        Span now = new Span(progress.tier() == 0 ? getTranslation("incentive.progress.noTier")
                : getTranslation("incentive.progress.tierNow", progress.tier(), texts.percent(progress.ratePercent())));
        now.setId("incentive-tier-now");
        ProgressBar bar = new ProgressBar(0, 100, progress.towardsNextPercent() == null ? 0 : progress.towardsNextPercent().doubleValue());
        bar.setId("incentive-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("incentive.tierProgress"));
        Span reached = new Span(texts.reached(progress, program.currency()));
        reached.setId("incentive-reached");
        Paragraph sentence = new Paragraph(texts.progress(progress, program.accrualPeriod(), program.currency()));
        sentence.setId("incentive-progress-text");
        sentence.addClassName("incentive-progress-text");
        section.add(new Div(now), bar, new Div(reached), sentence);
        return section;
    }

    private Component downloads() {
        Div links = new Div();
        links.addClassName("incentive-downloads");
        links.add(download(StatementFormat.PDF, "incentive.statement.pdf", VaadinIcon.FILE_TEXT_O),
                download(StatementFormat.CSV, "incentive.statement.csv", VaadinIcon.FILE_TABLE));
        return links;
    }

    /** Fetched from the backend through the portal with the user's token, in the reader's language and formats. */
    private Component download(StatementFormat format, String labelKey, VaadinIcon icon) {
        Locale locale = getLocale();
        String programId = program.id();
        String periodKey = period;
        String partnerId = dealer == null ? null : dealer.id();
        String fileName = getTranslation("incentive.statement.file", periodKey, format.extension());
        Anchor download = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType(format.type.toString());
            api.copyStatement(programId, periodKey, partnerId, format, locale, event.getOutputStream());
        }, "");
        download.add(new Icon(icon), new Span(getTranslation(labelKey)));
        download.setId("incentive-statement-" + format.extension());
        download.addClassName("incentive-download");
        return download;
    }

    /** The entries of the period, newest first, each with the order behind it. */
    private Component entries() {
        Grid<IncentiveEntry> grid = new Grid<>();
        grid.setId("incentive-entry-grid");
        grid.addClassName("incentive-entry-grid");
        grid.addComponentColumn(this::entry).setHeader(getTranslation("incentive.entries"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("incentive.entries.empty"));
        String programId = program.id();
        String partnerId = dealer == null ? null : dealer.id();
        String periodKey = period;
        PagedGrids.bind(grid, paging.pager((first, after) -> api.entries(programId, partnerId, periodKey, first, after)), IncentiveEntry::id);
        return grid;
    }

    private Component entry(IncentiveEntry entry) {
        Div card = new Div();
        card.setId("incentive-entry-" + entry.id().replaceAll("[^A-Za-z0-9_-]", "_"));
        card.addClassName("incentive-entry");
        card.add(new Div(new Span(String.join(" · ", DateTimes.format(entry.at()),
                getTranslation("incentive.component." + entry.component()), getTranslation("incentive.kind." + entry.kind())))));
        if (entry.orderId() != null) {
            String label = getTranslation("incentive.entry.order", Objects.requireNonNullElse(entry.orderNumber(), entry.orderId()),
                    entry.line() == null ? "" : entry.line());
            Anchor order = new Anchor("orders/" + entry.orderId(), label);
            order.setId("incentive-entry-order-" + entry.orderId() + "-" + entry.line() + "-" + entry.component());
            order.addClassName("incentive-entry-order");
            card.add(new Div(order));
        } else {
            card.add(new Div(new Span(getTranslation("incentive.entry.growth"))));
        }
        Span amount = new Span(getTranslation("incentive.entry.calculation", texts.basis(entry), texts.rate(entry), texts.money(entry.amount())));
        amount.addClassName("incentive-entry-amount");
        card.add(new Div(amount));
        return card;
    }

    private void reload() {
        IncentiveProgram loaded = api.program(program.id(), dealer == null ? null : dealer.id(), period);
        if (loaded != null) {
            program = loaded;
            if (program.tierProgress() != null && period == null) {
                period = program.tierProgress().period();
            }
        }
        showStanding();
    }

    /** The period holding today, or the program's first or last when today is outside it. */
    private static String currentPeriod(IncentiveProgram program) {
        LocalDate today = LocalDate.now(DateTimes.zone());
        return program.periods().stream().filter(p -> !p.startDate().isAfter(today) && !p.endDate().isBefore(today)).findFirst()
                .or(() -> program.periods().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(
                        today.isBefore(program.startDate()) ? program.periods().getFirst() : program.periods().getLast()))
                .map(IncentiveProgram.PeriodInfo::key).orElse(null);
    }
}

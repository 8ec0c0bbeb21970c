package org.tactician.generators.content;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.tactician.charts.PlanChart;
import org.tactician.charts.PlanCharts;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.document.ValidationSummary;
import org.tactician.generators.figures.JourneyLayout;
import org.tactician.generators.figures.PlanFigures;
import org.tactician.generators.internal.Profitability;
import org.tactician.generators.theme.DocumentTheme;
import org.tactician.i18n.FindingText;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.validation.PlanValidation;

/**
 * Everything a generation run computes about a plan, once: its validation, the budget engine's
 * matrix, the conversion forecast after margin, the profitability, the schedule of its calendars,
 * its charts, its words and formats, and the firm's theme. Every artifact of the run — documents,
 * calendars, workbook, CSV — is made from the same analysis, so their numbers cannot drift apart.
 * Immutable once built (its figures are made on first use); the plan must not change while a run
 * uses it.
 */
public final class PlanAnalysis {

    private final MarketingPlan plan;
    private final Diagnostic diagnostic;
    private final ValidationSummary validation;
    private final BudgetMatrix budget;
    private final Forecast forecast;
    private final Profitability profitability;
    private final PlanSchedule schedule;
    private final PlanTerms terms;
    private final PlanFormat format;
    private final DocumentTheme theme;
    private final List<PlanChart> charts;
    private PlanFigures figures;

    private PlanAnalysis(MarketingPlan plan, Diagnostic diagnostic, DocumentTheme theme) {
        this.plan = Objects.requireNonNull(plan);
        this.diagnostic = Objects.requireNonNull(diagnostic);
        this.terms = PlanTerms.of(plan);
        this.validation = ValidationSummary.of(diagnostic, new FindingText(terms));
        this.budget = BudgetEngine.expand(plan);
        this.forecast = ConversionModel.forecast(plan, budget);
        this.profitability = Profitability.of(plan, forecast);
        this.schedule = PlanSchedule.of(plan, terms);
        this.format = new PlanFormat(terms);
        this.theme = Objects.requireNonNull(theme);
        this.charts = new PlanCharts(format).all(plan, budget, forecast);
    }

    /** Validates {@code plan} and analyses it, with the theme found beside it. */
    public static PlanAnalysis of(MarketingPlan plan) {
        return of(plan, PlanValidation.validate(plan));
    }

    /** Analyses {@code plan}, already validated into {@code diagnostic}, with the theme found beside it. */
    public static PlanAnalysis of(MarketingPlan plan, Diagnostic diagnostic) {
        return new PlanAnalysis(plan, diagnostic, DocumentTheme.forPlan(plan));
    }

    /** Analyses {@code plan}, already validated, with {@code theme}. */
    public static PlanAnalysis of(MarketingPlan plan, Diagnostic diagnostic, DocumentTheme theme) {
        return new PlanAnalysis(plan, diagnostic, theme);
    }

    /** The plan. */
    public MarketingPlan plan() {
        return plan;
    }

    /** The validation result (Tactician's rules under the plan's lint profile and EMF's checks). */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The findings, as the validation appendix shows them. */
    public ValidationSummary validation() {
        return validation;
    }

    /** The budget engine's matrix. */
    public BudgetMatrix budget() {
        return budget;
    }

    /** The conversion forecast after margin. */
    public Forecast forecast() {
        return forecast;
    }

    /** The profitability the documents show. */
    public Profitability profitability() {
        return profitability;
    }

    /** Every dated item of the plan's calendars. */
    public PlanSchedule schedule() {
        return schedule;
    }

    /** The plan's words. */
    public PlanTerms terms() {
        return terms;
    }

    /** The plan's formats. */
    public PlanFormat format() {
        return format;
    }

    /** The firm's theme. */
    public DocumentTheme theme() {
        return theme;
    }

    /** The plan's charts (see {@link PlanCharts#all}). */
    public List<PlanChart> charts() {
        return charts;
    }

    /**
     * The plan's figures, its journeys on the layout stored beside the plan (ELK's with the
     * consultant's pins): each made on first use, then shared by every artifact of the run. Each
     * journey is laid out once, and its drawing kept only as long as this analysis.
     */
    public synchronized PlanFigures figures() {
        if (figures == null) {
            figures = new PlanFigures(plan, terms, theme.primary(), JourneyLayout.forPlan(plan));
        }
        return figures;
    }

    /** The chart {@code id} of {@link PlanCharts}. */
    public PlanChart chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart " + id));
    }
}

package org.tactician.ui.internal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.charts.PlanChart;
import org.tactician.charts.PlanCharts;
import org.tactician.editing.Finding;
import org.tactician.editing.PlanCommands;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.BudgetLine;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.validation.Severity;

/**
 * The Plan Dashboard on the furniture sample: its figures are the plan's own (summed here from
 * the plan's budget lines, monthly objectives and the session's findings, not taken from the
 * dashboard), it follows edits, and its charts export as real PNG and SVG files.
 */
class PlanDashboardViewTest {

    private PlanEditor editor;
    private PlanDashboardView view;
    private MarketingPlan plan;

    @BeforeEach
    void openTheSample() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "dashboard", "dashboard.mplan");
        editor = UiTests.open(file);
        plan = editor.session().plan();
        IWorkbenchPage page = UiTests.page();
        view = (PlanDashboardView) page.showView(PlanDashboardView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTests.settle();
    }

    @AfterEach
    void close() {
        IWorkbenchPage page = UiTests.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        page.closeAllEditors(false);
        UiTests.settle();
    }

    private BigDecimal budgetLinesTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLine line : plan.getAction().getBudget().getLines()) {
            sum = sum.add(line.getAmount().amount());
        }
        return sum;
    }

    @Test
    void theDashboardShowsTheSamplesBudgetTargetsCoverageAndFindings() {
        DashboardFigures figures = view.figures();
        assertNotNull(figures, "the dashboard follows the open plan");
        assertEquals(editor.session(), view.session());

        BigDecimal lines = budgetLinesTotal();
        assertTrue(lines.signum() > 0);
        PlanChart budget = figures.chart(PlanCharts.BUDGET_BY_MONTH);
        BigDecimal stacked = BigDecimal.ZERO;
        for (int i = 0; i < budget.categories().size(); i++) {
            stacked = stacked.add(budget.barTotal(i));
        }
        assertEquals(0, lines.compareTo(stacked), "the stacked months add up to the plan's budget lines");
        assertEquals(12, budget.categories().size(), "a bar per plan month");
        PlanChart allocation = figures.chart(PlanCharts.PLANNED_VS_ALLOCATED);
        assertEquals(0, lines.compareTo(allocation.total(PlanCharts.PLANNED)), "planned is what the lines plan");

        SmartObjective revenue = plan.getOpportunity().getObjectives().stream()
                .filter(o -> o.isSetForecastMeasure() && o.getForecastMeasure() == ForecastMeasure.REVENUE).findFirst()
                .orElseThrow();
        Map<YearMonth, BigDecimal> targets = new TreeMap<>();
        for (MonthlyObjective month : plan.getOperations().getMonthlyObjectives()) {
            if (month.getQuarterlyObjective() != null && month.getQuarterlyObjective().getAnnualObjective() == revenue) {
                targets.merge(month.getMonth(), month.getTarget(), BigDecimal::add);
            }
        }
        assertTrue(!targets.isEmpty(), "the sample has monthly revenue targets");
        PlanChart forecast = figures.chart(PlanCharts.FORECAST_VS_TARGETS);
        List<BigDecimal> shownTargets = forecast.series(PlanCharts.REVENUE_TARGET).orElseThrow().values();
        YearMonth first = YearMonth.from(plan.getStart());
        targets.forEach((month, target) -> assertEquals(0,
                target.compareTo(shownTargets.get((int) first.until(month, java.time.temporal.ChronoUnit.MONTHS))),
                "the revenue target of " + month));

        long objectives = plan.getOpportunity().getObjectives().stream().filter(SmartObjective::isSetRaceStage).count();
        assertEquals(objectives, figures.chart(PlanCharts.RACE_COVERAGE).total(PlanCharts.OBJECTIVES).longValueExact());

        List<Finding> findings = editor.session().findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        PlanChart findingsChart = figures.chart(DashboardFigures.FINDINGS);
        assertEquals(errors, findingsChart.total("error").longValueExact());
        assertEquals(warnings, findingsChart.total("warning").longValueExact());
        assertEquals(infos, findingsChart.total("info").longValueExact());
        assertEquals("Findings: " + errors + " errors, " + warnings + " warnings, " + infos + " remarks",
                view.findingsLine());

        PlanFormat format = new PlanFormat(PlanTerms.of(plan));
        assertTrue(view.headline().startsWith("Budget " + format.wholeMoney(lines, plan.getCurrency())),
                view.headline());
        UiTests.screenshot("dashboard-furniture");
    }

    @Test
    void editingABudgetLineRedrawsTheDashboard() {
        BigDecimal before = budgetLinesTotal();
        BudgetLine line = plan.getAction().getBudget().getLines().get(0);
        Money amount = line.getAmount();
        BigDecimal raise = new BigDecimal("1000");
        assertTrue(editor.session().execute(PlanCommands.set(editor.session().editingDomain(), line,
                TacticianPackage.Literals.BUDGET_LINE__AMOUNT, new Money(amount.amount().add(raise), amount.currency()))));
        assertTrue(UiTests.waitUntil(() -> view.figures().chart(PlanCharts.PLANNED_VS_ALLOCATED)
                .total(PlanCharts.PLANNED).compareTo(before.add(raise)) == 0, 5000), "the dashboard follows the edit");
        editor.session().commandStack().undo();
        assertTrue(UiTests.waitUntil(() -> view.figures().chart(PlanCharts.PLANNED_VS_ALLOCATED)
                .total(PlanCharts.PLANNED).compareTo(before) == 0, 5000), "and the undo");
    }

    @Test
    void everyChartExportsAsPngAndSvg(@TempDir Path folder) throws Exception {
        List<Path> written = view.exportAll(view.figures(), folder);
        assertEquals(10, written.size(), "five charts, two files each");
        for (Path file : written) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.toString().endsWith(".png")) {
                ImageData[] images = new ImageLoader().load(new ByteArrayInputStream(bytes));
                assertEquals(1, images.length);
                assertTrue(images[0].width >= 800 && images[0].height >= 400, file + " is a real picture");
            } else {
                var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(bytes));
                assertEquals("svg", document.getDocumentElement().getLocalName() == null
                        ? document.getDocumentElement().getNodeName() : document.getDocumentElement().getLocalName());
                assertTrue(document.getElementsByTagName("text").getLength() > 0, file + " has text");
            }
        }
        try (var listing = Files.list(folder)) {
            assertEquals(10, listing.count(), "no temporary file left behind");
        }
    }
}

package org.tactician.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastScope;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.BudgetCategory;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.w3c.dom.Document;

/**
 * The charts of the samples against the engines' own figures (the expected values are the budget
 * engine's and the forecast's, summed here independently of the chart code), drawn as SVG and
 * PNG; the PNGs go to {@code target/rendered/} to be looked at.
 */
class PlanChartsTest {

    @TempDir
    Path temp;

    private MarketingPlan load(SamplePlans sample) throws Exception {
        Path file = temp.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return PlanFiles.load(file);
    }

    private static PlanCharts charts(MarketingPlan plan) {
        return new PlanCharts(new PlanFormat(PlanTerms.of(plan)));
    }

    @Test
    void theBudgetChartStacksTheEnginesMonthByCategoryMatrix() throws Exception {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        BudgetMatrix budget = BudgetEngine.expand(plan);
        PlanChart chart = charts(plan).budgetByMonth(budget);
        assertEquals(budget.calendar().months().size(), chart.categories().size());
        assertEquals("Jan 2027", chart.categories().get(0));
        BigDecimal stacked = BigDecimal.ZERO;
        for (int i = 0; i < chart.categories().size(); i++) {
            YearMonth month = budget.calendar().months().get(i);
            assertEquals(0, budget.byMonth().get(month).compareTo(chart.barTotal(i)), "the bar of " + month);
            stacked = stacked.add(chart.barTotal(i));
        }
        assertEquals(0, budget.total().compareTo(stacked), "the bars add up to the budget total");
        for (BudgetCategory category : BudgetCategory.VALUES) {
            BigDecimal expected = budget.byCategory().get(category);
            assertEquals(0, expected.compareTo(chart.total(category.getName())), category.getName());
        }
        assertTrue(chart.series(BudgetCategory.MEDIA.getName()).isPresent());
        assertEquals("Media", chart.series(BudgetCategory.MEDIA.getName()).get().name());
    }

    @Test
    void theForecastChartComparesRevenueInTheObjectivesScopeWithItsMonthlyTargets() throws Exception {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        Forecast forecast = ConversionModel.forecast(plan);
        PlanChart chart = charts(plan).forecastVsTargets(plan, forecast);
        SmartObjective revenue = plan.getOpportunity().getObjectives().stream()
                .filter(o -> o.isSetForecastMeasure() && o.getForecastMeasure() == ForecastMeasure.REVENUE).findFirst().orElseThrow();
        YearMonth first = forecast.calendar().first();
        YearMonth last = forecast.calendar().last();
        BigDecimal inScope = forecast.figures(ForecastScope.of(revenue), first, last).revenue();
        assertEquals(0, inScope.compareTo(chart.total(PlanCharts.REVENUE)), "forecast revenue in the objective's scope");
        assertEquals(0, forecast.total().contribution().compareTo(chart.total(PlanCharts.CONTRIBUTION)), "contribution");
        BigDecimal targets = BigDecimal.ZERO;
        for (MonthlyObjective month : plan.getOperations().getMonthlyObjectives()) {
            if (month.getQuarterlyObjective() != null && month.getQuarterlyObjective().getAnnualObjective() == revenue) {
                targets = targets.add(month.getTarget());
            }
        }
        assertTrue(targets.signum() > 0, "the sample has monthly revenue targets");
        assertEquals(0, targets.compareTo(chart.total(PlanCharts.REVENUE_TARGET)), "the monthly revenue targets");
    }

    @Test
    void plannedVsAllocatedAndRaceCoverageCountWhatThePlanHas() throws Exception {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        BudgetMatrix budget = BudgetEngine.expand(plan);
        PlanChart allocation = charts(plan).plannedVsAllocated(budget);
        assertEquals(0, budget.planned().compareTo(allocation.total(PlanCharts.PLANNED)));
        assertEquals(0, budget.allocated().compareTo(allocation.total(PlanCharts.ALLOCATED)));
        PlanChart race = charts(plan).raceCoverage(plan);
        assertEquals(RaceStage.VALUES.size(), race.categories().size());
        long objectives = plan.getOpportunity().getObjectives().stream().filter(SmartObjective::isSetRaceStage).count();
        assertEquals(objectives, race.total(PlanCharts.OBJECTIVES).longValueExact());
        long kpis = plan.getAction().getDashboard().getKpis().size();
        assertEquals(kpis, race.total(PlanCharts.KPIS).longValueExact());
    }

    @Test
    void anArabicPlansChartsAreInArabicAndMirrored() throws Exception {
        MarketingPlan plan = load(SamplePlans.ARABIC);
        List<PlanChart> all = charts(plan).all(plan, BudgetEngine.expand(plan), ConversionModel.forecast(plan));
        assertEquals(4, all.size());
        for (PlanChart chart : all) {
            assertTrue(chart.rightToLeft(), chart.id());
            assertTrue(chart.title().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                    chart.title());
        }
        assertEquals("الوصول", all.get(3).categories().get(1));
    }

    @Test
    void svgIsWellFormedWithItsTextAndPngIsAPicture() throws Exception {
        Path rendered = Path.of("target", "rendered").toAbsolutePath();
        Files.createDirectories(rendered);
        ChartRenderer renderer = new ChartRenderer();
        for (SamplePlans sample : List.of(SamplePlans.FURNITURE_RETAILER, SamplePlans.ARABIC)) {
            MarketingPlan plan = load(sample);
            for (PlanChart chart : charts(plan).all(plan, BudgetEngine.expand(plan), ConversionModel.forecast(plan))) {
                String svg = renderer.svg(chart, 640, 320);
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                assertEquals("svg", document.getDocumentElement().getLocalName());
                assertEquals(chart.id(), document.getDocumentElement().getAttribute("data-chart"));
                String text = document.getDocumentElement().getTextContent();
                assertTrue(text.contains(chart.title()), "the title is SVG text: " + chart.title());
                assertTrue(text.contains(chart.series().get(0).name()), "the legend names the first series");
                byte[] png = renderer.png(chart, 640, 320, 2);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(1280, image.getWidth());
                assertEquals(640, image.getHeight());
                assertTrue(colouredPixels(image) > 2000, chart.id() + " draws coloured bars");
                String name = sample.fileName().replace(".mplan", "") + "-" + chart.id();
                Files.write(rendered.resolve(name + ".png"), png);
                Files.writeString(rendered.resolve(name + ".svg"), svg);
            }
        }
    }

    /** Pixels that are neither white nor grey: bars, lines and markers. */
    private static int colouredPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aRendererKeepingSvgsDrawsAnEqualChartOnceAndAnotherAnew() throws Exception {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        ChartRenderer keeping = ChartRenderer.keepingSvgs(ChartStyle.STANDARD, 2);
        PlanChart first = charts(plan).budgetByMonth(BudgetEngine.expand(plan));
        String drawn = keeping.svg(first, 640, 320);
        assertEquals(new ChartRenderer().svg(first, 640, 320), drawn, "the same SVG as a renderer keeping none");
        PlanChart again = charts(plan).budgetByMonth(BudgetEngine.expand(plan));
        assertTrue(again != first && again.equals(first), "an equal chart, built anew");
        assertSame(drawn, keeping.svg(again, 640, 320), "an equal chart of the same size is not drawn again");
        assertNotSame(drawn, keeping.svg(again, 600, 180), "another size is drawn");

        MarketingPlan other = load(SamplePlans.STARTER);
        PlanChart changed = charts(other).budgetByMonth(BudgetEngine.expand(other));
        assertNotEquals(first, changed);
        assertNotEquals(drawn, keeping.svg(changed, 640, 320), "another chart is drawn");
        assertNotSame(drawn, keeping.svg(first, 640, 320), "only the last two SVGs are kept");
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.keepingSvgs(ChartStyle.STANDARD, 0));
    }

    @Test
    void anEmptyPlanGivesEmptyChartsThatStillDraw() {
        MarketingPlan plan = org.tactician.model.TacticianFactory.eINSTANCE.createMarketingPlan();
        PlanChart chart = charts(plan).budgetByMonth(BudgetEngine.expand(plan));
        assertTrue(chart.isEmpty());
        assertFalse(new ChartRenderer().svg(chart, 300, 200).isEmpty());
    }
}

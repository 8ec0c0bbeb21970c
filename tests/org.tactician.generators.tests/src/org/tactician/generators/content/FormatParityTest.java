package org.tactician.generators.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.charts.PlanChart;
import org.tactician.charts.PlanCharts;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The formats show one content: every table of the content model, header and cell by cell, is in
 * plan.html and plan.docx in the same order; every total row's figures are in plan.pdf's text;
 * the charts' totals are the engines'.
 */
class FormatParityTest {

    @TempDir
    Path temp;

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\u200B\u2066-\u2069\u200E\u200F]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<List<String>> rows(List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers.stream().map(FormatParityTest::plain).toList());
        rows.forEach(row -> all.add(row.stream().map(FormatParityTest::plain).toList()));
        return all;
    }

    @Test
    void htmlWordAndPdfShowTheSameTablesAndTotals() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        Path out = temp.resolve("out");
        new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.HTML, ArtifactFormat.PDF, ArtifactFormat.DOCX), false, GenerationProgress.NONE);
        PlanAnalysis analysis = PlanAnalysis.of(plan);
        DocumentContent content = PlanContent.full(analysis);
        List<Block.Table> tables = content.tables();
        assertTrue(tables.size() > 20, tables.size() + " tables");

        // HTML: the content's tables are the document's tables of the same kind (the figures' tables aside).
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        org.w3c.dom.Document html = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("plan.html"))));
        NodeList all = html.getElementsByTagName("table");
        List<List<List<String>>> htmlTables = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element table = (Element) all.item(i);
            String kind = table.getAttribute("class").split(" ")[0];
            if (tables.stream().noneMatch(t -> t.kind().equals(kind))) {
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            NodeList trs = table.getElementsByTagName("tr");
            for (int r = 0; r < trs.getLength(); r++) {
                List<String> row = new ArrayList<>();
                NodeList tds = ((Element) trs.item(r)).getChildNodes();
                for (int c = 0; c < tds.getLength(); c++) {
                    if (tds.item(c) instanceof Element cell) {
                        row.add(plain(cell.getTextContent()));
                    }
                }
                cells.add(row);
            }
            htmlTables.add(cells);
        }

        // Word: its tables in order (the figures are pictures there).
        List<List<List<String>>> wordTables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("plan.docx")); XWPFDocument word = new XWPFDocument(in)) {
            for (XWPFTable table : word.getTables()) {
                List<List<String>> cells = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    cells.add(row.getTableCells().stream().map(XWPFTableCell::getText).map(FormatParityTest::plain).toList());
                }
                wordTables.add(cells);
            }
        }
        assertEquals(tables.size(), htmlTables.size(), "HTML tables");
        assertEquals(tables.size(), wordTables.size(), "Word tables");
        for (int i = 0; i < tables.size(); i++) {
            List<List<String>> expected = rows(tables.get(i).headers(), tables.get(i).rows());
            assertEquals(expected, htmlTables.get(i), "HTML table " + i + " (" + tables.get(i).kind() + ")");
            assertEquals(expected, wordTables.get(i), "Word table " + i + " (" + tables.get(i).kind() + ")");
        }

        // PDF: every total row's figures, as the content formatted them.
        String pdf = plain(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("plan.pdf").toString(), "-")));
        int totals = 0;
        for (Block.Table table : tables) {
            if (table.totalRow()) {
                List<String> total = table.rows().get(table.rows().size() - 1);
                for (String cell : total) {
                    assertTrue(pdf.contains(plain(cell)), table.kind() + " total '" + cell + "' in plan.pdf");
                }
                totals++;
            }
        }
        assertTrue(totals >= 4, totals + " total rows");

        // Charts: present, and adding up to the engines' totals.
        List<String> ids = content.charts().stream().map(c -> c.chart().id()).toList();
        assertTrue(ids.containsAll(List.of(PlanCharts.BUDGET_BY_MONTH, PlanCharts.FORECAST_VS_TARGETS, PlanCharts.PLANNED_VS_ALLOCATED,
                PlanCharts.RACE_COVERAGE)), ids.toString());
        PlanChart budget = analysis.chart(PlanCharts.BUDGET_BY_MONTH);
        BigDecimal stacked = budget.series().stream().map(PlanChart.Series::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, analysis.budget().total().compareTo(stacked), "budget chart " + stacked + " vs " + analysis.budget().total());
        PlanChart forecast = analysis.chart(PlanCharts.FORECAST_VS_TARGETS);
        // Revenue in the scope of the plan's revenue objective (the online total for the sample), which its targets measure.
        org.tactician.model.SmartObjective revenueObjective = plan.getOpportunity().getObjectives().stream()
                .filter(o -> o.isSetForecastMeasure() && o.getForecastMeasure() == org.tactician.model.ForecastMeasure.REVENUE)
                .findFirst().orElseThrow();
        BigDecimal scoped = analysis.forecast().months(org.tactician.forecast.conversion.ForecastScope.of(revenueObjective)).stream()
                .filter(m -> analysis.forecast().calendar().months().contains(m.month()))
                .map(m -> m.figures().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, scoped.compareTo(forecast.total(PlanCharts.REVENUE)), "forecast revenue " + scoped + " vs "
                + forecast.total(PlanCharts.REVENUE));
        assertEquals(0, analysis.forecast().total().contribution().compareTo(forecast.total(PlanCharts.CONTRIBUTION)),
                "forecast contribution");
        PlanChart allocation = analysis.chart(PlanCharts.PLANNED_VS_ALLOCATED);
        assertEquals(0, analysis.budget().planned().compareTo(allocation.total(PlanCharts.PLANNED)), "planned");
        assertEquals(0, analysis.budget().allocated().compareTo(allocation.total(PlanCharts.ALLOCATED)), "allocated");
        assertTrue(new String(Files.readAllBytes(out.resolve("plan.html")), StandardCharsets.UTF_8).contains("<svg"),
                "charts are SVG in the HTML");
    }
}

package org.tactician.generators.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;

/** The executive summary of the full sample: two or three A4 pages with the plan's key numbers. */
class ExecutiveSummaryTest {

    @TempDir
    Path temp;

    @Test
    void theFurnitureSummaryFitsTwoOrThreePagesWithTheEngineTotals() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        // A folder of this run only: what is in it was written by this generation.
        Path out = temp.resolve("summary");
        List<GeneratedArtifact> written = new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.PDF), true, GenerationProgress.NONE);
        Path pdf = out.resolve("plan-summary.pdf");
        assertEquals(List.of(pdf), written.stream().map(GeneratedArtifact::file).toList(), "the summary alone");
        assertFalse(Files.exists(out.resolve("calendar.pdf")), "no wall calendar with the summary");
        // Kept for looking at (also when a check below fails): target/rendered/summary.
        Files.copy(pdf, Files.createDirectories(Path.of("target", "rendered", "summary").toAbsolutePath()).resolve("plan-summary-checked.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(ExternalTool.run(List.of("pdfinfo", pdf.toString())));
        assertTrue(pages.find());
        int count = Integer.parseInt(pages.group(1));
        assertTrue(count >= 2 && count <= 3, "the summary has " + count + " pages");
        String text = ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).replaceAll("[\u2066-\u2069]", "");
        for (String heading : List.of("Key issues and strategies", "SMART objectives by RACE stage", "Budget by category and quarter",
                "Forecast", "Top campaigns", "90-day priorities")) {
            assertTrue(text.contains(heading), heading);
        }
        // The year totals are the engines' own, in whole euros, rounded by the one rounding rule.
        NumberFormat whole = Rounding.apply(NumberFormat.getNumberInstance(Locale.ENGLISH));
        whole.setMaximumFractionDigits(0);
        BigDecimal budget = BudgetEngine.expand(plan).total();
        assertTrue(text.contains(whole.format(budget)), "budget total " + whole.format(budget));
        Forecast forecast = ConversionModel.forecast(plan);
        BigDecimal revenue = forecast.total().revenue();
        assertTrue(text.contains(whole.format(revenue)), "forecast revenue " + whole.format(revenue));
        assertTrue(text.contains("Gross profit") && text.contains("Contribution"), "the forecast is after margin");
        BigDecimal contribution = forecast.total().contribution();
        assertTrue(text.contains(whole.format(contribution)), "contribution after margin " + whole.format(contribution));
        assertTrue(text.contains(forecast.breakEvenMonth().isPresent() ? "Break-even:" : "Break-even: not reached"), "the break-even month");
        // Kept for looking at: target/rendered/summary.
        Path rendered = Files.createDirectories(Path.of("target", "rendered", "summary").toAbsolutePath());
        Files.copy(pdf, rendered.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                rendered.resolve("summary-page-1").toString()));
    }

    @Test
    void theFullDocumentPivotsTheForecast() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        String html = TestPlans.html(plan, false);
        assertTrue(html.contains("class=\"forecast-channels numbers with-total\""), "the forecast by channel is a table of figures with a total");
        // One row per channel plus the total, not one per input.
        String table = html.substring(html.indexOf("forecast-channels"), html.indexOf("</table>", html.indexOf("forecast-channels")));
        int rows = table.split("<tr>", -1).length - 2; // minus the text before the first row and the header row
        assertTrue(rows < plan.getOpportunity().getForecast().getInputs().size() / 3, rows + " rows");
        assertTrue(rows >= 2, rows + " rows");
    }
}

package org.tactician.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tactician.charts.ChartRenderer;
import org.tactician.charts.ChartStyle;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.i18n.PlanTerms;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationFailedException;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.budget.BudgetCsv;
import org.tactician.generators.budget.BudgetWorkbook;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PlanCalendars;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.content.DocumentContent;
import org.tactician.generators.content.PlanAnalysis;
import org.tactician.generators.content.PlanContent;
import org.tactician.generators.document.HtmlRenderer;
import org.tactician.generators.docx.PlanDocx;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.PlanElement;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanResource;
import org.tactician.samples.SamplePlans;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Structured plans into every format: a sample plan, changed by the fuzzer the way a user can
 * change it in the editor (any value of the right type in any stored attribute, elements
 * deleted or duplicated, values and links cleared), then generated. A plan that loads is a plan
 * the generators must write; any exception, or a file promised and not written, is a bug.
 *
 * <p>The build replays the seeds and every input that once failed
 * ({@code PlanGeneratorFuzzTestInputs/<method>}); {@code fuzzing/README.md} says how to fuzz.
 */
class PlanGeneratorFuzzTest {

    private static final List<MarketingPlan> SAMPLES = new ArrayList<>();
    /**
     * The samples cut down to at most {@value #PRUNED_LIST_SIZE} elements in every list (the first
     * ones; references to the rest cleared): every kind of element a sample has, its language and
     * settings, at a fraction of its size. The per-renderer targets start from these, so a run costs
     * a renderer's work on a small plan, not the copy and analysis of a whole sample.
     */
    private static final List<MarketingPlan> PRUNED = new ArrayList<>();
    private static final int PRUNED_LIST_SIZE = 2;
    /**
     * One chart renderer per style for the whole campaign, keeping the SVGs it drew: most changes
     * leave a plan's charts as they were, and drawing an unchanged chart again (JFreeChart's work,
     * not ours) was a third of a run; a chart the change touched is drawn anew.
     */
    private static final java.util.Map<ChartStyle, ChartRenderer> CHART_RENDERERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT_CHART_SVGS = 64;
    private static final String[] CURRENCIES = {"EUR", "USD", "AED", "BRL", "RUB", "VND", "JPY", "XXX"};
    private static Path folder;

    @BeforeAll
    static void loadSamples() throws IOException {
        // In memory where there is a tmpfs: the generators write each file atomically, with an fsync,
        // which on a disk costs more than a fuzzed calendar takes to make.
        Path shm = Path.of("/dev/shm");
        folder = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "tactician-fuzz-generate")
                : Files.createTempDirectory("tactician-fuzz-generate");
        for (SamplePlans sample : SamplePlans.values()) {
            Path file = folder.resolve(sample.fileName());
            try (InputStream in = sample.openStream()) {
                Files.copy(in, file);
            }
            SAMPLES.add(PlanFiles.load(file));
            Files.delete(file);
        }
        for (MarketingPlan sample : SAMPLES) {
            PRUNED.add(pruned(sample));
        }
    }

    /** A copy of {@code sample} with at most {@link #PRUNED_LIST_SIZE} elements in each of its lists. */
    static MarketingPlan pruned(MarketingPlan sample) {
        MarketingPlan plan = EcoreUtil.copy(sample);
        Resource resource = new PlanResource(URI.createFileURI(folder.resolve("pruned.mplan").toString()));
        resource.getContents().add(plan);
        prune(plan);
        return plan;
    }

    @SuppressWarnings("unchecked")
    private static void prune(EObject element) {
        for (org.eclipse.emf.ecore.EReference containment : element.eClass().getEAllContainments()) {
            if (containment.isMany() && containment.isChangeable() && !containment.isDerived()) {
                EList<EObject> children = (EList<EObject>) element.eGet(containment);
                while (children.size() > PRUNED_LIST_SIZE) {
                    EcoreUtil.delete(children.get(children.size() - 1), true);
                }
            }
        }
        for (EObject child : element.eContents()) {
            prune(child);
        }
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /**
     * End to end through {@link PlanGenerator} and {@link OutputFolder}: the refusal of an absurd
     * period, the files promised and written. Slow (five whole files a run, about 2 a second), so a
     * campaign fuzzes the renderers one by one below, in memory.
     */
    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void calendarsTablesAndDocuments(FuzzedDataProvider data) throws IOException {
        generate(data, EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.CSV, ArtifactFormat.HTML, ArtifactFormat.XLSX,
                ArtifactFormat.DOCX));
    }

    /** The PDF documents (the plan and its calendar): slow, so fuzzed on their own. */
    @FuzzTest(maxDuration = "30m")
    void pdf(FuzzedDataProvider data) throws IOException {
        generate(data, EnumSet.of(ArtifactFormat.PDF));
    }

    /**
     * The one analysis and content model every document is rendered from (full plan or executive
     * summary), rendered as the HTML document: well-formed XHTML (the PDF renderer parses it as XML).
     */
    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void contentAndHtml(FuzzedDataProvider data) {
        Rendering rendering = Rendering.of(data, true, PRUNED);
        if (rendering == null) {
            return;
        }
        String xhtml = new HtmlRenderer(rendering.analysis.theme(), rendering.analysis.terms(), rendering.charts)
                .render(rendering.content());
        assertWellFormed(xhtml);
    }

    /**
     * The calendars (every ICS file), the entries' CSV and the budget CSV, from what they are made
     * of (the schedule, the budget matrix, the plan's words), without the rest of the analysis.
     */
    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void calendarsAndCsv(FuzzedDataProvider data) throws IOException {
        MarketingPlan plan = fuzzedPlan(PRUNED, data);
        if (PlanCalendar.monthCount(plan) > PlanGenerator.MAX_PLAN_YEARS * 12L) {
            return;
        }
        PlanTerms terms = PlanTerms.of(plan);
        // In memory: what goes into each file is what is fuzzed; writing files is the end-to-end target's.
        PlanCalendars calendars = new PlanCalendars(PlanSchedule.of(plan, terms), terms, Instant.EPOCH);
        for (CalendarKind kind : CalendarKind.values()) {
            assertCalendar(kind.fileName(), calendars.ics(kind, GenerationProgress.NONE));
        }
        assertCalendar(PlanCalendars.COMBINED_FILE, calendars.combinedIcs(GenerationProgress.NONE));
        assertTrue(calendars.csv().length > 0, PlanCalendars.CSV_FILE + " is empty");
        byte[] budget = new BudgetCsv(BudgetEngine.expand(plan), terms).toBytes();
        assertTrue(budget.length > 0, "budget.csv is empty");
    }

    private static void assertCalendar(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), () -> name + " is not a calendar");
    }

    /** The budget workbook, in memory: a zip package (an XLSX is one). */
    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void workbook(FuzzedDataProvider data) throws IOException {
        Rendering rendering = Rendering.of(data, false, PRUNED);
        if (rendering == null) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetWorkbook(rendering.analysis).write(out);
        assertZip(out.toByteArray(), "budget.xlsx");
    }

    /** The Word document (full plan or executive summary), in memory: a zip package. */
    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void word(FuzzedDataProvider data) throws IOException {
        Rendering rendering = Rendering.of(data);
        if (rendering == null) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocx(rendering.content(), rendering.analysis.theme(), rendering.analysis.terms(), rendering.charts)
                .write(out);
        assertZip(out.toByteArray(), "plan.docx");
    }

    /** A fuzzed plan, analysed once, and what its renderers share. */
    private record Rendering(PlanAnalysis analysis, boolean summaryOnly, ChartRenderer charts) {

        /** Null for a plan the generators refuse at once (checked by {@link #calendarsTablesAndDocuments}). */
        static Rendering of(FuzzedDataProvider data) {
            return of(data, true, SAMPLES);
        }

        /**
         * With {@code validated} false the plan is analysed without its validation, for a renderer
         * that shows no findings (calendars, CSV, the workbook): half the cost of a run.
         */
        static Rendering of(FuzzedDataProvider data, boolean validated, List<MarketingPlan> bases) {
            MarketingPlan plan = fuzzedPlan(bases, data);
            boolean summaryOnly = data.consumeBoolean();
            if (PlanCalendar.monthCount(plan) > PlanGenerator.MAX_PLAN_YEARS * 12L) {
                return null;
            }
            PlanAnalysis analysis = validated ? PlanAnalysis.of(plan) : PlanAnalysis.of(plan, Diagnostic.OK_INSTANCE);
            ChartStyle style = ChartStyle.STANDARD.withLeadingColours(analysis.theme().primaryColour(),
                    analysis.theme().accentColour());
            return new Rendering(analysis, summaryOnly, CHART_RENDERERS.computeIfAbsent(style,
                    each -> ChartRenderer.keepingSvgs(each, KEPT_CHART_SVGS)));
        }

        DocumentContent content() {
            return summaryOnly ? PlanContent.summary(analysis) : PlanContent.full(analysis);
        }
    }

    private static void assertWellFormed(String xhtml) {
        try {
            javax.xml.parsers.SAXParser parser = XHTML_PARSER.get();
            parser.reset();
            parser.parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)), new org.xml.sax.helpers.DefaultHandler());
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new AssertionError("the HTML document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** One namespace-aware parser per thread, reset between documents: making one costs more than parsing a plan's HTML. */
    private static final ThreadLocal<javax.xml.parsers.SAXParser> XHTML_PARSER = ThreadLocal.withInitial(() -> {
        try {
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newSAXParser();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    });

    private static void assertZip(byte[] bytes, String name) {
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4,
                name + " is not a zip package");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** A copy of one of {@code bases} with up to twelve changes a user could make in the editor. */
    private static MarketingPlan fuzzedPlan(List<MarketingPlan> bases, FuzzedDataProvider data) {
        MarketingPlan plan = EcoreUtil.copy(bases.get(data.consumeInt(0, bases.size() - 1)));
        Resource resource = new PlanResource(URI.createFileURI(folder.resolve("fuzzed.mplan").toString()));
        resource.getContents().add(plan);
        int changes = data.consumeInt(0, 12);
        for (int i = 0; i < changes && data.remainingBytes() > 0; i++) {
            change(plan, data);
        }
        return plan;
    }

    private static void generate(FuzzedDataProvider data, Set<ArtifactFormat> formats) throws IOException {
        MarketingPlan plan = fuzzedPlan(SAMPLES, data);
        boolean summaryOnly = data.consumeBoolean();
        Path out = Files.createTempDirectory(folder, "out");
        List<GeneratedArtifact> written;
        try {
            written = new PlanGenerator(Instant.EPOCH).generate(plan, new OutputFolder(out), formats, summaryOnly,
                    GenerationProgress.NONE);
        } catch (GenerationFailedException refused) {
            // Refusing a plan before writing anything, in words, is an answer (a period of 90,000 years);
            // a generator that failed on the way (it names a file, or has a cause) is a bug.
            if (refused.file().isPresent() || refused.getCause() != null) {
                throw refused;
            }
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(0, files.count(), "a refused plan writes nothing");
            }
            Files.delete(out);
            return;
        }
        assertFalse(written.isEmpty(), "every format writes at least one file");
        for (GeneratedArtifact artifact : written) {
            assertTrue(Files.size(artifact.file()) > 0, () -> artifact.file() + " is empty");
        }
        deleteTree(out);
    }

    /** One change a user could make in the editor. */
    private static void change(MarketingPlan plan, FuzzedDataProvider data) {
        List<EObject> elements = new ArrayList<>();
        elements.add(plan);
        plan.eAllContents().forEachRemaining(elements::add);
        EObject element = elements.get(data.consumeInt(0, elements.size() - 1));
        switch (data.consumeInt(0, 3)) {
            case 0 -> setAttribute(element, data);
            case 1 -> {
                if (element != plan) {
                    EcoreUtil.delete(element, true);
                }
            }
            case 2 -> {
                List<EStructuralFeature> features = changeable(element, false);
                if (!features.isEmpty()) {
                    EStructuralFeature feature = features.get(data.consumeInt(0, features.size() - 1));
                    if (!(feature instanceof EAttribute attribute && attribute.isID())) {
                        element.eUnset(feature);
                    }
                }
            }
            default -> duplicate(element, data);
        }
    }

    private static void setAttribute(EObject element, FuzzedDataProvider data) {
        List<EStructuralFeature> attributes = changeable(element, true);
        if (attributes.isEmpty()) {
            return;
        }
        EAttribute attribute = (EAttribute) attributes.get(data.consumeInt(0, attributes.size() - 1));
        if (attribute.isID()) {
            return; // ids are the editor's, never typed
        }
        Object value = value(attribute.getEAttributeType(), data);
        if (value == null) {
            return;
        }
        if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> values = (EList<Object>) element.eGet(attribute);
            if (attribute.isUnique() && values.contains(value)) {
                return;
            }
            values.add(value);
        } else {
            element.eSet(attribute, value);
        }
    }

    /** A copy of a contained element beside it, with ids of its own (what copy and paste gives). */
    @SuppressWarnings("unchecked")
    private static void duplicate(EObject element, FuzzedDataProvider data) {
        EStructuralFeature containment = element.eContainingFeature();
        if (containment == null || !containment.isMany()) {
            return;
        }
        EObject copy = EcoreUtil.copy(element);
        int serial = data.consumeInt(0, 9999);
        if (copy instanceof PlanElement planElement) {
            planElement.setId(planElement.getId() + "-copy" + serial);
        }
        copy.eAllContents().forEachRemaining(child -> {
            if (child instanceof PlanElement planElement) {
                planElement.setId(planElement.getId() + "-copy" + serial);
            }
        });
        ((EList<EObject>) element.eContainer().eGet(containment)).add(copy);
    }

    private static List<EStructuralFeature> changeable(EObject element, boolean attributesOnly) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            boolean stored = feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                    && !feature.isVolatile();
            boolean containment = feature instanceof org.eclipse.emf.ecore.EReference reference && reference.isContainment();
            if (stored && !containment && (!attributesOnly || feature instanceof EAttribute)) {
                features.add(feature);
            }
        }
        return features;
    }

    /** A value of {@code type}, from the ordinary to the extreme; null for a type not known here. */
    private static Object value(EClassifier type, FuzzedDataProvider data) {
        if (type instanceof EEnum enumeration) {
            return enumeration.getELiterals().get(data.consumeInt(0, enumeration.getELiterals().size() - 1)).getInstance();
        }
        Class<?> java = type.getInstanceClass();
        if (java == String.class) {
            return storable(data.consumeString(data.consumeInt(0, 300)));
        } else if (java == LocalDate.class) {
            return LocalDate.of(data.consumeInt(1, 99_999), data.consumeInt(1, 12), data.consumeInt(1, 28));
        } else if (java == YearMonth.class) {
            return YearMonth.of(data.consumeInt(1, 99_999), data.consumeInt(1, 12));
        } else if (java == BigDecimal.class) {
            return decimal(data);
        } else if (java == Money.class) {
            return new Money(decimal(data), CURRENCIES[data.consumeInt(0, CURRENCIES.length - 1)]);
        } else if (java == int.class || java == Integer.class) {
            return data.consumeInt();
        } else if (java == long.class || java == Long.class) {
            return data.consumeLong();
        } else if (java == boolean.class || java == Boolean.class) {
            return data.consumeBoolean();
        } else if (java == double.class || java == Double.class) {
            return data.consumeRegularDouble();
        }
        return null;
    }

    private static BigDecimal decimal(FuzzedDataProvider data) {
        BigInteger unscaled = data.consumeBoolean() ? BigInteger.valueOf(data.consumeLong())
                : BigInteger.valueOf(data.consumeLong()).multiply(BigInteger.TEN.pow(data.consumeInt(0, 40)));
        return new BigDecimal(unscaled, data.consumeInt(0, 8));
    }

    /** The characters a plan file can hold (XML 1.0): the editor refuses to save the others. */
    private static String storable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}

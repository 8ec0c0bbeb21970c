package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanElement;
import org.tactician.model.internal.PlanReader;
import org.tactician.model.internal.PlanReader.Reading;

/**
 * The tokenizer (the fast path of loading) and the SAX parser read every file alike: the same
 * model, ids, problems (message, line and column) and migration. A file the tokenizer reads
 * itself is one the parser accepts with the same model; everything else it hands to the parser,
 * and the load is the parser's. Each case also says which path it takes, so that the comparison
 * is between two readings, not the parser and itself.
 */
class PlanReadingPathsTest {

    private static final Path SAMPLES = Path.of("../../bundles/org.tactician.samples/plans");
    private static final Path LEGACY_SAMPLES = Path.of("data/migration/0.1.0");
    private static final Path FUZZ_INPUTS = Path.of(
            "../../fuzzing/org.tactician.fuzzing/src/test/resources/org/tactician/fuzzing/PlanLoaderFuzzTestInputs/load");

    @TempDir
    Path folder;

    /** What a load gives, in comparable form. */
    private record Outcome(List<EObject> contents, List<String> errors, List<String> warnings, Map<String, Integer> ids,
            String migratedFrom, List<String> notes) {
    }

    /**
     * Bytes the tokenizer reads at a time in the loads that check its buffer's boundaries: one (every
     * byte a refill), a few (a refill inside a name, a reference or a UTF-8 sequence, wherever it
     * falls), and about the longest name it reads (256).
     */
    private static final int[] TINY_CHUNKS = { 1, 3, 7, 257 };

    private static Outcome load(byte[] bytes, Reading reading) {
        return load(new ByteArrayInputStream(bytes), reading, null);
    }

    private static Outcome load(byte[] bytes, Reading reading, Integer chunk) {
        return load(new ByteArrayInputStream(bytes), reading, chunk);
    }

    private static Outcome load(java.io.InputStream input, Reading reading, Integer chunk) {
        ResourceSet resources = PlanFiles.newResourceSet();
        PlanResource resource = (PlanResource) resources.createResource(URI.createFileURI("/plans/edge.mplan"));
        Map<String, Object> options = new HashMap<>(Map.of(PlanReader.OPTION_READING, reading));
        if (chunk != null) {
            options.put(PlanReader.OPTION_CHUNK, chunk);
        }
        try {
            resource.load(input, options);
        } catch (IOException refused) {
            // the problems are in the resource's errors
        }
        List<EObject> all = new ArrayList<>();
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            all.add(contents.next());
        }
        Map<String, Integer> ids = new HashMap<>();
        resource.getIntrinsicIDToEObjectMap().forEach((id, element) -> ids.put(id, all.indexOf(element)));
        return new Outcome(List.copyOf(resource.getContents()), describe(resource.getErrors()),
                describe(resource.getWarnings()), ids, resource.migratedFrom().orElse(""), resource.migrationNotes());
    }

    private static List<String> describe(List<Resource.Diagnostic> problems) {
        return problems.stream().map(p -> p.getLine() + ":" + p.getColumn() + " " + p.getMessage()).toList();
    }

    /** Loads {@code bytes} as loading does and with the parser alone; asserts they agree; returns whether the tokenizer read the file. */
    private static boolean assertSameLoad(String what, byte[] bytes) {
        Outcome parser = load(bytes, Reading.PARSER);
        Outcome loaded = load(bytes, Reading.TOKENIZER_OR_PARSER);
        assertEquals(parser.errors(), loaded.errors(), what + ": problems");
        assertEquals(parser.warnings(), loaded.warnings(), what + ": warnings");
        assertEquals(parser.ids(), loaded.ids(), what + ": ids");
        assertEquals(parser.migratedFrom(), loaded.migratedFrom(), what + ": migration");
        assertEquals(parser.notes(), loaded.notes(), what + ": migration notes");
        assertTrue(new EcoreUtil.EqualityHelper().equals(parser.contents(), loaded.contents()), what + ": the model");
        Outcome tokenizer = load(bytes, Reading.TOKENIZER);
        boolean read = tokenizer.errors().isEmpty();
        if (read) {
            // The tokenizer alone accepted the file: the parser accepts it too, with the same model.
            assertEquals(List.of(), parser.errors(), what + ": the tokenizer accepted a file the parser refuses");
            assertTrue(new EcoreUtil.EqualityHelper().equals(parser.contents(), tokenizer.contents()), what + ": the tokenizer's model");
            assertEquals(parser.ids(), tokenizer.ids(), what + ": the tokenizer's ids");
        } else {
            assertTrue(tokenizer.contents().isEmpty(), what + ": a declined file leaves nothing");
        }
        return read;
    }

    /**
     * {@link #assertSameLoad}, and the tokenizer reading the file a few bytes at a time reads it as
     * with its usual buffer: the same model, or declined for the same reason, and the load the same.
     */
    private static boolean assertSameLoadInChunks(String what, byte[] bytes) {
        boolean read = assertSameLoad(what, bytes);
        Outcome whole = load(bytes, Reading.TOKENIZER);
        Outcome parser = load(bytes, Reading.PARSER);
        for (int chunk : TINY_CHUNKS) {
            String how = what + ", " + chunk + " bytes at a time";
            Outcome tokenizer = load(bytes, Reading.TOKENIZER, chunk);
            assertEquals(whole.errors(), tokenizer.errors(), how + ": the tokenizer's verdict");
            assertEquals(whole.ids(), tokenizer.ids(), how + ": the tokenizer's ids");
            assertTrue(new EcoreUtil.EqualityHelper().equals(whole.contents(), tokenizer.contents()), how + ": the tokenizer's model");
            Outcome loaded = load(bytes, Reading.TOKENIZER_OR_PARSER, chunk);
            assertEquals(parser.errors(), loaded.errors(), how + ": problems");
            assertEquals(parser.ids(), loaded.ids(), how + ": ids");
            assertTrue(new EcoreUtil.EqualityHelper().equals(parser.contents(), loaded.contents()), how + ": the model");
        }
        return read;
    }

    private static void assertReadByTokenizer(String what, byte[] bytes) {
        assertTrue(assertSameLoad(what, bytes), () -> what + ": the tokenizer declined it: " + load(bytes, Reading.TOKENIZER).errors());
    }

    private static void assertDeclined(String what, byte[] bytes) {
        assertFalse(assertSameLoad(what, bytes), what + ": the tokenizer read it itself");
    }

    // ---------------------------------------------------------------- whole files

    static Stream<Path> samples() throws IOException {
        return list(SAMPLES);
    }

    static Stream<Path> legacySamples() throws IOException {
        return list(LEGACY_SAMPLES).filter(file -> file.toString().endsWith(".mplan"));
    }

    static Stream<Path> fuzzInputs() throws IOException {
        return list(FUZZ_INPUTS);
    }

    private static Stream<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(all.isEmpty(), "no files in " + folder);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyBundledSampleIsReadByTheTokenizerAsByTheParser(Path sample) throws IOException {
        assertReadByTokenizer(sample.toString(), Files.readAllBytes(sample));
        assertTrue(assertSameLoadInChunks(sample.toString(), Files.readAllBytes(sample)));
    }

    @ParameterizedTest
    @MethodSource("legacySamples")
    void a010PlanIsHandedToTheParserAndMigratedAlike(Path sample) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        assertDeclined(sample.toString(), bytes);
        assertEquals("0.1.0", load(bytes, Reading.TOKENIZER_OR_PARSER).migratedFrom());
    }

    @ParameterizedTest
    @MethodSource("fuzzInputs")
    void everyInputOfTheLoaderFuzzTestLoadsAlike(Path input) throws IOException {
        assertSameLoadInChunks(input.toString(), Files.readAllBytes(input));
    }

    /** Larger plans: a sample grown by copies of its elements, chosen by a seeded random, with fresh ids. */
    @ParameterizedTest
    @MethodSource("grownPlans")
    void grownPlansAreReadByTheTokenizerAsByTheParser(long seed, int copies) throws IOException {
        MarketingPlan plan = PlanFiles.load(SAMPLES.resolve("furniture-retailer.mplan"));
        Random random = new Random(seed);
        List<EObject> elements = new ArrayList<>();
        plan.eAllContents().forEachRemaining(elements::add);
        int next = 0;
        for (int i = 0; i < copies; i++) {
            EObject original = elements.get(random.nextInt(elements.size()));
            EReference containment = original.eContainmentFeature();
            if (containment == null || !containment.isMany()) {
                continue;
            }
            EObject copy = EcoreUtil.copy(original);
            for (Iterator<EObject> all = EcoreUtil.getAllContents(List.of(copy)); all.hasNext();) {
                if (all.next() instanceof PlanElement element && element.getId() != null) {
                    element.setId(element.getId() + "-copy-" + seed + "-" + next++);
                }
            }
            @SuppressWarnings("unchecked")
            EList<EObject> siblings = (EList<EObject>) original.eContainer().eGet(containment);
            siblings.add(random.nextInt(siblings.size() + 1), copy);
        }
        Path file = folder.resolve("grown-" + seed + ".mplan");
        PlanFiles.save(plan, file);
        assertReadByTokenizer(file.toString(), Files.readAllBytes(file));
    }

    static Stream<Arguments> grownPlans() {
        return Stream.of(Arguments.of(1L, 50), Arguments.of(2L, 400), Arguments.of(3L, 2000));
    }

    /** What {@link #randomlyChangedPlansLoadAlike} inserts: the XML that the tokenizer must read exactly or decline. */
    private static final String[] FRAGMENTS = { "<", ">", "&", ";", "#", "x", "\"", "'", "=", ":", "/", " ", "\r", "\n", "\t",
        "&amp;", "&#x1F600;", "&#0;", "&#xD800;", "<!--", "-->", "<?p x?>", "]]>", "<![CDATA[", "xmlns:p=\"urn:p\"",
        "xmlns=\"\"", "é", "😀", "\u0001", "p:", "xsi:type=\"tactician:Channel\"", "id=\"x\"", "</team>", "<team/>",
        "2027-13-01", "1e5", "-0.0", " EUR", "\u00a0" };
    private static final byte[][] BAD_BYTES = { { (byte) 0xC3 }, { (byte) 0xC0, (byte) 0xAF },
        { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xEF, (byte) 0xBF, (byte) 0xBE },
        { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xFF } };

    /** A seeded random fuzzer in miniature: a sample with a few fragments of XML inserted or bytes deleted. */
    @ParameterizedTest
    @MethodSource("samples")
    void randomlyChangedPlansLoadAlike(Path sample) throws IOException {
        byte[] original = Files.readAllBytes(sample);
        Random random = new Random(sample.getFileName().toString().hashCode());
        int read = 0;
        int rounds = original.length > 100_000 ? 60 : 300;
        for (int round = 0; round < rounds; round++) {
            byte[] bytes = original;
            for (int change = 1 + random.nextInt(3); change > 0; change--) {
                int at = random.nextInt(bytes.length + 1);
                int kind = random.nextInt(10);
                byte[] inserted = kind < 6 ? utf8(FRAGMENTS[random.nextInt(FRAGMENTS.length)])
                        : kind < 7 ? BAD_BYTES[random.nextInt(BAD_BYTES.length)] : new byte[0];
                int deleted = random.nextInt(Math.min(kind < 7 ? 3 : 8, bytes.length - at) + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.write(inserted, 0, inserted.length);
                out.write(bytes, at + deleted, bytes.length - at - deleted);
                bytes = out.toByteArray();
            }
            boolean small = bytes.length < 20_000;
            if (small ? assertSameLoadInChunks(sample + ", change " + round, bytes) : assertSameLoad(sample + ", change " + round, bytes)) {
                read++;
            }
        }
        assertTrue(read > 0 && read < rounds, "the tokenizer read " + read + " of " + rounds + " changed plans: both paths are compared");
    }

    // ---------------------------------------------------------------- what the tokenizer reads itself

    private static String starter() throws IOException {
        return Files.readString(SAMPLES.resolve("starter.mplan"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertVariantRead(String what, UnaryOperator<String> change) throws IOException {
        String original = starter();
        String changed = change.apply(original);
        assertFalse(changed.equals(original), what + ": the change changes nothing");
        assertTrue(assertSameLoadInChunks(what, utf8(changed)), what + ": the tokenizer declined it");
    }

    private static void assertVariantDeclined(String what, UnaryOperator<String> change) throws IOException {
        String original = starter();
        String changed = change.apply(original);
        assertFalse(changed.equals(original), what + ": the change changes nothing");
        assertFalse(assertSameLoadInChunks(what, utf8(changed)), what + ": the tokenizer read it itself");
    }

    /** Changes the first {@code name="..."} of a team member. */
    private static UnaryOperator<String> teamName(String value) {
        return text -> text.replaceFirst("name=\"Hanna Vogel\"", "name=\"" + value.replace("$", "\\$") + "\"");
    }

    @Test
    void theFormsOfXmlThatPlanFilesTakeAreReadByTheTokenizer() throws IOException {
        assertVariantRead("no XML declaration", text -> text.substring(text.indexOf("?>") + 2).stripLeading());
        assertVariantRead("a byte-order mark", text -> "\uFEFF" + text);
        assertVariantRead("a declaration in single quotes, lower-case encoding, standalone",
                text -> text.replaceFirst("<\\?xml[^?]*\\?>", "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>"));
        assertVariantRead("comments, processing instructions and white space everywhere", text -> text
                .replaceFirst("\\?>", "?>\n<!-- a plan -->\n<?editor keep?>\n")
                .replaceFirst("<team ", "<!-- the team: ü ✓ --><?p x?>\n  <team ")
                .concat("\n<!-- end -->\n<?done?>\n\n"));
        assertVariantRead("open and close tags instead of empty ones", text -> text.replace("\"/>", "\"></team>")
                .replaceAll("(<(\\w+) [^<>]*)></team>", "$1></$2>"));
        assertVariantRead("white space around = and before >", text -> text.replaceFirst(" id=\"tm-hanna\" name=",
                " id =\n'tm-hanna'\tname\t= ").replaceFirst("\"Hanna Vogel\" description", "'Hanna Vogel' description"));
        assertVariantRead("attributes in another order", text -> text.replaceFirst(
                "<team id=\"tm-hanna\" name=\"Hanna Vogel\" description=\"([^\"]*)\"",
                "<team description=\"$1\" name=\"Hanna Vogel\" id=\"tm-hanna\""));
        assertVariantRead("another prefix", text -> text.replace("tactician:", "plan:").replace("xmlns:tactician", "xmlns:plan"));
        assertVariantRead("the default namespace", text -> text.replace("<tactician:MarketingPlan",
                "<MarketingPlan xmlns=\"http://tactician.org/plan/2.0\"").replace("</tactician:MarketingPlan>", "</MarketingPlan>")
                .replace(" xmlns:tactician=\"http://tactician.org/plan/2.0\"", ""));
        assertVariantRead("text in Russian, Arabic and Vietnamese", teamName("Ганна Фогель · هانا فوغل · Hà Nội thất"));
        assertVariantRead("supplementary characters and character references",
                teamName("Hanna 😀 &#x1F600; &#128512; &#x41;&#66; 𝄞"));
        assertVariantRead("the predefined entities", teamName("&lt;Hanna&gt; &amp; &quot;Ben&quot; &apos;s"));
        assertVariantRead("tabs and line breaks in an attribute (normalised to spaces), and as references",
                teamName("Hanna\tVogel\nand\r\nBen\rOrtiz &#9;&#10;&#13;."));
        assertVariantRead("CR LF line ends", text -> text.replace("\n", "\r\n"));
        assertVariantRead("an element's type named by xsi:type", text -> text.replaceFirst("<team id=\"tm-hanna\"",
                "<team xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tactician:TeamMember\" id=\"tm-hanna\""));
        assertVariantRead("an XMI wrapper around the plan", text -> text.replaceFirst("<tactician:MarketingPlan xmi:version=\"2.0\"",
                "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"><tactician:MarketingPlan")
                .replace("</tactician:MarketingPlan>", "</tactician:MarketingPlan></xmi:XMI>"));
        assertVariantRead("CR LF after the root element", text -> text.strip() + "\r\n");
    }

    @Test
    void listValuesInElementsAreReadByTheTokenizer() throws IOException {
        String arabic = Files.readString(SAMPLES.resolve("arabic-plan.mplan"));
        assertTrue(arabic.contains("<quarters>Q1</quarters>"), "the sample has a list value in elements");
        assertReadByTokenizer("spaces and references in a list value",
                utf8(arabic.replaceFirst("<quarters>Q1</quarters>", "<quarters>\r\n Q&#49; <!-- first --></quarters>")));
    }

    // ---------------------------------------------------------------- the buffer's boundaries

    /**
     * Every kind of token, a multi-byte UTF-8 character (two, three and four bytes), each entity
     * and character reference and a long attribute value across the tokenizer's buffer refills:
     * the file is read a few bytes at a time, shifted by a comment of 0 to 16 bytes so that each
     * construct meets a refill at every offset.
     */
    @Test
    void tokensCharactersReferencesAndLongValuesSplitAcrossBufferRefillsReadAlike() throws IOException {
        String value = "Ганна é 😀 &#x1F600;&#128512; &lt;&gt;&amp;&quot;&apos; ث ệ\t".repeat(40);
        String plan = teamName(value).apply(starter());
        assertTrue(utf8(value).length > 2 * 1024, "the value spans many refills");
        for (int shift = 0; shift <= 16; shift++) {
            String shifted = plan.replaceFirst("\\?>", "?><!--" + "x".repeat(shift) + "-->");
            byte[] bytes = utf8(shifted);
            for (int chunk : new int[] { 1, 2, 5, 16, 17 }) {
                String how = "shifted by " + shift + ", " + chunk + " bytes at a time";
                Outcome tokenizer = load(bytes, Reading.TOKENIZER, chunk);
                assertEquals(List.of(), tokenizer.errors(), how);
                MarketingPlan read = (MarketingPlan) tokenizer.contents().get(0);
                assertEquals(value.replace("&#x1F600;&#128512;", "😀😀").replace("&lt;&gt;&amp;&quot;&apos;", "<>&\"'")
                        .replace("\t", " "), read.getTeam().get(0).getName(), how);
                assertTrue(new EcoreUtil.EqualityHelper().equals(load(bytes, Reading.PARSER).contents(), tokenizer.contents()), how);
            }
        }
    }

    /** A name of 256 bytes (the longest the tokenizer reads) and one of 257 (the parser's) across refills. */
    @Test
    void theLongestNameIsReadAcrossRefillsAndALongerOneLeftToTheParser() throws IOException {
        for (int length : new int[] { 256, 257 }) {
            String prefix = "p".repeat(length - ":MarketingPlan".length());
            String plan = starter().replace("tactician:", prefix + ":").replace("xmlns:tactician", "xmlns:" + prefix);
            assertTrue(plan.contains("<" + prefix + ":MarketingPlan "), "the root element has the long name");
            boolean read = assertSameLoadInChunks(length + "-byte names", utf8(plan));
            assertEquals(length == 256, read, length + "-byte names: read by the tokenizer");
        }
    }

    /**
     * A file loaded from disk is read as the tokenizer goes, never whole: when it declines, the
     * parser reads the same file from its start and reports what it reports from the bytes.
     */
    @Test
    void aDeclinedFileOnDiskIsReadAgainFromItsStartByTheParser() throws IOException {
        byte[] bad = utf8(starter().replaceFirst("owner=\"tm-hanna\"", "owner=\"tm-nobody\"").replaceFirst("<team ",
                "<team colour=\"red\" "));
        List<String> expected = load(bad, Reading.PARSER).errors();
        assertEquals(2, expected.size(), expected.toString());
        Path file = folder.resolve("declined.mplan");
        Files.write(file, bad);
        PlanLoadException refused = org.junit.jupiter.api.Assertions.assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertEquals(expected, refused.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList());
        for (int chunk : TINY_CHUNKS) {
            try (java.io.InputStream in = Files.newInputStream(file); java.io.InputStream fileStream = new java.io.FileInputStream(file.toFile())) {
                // a stream that cannot be rewound (held whole) and a file stream (rewound)
                assertEquals(expected, load(new java.io.BufferedInputStream(in), Reading.TOKENIZER_OR_PARSER, chunk).errors(), chunk + " bytes");
                assertEquals(expected, load(fileStream, Reading.TOKENIZER_OR_PARSER, chunk).errors(), chunk + " bytes, from a file");
            }
        }
        // and a good file on disk: read by the tokenizer alone, as from its bytes
        Path good = folder.resolve("good.mplan");
        Files.write(good, utf8(starter()));
        try (java.io.InputStream fileStream = new java.io.FileInputStream(good.toFile())) {
            Outcome fromFile = load(fileStream, Reading.TOKENIZER, 7);
            assertEquals(List.of(), fromFile.errors());
            assertTrue(new EcoreUtil.EqualityHelper().equals(load(utf8(starter()), Reading.PARSER).contents(), fromFile.contents()));
        }
    }

    // ---------------------------------------------------------------- what it hands to the parser

    @Test
    void everyIrregularityAndEveryProblemIsLeftToTheParser() throws IOException {
        assertVariantDeclined("a DOCTYPE", text -> text.replaceFirst("\\?>", "?><!DOCTYPE plan [<!ENTITY e \"x\">]>"));
        assertVariantDeclined("a CDATA section", text -> text.replaceFirst("<team ", "<![CDATA[ x ]]><team "));
        assertVariantDeclined("an unknown attribute", text -> text.replaceFirst("<team ", "<team colour=\"red\" "));
        assertVariantDeclined("an attribute in another namespace", text -> text.replaceFirst("<team ",
                "<team xmlns:o=\"urn:other\" o:colour=\"red\" "));
        assertVariantDeclined("a bad value", text -> text.replaceFirst("start=\"2027-01-01\"", "start=\"2027-02-30\""));
        assertVariantDeclined("a bad enumeration literal", text -> text.replaceFirst("mediaType=\"OWNED\"", "mediaType=\"owned\""));
        assertVariantDeclined("a duplicate id", text -> text.replaceFirst("id=\"tm-ben\"", "id=\"tm-hanna\""));
        assertVariantDeclined("a dangling link", text -> text.replaceFirst("owner=\"tm-hanna\"", "owner=\"tm-nobody\""));
        assertVariantDeclined("a link to another file", text -> text.replaceFirst("owner=\"tm-hanna\"", "owner=\"other.mplan#tm-hanna\""));
        assertVariantDeclined("a duplicate attribute", text -> text.replaceFirst("<team id=\"tm-hanna\"",
                "<team id=\"tm-hanna\" id=\"tm-hanna\""));
        assertVariantDeclined("a duplicate attribute through two prefixes", text -> text.replaceFirst("<team ",
                "<team xmlns:a=\"urn:x\" xmlns:b=\"urn:x\" a:k=\"1\" b:k=\"2\" "));
        assertVariantDeclined("an invalid character by reference", teamName("Hanna &#1;"));
        assertVariantDeclined("an invalid character", teamName("Hanna \u0001"));
        assertVariantDeclined("an unknown entity", teamName("Hanna&nbsp;Vogel"));
        assertVariantDeclined("< in an attribute", teamName("Hanna < Vogel"));
        assertVariantDeclined("]]> in text", text -> text.replaceFirst("<team ", "]]><team "));
        assertVariantDeclined("an unbound prefix", text -> text.replaceFirst("<team ", "<x:team "));
        assertVariantDeclined("mismatched tags", text -> text.replaceFirst("</tactician:MarketingPlan>", "</tactician:MarketingPlans>"));
        assertVariantDeclined("a truncated file", text -> text.substring(0, text.length() / 2));
        assertVariantDeclined("text after the root element", text -> text + "trailing");
        assertVariantDeclined("a second root element", text -> text + "<tactician:MarketingPlan/>");
        assertVariantDeclined("-- in a comment", text -> text.replaceFirst("<team ", "<!-- a -- b --><team "));
        assertVariantDeclined("an XML declaration after white space", text -> " " + text);
        assertVariantDeclined("XML 1.1", text -> text.replaceFirst("version=\"1.0\"", "version=\"1.1\""));
        assertVariantDeclined("another encoding declared", text -> text.replaceFirst("UTF-8", "ISO-8859-1"));
        assertVariantDeclined("no space between attributes", text -> text.replaceFirst("\" name=\"Hanna Vogel\"", "\"name=\"Hanna Vogel\""));
        assertVariantDeclined("an empty prefix declaration", text -> text.replaceFirst("<team ", "<team xmlns:p=\"\" "));
        assertVariantDeclined("more references to predefined entities than the tokenizer reads in a file",
                teamName("&amp;".repeat(60_000) + "&quot;".repeat(40_001)));
        assertVariantDeclined("more attributes than the parser allows in an element (Java 25: 200)", text -> text.replaceFirst(
                "<team ", "<team " + java.util.stream.IntStream.range(0, 201).mapToObj(i -> "xmlns:p" + i + "=\"urn:" + i + "\" ")
                        .collect(java.util.stream.Collectors.joining())));
        assertVariantDeclined("xsi:type naming a type of the wrong kind", text -> text.replaceFirst("<team id=\"tm-hanna\"",
                "<team xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tactician:Channel\" id=\"tm-hanna\""));
        assertVariantDeclined("a child element in the wrong place", text -> text.replaceFirst("<team ", "<opportunities id=\"x\"/><team "));
        byte[] plan = utf8(starter());
        assertDeclined("malformed UTF-8", replace(plan, "Hanna Vogel", new byte[] { 'H', (byte) 0xC3, '(', 'a' }));
        assertDeclined("an overlong UTF-8 sequence", replace(plan, "Hanna Vogel", new byte[] { 'H', (byte) 0xC0, (byte) 0xAF }));
        assertDeclined("an encoded surrogate", replace(plan, "Hanna Vogel", new byte[] { 'H', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }));
        assertDeclined("Latin-1 text", replace(plan, "Hanna Vogel", "Hanna Vögel".getBytes(StandardCharsets.ISO_8859_1)));
        assertDeclined("UTF-16", starter().getBytes(StandardCharsets.UTF_16));
        assertDeclined("an empty file", new byte[0]);
    }

    /** Java 25 refused a file with more than 100,000 of them in all (a limit meant for declared entities). */
    @Test
    void aPlanWithManyReferencesToThePredefinedEntitiesLoads() throws IOException {
        String name = "&amp;".repeat(60_000) + "&quot;".repeat(40_001);
        Outcome loaded = load(utf8(teamName(name).apply(starter())), Reading.TOKENIZER_OR_PARSER);
        assertEquals(List.of(), loaded.errors());
        MarketingPlan plan = (MarketingPlan) loaded.contents().get(0);
        assertEquals("&".repeat(60_000) + "\"".repeat(40_001), plan.getTeam().get(0).getName());
    }

    @Test
    void aProblemIsReportedAsTheParserReportsIt() throws IOException {
        byte[] bad = utf8(starter().replaceFirst("owner=\"tm-hanna\"", "owner=\"tm-nobody\""));
        List<String> errors = load(bad, Reading.TOKENIZER_OR_PARSER).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).matches("2:\\d+ 'owner' refers to 'tm-nobody', which no element of the plan has as its id"),
                errors.get(0));
    }

    private static byte[] replace(byte[] bytes, String ascii, byte[] with) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(ascii);
        assertTrue(at >= 0, ascii);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(with, 0, with.length);
        out.write(bytes, at + ascii.length(), bytes.length - at - ascii.length());
        return out.toByteArray();
    }
}

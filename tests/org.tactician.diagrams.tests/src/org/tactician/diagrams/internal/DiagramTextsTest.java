package org.tactician.diagrams.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The diagram pages' texts come from one resource bundle: every text the client asks for is
 * there, and the script that hands them to the page gives them back unchanged to a JavaScript
 * engine (Node's), whatever they contain.
 */
class DiagramTextsTest {

    private static final Pattern CLIENT_TEXT = Pattern.compile("\\btext\\('([A-Za-z0-9]+)'");

    /** The client's TypeScript sources (beside the tests' browser driver: tests/../bundles/...). */
    private static Path clientSources() {
        Path browser = Path.of(System.getProperty("tactician.browser.dir", "browser")).toAbsolutePath();
        return browser.getParent().getParent().getParent().resolve("bundles/org.tactician.diagrams.client/ts");
    }

    @Test
    void everyTextTheClientShowsIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(clientSources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ts") || f.toString().endsWith(".tsx")).toList()) {
                Matcher matcher = CLIENT_TEXT.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() >= 20, "the toolbar's and the diagrams' texts: " + used);
        String script = new String(DiagramTexts.script().content(), StandardCharsets.UTF_8);
        for (String key : used) {
            assertFalse(DiagramTexts.get("page." + key).equals("page." + key), "texts.properties has page." + key);
            assertTrue(script.contains(DiagramTexts.jsString(key) + ": "), "the page gets " + key);
        }
        assertEquals("Paid touchpoint", DiagramTexts.get("palette.touchpoint", "Paid"));
        assertEquals("no.such.text", DiagramTexts.get("no.such.text"), "a missing text shows its key");
    }

    /** The diagram server's Java sources (beside the client's). */
    private static Path serverSources() {
        return clientSources().getParent().getParent().resolve("org.tactician.diagrams/src");
    }

    /** A key of texts.properties written in the server's code, wherever it is passed on to DiagramTexts. */
    private static final Pattern SERVER_KEY = Pattern.compile(
            "\"((?:page|palette|tows|canvas|journey|undo|noun|notice|name|operation)\\.[A-Za-z0-9.]+)\"");
    /** A notice, a name check or an operation's name given as a literal (English) text. */
    private static final Pattern LITERAL_NOTICE = Pattern.compile("MessageActionUtil\\.(?:info|warn|error)\\(\\s*\"|"
            + "ValidationStatus\\.(?:error|warning)\\(\\s*\"|getLabel\\(\\)\\s*\\{\\s*return\\s*\"|super\\(\\s*\"");

    @Test
    void everyTextTheServerShowsIsInTheBundleAndNoneIsALiteral() throws IOException {
        Properties english = texts("");
        Set<String> used = new TreeSet<>();
        List<String> literals = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(serverSources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher key = SERVER_KEY.matcher(source);
                while (key.find()) {
                    if (!key.group(1).endsWith(".")) { // a prefix ("tows.hint." + cell): the cells' test checks those
                        used.add(key.group(1));
                    }
                }
                Matcher literal = LITERAL_NOTICE.matcher(source);
                while (literal.find()) {
                    literals.add(file.getFileName() + ": " + source.substring(literal.start(), Math.min(source.length(), literal.end() + 40)));
                }
            }
        }
        assertTrue(used.size() >= 40, "the palettes', notices' and edits' keys: " + used);
        assertTrue(used.containsAll(Set.of("notice.exported", "name.required", "operation.createCard", "notice.losesSupportMany")), used.toString());
        for (String key : used) {
            assertTrue(english.containsKey(key), "texts.properties has " + key);
        }
        assertEquals(List.of(), literals, "notices, name checks and operation names come from texts.properties");
    }

    /** A string literal in Java source (its quotes included). */
    private static final Pattern JAVA_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Where a model factory gives a label its text: the rest of the line is what the page shows. */
    private static final Pattern LABEL_TEXT = Pattern.compile("\\.text\\(|addArgument\\(\\s*\"lines\",");
    private static final Pattern WORD = Pattern.compile("(?<!\\\\)\\p{L}{2}");

    @Test
    void noLabelTheDiagramsDrawIsAnEnglishLiteral() throws IOException {
        List<String> literals = new java.util.ArrayList<>();
        List<Path> factories;
        try (Stream<Path> files = Files.walk(serverSources())) {
            factories = files.filter(f -> f.getFileName().toString().endsWith("ModelFactory.java")).toList();
        }
        assertEquals(3, factories.size(), "the TOWS, canvas and journey model factories: " + factories);
        for (Path file : factories) {
            for (String line : Files.readAllLines(file)) {
                Matcher label = LABEL_TEXT.matcher(line);
                if (!label.find()) {
                    continue;
                }
                Matcher literal = JAVA_STRING.matcher(line.substring(label.end()));
                while (literal.find()) {
                    if (WORD.matcher(literal.group()).find()) {
                        literals.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), literals, "the labels' words come from texts.properties");
    }

    @Test
    void aNotesFurtherChipsAreCountedInTheWorkbenchsLanguage() {
        assertEquals("+3 more", DiagramTexts.get(Locale.ENGLISH, "canvas.moreLinks", 3));
        // Russian without a noun to inflect: "3 more" reads the same for 1, 3 and 5
        assertEquals("\u0435\u0449\u0451 5", DiagramTexts.get(Locale.forLanguageTag("ru"), "canvas.moreLinks", 5));
        assertEquals("\u0627\u0644\u0645\u0632\u064a\u062f: 2", DiagramTexts.get(Locale.forLanguageTag("ar"), "canvas.moreLinks", 2));
        assertEquals("+1 mais", DiagramTexts.get(Locale.forLanguageTag("pt"), "canvas.moreLinks", 1));
        assertEquals("+1 in pi\u00f9", DiagramTexts.get(Locale.ITALIAN, "canvas.moreLinks", 1));
        assertEquals("th\u00eam 4", DiagramTexts.get(Locale.forLanguageTag("vi"), "canvas.moreLinks", 4));
    }

    @Test
    void theServersNoticesSpeakTheWorkbenchsLanguage() {
        Locale russian = Locale.forLanguageTag("ru");
        assertEquals("\u042d\u0442\u043e\u0433\u043e \u044d\u043b\u0435\u043c\u0435\u043d\u0442\u0430 "
                + "\u0431\u043e\u043b\u044c\u0448\u0435 \u043d\u0435\u0442 \u0432 \u043f\u043b\u0430\u043d\u0435.",
                DiagramTexts.get(russian, "notice.elementGone"));
        assertEquals("Exported plan-tows.svg beside the plan", DiagramTexts.get(Locale.ENGLISH, "notice.exported", "plan-tows.svg"));
        assertEquals("plan-tows.svg exportado ao lado do plano",
                DiagramTexts.get(Locale.forLanguageTag("pt"), "notice.exported", "plan-tows.svg"));
        assertEquals("Tieni il nome sotto i 500 caratteri; il resto va nella descrizione.",
                DiagramTexts.get(Locale.ITALIAN, "name.tooLong", NameValidator.MAX_LENGTH));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar"));
            assertEquals("\u0627\u0644\u0627\u0633\u0645 \u0645\u0637\u0644\u0648\u0628.",
                    new NameValidator().validate(" ", null).getMessage(), "the in-place name check in Arabic");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

    private static Properties texts(String suffix) throws IOException {
        Properties texts = new Properties();
        try (var in = DiagramTexts.class.getResourceAsStream("texts" + suffix + ".properties")) {
            assertNotNull(in, "texts" + suffix + ".properties");
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishTextsAndArguments() throws IOException {
        Properties english = texts("");
        for (String language : List.of("pt", "ru", "vi", "it", "ar")) {
            Properties translated = texts("_" + language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(arguments(english.getProperty(key)), arguments(translated.getProperty(key)), language + " " + key);
                assertFalse(translated.getProperty(key).isBlank(), language + " " + key);
            }
        }
    }

    @Test
    void aPortugueseWorkbenchGetsPortugueseTextsAndOthersEnglish() throws Exception {
        Locale portuguese = Locale.forLanguageTag("pt-BR");
        assertEquals("Guardar", DiagramTexts.get(portuguese, "page.save"));
        assertEquals("Ponto de contacto (Paga)", DiagramTexts.get(portuguese, "palette.touchpoint", "Paga"));
        assertEquals("Save", DiagramTexts.get(Locale.GERMAN, "page.save"), "no German texts: English");
        assertEquals("Save", DiagramTexts.get(Locale.ENGLISH, "page.save"));
        String served = new String(DiagramTexts.script(portuguese).content(), StandardCharsets.UTF_8);
        assertEquals("Anular|Jornada do cliente|altera\u00e7\u00f5es por guardar", runNode("var window = {}; " + served
                + " const t = window.tacticianTexts; process.stdout.write([t.undo, t.journeyTitle, t.unsaved].join('|'));"));
        String russian = new String(DiagramTexts.script(Locale.forLanguageTag("ru")).content(), StandardCharsets.UTF_8);
        assertTrue(russian.contains(DiagramTexts.jsString("\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c")), "Russian Save");
    }

    @Test
    void theMatrixAndTheCanvasUseTheDocumentsWordsInTheWorkbenchLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pt"));
            assertEquals("For\u00e7as (F)", org.tactician.diagrams.tows.TowsCell.S.title());
            assertEquals("Estrat\u00e9gias FO", org.tactician.diagrams.tows.TowsCell.SO.title());
            assertEquals("Parcerias-chave", org.tactician.diagrams.canvas.CanvasArea.KEY_PARTNERS.title());
            assertEquals("Quem nos ajuda", org.tactician.diagrams.canvas.CanvasArea.KEY_PARTNERS.hint());
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Strengths (S)", org.tactician.diagrams.tows.TowsCell.S.title());
            assertEquals("SO strategies", org.tactician.diagrams.tows.TowsCell.SO.title());
            assertEquals("Key partners", org.tactician.diagrams.canvas.CanvasArea.KEY_PARTNERS.title());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theScriptGivesAnyTextBackUnchanged() throws Exception {
        String hostile = "</script><script>alert(1)</script> \"quoted\" \\ back\u2028line 'single' "
                + "\u0645\u0631\u062d\u0628\u0627 \u0434\u0443\u0431 Vi\u1ec7t \ud83d\ude80";
        String script = "var window = {}; window.tacticianTexts = {" + DiagramTexts.jsString("t") + ": "
                + DiagramTexts.jsString(hostile) + "};";
        assertFalse(script.contains("</script"), "nothing can close the page's script element");
        assertEquals(hostile, runNode(script + " process.stdout.write(window.tacticianTexts.t);"));

        String served = new String(DiagramTexts.script().content(), StandardCharsets.UTF_8);
        assertEquals(DiagramTexts.get("page.fit"), runNode("var window = {}; " + served + " process.stdout.write(window.tacticianTexts.fit);"));
    }

    private static String runNode(String program) throws Exception {
        Process node = new ProcessBuilder("node", "-e", program).redirectErrorStream(true).start();
        node.getOutputStream().close();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return node.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("node did not end in 30 s");
        }
        String text = new String(output.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), text);
        return text;
    }
}

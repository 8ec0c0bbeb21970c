package org.tactician.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.cli.internal.PlanRulesCheck;
import org.tactician.model.CustomerJourney;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MarketingPlan;
import org.tactician.model.OperationsSection;
import org.tactician.model.TacticianFactory;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

class TacticianCommandLineTest {

    private static final TacticianFactory F = TacticianFactory.eINSTANCE;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(new TacticianCommandLine(print(out), print(err)), args);
    }

    private static int run(TacticianCommandLine commandLine, String... args) {
        return commandLine.run(args);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A small valid plan with one editorial entry in Vietnamese, saved to disk. */
    private Path savedPlan(boolean withBrokenFlow) throws IOException {
        MarketingPlan plan = F.createMarketingPlan();
        plan.setId("cli-plan");
        plan.setName("Kế hoạch 2027");
        plan.setStart(LocalDate.of(2027, 1, 1));
        plan.setEnd(LocalDate.of(2027, 12, 31));
        OperationsSection operations = F.createOperationsSection();
        operations.setId("ops");
        plan.setOperations(operations);
        EditorialCalendar editorial = F.createEditorialCalendar();
        editorial.setId("editorial");
        operations.setEditorialCalendar(editorial);
        EditorialEntry entry = F.createEditorialEntry();
        entry.setId("ed-1");
        entry.setName("Bài viết về nội thất");
        entry.setStart(LocalDate.of(2027, 3, 4));
        editorial.getEntries().add(entry);
        if (withBrokenFlow) {
            CustomerJourney journey = F.createCustomerJourney();
            journey.setId("journey");
            JourneyFlow flow = F.createJourneyFlow();
            flow.setId("flow-without-ends");
            journey.getFlows().add(flow);
            plan.getJourneys().add(journey);
        }
        Path file = temp.resolve(withBrokenFlow ? "broken.mplan" : "plan.mplan");
        PlanFiles.save(plan, file);
        return file;
    }

    @Test
    void aNameLongerThanACellIsCutInTheWorkbookWithOneWarning() throws IOException {
        MarketingPlan plan = F.createMarketingPlan();
        plan.setId("cli-long-line");
        plan.setName("Kế hoạch 2027");
        plan.setCurrency("EUR");
        plan.setStart(LocalDate.of(2027, 1, 1));
        plan.setEnd(LocalDate.of(2027, 12, 31));
        org.tactician.model.ActionSection action = F.createActionSection();
        action.setId("action");
        org.tactician.model.Budget budget = F.createBudget();
        budget.setId("budget");
        org.tactician.model.BudgetLine line = F.createBudgetLine();
        line.setId("bl-paid-search-q3");
        // A pasted page as the name: more than a spreadsheet cell holds (32,767 characters).
        line.setName("Paid search Q3\n" + "keywords ".repeat(4_000));
        line.setAmount(org.tactician.model.Money.of("900.00", "EUR"));
        budget.getLines().add(line);
        action.setBudget(budget);
        plan.setAction(action);
        Path file = temp.resolve("long-line.mplan");
        PlanFiles.save(plan, file);
        Path folder = temp.resolve("out");

        // (A check without findings: the plan's other gaps are not what this is about.)
        TacticianCommandLine commandLine = new TacticianCommandLine(print(out), print(err), p -> List.of());
        assertEquals(0, run(commandLine, "generate", file.toString(), "--out", folder.toString(), "--format", "xlsx,csv"));

        // One warning line on stderr, the name shortened and on one line, the id to find it, and what was done.
        assertEquals(List.of("warning: budget line 'Paid search Q3 keywords keywords keywords keywords keywords…' "
                + "(id bl-paid-search-q3): its name was cut to 32,767 characters in budget.xlsx"), errLines());
        assertTrue(Files.isRegularFile(folder.resolve("budget.xlsx")) && Files.isRegularFile(folder.resolve("budget.csv")),
                "both written");
        // The CSV is for other tools: it keeps the whole name.
        assertTrue(Files.readString(folder.resolve("budget.csv")).contains("keywords ".repeat(4_000).strip()), "the CSV keeps it all");

        // validate says so before any generation: the element's kind and id, the name's length and the limit.
        assertEquals(0, run(new TacticianCommandLine(print(out), print(err), new PlanRulesCheck(Locale.ENGLISH)), "validate",
                file.toString()), out());
        assertTrue(outLines().contains(file + ": warning: The name of the budget line with id bl-paid-search-q3 is 36,015 "
                + "characters long, more than a spreadsheet cell holds (32,767): shorten it and keep the long text in the "
                + "description, or budget.xlsx cuts it. [naming.too-long]"), out());
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("tactician generate PLAN --out DIR"));
        assertTrue(errLines().isEmpty());
    }

    @Test
    void noArgumentsOrAnUnknownCommandIsAUsageError() {
        assertEquals(2, run());
        assertEquals(2, run("publish", "x.mplan"));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).contains("unknown command 'publish'"));
    }

    @Test
    void aMistypedOptionInFrontIsAnUnknownCommand() {
        // The start scripts hand every double-dash first word to the command line (not the workbench).
        assertEquals(2, run("--version"));
        assertEquals(2, run("--frmat", "html"));
        assertEquals(2, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("unknown command '--version'"), errLines().get(0));
        assertTrue(errLines().get(1).contains("unknown command '--frmat'"), errLines().get(1));
    }

    static List<SamplePlans> exemplary() {
        return SamplePlans.exemplary();
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void everyExemplarySamplePlanValidatesWithoutAWarningOrAnError(SamplePlans sample) throws IOException {
        Path plan = temp.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, plan);
        }
        assertEquals(0, run("validate", plan.toString()), out() + err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("loading " + plan, plan + ": valid"), out().lines().toList(), "nothing but valid");
        assertTrue(errLines().isEmpty(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theNeedsWorkSampleHasErrorsAndExitCodeOne() throws IOException {
        Path plan = temp.resolve(SamplePlans.NEEDS_WORK.fileName());
        try (InputStream in = SamplePlans.NEEDS_WORK.openStream()) {
            Files.copy(in, plan);
        }
        assertEquals(1, run("validate", plan.toString()), out());
        assertTrue(out().contains(": error: ") && out().contains("[forecast.margin.missing]"), out());
        assertTrue(out().contains("1 error(s), 12 warning(s)"), out());
    }

    @Test
    void validateWordsTheFindingsInTheUsersLanguageAndInEnglishUnderAnEnglishOrCLocale() throws IOException {
        Path plan = temp.resolve(SamplePlans.NEEDS_WORK.fileName());
        try (InputStream in = SamplePlans.NEEDS_WORK.openStream()) {
            Files.copy(in, plan);
        }
        String[] outputs = new String[3];
        Locale[] locales = {Locale.forLanguageTag("pt-PT"), Locale.ENGLISH, Locale.ROOT};
        for (int i = 0; i < locales.length; i++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            assertEquals(1, run(new TacticianCommandLine(print(text), print(err), new PlanRulesCheck(locales[i])), "validate",
                    plan.toString()));
            outputs[i] = text.toString(StandardCharsets.UTF_8);
        }
        String portuguese = outputs[0];
        // The Portuguese words of two rules, with their ids kept for the lint profile.
        assertTrue(portuguese.contains("não tem responsável: indique o membro da equipa que responde por ele. "
                + "[smart.specific.owner-missing]"), portuguese);
        assertTrue(portuguese.contains("vende online mas não tem automação de carrinho abandonado"), portuguese);
        assertTrue(!portuguese.contains("has no owner") && !portuguese.contains("sells online"), portuguese);
        // English and the C locale: the rules' own English, the same bytes as always.
        assertTrue(outputs[1].contains("has no owner: name the team member who answers for it. [smart.specific.owner-missing]"),
                outputs[1]);
        assertEquals(outputs[1], outputs[2]);
        assertEquals(outputs[1].lines().count(), portuguese.lines().count(), "one line per finding in every language");
    }

    @Test
    void aPlanOfTactician010IsMigratedInMemoryWithNotes() throws IOException {
        Path plan = temp.resolve("old.mplan");
        String original = """
                <?xml version="1.0" encoding="UTF-8"?>
                <plan:MarketingPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plan="http://tactician.org/plan/1.0" id="old" name="Plan 0.1.0" currency="EUR"
                    start="2027-01-01" end="2027-12-31">
                  <opportunity id="opportunity">
                    <forecast id="forecast" name="Forecast">
                      <inputs id="fi-1" month="2027-01" sessions="1000" conversionRate="2" averageOrderValue="50.00 EUR"
                          cost="300.00 EUR"/>
                    </forecast>
                  </opportunity>
                </plan:MarketingPlan>
                """;
        Files.writeString(plan, original);
        run("validate", plan.toString());
        assertTrue(out().contains(plan + ": note: Read a plan written by Tactician 0.1.0"), out());
        assertTrue(out().contains("1 forecast input(s) had a cost (300.00 EUR in all)"), out());
        assertEquals(original, Files.readString(plan), "validating leaves the file as it is");
    }

    @Test
    void theRulesWarnAboutWhatASketchOfAPlanLacks() throws IOException {
        Path plan = savedPlan(false);
        assertEquals(0, run("validate", plan.toString()), out());
        assertTrue(out().contains(": warning: "), out());
        assertTrue(out().contains("[race.stage.objective-missing]"), out());
        assertTrue(out().contains("warning(s)"), out());
    }

    @Test
    void validationErrorsGiveExitCodeOne() throws IOException {
        Path plan = savedPlan(true);
        assertEquals(1, run("validate", plan.toString()));
        assertTrue(out().contains("error"), out());
    }

    @Test
    void validationUsesThePluggedCheck() throws IOException {
        Path plan = savedPlan(false);
        PlanCheck objectiveMissing = p -> List.of(new PlanCheck.Finding(true, "the plan has no SMART objective"));
        int code = run(new TacticianCommandLine(print(out), print(err), objectiveMissing), "validate", plan.toString());
        assertEquals(1, code);
        assertTrue(out().contains("error: the plan has no SMART objective"));
    }

    @Test
    void aBrokenFileGivesOneLineAndExitCodeTwo() throws IOException {
        Path bad = temp.resolve("bad.mplan");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<plan:MarketingPlan xmlns:plan=\"http://tactician.org/plan/1.0\"\n  id=\"x\">\n<oops");
        assertEquals(2, run("validate", bad.toString()));
        assertEquals(1, errLines().size(), err.toString(StandardCharsets.UTF_8));
        assertTrue(errLines().get(0).matches(".*bad\\.mplan:\\d+(:\\d+)?: .*"), errLines().get(0));
        err.reset();
        assertEquals(2, run("generate", temp.resolve("missing.mplan").toString(), "--out", temp.toString()));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).contains("no such file"));
    }

    @Test
    void generateWritesTheRequestedFormatsWithProgress() throws IOException {
        Path plan = savedPlan(false);
        Path folder = temp.resolve("out");
        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "ics,csv,html"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(folder.resolve("calendar-editorial.ics")).contains("ed-1@cli-plan.tactician"));
        assertTrue(Files.exists(folder.resolve("calendar-entries.csv")));
        assertTrue(Files.readString(folder.resolve("plan.html")).contains("Kế hoạch 2027"));
        assertTrue(Files.notExists(folder.resolve("plan.pdf")));
        assertTrue(out().contains("writing calendar-editorial.ics"));
        assertTrue(errLines().isEmpty());
    }

    @Test
    void svgWritesTheFiguresOfASampleAsXml() throws Exception {
        Path plan = temp.resolve(SamplePlans.FURNITURE_RETAILER.fileName());
        try (InputStream in = SamplePlans.FURNITURE_RETAILER.openStream()) {
            Files.copy(in, plan);
        }
        MarketingPlan model = PlanFiles.load(plan);
        Path folder = temp.resolve("slides");
        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "svg"),
                err.toString(StandardCharsets.UTF_8));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String touchpoint = model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0).getName();
        for (String name : List.of("tows.svg", "canvas.svg", "journey.svg")) {
            org.w3c.dom.Element root = factory.newDocumentBuilder().parse(folder.resolve(name).toFile()).getDocumentElement();
            assertEquals("svg", root.getLocalName(), name);
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), name);
            assertTrue(out().contains("writing " + name), out());
        }
        String journey = Files.readString(folder.resolve("journey.svg")).replaceAll("\\s+", " ");
        assertTrue(journey.contains(touchpoint.split("\\s+")[0]), touchpoint);
        assertTrue(Files.notExists(folder.resolve("plan.pdf")), "only the formats asked for");
        assertTrue(errLines().isEmpty(), errLines().toString());
    }

    @Test
    void generatorWarningsArePrintedOnStandardError() throws IOException {
        Path folder = temp.resolve("no-figures");
        assertEquals(0, run("generate", savedPlan(false).toString(), "--out", folder.toString(), "--format", "svg"));
        assertTrue(errLines().contains("warning: the plan has no customer journey, so journey.svg was not written"),
                errLines().toString());
        assertTrue(errLines().stream().allMatch(line -> line.startsWith("warning: ")), errLines().toString());
        assertTrue(Files.notExists(folder.resolve("tows.svg")));
    }

    @Test
    void summaryOnlyWritesTheExecutiveSummary() throws IOException {
        Path folder = temp.resolve("summary");
        assertEquals(0, run("generate", savedPlan(false).toString(), "--out", folder.toString(), "--format", "html",
                "--summary-only"));
        assertTrue(Files.exists(folder.resolve("plan-summary.html")));
    }

    @Test
    void badGenerateUsageIsExitCodeTwo() throws IOException {
        Path plan = savedPlan(false);
        assertEquals(2, run("generate", plan.toString()));
        assertEquals(2, run("generate", plan.toString(), "--out", temp.toString(), "--format", "pdf,exe"));
        assertEquals(2, run("generate", "--out", temp.toString()));
        assertEquals(3, errLines().size());
        assertTrue(errLines().get(1).contains("unknown format 'exe'"));
    }

    @Test
    void verboseIsAcceptedWithEveryCommand() throws IOException {
        Path plan = savedPlan(false);
        assertEquals(0, run("validate", plan.toString(), "--verbose"));
        assertEquals(0, run("--verbose", "generate", plan.toString(), "--out", temp.resolve("v").toString(), "--format", "ics"));
        assertTrue(errLines().isEmpty(), errLines().toString());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineNamingTheFile() throws IOException {
        Path plan = savedPlan(false);
        Path aFile = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        assertEquals(2, run("generate", plan.toString(), "--out", aFile.resolve("out").toString(), "--format", "html"));
        assertEquals(1, errLines().size(), errLines().toString());
        String line = errLines().get(0);
        assertTrue(line.startsWith("tactician: cannot write to " + aFile.resolve("out")), line);
        assertTrue(line.contains("notes.txt"), line);
        assertTrue(!line.contains("Exception"), "no Java class names: " + line);
    }

    @Test
    void theUsageNamesEveryCommandAndOption() {
        assertEquals(0, run("--help"));
        for (String word : List.of("tactician validate PLAN", "tactician generate PLAN --out DIR", "--format", "--summary-only",
                "--verbose", ".mplan.lint", "Exit codes: 0 ok, 1 validation errors, 2 ")) {
            assertTrue(out().contains(word), word + " missing from:\n" + out());
        }
    }

    private List<String> outLines() {
        return out().lines().toList();
    }

    @Test
    void controlCharactersInPlanTextNeverReachTheTerminal() throws IOException {
        // XML 1.1 carries control characters as character references; a hostile file uses that.
        Path file = savedPlan(false);
        String xml = Files.readString(file).replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                .replace("name=\"Kế hoạch 2027\"", "name=\"Evil&#x1b;[2J&#x7; plan&#13;&#10;injected line\"");
        Files.writeString(file, xml);

        run("validate", file.toString());

        String printed = out() + err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.chars().noneMatch(c -> c < 0x20 && c != '\n'), "a raw control character was printed: " + printed);
        assertTrue(outLines().stream().noneMatch(line -> line.startsWith("injected line")), printed);
        assertTrue(printed.contains("\\u001b[2J\\u0007 plan\\r\\ninjected line"), printed);
    }

    @Test
    void looseOptionsAreUsageErrors() throws IOException {
        String plan = savedPlan(false).toString();
        String folder = temp.resolve("out").toString();
        assertEquals(2, run("generate", plan, "--out", folder, "--format", ","));
        assertEquals(2, run("generate", plan, "--out", folder, "--format", "html,,pdf"));
        assertEquals(2, run("generate", plan, "--out", ""));
        assertEquals(2, run("generate", plan, "--out", folder, "--out", temp.resolve("other").toString()));
        assertEquals(2, run("generate", plan, "--out", folder, "--format", "ics", "--format", "html"));
        assertEquals(5, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("--format needs"), errLines().get(0));
        assertTrue(errLines().get(2).contains("--out needs a folder name"), errLines().get(2));
        assertTrue(errLines().get(3).contains("--out is given twice"), errLines().get(3));
        assertTrue(errLines().get(4).contains("--format is given twice"), errLines().get(4));
        assertTrue(Files.notExists(temp.resolve("out")) && Files.notExists(temp.resolve("other")), "nothing written");
    }

    @Test
    void generateNeverReplacesItsOwnInput() throws IOException {
        Path plan = Files.move(savedPlan(false), temp.resolve("plan.html"));
        byte[] before = Files.readAllBytes(plan);
        assertEquals(2, run("generate", plan.toString(), "--out", temp.toString(), "--format", "html"));
        assertArrayEqualsBytes(before, Files.readAllBytes(plan));
        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("would replace the plan itself (plan.html"), errLines().get(0));
    }

    private static void assertArrayEqualsBytes(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "the plan file was changed");
    }

    @Test
    void anInvalidPlanIsNotGeneratedUnlessForced() throws IOException {
        Path plan = savedPlan(true);
        Path folder = temp.resolve("out");
        assertEquals(1, run("generate", plan.toString(), "--out", folder.toString(), "--format", "html"));
        assertTrue(Files.notExists(folder.resolve("plan.html")));
        assertTrue(errLines().stream().anyMatch(line -> line.startsWith(plan + ": error: ")), errLines().toString());
        assertTrue(errLines().get(errLines().size() - 1).contains("add --force to generate anyway"), errLines().toString());

        err.reset();
        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "html", "--force"));
        assertTrue(Files.exists(folder.resolve("plan.html")));
        assertTrue(errLines().stream().anyMatch(line -> line.matches(".*despite \\d+ validation error\\(s\\) \\(--force\\)")), errLines().toString());
    }

    @Test
    void aSecondRunRemovesWhatTheFirstWroteAndItDidNot() throws IOException {
        Path plan = savedPlan(false);
        Path folder = temp.resolve("out");
        Files.createDirectories(folder);
        Path usersOwn = Files.writeString(folder.resolve("notes.ics"), "the user's own file");
        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "ics,html"));
        assertTrue(Files.exists(folder.resolve("calendar-all.ics")));

        out.reset();
        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "html"));

        try (var files = Files.list(folder)) {
            assertEquals(List.of(".tactician-output", "notes.ics", "plan.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("the user's own file", Files.readString(usersOwn));
        assertTrue(out().contains("removed calendar-all.ics (an earlier run wrote it, this one did not)"), out());
    }

    /** A plan file written by hand, as a hostile (or careless) user does. */
    private Path handWritten(String name, String body) throws IOException {
        return Files.writeString(temp.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tactician:MarketingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:tactician=\""
                + org.tactician.model.TacticianPackage.eNS_URI + "\" id=\"plan\" name=\"Hand-written plan\" "
                + body + "\n</tactician:MarketingPlan>\n");
    }

    @Test
    void everyLoadProblemIsOneLineWithItsPlaceInTheUsersWords() throws IOException {
        Path file = handWritten("broken-links.mplan", "start=\"2027-01-01\" end=\"2027-12-31\">\n"
                + "  <operations id=\"operations\">\n"
                + "    <editorialCalendar id=\"editorial\" name=\"Editorial\">\n"
                + "      <entries id=\"ed-1\" name=\"One\" start=\"2027-03-04\" objective=\"editorial\"/>\n"
                + "      <entries id=\"ed-1\" name=\"Two\" start=\"2027-03-05\"/>\n"
                + "      <entries id=\"ed-3\" name=\"Three\" start=\"2027-03-06\" channel=\"nowhere\"/>\n"
                + "    </editorialCalendar>\n"
                + "  </operations>");

        assertEquals(2, run("validate", file.toString()));

        List<String> lines = errLines();
        assertEquals(3, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(line.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .+"),
                    "file:line:column: " + line);
            assertFalse(line.contains("Impl") || line.contains("org.tactician") || line.contains("@"),
                    "no Java internals: " + line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains(":5:") && line.contains("must refer to")
                && line.contains("'editorial' is")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains(":6:") && line.contains("the id 'ed-1' is used twice")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains(":7:") && line.contains("'nowhere'")), lines.toString());
    }

    @Test
    void aUnicodeCopyOfAPlanThatStillSaysUtf8Loads() throws IOException {
        Path plan = savedPlan(false);
        String text = Files.readString(plan);
        Path utf16 = Files.write(temp.resolve("unicode.mplan"), text.getBytes(StandardCharsets.UTF_16));
        assertEquals(0, run("validate", utf16.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains(utf16 + ": valid"), out());
    }

    @Test
    void outOfMemoryIsOneLineNamingTheHeapAndExitCodeTwo() throws IOException {
        Path plan = savedPlan(false);
        Path folder = temp.resolve("out");
        PlanCheck exhausted = p -> {
            throw new OutOfMemoryError("Java heap space");
        };
        TacticianCommandLine commandLine = new TacticianCommandLine(print(out), print(err), exhausted);

        assertEquals(2, run(commandLine, "validate", plan.toString()));
        assertEquals(2, run(commandLine, "generate", plan.toString(), "--out", folder.toString()));

        assertEquals(2, errLines().size(), errLines().toString());
        for (String line : errLines()) {
            assertTrue(line.contains("out of memory") && line.contains("TACTICIAN_HEAP="), line);
            assertFalse(line.contains("OutOfMemoryError") || line.contains("at org."), line);
        }
        assertFalse(out().contains("!SESSION") || out().contains("Exception"), out());
        assertTrue(Files.notExists(folder), "nothing written");
    }

    @Test
    void outOfMemoryWrappedByTheClassLoaderIsTheSameOneLine() throws IOException {
        // Seen in the product with a 40 MB heap: OSGi's weaving hook ran out of memory loading a
        // class in a generator's thread and threw ClassFormatError; the run exited 0 without a word.
        Path plan = savedPlan(false);
        Path folder = temp.resolve("out");
        PlanCheck exhausted = p -> {
            throw new ClassFormatError("Unexpected error from weaving hook.") {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Throwable getCause() {
                    return new OutOfMemoryError("Java heap space");
                }
            };
        };
        TacticianCommandLine commandLine = new TacticianCommandLine(print(out), print(err), exhausted);

        assertEquals(2, run(commandLine, "generate", plan.toString(), "--out", folder.toString()));

        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("out of memory") && errLines().get(0).contains("TACTICIAN_HEAP="), errLines().get(0));
        assertTrue(Files.notExists(folder), "nothing written");
    }

    @Test
    void aNoClassDefFoundErrorAfterTheHeapRanOutInAnotherThreadIsOutOfMemory() throws IOException {
        // Seen in the product with a 40 MB heap: a class failed to load in one thread for want of
        // memory; the next thread to need it got a NoClassDefFoundError that names no cause.
        Path plan = savedPlan(false);
        Path folder = temp.resolve("out");
        PlanCheck exhausted = p -> {
            Thread loader = new Thread(() -> {
                throw new ClassFormatError("Unexpected error from weaving hook.") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public synchronized Throwable getCause() {
                        return new OutOfMemoryError("Java heap space");
                    }
                };
            });
            loader.start();
            try {
                loader.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new NoClassDefFoundError("org/tactician/generators/document/PlanDocument");
        };
        TacticianCommandLine commandLine = new TacticianCommandLine(print(out), print(err), exhausted);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler quiet = (thread, failure) -> { };
        Thread.setDefaultUncaughtExceptionHandler(quiet);
        try {
            assertEquals(2, run(commandLine, "generate", plan.toString(), "--out", folder.toString()));
            assertEquals(quiet, Thread.getDefaultUncaughtExceptionHandler(), "the run puts the handler back");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }

        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("out of memory") && errLines().get(0).contains("TACTICIAN_HEAP="), errLines().get(0));
        assertFalse(errLines().get(0).contains("internal error"), errLines().get(0));
        assertTrue(Files.notExists(folder), "nothing written");

        // The next run, with the heap back, is judged on its own: the same error is an internal one.
        err.reset();
        PlanCheck broken = p -> {
            throw new NoClassDefFoundError("org/tactician/generators/document/PlanDocument");
        };
        assertEquals(2, run(new TacticianCommandLine(print(out), print(err), broken), "validate", plan.toString()));
        assertTrue(errLines().get(0).contains("internal error (NoClassDefFoundError)"), errLines().get(0));
    }

    @Test
    void aNoClassDefFoundErrorThatNamesTheHeapInItsMessageIsOutOfMemory() throws IOException {
        // The JVM's error for a class whose initialisation ran out of memory carries it as text.
        Path plan = savedPlan(false);
        PlanCheck exhausted = p -> {
            throw new NoClassDefFoundError("Could not initialize class org.tactician.generators.docx.Docx") {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Throwable getCause() {
                    return new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: Java heap space"
                            + " [in thread \"tactician-generate-2\"]");
                }
            };
        };
        assertEquals(2, run(new TacticianCommandLine(print(out), print(err), exhausted), "validate", plan.toString()));
        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("out of memory"), errLines().get(0));
    }

    @Test
    void aLockFileLeftByAKilledRunIsNoObstacleAndEveryRunRemovesItsOwn() throws IOException {
        Path plan = savedPlan(false);
        Path folder = Files.createDirectories(temp.resolve("out"));
        // What a run killed by the system (or an earlier version) left behind.
        Files.writeString(folder.resolve(".tactician-output.lock"), "4242-dead\n");

        assertEquals(0, run("generate", plan.toString(), "--out", folder.toString(), "--format", "html"));
        assertTrue(Files.notExists(folder.resolve(".tactician-output.lock")), "the lock file is removed");

        // A run that fails after it has taken the folder leaves neither its lock nor its staged files.
        Path blocked = Files.createDirectories(temp.resolve("blocked"));
        Files.createDirectories(blocked.resolve("plan.html").resolve("in the way"));
        assertEquals(2, run("generate", plan.toString(), "--out", blocked.toString(), "--format", "html"));
        try (var files = Files.list(blocked)) {
            assertEquals(List.of("plan.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anErrorThatIsNotOutOfMemoryIsAnInternalErrorNotCalledOne() throws IOException {
        Path plan = savedPlan(false);
        PlanCheck broken = p -> {
            throw new LinkageError("a missing class");
        };
        TacticianCommandLine commandLine = new TacticianCommandLine(print(out), print(err), broken);

        assertEquals(2, run(commandLine, "validate", plan.toString()), "an internal failure never exits 0");
        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("internal error (LinkageError)"), errLines().get(0));
        assertFalse(errLines().get(0).contains("out of memory"), errLines().get(0));
    }

    @Test
    void aMistypedYearIsAWarningForValidateAndARefusalForGenerate() throws IOException {
        Path plan = savedPlan(false);
        // The last date there is: validating it ran out of memory (a calendar of 12 billion months).
        Files.writeString(plan, Files.readString(plan).replace("end=\"2027-12-31\"", "end=\"+999999999-12-31\""));

        int code = run("validate", plan.toString());

        assertTrue(code == 0 || code == 1, "a verdict, not a crash: " + code + " " + errLines());
        assertTrue(errLines().isEmpty(), errLines().toString());
        assertTrue(out().lines().anyMatch(line -> line.startsWith(plan + ": warning: ")
                && line.contains("+999999999-12-31") && line.contains("[plan.period.implausible]")), out());

        Path folder = temp.resolve("out");
        assertEquals(2, run("generate", plan.toString(), "--out", folder.toString()));
        assertTrue(errLines().get(errLines().size() - 1).contains("Tactician generates plans of at most 25 years"),
                errLines().toString());
        try (var files = Files.list(folder)) {
            assertTrue(files.map(p -> p.getFileName().toString()).allMatch(name -> name.startsWith(".tactician-output")),
                    "no output file written");
        } catch (java.nio.file.NoSuchFileException e) {
            // not even the folder: nothing written
        }
    }
}

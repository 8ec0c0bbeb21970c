package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.TacticianPackage;

/** Every way a plan file can be broken or hostile ends in one clear error and no partial model. */
class BadPlanFilesTest {

    @TempDir
    Path folder;

    private String valid;

    @BeforeEach
    void writeAValidPlan() throws IOException {
        Path file = folder.resolve("valid.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        valid = Files.readString(file);
    }

    private PlanLoadException loadFails(String name, String content) throws IOException {
        return loadFails(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private PlanLoadException loadFails(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        ResourceSet resourceSet = PlanFiles.newResourceSet();
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file, resourceSet));
        assertTrue(error.getMessage().startsWith(file.toString() + ":"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "a one-line message: " + error.getMessage());
        assertTrue(resourceSet.getResources().isEmpty(), "no partial model is left behind");
        return error;
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        String broken = valid.replaceFirst("</opportunity>", "</opportunityy>");
        PlanLoadException error = loadFails("malformed.mplan", broken);
        assertTrue(error.getMessage().contains("malformed XML"), error.getMessage());
        int expectedLine = (int) broken.substring(0, broken.indexOf("</opportunityy>")).lines().count();
        assertEquals(expectedLine, error.line());
    }

    @Test
    void truncatedFile() throws IOException {
        PlanLoadException error = loadFails("truncated.mplan", valid.substring(0, valid.length() / 2));
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
        assertTrue(error.line() > 1);
    }

    @Test
    void emptyFile() throws IOException {
        PlanLoadException error = loadFails("empty.mplan", "");
        assertTrue(error.getMessage().contains("empty"), error.getMessage());
    }

    @Test
    void wrongNamespace() throws IOException {
        PlanLoadException error = loadFails("foreign.mplan",
                valid.replace(TacticianPackage.eNS_URI, "http://example.org/other/2.0"));
        assertTrue(error.getMessage().contains("not a Tactician plan"), error.getMessage());
        assertTrue(error.getMessage().contains("http://example.org/other/2.0"), error.getMessage());
        assertEquals(2, error.line());
    }

    @Test
    void unknownAttribute() throws IOException {
        PlanLoadException error = loadFails("unknown.mplan",
                valid.replaceFirst("<channels ", "<channels colour=\"red\" "));
        assertTrue(error.getMessage().contains("unknown attribute 'colour' in a channel"), error.getMessage());
        assertEquals(lineOf(valid, "<channels "), error.line());
    }

    @Test
    void aMistypedNameSuggestsTheKnownOne() throws IOException {
        PlanLoadException error = loadFails("typo.mplan", valid.replaceFirst("<channels ", "<channels mediaTyp=\"PAID\" "));
        assertTrue(error.getMessage().contains("unknown attribute 'mediaTyp' in a channel (did you mean 'mediaType'?)"),
                error.getMessage());
    }

    @Test
    void unknownElementIsReportedAndTheRestIsStillRead() throws IOException {
        String broken = valid.replaceFirst("<channels ", "<chanels id=\"x\"><deep/></chanels>\n  <channels ")
                .replace("strategy=\"so-templates\"", "strategy=\"so-missing\"");
        PlanLoadException error = loadFails("element.mplan", broken);
        assertEquals(2, error.problems().size(), error.problems().toString());
        assertEquals("unknown element 'chanels' in a marketing plan (did you mean 'channels'?)",
                error.problems().get(0).message());
        assertEquals(lineOf(broken, "<chanels "), error.problems().get(0).line());
        assertTrue(error.problems().get(1).message().contains("'so-missing'"), error.problems().get(1).message());
    }

    @Test
    void danglingReference() throws IOException {
        String broken = valid.replace("strategy=\"so-templates\"", "strategy=\"so-missing\"");
        PlanLoadException error = loadFails("dangling.mplan", broken);
        assertEquals("'strategy' refers to 'so-missing', which no element of the plan has as its id",
                error.problems().get(0).message());
        assertEquals(lineOf(broken, "so-missing"), error.line());
        assertTrue(error.problems().get(0).column() > 0, "names the column");
    }

    @Test
    void aReferenceToAnElementOfTheWrongTypeNamesBoth() throws IOException {
        // The objective's strategy pointed at the channel: EMF printed the channel's Java object.
        String broken = valid.replace("strategy=\"so-templates\"", "strategy=\"ch-search\"");
        PlanLoadException error = loadFails("wrong-type.mplan", broken);
        assertEquals(1, error.problems().size(), error.problems().toString());
        assertEquals("'strategy' of SMART objective 'Grow social traffic' must refer to a TOWS strategy, but"
                + " 'ch-search' is channel 'Paid search'", error.problems().get(0).message());
        assertEquals(lineOf(broken, "strategy=\"ch-search\""), error.line());
        assertFalse(error.getMessage().contains("Impl"), error.getMessage());
    }

    @Test
    void aDuplicateIdIsReportedAsSuchAndOnce() throws IOException {
        String broken = valid.replace("id=\"so-templates\"", "id=\"ch-search\"");
        PlanLoadException error = loadFails("duplicate.mplan", broken);
        assertEquals("the id 'ch-search' is used twice: channel 'Paid search' has it too; every element of a plan"
                + " needs an id of its own", error.problems().get(0).message());
        assertEquals(lineOf(broken, "id=\"ch-search\" name=\"Template"), error.line());
        // The objective's link to the lost strategy id is the duplicate's consequence: it is named, not hidden.
        assertTrue(error.problems().stream().allMatch(p -> p.line() > 0), error.problems().toString());
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsLine() throws IOException {
        String broken = valid.replaceFirst("<channels ", "<channels colour=\"red\" ")
                .replace("2027-09-30", "2027-13-45")
                .replace("strategy=\"so-templates\"", "strategy=\"so-missing\"");
        PlanLoadException error = loadFails("three.mplan", broken);
        assertEquals(3, error.problems().size(), error.problems().toString());
        for (PlanLoadException.Problem problem : error.problems()) {
            assertTrue(problem.line() > 1 && problem.column() > 0, problem.toString());
        }
        assertTrue(error.getMessage().endsWith("(and 2 more problems)"), error.getMessage());
    }

    @Test
    void aUtf16CopyThatStillDeclaresUtf8Loads() throws IOException {
        // An editor's "Unicode" save keeps the declaration; the parser said "Content is not allowed in prolog".
        String text = valid.replace("Casa Nova 2027", "Città più bella — Рост, النمو");
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            byte[] bytes = text.getBytes(charset);
            if (charset == StandardCharsets.UTF_16LE) {
                byte[] withBom = new byte[bytes.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(bytes, 0, withBom, 2, bytes.length);
                bytes = withBom;
            }
            Path file = folder.resolve("utf16-" + charset.name() + ".mplan");
            Files.write(file, bytes);
            assertEquals("Città più bella — Рост, النمو", PlanFiles.load(file).getName(), charset.name());
        }
        Path file = folder.resolve("utf16-no-bom.mplan");
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Città più bella — Рост, النمو", PlanFiles.load(file).getName(), "UTF-16LE without a BOM");
    }

    @Test
    void textThatIsNotXmlIsNamedInWords() throws IOException {
        PlanLoadException error = loadFails("notes.mplan", "Meeting notes, not a plan\n");
        assertTrue(error.getMessage().contains("not a plan file: it does not start with XML"), error.getMessage());
        assertFalse(error.getMessage().contains("prolog"), error.getMessage());
        assertEquals(1, error.line());
    }

    @Test
    void somethingAfterThePlanIsNamed() throws IOException {
        PlanLoadException error = loadFails("trailing.mplan", valid + "<tactician:MarketingPlan/>\n");
        assertTrue(error.getMessage().contains("something follows the end of the plan"), error.getMessage());
    }

    @Test
    void aComputedValueIsNotStored() throws IOException {
        PlanLoadException error = loadFails("computed.mplan",
                valid.replaceFirst("<channels ", "<channels online=\"true\" "));
        assertTrue(error.getMessage().contains("'online' of a channel is computed by Tactician"), error.getMessage());
    }

    @Test
    void aLinkIntoAnotherFileIsRefused() throws IOException {
        PlanLoadException error = loadFails("cross.mplan",
                valid.replace("strategy=\"so-templates\"", "strategy=\"other.mplan#so-templates\""));
        assertTrue(error.getMessage().contains("'strategy' refers to 'other.mplan#so-templates' in another file"),
                error.getMessage());
    }

    @Test
    void aSecondSectionWhereAPlanHasOneIsRefused() throws IOException {
        PlanLoadException error = loadFails("twice.mplan",
                valid.replaceFirst("<opportunity ", "<opportunity id=\"again\"/>\n  <opportunity "));
        assertTrue(error.getMessage().contains("a second 'opportunity' in marketing plan 'Casa Nova 2027'"),
                error.getMessage());
    }

    @Test
    void anUnknownLiteralListsTheKnownOnes() throws IOException {
        PlanLoadException error = loadFails("literal.mplan", valid.replace("mediaType=\"PAID\"", "mediaType=\"BOUGHT\""));
        assertTrue(error.getMessage().contains("the value 'BOUGHT' is not allowed for 'mediaType' (expected one of PAID,"),
                error.getMessage());
    }

    @Test
    void theNotAPlanRootIsNamed() throws IOException {
        PlanLoadException error = loadFails("widget.mplan", valid.replace("tactician:MarketingPlan", "tactician:Widget"));
        assertTrue(error.getMessage().contains("unknown element type 'Widget': a plan file holds a <tactician:MarketingPlan>"),
                error.getMessage());
    }

    @Test
    void aProblemQuotingLineBreaksStaysOneLine() throws IOException {
        // Found by fuzzing: the parser quoted the broken declaration, line breaks and all (CRs read as LFs).
        String broken = valid.replaceFirst("version=\"1.0\"", "version=\"1.0" + "\r".repeat(40) + "\"");
        PlanLoadException error = loadFails("version.mplan", broken);
        String message = error.problems().get(0).message();
        assertTrue(message.startsWith("the XML declaration names version '1.0\\n\\n"), message);
        assertTrue(message.endsWith("plan files are XML 1.0 (<?xml version=\"1.0\" encoding=\"UTF-8\"?>)"), message);
        assertFalse(message.contains("\r") || message.contains("\n"), message);
    }

    @Test
    void aProblemQuotingAHugeValueIsCut() throws IOException {
        String huge = "x".repeat(100_000);
        PlanLoadException error = loadFails("huge.mplan", valid.replace("2027-09-30", huge));
        String message = error.problems().get(0).message();
        assertTrue(message.length() <= 400, message.length() + " characters");
        assertTrue(message.startsWith("the value 'xxx") && message.endsWith("…"), message);
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void externalEntityIsNeverRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String hostile = valid.replaceFirst("\n", "\n<!DOCTYPE plan [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]>\n").replace("Casa Nova 2027", "&leak;");
        PlanLoadException error = loadFails("xxe.mplan", hostile);
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP-SECRET"), error.getMessage());
    }

    @Test
    void entityExpansionBombIsRejected() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String hostile = valid.replaceFirst("\n", "\n<!DOCTYPE plan [" + entities + "]>\n")
                .replace("Casa Nova 2027", "&a9;");
        PlanLoadException error = loadFails("bomb.mplan", hostile);
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void notUtf8() throws IOException {
        String text = valid.replace("Casa Nova 2027", "Città più bella");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        PlanLoadException error = loadFails("latin1.mplan", latin1);
        assertTrue(error.getMessage().contains("not UTF-8 text"), error.getMessage());
        assertTrue(error.getMessage().contains("save the plan as UTF-8"), error.getMessage());
        assertEquals(lineOf(text, "Città"), error.line());
    }

    @Test
    void rootThatIsNotAPlan() throws IOException {
        String channelOnly = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tactician:Channel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:tactician=\"" + TacticianPackage.eNS_URI + "\" id=\"c\" name=\"Email\"/>\n";
        PlanLoadException error = loadFails("channel.mplan", channelOnly);
        assertTrue(error.getMessage().contains("marketing plan"), error.getMessage());
    }

    @Test
    void invalidDateValue() throws IOException {
        PlanLoadException error = loadFails("date.mplan", valid.replace("2027-09-30", "2027-13-45"));
        assertTrue(error.getMessage().contains("the value '2027-13-45' is not allowed for 'deadline' (expected a date such"
                + " as 2027-09-30)"), error.getMessage());
        assertTrue(error.line() > 1);
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[2048];
        new java.util.Random(42).nextBytes(garbage);
        PlanLoadException error = loadFails("garbage.mplan", garbage);
        assertFalse(error.getMessage().contains("prolog"), error.getMessage());
    }

    @Test
    void missingFile() {
        Path file = folder.resolve("nowhere.mplan");
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertEquals(file + ":no such file", error.getMessage());
    }
}

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
        assertTrue(error.getMessage().contains("unknown element or attribute 'colour' in a Channel"),
                error.getMessage());
        assertTrue(error.line() > 1);
    }

    @Test
    void danglingReference() throws IOException {
        PlanLoadException error = loadFails("dangling.mplan",
                valid.replace("strategy=\"so-templates\"", "strategy=\"so-missing\""));
        assertTrue(error.getMessage().contains("'so-missing'"), error.getMessage());
        assertTrue(error.getMessage().contains("no element of the plan has as its id"), error.getMessage());
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
        byte[] latin1 = valid.replace("Casa Nova 2027", "Città più bella").getBytes(StandardCharsets.ISO_8859_1);
        PlanLoadException error = loadFails("latin1.mplan", latin1);
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
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
        assertTrue(error.getMessage().contains("'2027-13-45' is not allowed for 'deadline'"), error.getMessage());
        assertTrue(error.line() > 1);
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[2048];
        new java.util.Random(42).nextBytes(garbage);
        loadFails("garbage.mplan", garbage);
    }

    @Test
    void missingFile() {
        Path file = folder.resolve("nowhere.mplan");
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertEquals(file + ":no such file", error.getMessage());
    }
}

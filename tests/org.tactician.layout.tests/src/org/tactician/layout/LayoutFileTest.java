package org.tactician.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout side file: deterministic, one element per line, and hostile files refused. */
class LayoutFileTest {

    @TempDir
    Path folder;

    private Path plan() {
        return folder.resolve("shop.mplan");
    }

    private static DiagramLayout layout(String... entries) {
        DiagramLayout layout = new DiagramLayout();
        ChangeLayoutCommand command = new ChangeLayoutCommand(layout, "test");
        for (String entry : entries) {
            String[] p = entry.split(" ");
            command.put(p[0], p[1], new Bounds(Integer.parseInt(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]),
                    Integer.parseInt(p[5])));
        }
        command.execute();
        return layout;
    }

    @Test
    void writesSortedOneElementPerLineAndReadsItBack() throws Exception {
        DiagramLayout layout = layout("tows sw-b 10 60 200 48", "tows sw-a 12 110 217 64", "canvas c-1 0 0 100 40");
        LayoutFile.write(plan(), layout, id -> true, false);
        Path file = folder.resolve("shop.mplan.layout");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of("{", "  \"format\": \"tactician-diagram-layout\",", "  \"version\": 1,", "  \"diagrams\": {",
                "    \"canvas\": {", "      \"c-1\": {\"x\": 0, \"y\": 0, \"width\": 100, \"height\": 40}", "    },",
                "    \"tows\": {", "      \"sw-a\": {\"x\": 12, \"y\": 110, \"width\": 217, \"height\": 64},",
                "      \"sw-b\": {\"x\": 10, \"y\": 60, \"width\": 200, \"height\": 48}", "    }", "  }", "}"), lines);
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("\r"));

        DiagramLayout read = LayoutFile.read(plan());
        assertEquals(new Bounds(12, 110, 217, 64), read.get("tows", "sw-a").orElseThrow());
        assertEquals(layout.diagrams(), read.diagrams());
        assertFalse(read.isChanged());

        byte[] first = Files.readAllBytes(file);
        LayoutFile.write(plan(), read, id -> true, false);
        assertArrayEquals(first, Files.readAllBytes(file), "saving an unchanged layout changes no byte");
    }

    @Test
    void aDiagramsSettingIsOneLineReadBackAndUndone() throws Exception {
        DiagramLayout layout = layout("journey tp-1 10 60 200 48");
        LayoutFile.write(plan(), layout, id -> true, false);
        List<String> without = Files.readAllLines(LayoutFile.of(plan()));
        ChangeLayoutCommand lanes = new ChangeLayoutCommand(layout, "lanes").putSetting("journey", "lanes", "personas");
        assertTrue(lanes.canExecute());
        lanes.execute();
        assertTrue(layout.isChanged());
        LayoutFile.write(plan(), layout, id -> true, false);
        List<String> with = Files.readAllLines(LayoutFile.of(plan()));
        assertEquals(List.of("{", "  \"format\": \"tactician-diagram-layout\",", "  \"version\": 1,", "  \"settings\": {",
                "    \"journey\": {\"lanes\": \"personas\"}", "  },", "  \"diagrams\": {", "    \"journey\": {",
                "      \"tp-1\": {\"x\": 10, \"y\": 60, \"width\": 200, \"height\": 48}", "    }", "  }", "}"), with);
        assertEquals(without.size() + 3, with.size(), "the setting adds its lines only");

        DiagramLayout read = LayoutFile.read(plan());
        assertEquals("personas", read.setting("journey", "lanes").orElseThrow());
        assertFalse(read.isChanged());
        byte[] first = Files.readAllBytes(LayoutFile.of(plan()));
        LayoutFile.write(plan(), read, id -> true, false);
        assertArrayEquals(first, Files.readAllBytes(LayoutFile.of(plan())), "saving it again changes no byte");

        lanes.undo();
        assertTrue(layout.setting("journey", "lanes").isEmpty());
        LayoutFile.write(plan(), layout, id -> true, false);
        assertEquals(without, Files.readAllLines(LayoutFile.of(plan())), "undone, the file is as before");
        lanes.redo();
        assertEquals("personas", layout.setting("journey", "lanes").orElseThrow());
    }

    @Test
    void aMoveIsAOneLineDiff() throws Exception {
        DiagramLayout layout = layout("tows a 1 1 150 50", "tows b 2 2 150 50", "tows c 3 3 150 50");
        LayoutFile.write(plan(), layout, id -> true, false);
        List<String> before = Files.readAllLines(LayoutFile.of(plan()));
        new ChangeLayoutCommand(layout, "move").put("tows", "b", new Bounds(40, 80, 150, 50)).execute();
        LayoutFile.write(plan(), layout, id -> true, false);
        List<String> after = Files.readAllLines(LayoutFile.of(plan()));
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            changed += before.get(i).equals(after.get(i)) ? 0 : 1;
        }
        assertEquals(1, changed);
    }

    @Test
    void leavesOutDeletedElementsAndKeepsUnicodeIds() throws Exception {
        DiagramLayout layout = layout("tows kept 1 1 150 50", "tows gone 2 2 150 50", "tows خطة-١ 3 3 150 50");
        LayoutFile.write(plan(), layout, id -> !id.equals("gone"), false);
        DiagramLayout read = LayoutFile.read(plan());
        assertEquals(Set.of("kept", "خطة-١"), read.diagrams().get("tows").keySet());
    }

    @Test
    void noFileIsAnEmptyLayout() throws Exception {
        assertTrue(LayoutFile.read(plan()).diagrams().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all {", "[1, 2]", "{\"format\": \"something-else\"}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 99, \"diagrams\": {}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"settings\": {\"journey\": {\"lanes\": {}}}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"settings\": {\"journey\": 3}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"diagrams\": {\"tows\": {\"a\": {\"x\": \"left\"}}}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"diagrams\": {\"tows\": {\"a\": {\"x\": 1, \"y\": 1, \"width\": -5, \"height\": 1}}}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"diagrams\": {\"tows\": {\"a\": {\"x\": 1e300, \"y\": 1, \"width\": 5, \"height\": 1}}}}",
            "{\"format\": \"tactician-diagram-layout\", \"version\": 1, \"diagrams\": {\"tows\": 7}}"})
    void aBrokenFileIsAClearErrorNamingTheFile(String content) throws Exception {
        Files.writeString(LayoutFile.of(plan()), content);
        LayoutFileException e = assertThrows(LayoutFileException.class, () -> LayoutFile.read(plan()));
        assertTrue(e.getMessage().startsWith(LayoutFile.of(plan()).toString() + ": "), e.getMessage());
    }

    @Test
    void aBrokenFileIsKeptAsBackupWhenReplaced() throws Exception {
        Files.writeString(LayoutFile.of(plan()), "garbage");
        LayoutFile.write(plan(), layout("tows a 1 1 150 50"), id -> true, true);
        assertEquals("garbage", Files.readString(folder.resolve("shop.mplan.layout.bak")));
        assertEquals(new Bounds(1, 1, 150, 50), LayoutFile.read(plan()).get("tows", "a").orElseThrow());
    }

    @Test
    void anUnwritableFolderFailsWithoutTouchingTheOldFile() throws Exception {
        DiagramLayout layout = layout("tows a 1 1 150 50");
        LayoutFile.write(plan(), layout, id -> true, false);
        byte[] old = Files.readAllBytes(LayoutFile.of(plan()));
        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        assertThrows(java.io.IOException.class,
                () -> LayoutFile.write(blocked.resolve("plan.mplan"), layout, id -> true, false));
        assertArrayEquals(old, Files.readAllBytes(LayoutFile.of(plan())));
    }
}

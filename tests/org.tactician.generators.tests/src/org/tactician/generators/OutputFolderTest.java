package org.tactician.generators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFolderTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"../escape.ics", "..", ".", "/etc/passwd", "a/b.ics", "a\\b.ics", ".hidden", "", "x\u0000y",
            "x\ny.ics"})
    void rejectsNamesThatLeaveTheFolder(String name) {
        OutputFolder folder = new OutputFolder(temp.resolve("out"));
        assertThrows(IllegalArgumentException.class, () -> folder.write(name, new byte[] {1}));
        assertFalse(Files.exists(temp.resolve("escape.ics")));
    }

    @Test
    void writesAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
        OutputFolder folder = new OutputFolder(temp.resolve("out"));
        folder.write("plan.html", "one".getBytes(StandardCharsets.UTF_8));
        Path file = folder.write("plan.html", "two".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(folder.path())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailingWriterLeavesThePreviousFileIntact() throws IOException {
        OutputFolder folder = new OutputFolder(temp);
        Path file = folder.write("plan.pdf", "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> folder.write("plan.pdf", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("renderer failed");
        }));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.count());
        }
    }
}

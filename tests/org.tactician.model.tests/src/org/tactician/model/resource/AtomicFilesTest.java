package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Files Tactician writes can be shared like any other file of the user's. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        return Files.getPosixFilePermissions(file);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUser() throws IOException {
        // A file created the ordinary way shows what the process's umask gives.
        Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));

        Path written = folder.resolve("plan.html");
        AtomicFiles.replace(written, "<html/>".getBytes(StandardCharsets.UTF_8), false);

        assertEquals(permissions(ordinary), permissions(written));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("plan.mplan");
        AtomicFiles.replace(file, "one".getBytes(StandardCharsets.UTF_8), false);
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, chosen);

        AtomicFiles.replace(file, "two".getBytes(StandardCharsets.UTF_8), true);

        assertEquals("two", Files.readString(file));
        assertEquals(chosen, permissions(file));
        assertEquals("one", Files.readString(folder.resolve("plan.mplan.bak")));
    }

    @Test
    void aFailingWriterLeavesNoTraceAndTheOldContent() throws IOException {
        Path file = folder.resolve("budget.xlsx");
        AtomicFiles.replace(file, "old".getBytes(StandardCharsets.UTF_8), false);

        assertThrows(IOException.class, () -> AtomicFiles.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("writer failed");
        }, false));

        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("budget.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void createsTheMissingFolder() throws IOException {
        Path file = folder.resolve("a/b/layout.json");
        AtomicFiles.replace(file, "{}".getBytes(StandardCharsets.UTF_8), false);
        assertEquals("{}", Files.readString(file));
    }
}

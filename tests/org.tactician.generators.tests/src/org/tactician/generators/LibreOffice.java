package org.tactician.generators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * LibreOffice run headless as an independent reader of generated XLSX and DOCX files: it
 * recalculates workbooks and lays documents out, converting them to CSV or PDF.
 */
public final class LibreOffice {

    /**
     * Every sheet to CSV (LibreOffice 7.2+: the 12th token, -1, exports each sheet to
     * {@code <name>-<sheet>.csv}): comma, double quotes, UTF-8, raw values (not as shown).
     */
    public static final String ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /**
     * A throw-away user profile for this test run, so no user settings or lock get in the way;
     * removed when the test JVM ends.
     */
    private static final Path PROFILE = profile();

    private static Path profile() {
        try {
            Path profile = Files.createTempDirectory("tactician-lo-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(profile)));
            return profile;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the temporary folder goes with the machine's next clean-up
        }
    }

    private LibreOffice() {
    }

    /** Converts {@code file} with the {@code --convert-to} argument {@code target} into {@code folder}. */
    public static void convert(Path file, String target, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        // LibreOffice's first start in a new profile takes a while on a loaded machine.
        ExternalTool.run(List.of("soffice", "--headless", "--norestore", "-env:UserInstallation=" + PROFILE.toUri(),
                "--convert-to", target, "--outdir", folder.toString(), file.toString()), java.time.Duration.ofSeconds(300));
    }

    /** A simple RFC 4180 reader for LibreOffice's CSV output. */
    public static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}

package org.tactician.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Predicate;

import org.tactician.model.resource.AtomicFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The side file that keeps a plan's {@link DiagramLayout}: {@code <plan>.mplan.layout} beside the
 * plan. JSON written the same way every time — diagrams and element ids sorted, one element per
 * line, whole pixels, LF line ends — so two saves of one layout are byte-identical and a move
 * shows as a one-line diff. A diagram's settings (the journey's persona lanes) sit in a
 * {@code "settings"} object before the diagrams, one diagram per line, written only when there
 * are any.
 */
public final class LayoutFile {

    /** Appended to the plan's file name. */
    public static final String SUFFIX = ".layout";
    static final String FORMAT = "tactician-diagram-layout";
    static final int VERSION = 1;
    /** Far more than any real plan's layout; a bigger file is not ours. */
    static final long MAX_SIZE = 16L * 1024 * 1024;
    private static final int MAX_COORDINATE = 1_000_000;

    private LayoutFile() {
    }

    /** The layout file of {@code planFile}. */
    public static Path of(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + SUFFIX);
    }

    /**
     * Reads the layout stored beside {@code planFile}; an empty layout when there is none.
     *
     * @throws LayoutFileException when the file is there but cannot be read or is not a layout
     */
    public static DiagramLayout read(Path planFile) throws LayoutFileException {
        Path file = of(planFile);
        DiagramLayout layout = new DiagramLayout();
        if (!Files.exists(file)) {
            return layout;
        }
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new LayoutFileException(file, "larger than " + MAX_SIZE / (1024 * 1024) + " MB");
            }
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!root.isJsonObject() || !FORMAT.equals(string(root.getAsJsonObject().get("format")))) {
                throw new LayoutFileException(file, "not a Tactician diagram layout (no \"format\": \"" + FORMAT + "\")");
            }
            JsonObject object = root.getAsJsonObject();
            JsonElement version = object.get("version");
            if (version == null || !version.isJsonPrimitive() || version.getAsInt() > VERSION) {
                throw new LayoutFileException(file, "written by a newer Tactician (layout version " + version + ")");
            }
            JsonElement settings = object.get("settings");
            if (settings != null && settings.isJsonObject()) {
                for (Map.Entry<String, JsonElement> diagram : settings.getAsJsonObject().entrySet()) {
                    if (!diagram.getValue().isJsonObject()) {
                        throw new LayoutFileException(file, "the settings of diagram '" + diagram.getKey() + "' are not an object");
                    }
                    for (Map.Entry<String, JsonElement> setting : diagram.getValue().getAsJsonObject().entrySet()) {
                        String value = string(setting.getValue());
                        if (value == null || !setting.getValue().getAsJsonPrimitive().isString()) {
                            throw new LayoutFileException(file, "setting '" + setting.getKey() + "' of diagram '"
                                    + diagram.getKey() + "' is not a text");
                        }
                        layout.setSetting(diagram.getKey(), setting.getKey(), value);
                    }
                }
            }
            JsonElement diagrams = object.get("diagrams");
            if (diagrams != null && diagrams.isJsonObject()) {
                for (Map.Entry<String, JsonElement> diagram : diagrams.getAsJsonObject().entrySet()) {
                    if (!diagram.getValue().isJsonObject()) {
                        throw new LayoutFileException(file, "diagram '" + diagram.getKey() + "' is not an object");
                    }
                    for (Map.Entry<String, JsonElement> element : diagram.getValue().getAsJsonObject().entrySet()) {
                        layout.set(diagram.getKey(), element.getKey(), bounds(file, element.getKey(), element.getValue()));
                    }
                }
            }
            layout.markSaved();
            return layout;
        } catch (IOException e) {
            throw new LayoutFileException(file, "cannot be read: " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
            throw new LayoutFileException(file, "is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * Writes {@code layout} beside {@code planFile}, atomically, leaving out the elements
     * {@code exists} rejects (elements deleted from the plan).
     *
     * @param keepBackup whether to keep the previous file as {@code .bak} (e.g. it could not be read)
     */
    public static void write(Path planFile, DiagramLayout layout, Predicate<String> exists, boolean keepBackup)
            throws IOException {
        DiagramLayout kept = layout.retain(exists);
        AtomicFiles.replace(of(planFile), format(kept).getBytes(StandardCharsets.UTF_8), keepBackup);
        layout.markSaved();
    }

    /** The file's text for {@code layout}. */
    static String format(DiagramLayout layout) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\n  \"format\": \"").append(FORMAT).append("\",\n  \"version\": ").append(VERSION);
        if (!layout.settings().isEmpty()) {
            // only when a diagram has one: a layout without settings stays as earlier versions wrote it
            out.append(",\n  \"settings\": {");
            boolean firstDiagram = true;
            for (Map.Entry<String, SortedMap<String, String>> diagram : layout.settings().entrySet()) {
                out.append(firstDiagram ? "\n" : ",\n").append("    ").append(quoted(diagram.getKey())).append(": {");
                boolean firstSetting = true;
                for (Map.Entry<String, String> setting : diagram.getValue().entrySet()) {
                    out.append(firstSetting ? "" : ", ").append(quoted(setting.getKey())).append(": ")
                            .append(quoted(setting.getValue()));
                    firstSetting = false;
                }
                out.append('}');
                firstDiagram = false;
            }
            out.append("\n  }");
        }
        out.append(",\n  \"diagrams\": {");
        boolean firstDiagram = true;
        for (Map.Entry<String, SortedMap<String, Bounds>> diagram : layout.diagrams().entrySet()) {
            out.append(firstDiagram ? "\n" : ",\n").append("    ").append(quoted(diagram.getKey())).append(": {");
            boolean firstElement = true;
            for (Map.Entry<String, Bounds> element : diagram.getValue().entrySet()) {
                Bounds b = element.getValue();
                out.append(firstElement ? "\n" : ",\n").append("      ").append(quoted(element.getKey()))
                        .append(": {\"x\": ").append(b.x()).append(", \"y\": ").append(b.y())
                        .append(", \"width\": ").append(b.width()).append(", \"height\": ").append(b.height())
                        .append('}');
                firstElement = false;
            }
            out.append(firstElement ? "}" : "\n    }");
            firstDiagram = false;
        }
        out.append(firstDiagram ? "}\n}\n" : "\n  }\n}\n");
        return out.toString();
    }

    private static Bounds bounds(Path file, String id, JsonElement value) throws LayoutFileException {
        if (!value.isJsonObject()) {
            throw new LayoutFileException(file, "element '" + id + "' has no bounds");
        }
        JsonObject b = value.getAsJsonObject();
        return new Bounds(coordinate(file, id, b, "x"), coordinate(file, id, b, "y"), coordinate(file, id, b, "width"),
                coordinate(file, id, b, "height"));
    }

    private static int coordinate(Path file, String id, JsonObject bounds, String name) throws LayoutFileException {
        JsonElement value = bounds.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new LayoutFileException(file, "element '" + id + "' has no number \"" + name + "\"");
        }
        double number = value.getAsDouble();
        if (!Double.isFinite(number) || Math.abs(number) > MAX_COORDINATE
                || (name.equals("width") || name.equals("height")) && number < 0) {
            throw new LayoutFileException(file, "element '" + id + "' has an impossible " + name + " (" + number + ")");
        }
        return Bounds.pixels(number);
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static String quoted(String text) {
        return new JsonPrimitive(text).toString();
    }
}

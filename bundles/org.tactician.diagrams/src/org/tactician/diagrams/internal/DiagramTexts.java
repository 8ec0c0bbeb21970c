package org.tactician.diagrams.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.tactician.diagrams.client.ClientFiles.ClientFile;

/**
 * The texts of the diagram pages in the workbench's language, from {@code texts.properties}
 * beside this class: the tool palettes' labels here on the server, and the page's own (its
 * toolbar, its titles) served to it as {@value #SCRIPT}, so that both come from one resource
 * bundle and one translation.
 */
public final class DiagramTexts {

    /** The script that gives the page its texts ({@code window.tacticianTexts}), served beside the client's files. */
    public static final String SCRIPT = "tactician-texts.js";

    private static final String BUNDLE = DiagramTexts.class.getPackageName() + ".texts";
    private static final String PAGE_PREFIX = "page.";

    private DiagramTexts() {
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), DiagramTexts.class.getClassLoader());
    }

    /** The text {@code key} with {@code {0}}, {@code {1}}... replaced by {@code arguments}; the key itself when there is none. */
    public static String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle().getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** {@value #SCRIPT}: the page's texts ({@code page.*}, without the prefix) as {@code window.tacticianTexts}. */
    public static ClientFile script() {
        ResourceBundle bundle = bundle();
        StringBuilder script = new StringBuilder("window.tacticianTexts = {");
        String separator = "";
        for (String key : new TreeSet<>(bundle.keySet())) {
            if (key.startsWith(PAGE_PREFIX)) {
                script.append(separator).append('\n').append(jsString(key.substring(PAGE_PREFIX.length()))).append(": ")
                        .append(jsString(bundle.getString(key)));
                separator = ",";
            }
        }
        script.append("\n};\n");
        return new ClientFile(SCRIPT, "text/javascript; charset=utf-8", script.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} as a JavaScript string literal that cannot end the script or the string early. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '\u2028' || c == '\u2029' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

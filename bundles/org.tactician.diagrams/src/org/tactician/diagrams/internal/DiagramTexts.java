package org.tactician.diagrams.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.tactician.diagrams.client.ClientFiles.ClientFile;
import org.tactician.i18n.FindingText;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.PlanLabels;

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

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DiagramTexts() {
    }

    /** The workbench's language: its {@code -nl}, {@link Locale#getDefault()}. */
    public static Locale locale() {
        return Locale.getDefault();
    }

    /** The method's words (TOWS cells, canvas blocks, enum literals) in the workbench's language, as the plan documents use them. */
    public static PlanTerms terms() {
        return PlanTerms.of(locale());
    }

    /** {@code word} in lower case for use inside a sentence of the workbench's language ("Strength" → "strength"). */
    public static String lower(String word) {
        return word.toLowerCase(locale());
    }

    /**
     * How an edit's name calls {@code element} in the workbench's language: the findings' words
     * ({@link FindingText#element}) for a translated language, {@link PlanLabels#of} for English.
     */
    public static String element(EObject element) {
        return FindingText.forUser(locale()).map(words -> {
            String named = words.element(element);
            return named.isEmpty() ? named : named.substring(0, 1).toLowerCase(locale()) + named.substring(1);
        }).orElseGet(() -> PlanLabels.of(element));
    }

    /** {@link #element} at the start of a sentence: "Channel 'Email'". */
    public static String capitalised(EObject element) {
        String named = element(element);
        return named.isEmpty() ? named : named.substring(0, 1).toUpperCase(locale()) + named.substring(1);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, DiagramTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** The text {@code key} with {@code {0}}, {@code {1}}... replaced by {@code arguments}; the key itself when there is none. */
    public static String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    /** {@link #get(String, Object...)} in {@code locale}'s language (English when there is no translation). */
    static String get(Locale locale, String key, Object... arguments) {
        String text;
        try {
            text = bundle(locale).getString(key);
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
        return script(locale());
    }

    /** {@link #script()} in {@code locale}'s language. */
    static ClientFile script(Locale locale) {
        ResourceBundle bundle = bundle(locale);
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

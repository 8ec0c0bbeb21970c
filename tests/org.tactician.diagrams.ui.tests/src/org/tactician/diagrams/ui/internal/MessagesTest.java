package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The diagram editors' texts: a key in messages.properties for every field of {@link Messages}, and the reverse. */
class MessagesTest {

    @Test
    void everyTextHasItsKeyAndEveryKeyItsText() throws Exception {
        Properties texts = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            assertNotNull(in, "messages.properties beside Messages");
            texts.load(in);
        }
        Set<String> fields = Arrays.stream(Messages.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(texts.stringPropertyNames()), fields);
        for (String name : fields) {
            String value = (String) Messages.class.getField(name).get(null);
            assertFalse(value == null || value.isBlank() || value.startsWith("NLS missing message"), name + ": " + value);
        }
    }

    private static Properties texts(String name) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " beside Messages");
            texts.load(in);
        }
        return texts;
    }

    @Test
    void thePluginsNamesAreInEveryLanguage() throws Exception {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Messages.class);
        Properties english = entry(bundle, "plugin.properties");
        assertTrue(english.containsKey("towsName"), english.toString());
        for (String language : java.util.List.of("pt", "ru", "vi", "it", "ar")) {
            Properties translated = entry(bundle, "plugin_" + language + ".properties");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(english.getProperty(key).contains("&"), translated.getProperty(key).contains("&"), language + " " + key);
            }
        }
        assertEquals("Matriz TOWS", entry(bundle, "plugin_pt.properties").getProperty("towsName"));
    }

    private static Properties entry(org.osgi.framework.Bundle bundle, String name) throws Exception {
        java.net.URL url = bundle.getEntry(name);
        assertNotNull(url, name + " in the bundle");
        Properties texts = new Properties();
        try (InputStream in = url.openStream()) {
            texts.load(in);
        }
        return texts;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)\\}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasTheEnglishKeysArgumentsAndMnemonicsAndNoPlainApostrophe() throws Exception {
        Properties english = texts("messages.properties");
        for (String language : java.util.List.of("pt", "ru", "vi", "it", "ar")) {
            Properties translated = texts("messages_" + language + ".properties");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertEquals(arguments(english.getProperty(key)), arguments(text), language + " " + key);
                assertFalse(text.contains("'"), language + " " + key + ": NLS.bind would read a plain apostrophe as a quote");
                assertEquals(english.getProperty(key).contains("&"), text.contains("&"), language + " " + key + " keeps its mnemonic");
            }
        }
        assertEquals("Abrir Matriz TOWS", org.eclipse.osgi.util.NLS.bind(texts("messages_pt.properties").getProperty("open_item"), "Matriz TOWS"));
    }
}

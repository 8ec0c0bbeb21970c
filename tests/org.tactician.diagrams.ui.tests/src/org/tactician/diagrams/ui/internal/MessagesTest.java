package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
}

package org.tactician.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts Tactician embeds in generated documents, so a plan prints the same in every script
 * on every machine: Noto Sans, Noto Sans Arabic, and DejaVu Sans as the last fallback.
 */
public final class DocumentFonts {

    /** The CSS {@code font-family} chain documents use; DejaVu Sans comes last on purpose. */
    public static final String FONT_FAMILY_CHAIN = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans'";

    /**
     * One font file.
     *
     * @param family the CSS family name
     * @param weight the CSS weight (400 regular, 700 bold)
     * @param resource the path of the TTF file inside this bundle
     */
    public record Face(String family, int weight, String resource) {

        /** The TTF file's bytes, read once per JVM (do not change the array). */
        public byte[] bytes() {
            return BYTES.computeIfAbsent(resource, name -> {
                try (InputStream in = open()) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Opens the TTF file; the caller closes the stream. */
        public InputStream open() {
            InputStream in = DocumentFonts.class.getResourceAsStream(resource);
            if (in == null) {
                throw new UncheckedIOException(new IOException("font missing from the fonts bundle: " + resource));
            }
            return in;
        }
    }

    private static final java.util.concurrent.ConcurrentMap<String, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final List<Face> FACES = List.of(
            new Face("Noto Sans", 400, "/fonts/noto-sans/NotoSans-Regular.ttf"),
            new Face("Noto Sans", 700, "/fonts/noto-sans/NotoSans-Bold.ttf"),
            new Face("Noto Sans Arabic", 400, "/fonts/noto-sans-arabic/NotoSansArabic-Regular.ttf"),
            new Face("Noto Sans Arabic", 700, "/fonts/noto-sans-arabic/NotoSansArabic-Bold.ttf"),
            new Face("DejaVu Sans", 400, "/fonts/dejavu-sans/DejaVuSans.ttf"),
            new Face("DejaVu Sans", 700, "/fonts/dejavu-sans/DejaVuSans-Bold.ttf"));

    private DocumentFonts() {
    }

    /** Every face, in fallback order. */
    public static List<Face> faces() {
        return FACES;
    }
}

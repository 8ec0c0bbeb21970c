package org.tactician.generators.theme;

import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.tactician.fonts.DocumentFonts;
import org.tactician.model.MarketingPlan;

/**
 * A consulting firm's identity on every generated document: its logo, two colours, the font (one
 * of the bundled families) and a footer line. Read from a small properties file (UTF-8):
 *
 * <pre>
 * # tactician.theme
 * logo = acme-logo.png          # PNG or JPEG, relative to this file; on the title page and in the header
 * colour.primary = #1f4e79      # headings, rules, table headers, the first chart series
 * colour.accent = #c55a11       # the second chart series, figure accents
 * font = Noto Sans              # Noto Sans or DejaVu Sans
 * footer = Acme Strategy · Confidential
 * </pre>
 *
 * <p>Where: {@code <plan>.mplan.theme} beside the plan; otherwise {@code tactician.theme} in the
 * plan's folder, or in a folder above it up to the project's root (the first folder with a
 * {@code .project} file). A plan without one gets Tactician's look ({@link #STANDARD}). A value that
 * cannot be used (a colour that is not {@code #rrggbb}, a missing logo, a font that is not bundled)
 * keeps the standard one and is reported in {@link #problems()}: generation never fails on a theme.
 *
 * @param source the theme file, or null for the standard theme
 * @param logo the logo's bytes (PNG or JPEG), or null
 * @param logoType {@code png} or {@code jpeg}, or null without a logo
 * @param primary the primary colour, {@code #rrggbb}
 * @param accent the accent colour, {@code #rrggbb}
 * @param font the font family, one of the bundled ones
 * @param footer the footer line (may be empty)
 * @param problems what could not be used, one sentence each
 */
public record DocumentTheme(Path source, byte[] logo, String logoType, String primary, String accent, String font,
        String footer, List<String> problems) {

    /** The name of a project-wide theme file. */
    public static final String PROJECT_FILE = "tactician.theme";
    /** What a plan's own theme file adds to the plan's file name. */
    public static final String PLAN_SUFFIX = ".theme";

    /** Tactician's own look. */
    public static final DocumentTheme STANDARD = new DocumentTheme(null, null, null, "#2a5d8f", "#e08a2c", "Noto Sans", "",
            List.of());

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final List<String> FONTS = List.of("Noto Sans", "DejaVu Sans");
    private static final long MAX_LOGO_BYTES = 2 * 1024 * 1024;

    /** Copies the list. */
    public DocumentTheme {
        problems = List.copyOf(problems);
        footer = footer == null ? "" : footer;
    }

    /** The theme of {@code plan}: the file found beside it or in its project, else {@link #STANDARD}. */
    public static DocumentTheme forPlan(MarketingPlan plan) {
        return locate(planFile(plan)).map(DocumentTheme::read).orElse(STANDARD);
    }

    /** The plan's file, when it was loaded from one. */
    private static Path planFile(MarketingPlan plan) {
        Resource resource = plan == null ? null : plan.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return null;
        }
        return Path.of(uri.toFileString()).toAbsolutePath().normalize();
    }

    /** The theme file that applies to the plan file {@code plan}, if any (see the type's documentation). */
    public static Optional<Path> locate(Path plan) {
        if (plan == null || plan.getParent() == null) {
            return Optional.empty();
        }
        Path own = plan.resolveSibling(plan.getFileName() + PLAN_SUFFIX);
        if (Files.isRegularFile(own)) {
            return Optional.of(own);
        }
        // Outside a project only the plan's own folder counts; inside one, every folder up to its root.
        boolean inProject = insideProject(plan.getParent());
        for (Path folder = plan.getParent(); folder != null; folder = folder.getParent()) {
            Path shared = folder.resolve(PROJECT_FILE);
            if (Files.isRegularFile(shared)) {
                return Optional.of(shared);
            }
            if (!inProject || Files.exists(folder.resolve(".project"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code folder} or one above it is an Eclipse project's root. */
    private static boolean insideProject(Path folder) {
        for (Path current = folder; current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".project"))) {
                return true;
            }
        }
        return false;
    }

    /** Reads the theme file {@code file}; what cannot be used is reported, never thrown. */
    public static DocumentTheme read(Path file) {
        Properties values = new Properties();
        List<String> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new DocumentTheme(file, null, null, STANDARD.primary, STANDARD.accent, STANDARD.font, "",
                    List.of(file + ": cannot be read as a theme (" + e.getMessage() + "); the standard look is used"));
        }
        String primary = colour(values, "colour.primary", STANDARD.primary, file, problems);
        String accent = colour(values, "colour.accent", STANDARD.accent, file, problems);
        String font = values.getProperty("font", STANDARD.font).strip();
        if (FONTS.stream().noneMatch(f -> f.equalsIgnoreCase(font))) {
            problems.add(file + ": font '" + font + "' is not one of the bundled fonts (" + String.join(", ", FONTS)
                    + "); " + STANDARD.font + " is used");
        }
        String chosenFont = FONTS.stream().filter(f -> f.equalsIgnoreCase(font)).findFirst().orElse(STANDARD.font);
        byte[] logo = null;
        String logoType = null;
        String logoName = values.getProperty("logo", "").strip();
        if (!logoName.isEmpty()) {
            Path logoFile = file.resolveSibling(logoName).normalize();
            String lower = logoName.toLowerCase(Locale.ROOT);
            logoType = lower.endsWith(".png") ? "png" : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "jpeg" : null;
            try {
                if (logoType == null) {
                    problems.add(file + ": logo " + logoName + " is neither PNG nor JPEG; no logo is shown");
                } else if (Files.size(logoFile) > MAX_LOGO_BYTES) {
                    problems.add(file + ": logo " + logoName + " is larger than 2 MB; no logo is shown");
                    logoType = null;
                } else {
                    logo = Files.readAllBytes(logoFile);
                }
            } catch (IOException e) {
                problems.add(file + ": logo " + logoFile + " cannot be read; no logo is shown");
                logoType = null;
            }
        }
        String footer = values.getProperty("footer", "").strip();
        return new DocumentTheme(file, logo, logo == null ? null : logoType, primary, accent, chosenFont, footer, problems);
    }

    private static String colour(Properties values, String key, String otherwise, Path file, List<String> problems) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (!COLOUR.matcher(value.strip()).matches()) {
            problems.add(file + ": " + key + " '" + value.strip() + "' is not a colour #rrggbb; " + otherwise + " is used");
            return otherwise;
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The CSS font-family chain: the theme's font first, then the bundled fallbacks in the order
     * for a document in {@code languageTag} ({@link DocumentFonts#familyChain}).
     */
    public String fontChain(String languageTag) {
        String bundled = DocumentFonts.familyChain(languageTag);
        return font.equals(STANDARD.font) ? bundled : "'" + font + "', " + bundled;
    }

    /** The primary colour as a Java2D colour. */
    public Color primaryColour() {
        return Color.decode(primary);
    }

    /** The accent colour as a Java2D colour. */
    public Color accentColour() {
        return Color.decode(accent);
    }

    /** A light tint of the primary colour (table headers): {@code share} of it over white. */
    public String tint(double share) {
        Color colour = primaryColour();
        int r = (int) Math.round(255 - (255 - colour.getRed()) * share);
        int g = (int) Math.round(255 - (255 - colour.getGreen()) * share);
        int b = (int) Math.round(255 - (255 - colour.getBlue()) * share);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Whether there is a logo to show. */
    public boolean hasLogo() {
        return logo != null;
    }
}

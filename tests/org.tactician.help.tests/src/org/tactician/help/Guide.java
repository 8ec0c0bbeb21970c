package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The user guide as installed: the files of the org.tactician.help bundle. */
final class Guide {

    static final String BUNDLE = "org.tactician.help";
    static final String PREFIX = "/" + BUNDLE + "/";

    private Guide() {
    }

    static Bundle bundle() {
        Bundle bundle = Platform.getBundle(BUNDLE);
        assertNotNull(bundle, BUNDLE + " is installed");
        return bundle;
    }

    /** The text of a file of the bundle, e.g. {@code topics/cli.html}; {@code null} if there is none. */
    static String read(String path) {
        URL entry = bundle().getEntry(path);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file of the bundle, which must exist. */
    static String existing(String path) {
        String text = read(path);
        assertNotNull(text, path + " is in the bundle");
        return text;
    }

    /** Every HTML page of the bundle, as paths inside it ({@code topics/race.html}), sorted. */
    static List<String> pages() {
        Enumeration<URL> entries = bundle().findEntries("/", "*.html", true);
        List<String> pages = new ArrayList<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            pages.add(url.getPath().replaceFirst("^/", ""));
        }
        Collections.sort(pages);
        return pages;
    }

    /** The path inside the bundle of a help href ({@code /org.tactician.help/rules/x.html#y}), without its anchor. */
    static String pathOf(String href) {
        assertTrue(href.startsWith(PREFIX), href + " is a page of " + BUNDLE);
        String path = href.substring(PREFIX.length());
        int anchor = path.indexOf('#');
        return anchor < 0 ? path : path.substring(0, anchor);
    }

    /** The anchor of a link, or {@code null}. */
    static String anchorOf(String href) {
        int anchor = href.indexOf('#');
        return anchor < 0 ? null : href.substring(anchor + 1);
    }

    /** Whether the page has an element with this id (the target of {@code page#id}). */
    static boolean hasAnchor(String html, String id) {
        return html.contains("id=\"" + id + "\"");
    }

    /** A page's text as a reader sees it: blocks apart, inline tags removed, entities decoded, white space collapsed. */
    static String text(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("</?(p|div|h[1-6]|li|ul|ol|table|tr|th|td|pre|br|figure|figcaption)\\b[^>]*>", " ")
                .replaceAll("<[^>]+>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    /** The values of every {@code href} and {@code src} attribute of a page. */
    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /** A file of the source tree, from the test bundle's folder (where the build runs the tests). */
    static String source(String path) {
        Path file = Path.of("..", "..").resolve(path);
        assertTrue(Files.exists(file), file.toAbsolutePath() + " exists");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

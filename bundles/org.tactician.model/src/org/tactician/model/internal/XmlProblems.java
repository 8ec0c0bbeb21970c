package org.tactician.model.internal;

import java.io.CharConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

/**
 * What the XML parser says about a file that is not well-formed XML, in a plan author's words.
 * The parser is English-speaking (see {@link PlanReader}); what this does not recognise keeps the
 * parser's own sentence after "malformed XML:".
 */
final class XmlProblems {

    private static final Pattern INVALID_CHARACTER = Pattern.compile("An invalid XML character \\(Unicode: 0x([0-9a-fA-F]+)\\)");
    private static final Pattern END_TAG = Pattern.compile(
            "The element type \"([^\"]*)\" must be terminated by the matching end-tag \"</([^\"]*)>\"");
    private static final Pattern TWICE = Pattern.compile("Attribute \"([^\"]*)\" was already specified for element \"([^\"]*)\"");
    private static final Pattern UNBOUND = Pattern.compile("The prefix \"([^\"]*)\" for (?:element|attribute) \"([^\"]*)\".* is not bound");
    private static final Pattern VERSION = Pattern.compile("XML version \"([^\"]*)\" is not supported", Pattern.DOTALL);
    private static final Pattern ENCODING = Pattern.compile("Invalid encoding name \"([^\"]*)\"");

    private XmlProblems() {
    }

    /** The problem {@code exception} reports. */
    static String describe(SAXParseException exception) {
        String text = String.valueOf(exception.getMessage()).strip();
        Matcher match;
        if (exception.getException() instanceof CharConversionException bytes) {
            return notUtf8(bytes);
        } else if (text.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in plan files (they can expand entities or read other files)";
        } else if (text.startsWith("Premature end of file")) {
            return "the file is empty or ends before the plan starts";
        } else if (text.contains("must start and end within the same entity")) {
            return "the file ends in the middle of the plan: it is truncated";
        } else if (text.startsWith("Content is not allowed in prolog")) {
            return "not a plan file: it does not start with XML (a plan file starts with <?xml version=\"1.0\""
                    + " encoding=\"UTF-8\"?> and its <tactician:MarketingPlan> element)";
        } else if (text.startsWith("Content is not allowed in trailing section")
                || text.startsWith("The markup in the document following the root element must be well-formed")) {
            return "something follows the end of the plan (after its closing </tactician:MarketingPlan>): remove it";
        } else if (text.contains("The processing instruction target matching \"[xX][mM][lL]\" is not allowed")) {
            return "the XML declaration (<?xml ...?>) must be the very first thing in the file";
        } else if ((match = INVALID_CHARACTER.matcher(text)).find()) {
            return "the character U+" + pad(match.group(1)) + " cannot be stored in a plan file: remove it";
        } else if ((match = END_TAG.matcher(text)).find()) {
            return "malformed XML: <" + match.group(1) + "> is not closed (expected </" + match.group(2) + ">)";
        } else if ((match = TWICE.matcher(text)).find()) {
            return "the attribute '" + match.group(1) + "' appears twice in <" + match.group(2) + ">";
        } else if ((match = UNBOUND.matcher(text)).find()) {
            return "the namespace prefix '" + match.group(1) + "' of '" + match.group(2) + "' is not declared";
        } else if ((match = VERSION.matcher(text)).find()) {
            return "the XML declaration names version '" + match.group(1) + "': plan files are XML 1.0"
                    + " (<?xml version=\"1.0\" encoding=\"UTF-8\"?>)";
        } else if ((match = ENCODING.matcher(text)).find()) {
            return "the file declares the unknown encoding '" + match.group(1) + "': save the plan as UTF-8";
        }
        return "malformed XML: " + withoutPeriod(text);
    }

    /** The problem of text that is not in the encoding its file declares (usually UTF-8). */
    static String notUtf8(CharConversionException exception) {
        String detail = exception.getMessage() == null ? "" : " (" + lowerFirst(withoutPeriod(exception.getMessage().strip())) + ")";
        return "not UTF-8 text" + detail + ": the file is in another encoding (Latin-1, Windows-1252...);"
                + " save the plan as UTF-8";
    }

    private static String pad(String hex) {
        String upper = hex.toUpperCase(java.util.Locale.ROOT);
        return upper.length() >= 4 ? upper : "0".repeat(4 - upper.length()) + upper;
    }

    private static String withoutPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

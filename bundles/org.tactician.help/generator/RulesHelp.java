/*
 * Build step of org.tactician.help (never shipped): turns the rule catalogue of
 * org.tactician.validation (RULES.md) into help topics, so the help can never drift from the rules.
 *
 *   java RulesHelp.java RULES.md TEMPLATES_DIR OUT_DIR
 *
 * Reads only the structure of RULES.md — the table under "| id |" (columns found by their
 * header names), the settings table of "## Lint profile" and the bullets of "## Notes on
 * particular rules" — never a list of rules of its own. Writes into OUT_DIR/rules/:
 *   index.html           every rule, by category
 *   <category>.html      the rules of one category
 *   <rule id>.html       one rule: what it checks, how to fix it, its notes, how to tune it
 *   lint-profile.html    TEMPLATES_DIR/lint-profile.html with the settings table filled in
 *   toc.xml              the table of contents of all of these (linked from the main toc.xml)
 *   contexts.xml         one F1 context per rule: rule_<id with . and - as _>
 *   keywords.xml         index entries: every rule id, and each category
 * Fails (exit 1, one line) when RULES.md lacks what it reads, so a changed format breaks the build.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RulesHelp {

    /** One line of the rule table. */
    record Rule(String id, String category, String severity, String checks, String fix) {
    }

    /** A note on particular rules: its bold lead and its text (markdown). */
    record Note(String lead, String text) {
    }

    static final class CatalogueException extends RuntimeException {
        CatalogueException(String message) {
            super(message);
        }
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern RULE_ID = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java RulesHelp.java RULES.md TEMPLATES_DIR OUT_DIR");
            System.exit(2);
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
            new RulesHelp(lines).write(Path.of(args[1]), Path.of(args[2]).resolve("rules"));
        } catch (CatalogueException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byCategory = new LinkedHashMap<>();
    private final List<String> settingsHeader;
    private final List<List<String>> settings;
    private final List<Note> notes;

    RulesHelp(List<String> lines) {
        List<List<String>> ruleTable = table(lines, 0, "id");
        if (ruleTable.isEmpty()) {
            throw new CatalogueException("no rule table (a table whose first column is 'id')");
        }
        List<String> header = ruleTable.get(0);
        int id = column(header, "id");
        int category = column(header, "category");
        int severity = column(header, "default severity");
        int checks = column(header, "checks");
        int fix = column(header, "how to fix");
        rules = new ArrayList<>();
        for (List<String> row : ruleTable.subList(1, ruleTable.size())) {
            if (row.size() != header.size()) {
                throw new CatalogueException("rule row with " + row.size() + " cells instead of " + header.size()
                        + ": " + row);
            }
            String ruleId = row.get(id).replace("`", "").trim();
            if (!RULE_ID.matcher(ruleId).matches()) {
                throw new CatalogueException("not a rule id: " + row.get(id));
            }
            Rule rule = new Rule(ruleId, row.get(category), row.get(severity).toLowerCase(Locale.ROOT),
                    row.get(checks), row.get(fix));
            rules.add(rule);
            byCategory.computeIfAbsent(rule.category(), key -> new ArrayList<>()).add(rule);
        }
        if (rules.isEmpty()) {
            throw new CatalogueException("the rule table has no rows");
        }
        int lint = heading(lines, "## Lint profile");
        List<List<String>> settingTable = lint < 0 ? List.of() : table(lines, lint, "setting");
        settingsHeader = settingTable.isEmpty() ? List.of() : settingTable.get(0);
        settings = settingTable.isEmpty() ? List.of() : settingTable.subList(1, settingTable.size());
        int notesAt = heading(lines, "## Notes on particular rules");
        notes = notesAt < 0 ? List.of() : notes(lines, notesAt + 1);
    }

    // --- reading RULES.md ---

    private static int heading(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equalsIgnoreCase(heading)) {
                return i;
            }
        }
        return -1;
    }

    /** The first table at or after {@code from} whose first header cell is {@code firstColumn}: header and rows. */
    private static List<List<String>> table(List<String> lines, int from, String firstColumn) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("|") && cells(line).get(0).equalsIgnoreCase(firstColumn)) {
                List<List<String>> table = new ArrayList<>();
                table.add(cells(line).stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList());
                for (int j = i + 2; j < lines.size() && lines.get(j).trim().startsWith("|"); j++) {
                    table.add(cells(lines.get(j).trim()));
                }
                return table;
            }
        }
        return List.of();
    }

    /** The cells of a markdown table row; {@code \|} is a bar inside a cell. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new CatalogueException("the rule table has no column '" + name + "' (columns: " + header + ")");
        }
        return index;
    }

    /** The bullets of a section, continuation lines joined, up to the next heading. */
    private static List<Note> notes(List<String> lines, int from) {
        List<String> bullets = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ")) {
                bullets.add(line.substring(2).trim());
            } else if (!line.isBlank() && !bullets.isEmpty()) {
                bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + line.trim());
            }
        }
        Pattern lead = Pattern.compile("^\\*\\*([^*]+)\\*\\*");
        List<Note> result = new ArrayList<>();
        for (String bullet : bullets) {
            Matcher matcher = lead.matcher(bullet);
            result.add(new Note(matcher.find() ? matcher.group(1).trim() : "", bullet));
        }
        return result;
    }

    /** Does the note speak of this rule: by its id, by a {@code prefix.*} of it, or by its category's name? */
    private static boolean concerns(Note note, Rule rule) {
        Matcher code = CODE.matcher(note.text());
        while (code.find()) {
            String token = code.group(1);
            if (token.equals(rule.id()) || token.endsWith(".*") && rule.id().startsWith(token.substring(0, token.length() - 1))) {
                return true;
            }
        }
        return note.lead().equalsIgnoreCase(rule.category());
    }

    // --- writing the topics ---

    void write(Path templates, Path out) throws IOException {
        Files.createDirectories(out);
        writeFile(out.resolve("index.html"), indexPage());
        for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
            writeFile(out.resolve(slug(category.getKey()) + ".html"), categoryPage(category.getKey(), category.getValue()));
        }
        for (Rule rule : rules) {
            writeFile(out.resolve(rule.id() + ".html"), rulePage(rule));
        }
        String lintTemplate = Files.readString(templates.resolve("lint-profile.html"), StandardCharsets.UTF_8);
        if (!lintTemplate.contains("<!--@settings-->")) {
            throw new CatalogueException(templates.resolve("lint-profile.html") + " has no <!--@settings--> mark");
        }
        writeFile(out.resolve("lint-profile.html"), lintTemplate.replace("<!--@settings-->", settingsTable()));
        writeFile(out.resolve("toc.xml"), toc());
        writeFile(out.resolve("contexts.xml"), contexts());
        writeFile(out.resolve("keywords.xml"), keywords());
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** File name of a category's page: {@code SMART Time-bound} becomes {@code smart-time-bound}. */
    static String slug(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The F1 context of a rule, without the bundle prefix: dots and hyphens are not allowed there. */
    static String contextId(String ruleId) {
        return "rule_" + ruleId.replaceAll("[^a-z0-9]", "_");
    }

    private String indexPage() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Validation rules</h1>\n");
        body.append("<p class=\"lead\">Tactician checks every plan with the ").append(rules.size())
                .append(" rules below, in ").append(byCategory.size()).append(" categories, and with EMF's own ")
                .append("checks of the model. The <a href=\"../topics/validation.html\">validation topic</a> ")
                .append("explains where the findings appear; a ")
                .append("<a href=\"lint-profile.html\">lint profile</a> switches rules off or changes their ")
                .append("severity for one plan.</p>\n");
        body.append("<ul class=\"categories\">\n");
        for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
            body.append("<li><a href=\"#").append(slug(category.getKey())).append("\">")
                    .append(escape(category.getKey())).append("</a> (").append(category.getValue().size())
                    .append(")</li>\n");
        }
        body.append("</ul>\n");
        for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
            body.append("<h2 id=\"").append(slug(category.getKey())).append("\"><a href=\"")
                    .append(slug(category.getKey())).append(".html\">").append(escape(category.getKey()))
                    .append("</a></h2>\n");
            body.append(ruleTable(category.getValue()));
        }
        if (!notes.isEmpty()) {
            body.append("<h2 id=\"notes\">Notes on particular rules</h2>\n<ul class=\"notes\">\n");
            for (Note note : notes) {
                body.append("<li>").append(inline(note.text())).append("</li>\n");
            }
            body.append("</ul>\n");
        }
        return page("Validation rules", body.toString());
    }

    private String categoryPage(String category, List<Rule> members) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"crumbs\"><a href=\"index.html\">Validation rules</a></p>\n");
        body.append("<h1>").append(escape(category)).append("</h1>\n");
        body.append("<p class=\"lead\">").append(members.size()).append(members.size() == 1 ? " rule" : " rules")
                .append(" of the category <em>").append(escape(category)).append("</em>.</p>\n");
        body.append(ruleTable(members));
        List<Note> categoryNotes = notes.stream().filter(note -> members.stream().anyMatch(rule -> concerns(note, rule)))
                .toList();
        if (!categoryNotes.isEmpty()) {
            body.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
            for (Note note : categoryNotes) {
                body.append("<li>").append(inline(note.text())).append("</li>\n");
            }
            body.append("</ul>\n");
        }
        return page(category + " rules", body.toString());
    }

    private String ruleTable(List<Rule> members) {
        StringBuilder table = new StringBuilder("<table class=\"rules\">\n<tr><th>Rule</th><th>Severity</th>"
                + "<th>What it checks</th></tr>\n");
        for (Rule rule : members) {
            table.append("<tr><td><a href=\"").append(rule.id()).append(".html\"><code>").append(rule.id())
                    .append("</code></a></td><td>").append(severity(rule.severity())).append("</td><td>")
                    .append(inline(rule.checks())).append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private String rulePage(Rule rule) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"crumbs\"><a href=\"index.html\">Validation rules</a> › <a href=\"")
                .append(slug(rule.category())).append(".html\">").append(escape(rule.category())).append("</a></p>\n");
        body.append("<h1><code>").append(rule.id()).append("</code></h1>\n");
        body.append("<table class=\"facts\">\n");
        body.append("<tr><th>Category</th><td><a href=\"").append(slug(rule.category())).append(".html\">")
                .append(escape(rule.category())).append("</a></td></tr>\n");
        body.append("<tr><th>Default severity</th><td>").append(severity(rule.severity())).append("</td></tr>\n");
        body.append("</table>\n");
        body.append("<h2>What it checks</h2>\n<p>").append(inline(rule.checks())).append("</p>\n");
        body.append("<h2>How to fix it</h2>\n<p>").append(inline(rule.fix())).append("</p>\n");
        List<Note> ruleNotes = notes.stream().filter(note -> concerns(note, rule)).toList();
        if (!ruleNotes.isEmpty()) {
            body.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
            for (Note note : ruleNotes) {
                body.append("<li>").append(inline(note.text())).append("</li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("<h2>Tune it for one plan</h2>\n<p>The findings of this rule end in <code>[")
                .append(rule.id()).append("]</code>. To switch the rule off or give it another severity for one ")
                .append("plan, add a line to the plan's <a href=\"lint-profile.html\">lint profile</a>:</p>\n")
                .append("<pre>").append(rule.id()).append(" = off</pre>\n");
        return page(rule.id(), body.toString());
    }

    private String settingsTable() {
        if (settings.isEmpty()) {
            return "<p>This version has no numeric settings.</p>";
        }
        StringBuilder table = new StringBuilder("<table class=\"rules\">\n<tr>");
        for (String column : settingsHeader) {
            table.append("<th>").append(escape(capitalised(column))).append("</th>");
        }
        table.append("</tr>\n");
        for (List<String> row : settings) {
            table.append("<tr>");
            for (String cell : row) {
                table.append("<td>").append(inline(cell)).append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table>").toString();
    }

    private String toc() {
        StringBuilder toc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"
                + "<!-- Generated from RULES.md of org.tactician.validation by generator/RulesHelp.java: do not edit. -->\n"
                + "<toc label=\"Validation rules\">\n");
        toc.append("   <topic label=\"Lint profiles: tune the rules per plan\" href=\"rules/lint-profile.html\"/>\n");
        for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
            toc.append("   <topic label=\"").append(attribute(category.getKey())).append("\" href=\"rules/")
                    .append(slug(category.getKey())).append(".html\">\n");
            for (Rule rule : category.getValue()) {
                toc.append("      <topic label=\"").append(rule.id()).append("\" href=\"rules/").append(rule.id())
                        .append(".html\"/>\n");
            }
            toc.append("   </topic>\n");
        }
        return toc.append("</toc>\n").toString();
    }

    private String contexts() {
        StringBuilder contexts = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.contexts\"?>\n"
                + "<!-- Generated from RULES.md of org.tactician.validation by generator/RulesHelp.java: do not edit.\n"
                + "     One context per rule: org.tactician.help.rule_<rule id, '.' and '-' as '_'>. -->\n<contexts>\n");
        for (Rule rule : rules) {
            contexts.append("   <context id=\"").append(contextId(rule.id())).append("\" title=\"")
                    .append(attribute(rule.id())).append("\">\n      <description>")
                    .append(escape(plain(rule.checks()) + " " + plain(rule.fix()))).append("</description>\n")
                    .append("      <topic href=\"rules/").append(rule.id()).append(".html\" label=\"Rule ")
                    .append(attribute(rule.id())).append("\"/>\n")
                    .append("      <topic href=\"rules/").append(slug(rule.category())).append(".html\" label=\"")
                    .append(attribute(rule.category())).append(" rules\"/>\n")
                    .append("      <topic href=\"rules/lint-profile.html\" label=\"Lint profiles\"/>\n")
                    .append("   </context>\n");
        }
        return contexts.append("</contexts>\n").toString();
    }

    private String keywords() {
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Generated from RULES.md of org.tactician.validation by generator/RulesHelp.java: do not edit. -->\n"
                + "<index>\n   <entry keyword=\"validation rules\">\n      <topic href=\"rules/index.html\" label=\"Validation rules\"/>\n");
        for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
            index.append("      <entry keyword=\"").append(attribute(category.getKey())).append("\">\n")
                    .append("         <topic href=\"rules/").append(slug(category.getKey())).append(".html\" label=\"")
                    .append(attribute(category.getKey())).append(" rules\"/>\n");
            for (Rule rule : category.getValue()) {
                index.append("         <entry keyword=\"").append(rule.id()).append("\">\n            <topic href=\"rules/")
                        .append(rule.id()).append(".html\" label=\"").append(rule.id()).append("\"/>\n         </entry>\n");
            }
            index.append("      </entry>\n");
        }
        index.append("   </entry>\n   <entry keyword=\"lint profile\">\n      <topic href=\"rules/lint-profile.html\" label=\"Lint profiles\"/>\n   </entry>\n");
        return index.append("</index>\n").toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"../css/help.css\">\n"
                + "<!-- Generated from RULES.md of org.tactician.validation by generator/RulesHelp.java: do not edit. -->\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String severity(String severity) {
        return "<span class=\"severity " + escape(slug(severity)) + "\">" + escape(severity) + "</span>";
    }

    // --- markdown inline text: code, bold, emphasis ---

    /** Inline markdown as HTML: {@code `code`} (rule ids become links), {@code **bold**}, {@code *emphasis*}. */
    private String inline(String markdown) {
        StringBuilder html = new StringBuilder();
        Matcher code = CODE.matcher(markdown);
        int at = 0;
        while (code.find()) {
            html.append(emphasis(escape(markdown.substring(at, code.start()))));
            String token = code.group(1);
            boolean isRule = rules.stream().anyMatch(rule -> rule.id().equals(token));
            html.append(isRule ? "<a href=\"" + token + ".html\"><code>" + token + "</code></a>"
                    : "<code>" + escape(token) + "</code>");
            at = code.end();
        }
        return html.append(emphasis(escape(markdown.substring(at)))).toString();
    }

    private static String emphasis(String escaped) {
        return escaped.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
                .replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "<em>$1</em>");
    }

    /** Markdown as plain text (for context descriptions, which the Help view shows as text). */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}

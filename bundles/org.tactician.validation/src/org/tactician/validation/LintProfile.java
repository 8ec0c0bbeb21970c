package org.tactician.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * A plan's lint profile: which rules are switched off or report at another severity, and the
 * settings that tune rules. Immutable; the {@code with...} methods return changed copies.
 *
 * <h2>File</h2>
 * Stored beside the plan as {@code <plan file>.lint} (e.g. {@code acme.mplan.lint}), a UTF-8
 * properties file that lists only what differs from the defaults:
 * <pre>
 * # Tactician lint profile (rule ids: RULES.md)
 * # &lt;rule id&gt; = off | info | warning | error
 * smart.relevant.strategy-missing = off
 * naming.duplicate = warning
 * # setting.&lt;name&gt; = &lt;number&gt;
 * setting.growth.max-percent = 500
 * </pre>
 * Reading never fails on content: unknown ids and bad values are skipped and listed in
 * {@link #problems()}, which validation reports with the rule {@code plan.profile.invalid}.
 */
public final class LintProfile {

    /** The extension appended to the plan file name. */
    public static final String FILE_EXTENSION = "lint";

    /** Prefix of setting keys in the file. */
    public static final String SETTING_PREFIX = "setting.";

    private static final LintProfile DEFAULTS = new LintProfile(Map.of(), Map.of(), List.of());

    private final Map<String, Severity> severities;
    private final Map<LintSetting, BigDecimal> settings;
    private final List<String> problems;

    private LintProfile(Map<String, Severity> severities, Map<LintSetting, BigDecimal> settings, List<String> problems) {
        this.severities = Collections.unmodifiableMap(new TreeMap<>(severities));
        Map<LintSetting, BigDecimal> copy = new EnumMap<>(LintSetting.class);
        copy.putAll(settings);
        this.settings = Collections.unmodifiableMap(copy);
        this.problems = List.copyOf(problems);
    }

    /** Every rule at its default severity, every setting at its default value. */
    public static LintProfile defaults() {
        return DEFAULTS;
    }

    /** The severity {@code rule} reports at under this profile ({@link Severity#OFF} if switched off). */
    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /** Whether {@code rule} runs under this profile. */
    public boolean isEnabled(Rule rule) {
        return severityOf(rule) != Severity.OFF;
    }

    /** The value of {@code setting} under this profile. */
    public BigDecimal setting(LintSetting setting) {
        return settings.getOrDefault(setting, setting.defaultValue());
    }

    /** The rules whose severity differs from their default, by id. */
    public Map<String, Severity> severityOverrides() {
        return severities;
    }

    /** The settings that differ from their default. */
    public Map<LintSetting, BigDecimal> settingOverrides() {
        return settings;
    }

    /** What could not be used when the profile was read: unknown ids, bad values, read errors. */
    public List<String> problems() {
        return problems;
    }

    /** This profile with {@code rule} at {@code severity} ({@link Severity#OFF} switches it off). */
    public LintProfile withSeverity(Rule rule, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        Map<String, Severity> changed = new TreeMap<>(severities);
        if (severity == rule.defaultSeverity()) {
            changed.remove(rule.id());
        } else {
            changed.put(rule.id(), severity);
        }
        return new LintProfile(changed, settings, problems);
    }

    /** This profile with {@code setting} at {@code value}. */
    public LintProfile withSetting(LintSetting setting, BigDecimal value) {
        Objects.requireNonNull(value, "value");
        Map<LintSetting, BigDecimal> changed = new EnumMap<>(LintSetting.class);
        changed.putAll(settings);
        if (value.compareTo(setting.defaultValue()) == 0) {
            changed.remove(setting);
        } else {
            changed.put(setting, value);
        }
        return new LintProfile(severities, changed, problems);
    }

    /** Reads a profile in the file format (see the type documentation). */
    public static LintProfile read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, Severity> severities = new TreeMap<>();
        Map<LintSetting, BigDecimal> settings = new EnumMap<>(LintSetting.class);
        List<String> problems = new ArrayList<>();
        for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith(SETTING_PREFIX)) {
                readSetting(key, value, settings, problems);
            } else {
                readSeverity(key, value, severities, problems);
            }
        }
        return new LintProfile(severities, settings, problems);
    }

    /** Writes the profile in the file format: only what differs from the defaults, sorted. */
    public void write(Writer writer) throws IOException {
        writer.write("# Tactician lint profile (rule ids: RULES.md of org.tactician.validation)\n");
        writer.write("# <rule id> = off | info | warning | error\n");
        for (Map.Entry<String, Severity> entry : severities.entrySet()) {
            writer.write(entry.getKey() + " = " + entry.getValue().key() + "\n");
        }
        writer.write("# setting.<name> = <number>\n");
        for (Map.Entry<LintSetting, BigDecimal> entry : settings.entrySet()) {
            writer.write(SETTING_PREFIX + entry.getKey().key() + " = " + entry.getValue().toPlainString() + "\n");
        }
        writer.flush();
    }

    /** The profile of the given file; {@link #defaults()} when there is no such file. */
    public static LintProfile load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return defaults();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** Saves the profile to the given file. */
    public void save(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer);
        }
    }

    /** Where the profile of the plan at {@code planUri} is stored: {@code <plan uri>.lint}. */
    public static URI locationFor(URI planUri) {
        return planUri.appendFileExtension(FILE_EXTENSION);
    }

    /** The profile stored beside the plan at {@code planUri}; {@link #defaults()} when there is none. */
    public static LintProfile load(URI planUri, URIConverter converter) throws IOException {
        URI location = locationFor(planUri);
        if (!converter.exists(location, null)) {
            return defaults();
        }
        try (InputStream in = converter.createInputStream(location);
                Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader);
        }
    }

    /** Stores the profile beside the plan at {@code planUri}. */
    public void save(URI planUri, URIConverter converter) throws IOException {
        try (OutputStream out = converter.createOutputStream(locationFor(planUri));
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(writer);
        }
    }

    /**
     * The profile beside the plan held by {@code resource} (through its resource set's URI
     * converter); never throws: a profile that cannot be read gives the defaults with the error in
     * {@link #problems()}. {@link #defaults()} for a resource without a URI.
     */
    public static LintProfile besidePlan(Resource resource) {
        if (resource == null || resource.getURI() == null) {
            return defaults();
        }
        URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
                : URIConverter.INSTANCE;
        try {
            return load(resource.getURI(), converter);
        } catch (IOException | RuntimeException e) {
            return new LintProfile(Map.of(), Map.of(),
                    List.of("cannot read " + locationFor(resource.getURI()) + ": " + e.getMessage()));
        }
    }

    private static void readSetting(String key, String value, Map<LintSetting, BigDecimal> settings,
            List<String> problems) {
        String name = key.substring(SETTING_PREFIX.length());
        for (LintSetting setting : LintSetting.values()) {
            if (setting.key().equals(name)) {
                try {
                    settings.put(setting, new BigDecimal(value));
                } catch (NumberFormatException e) {
                    problems.add("'" + key + " = " + value + "': not a number");
                }
                return;
            }
        }
        problems.add("'" + key + "': no such setting");
    }

    private static void readSeverity(String key, String value, Map<String, Severity> severities,
            List<String> problems) {
        if (RuleRegistry.find(key).isEmpty()) {
            problems.add("'" + key + "': no such rule");
            return;
        }
        try {
            severities.put(key, Severity.parse(value));
        } catch (IllegalArgumentException e) {
            problems.add("'" + key + " = " + value + "': " + e.getMessage());
        }
    }

    /** Equal when they switch the same rules and set the same settings (problems aside). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LintProfile profile && severities.equals(profile.severities)
                && settings.keySet().equals(profile.settings.keySet())
                && settings.entrySet().stream().allMatch(e -> e.getValue().compareTo(profile.settings.get(e.getKey())) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severities, settings.keySet());
    }

    /** The profile in its file format. */
    @Override
    public String toString() {
        StringWriter text = new StringWriter();
        try {
            write(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}

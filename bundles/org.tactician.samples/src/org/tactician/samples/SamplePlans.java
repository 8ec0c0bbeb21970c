package org.tactician.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/**
 * The sample plans shipped with Tactician: {@code .mplan} files in this bundle's {@code plans/}
 * folder that a new user can open, copy and grow.
 *
 * <p>The {@link #isExemplary() exemplary} samples validate without a warning or an error; the
 * {@link #NEEDS_WORK} sample is a first draft with deliberate mistakes, to show what the validation
 * (and the editor's Problems view) finds.
 *
 * <p>The files are read through this bundle's class loader, so access works inside OSGi and from a
 * plain class path alike.
 */
public enum SamplePlans {

    /** A full one-year plan of a furniture e-commerce retailer with every section filled. */
    FURNITURE_RETAILER("furniture-retailer", "Furniture e-commerce retailer",
            "A full one-year RACE plan of an online furniture retailer: every section filled, from the "
                    + "performance review to the customer journey, including a Pinterest partnership and an "
                    + "educational content hub.",
            "furniture-retailer.mplan"),

    /** A small plan to start from. */
    STARTER("starter", "Starter plan",
            "A small plan for a maker's online shop: one SMART objective per RACE stage, a few channels, a "
                    + "small budget and one editorial calendar, ready to grow.",
            "starter.mplan"),

    /** A medium plan written in Arabic, right to left. */
    ARABIC("arabic-plan", "Perfume shop plan in Arabic",
            "A medium plan written in Arabic for an online perfume and home-fragrance shop in the United Arab "
                    + "Emirates, in dirhams, built around Ramadan, the two Eids and National Day.",
            "arabic-plan.mplan"),

    /**
     * A first draft with the mistakes a consultant finds in a first review, built in on purpose:
     * it does not validate (its findings are listed in the samples generator's README).
     */
    NEEDS_WORK("needs-work", "Draft plan that needs work",
            "The first draft of a small coffee roaster's plan, in Portuguese, with typical mistakes built in: a "
                    + "forecast without a gross margin, a budget over the approved total, an objective nobody owns "
                    + "or serves, and more. Open it to see what the validation finds and how to fix it.",
            "needs-work.mplan", false);

    /** Folder of the sample files inside the bundle. */
    public static final String FOLDER = "plans/";

    private final String id;
    private final String title;
    private final String description;
    private final String fileName;

    private final boolean exemplary;

    SamplePlans(String id, String title, String description, String fileName) {
        this(id, title, description, fileName, true);
    }

    SamplePlans(String id, String title, String description, String fileName, boolean exemplary) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.fileName = fileName;
        this.exemplary = exemplary;
    }

    /** Whether the sample is an example to follow: it validates without a warning or an error. */
    public boolean isExemplary() {
        return exemplary;
    }

    /** The exemplary samples, in declaration order. */
    public static java.util.List<SamplePlans> exemplary() {
        return java.util.Arrays.stream(values()).filter(SamplePlans::isExemplary).toList();
    }

    /** Stable identifier of the sample, e.g. {@code starter}. */
    public String id() {
        return id;
    }

    /** Short title to show in a list of samples. */
    public String title() {
        return title;
    }

    /** One or two sentences on what the sample shows. */
    public String description() {
        return description;
    }

    /** File name of the sample, e.g. {@code starter.mplan}. */
    public String fileName() {
        return fileName;
    }

    /**
     * Where the sample file is: a {@code bundleresource:} URL inside OSGi, a {@code jar:} or
     * {@code file:} URL on a plain class path.
     *
     * @throws IllegalStateException if the file is missing from the bundle (a packaging error)
     */
    public URL url() {
        URL url = SamplePlans.class.getClassLoader().getResource(FOLDER + fileName);
        if (url == null) {
            throw new IllegalStateException("Sample plan missing from the bundle: " + FOLDER + fileName);
        }
        return url;
    }

    /**
     * Opens the sample file; the caller closes the stream.
     *
     * @throws IOException if the file cannot be read
     */
    public InputStream openStream() throws IOException {
        return url().openStream();
    }

    /** The sample with the given {@link #id()}, if there is one. */
    public static Optional<SamplePlans> byId(String id) {
        for (SamplePlans sample : values()) {
            if (sample.id.equals(id)) {
                return Optional.of(sample);
            }
        }
        return Optional.empty();
    }
}

package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanResource;

/** Loads the samples the way an editor does: one {@link PlanResource} per file, default options. */
final class LoadedSamples {

    private static final Map<SamplePlans, PlanResource> CACHE = new EnumMap<>(SamplePlans.class);

    private LoadedSamples() {
    }

    /** The bytes of the sample file as shipped. */
    static byte[] bytes(SamplePlans sample) {
        try (InputStream in = sample.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh resource loaded from {@code bytes}. */
    static PlanResource load(SamplePlans sample, byte[] bytes) {
        PlanResource resource = new PlanResource(URI.createURI(sample.url().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw new UncheckedIOException(sample.fileName() + " does not load", e);
        }
        return resource;
    }

    /** The sample loaded once per test run (tests only read it). */
    static synchronized PlanResource load(SamplePlans sample) {
        return CACHE.computeIfAbsent(sample, s -> load(s, bytes(s)));
    }

    static MarketingPlan plan(SamplePlans sample) {
        PlanResource resource = load(sample);
        assertEquals(1, resource.getContents().size(), sample.fileName() + ": one root");
        return assertInstanceOf(MarketingPlan.class, resource.getContents().get(0));
    }

    /** The root and everything it contains. */
    static List<EObject> elements(SamplePlans sample) {
        List<EObject> elements = new ArrayList<>();
        MarketingPlan plan = plan(sample);
        elements.add(plan);
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        return elements;
    }

    /** What {@link PlanResource} writes for the resource, with its default save options. */
    static byte[] save(PlanResource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.tactician.editing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.tactician.samples.SamplePlans;

/** Copies of the sample plans to edit, and small helpers shared by the tests. */
final class TestPlans {

    private TestPlans() {
    }

    /** A copy of {@code sample} in {@code folder}. */
    static Path copy(SamplePlans sample, Path folder) {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The element of the session's plan with {@code id}. */
    static <T extends EObject> T element(PlanEditingSession session, String id, Class<T> type) {
        return type.cast(session.resource().getEObject(id));
    }
}

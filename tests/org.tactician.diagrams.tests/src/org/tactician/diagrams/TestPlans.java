package org.tactician.diagrams;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.tactician.samples.SamplePlans;

/** Copies of the sample plans, opened as a diagram would open them. */
public final class TestPlans {

    private TestPlans() {
    }

    /** {@code sample} copied into {@code folder}, opened with an editing domain of its own. */
    public static PlanFileModelSource open(SamplePlans sample, Path folder) throws Exception {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new PlanFileModelSource(file);
    }

    /** The furniture retailer sample (16 SWOT items, 9 strategies). */
    public static PlanFileModelSource furniture(Path folder) throws Exception {
        return open(SamplePlans.FURNITURE_RETAILER, folder);
    }

}

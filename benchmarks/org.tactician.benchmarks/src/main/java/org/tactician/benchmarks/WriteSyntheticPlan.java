package org.tactician.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tactician.model.resource.PlanFiles;

/**
 * Writes a synthetic plan to a file, for benchmarks that run elsewhere (the plan editor's, inside
 * the product): {@code WriteSyntheticPlan ELEMENTS FILE}, seed 42 as in the load benchmark.
 */
public final class WriteSyntheticPlan {

    private WriteSyntheticPlan() {
    }

    /** Writes the plan; prints the file and its element count. */
    public static void main(String[] args) throws Exception {
        int elements = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        var plan = SyntheticPlans.generate(elements, 42);
        PlanFiles.save(plan, file);
        Files.deleteIfExists(Path.of(file + ".bak"));
        System.out.println("Wrote " + SyntheticPlans.countElements(plan) + " elements to " + file);
    }
}

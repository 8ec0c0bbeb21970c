package org.tactician.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanFiles;
import org.tactician.validation.LintProfile;
import org.tactician.validation.PlanValidation;

/**
 * A harness beside JMH: alternates EMF's structural Diagnostician and full validation of one loaded
 * plan in one JVM; prints the best and the median of each (the first third of the rounds is
 * warm-up). Arguments: the plan file, the number of rounds.
 */
public class ValidateLoop {
    public static void main(String[] args) throws Exception {
        MarketingPlan plan = PlanFiles.load(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        EValidator.Registry structuralOnly = new EValidatorRegistryImpl();
        structuralOnly.put(TacticianPackage.eINSTANCE, new EObjectValidator());
        Diagnostician structural = new Diagnostician(structuralOnly);
        LintProfile profile = LintProfile.defaults();
        long[] base = new long[rounds], full = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            structural.validate(plan);
            long t1 = System.nanoTime();
            PlanValidation.validate(plan, profile);
            long t2 = System.nanoTime();
            base[i] = t1 - t0; full[i] = t2 - t1;
        }
        int from = rounds / 3;
        long[] b = Arrays.copyOfRange(base, from, rounds), f = Arrays.copyOfRange(full, from, rounds);
        Arrays.sort(b); Arrays.sort(f);
        System.out.printf("structural best %.1f median %.1f ms; full best %.1f median %.1f ms; ratio best %.2f median %.2f%n",
            b[0] / 1e6, b[b.length / 2] / 1e6, f[0] / 1e6, f[f.length / 2] / 1e6, (double) f[0] / b[0], (double) f[f.length / 2] / b[b.length / 2]);
    }
}

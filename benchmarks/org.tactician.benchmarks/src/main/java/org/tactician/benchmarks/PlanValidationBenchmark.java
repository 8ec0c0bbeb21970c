package org.tactician.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanFiles;
import org.tactician.validation.LintProfile;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.ValidationScope;

/**
 * Validating a plan with the Tactician rules against the baseline of EMF's structural
 * {@link Diagnostician} (multiplicities, data values, proxies: {@link EObjectValidator} alone) on
 * the same model: full validation should take at most about 2× the baseline. The incremental
 * case is what the editor does after one edit: one SMART objective's target changes, and only
 * what the change can affect is re-validated ({@link ValidationScope}); it should take at most
 * 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PlanValidationBenchmark {

    /** Elements in the synthetic plan. */
    @Param({"100000"})
    public int elements;

    private Path folder;
    private MarketingPlan plan;
    private Diagnostician structural;
    private LintProfile profile;
    private ValidationScope scope;
    private List<SmartObjective> objectives;
    private int edit;

    /** What an editing session does: every change recorded into the scope, then cross-referenced. */
    private static final class Recorder extends ECrossReferenceAdapter {
        ValidationScope scope;

        @Override
        public void notifyChanged(Notification notification) {
            if (scope != null) {
                scope.add(notification);
            }
            super.notifyChanged(notification);
        }
    }

    @Setup(Level.Trial)
    public void loadPlan() throws IOException {
        folder = Files.createTempDirectory("tactician-bench-validation");
        Path file = folder.resolve("synthetic.mplan");
        PlanFiles.save(SyntheticPlans.generate(elements, 42), file);
        ResourceSet resources = PlanFiles.newResourceSet();
        Recorder recorder = new Recorder();
        resources.eAdapters().add(recorder);
        plan = PlanFiles.load(file, resources);
        scope = new ValidationScope(recorder);
        recorder.scope = scope;
        EValidator.Registry structuralOnly = new EValidatorRegistryImpl();
        structuralOnly.put(TacticianPackage.eINSTANCE, new EObjectValidator());
        structural = new Diagnostician(structuralOnly);
        profile = LintProfile.defaults();
        objectives = new ArrayList<>(plan.getOpportunity().getObjectives());
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder.resolve("synthetic.mplan.bak"));
        Files.delete(folder);
    }

    @TearDown(Level.Trial)
    public void checkFindings() {
        // Both sides did real work: the synthetic plan breaks some rules on purpose.
        if (PlanValidation.findings(PlanValidation.validate(plan, profile)).isEmpty()) {
            throw new IllegalStateException("the plan rules found nothing: the benchmark measured no work");
        }
    }

    /** Baseline: EMF's structural checks of every element. */
    @Benchmark
    public Diagnostic structuralDiagnostician() {
        return structural.validate(plan);
    }

    /** Every Tactician rule (and EMF's structural checks) over the whole plan. */
    @Benchmark
    public Diagnostic fullValidation() {
        return PlanValidation.validate(plan, profile);
    }

    /** One edit of an objective's target, then re-validating what it can affect. */
    @Benchmark
    public void oneEditRevalidated(Blackhole sink) {
        SmartObjective objective = objectives.get(edit * 37 % objectives.size());
        BigDecimal target = objective.getTarget() == null ? BigDecimal.TEN : objective.getTarget();
        objective.setTarget(edit % 2 == 0 ? target.add(BigDecimal.ONE) : target.subtract(BigDecimal.ONE));
        edit++;
        List<EObject> affected = new ArrayList<>();
        for (EObject element : scope.elements()) {
            if (element.eResource() != null) {
                affected.add(element);
            }
        }
        PlanValidation.validateEach(affected, profile, scope, (element, findings) -> sink.consume(findings));
        scope.clear();
    }
}

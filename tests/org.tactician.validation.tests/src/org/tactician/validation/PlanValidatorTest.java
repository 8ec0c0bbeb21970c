package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.internal.ValidationRun;

/** The validator inside EMF's validation framework. */
class PlanValidatorTest {

    @Test
    void theGlobalDiagnosticianRunsTheRulesOnceRegistered() {
        PlanValidator.register();
        assertSame(PlanValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(TacticianPackage.eINSTANCE));
        CleanPlan plan = new CleanPlan();
        plan.act.setDeadline(null);

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(plan.plan);

        assertEquals(List.of(RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING),
                PlanValidation.findings(diagnostic).stream().map(PlanDiagnostic::rule).toList());
    }

    @Test
    void emfsOwnChecksStillRun() {
        CleanPlan plan = new CleanPlan();
        plan.toCheckout.setSource(null); // a required reference (lower bound 1)

        Diagnostic diagnostic = plan.validate();

        assertTrue(diagnostic.getChildren().stream().anyMatch(child -> EObjectValidator.DIAGNOSTIC_SOURCE
                .equals(child.getSource()) && child.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS
                && child.getData().get(0) == plan.toCheckout), "EMF reports the missing source");
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
    }

    @Test
    void anElementIsJudgedAgainstItsWholePlan() {
        CleanPlan plan = new CleanPlan();
        plan.act.setDeadline(LocalDate.of(2025, 12, 31));

        // Validating one objective still knows the plan period and the plan-wide indexes.
        List<PlanDiagnostic> findings = PlanValidation.findings(PlanValidation.validate(plan.act, plan.profile));

        assertEquals(List.of(RuleRegistry.SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD),
                findings.stream().map(PlanDiagnostic::rule).toList());
    }

    @Test
    void theIndexIsBuiltOncePerRun() {
        CleanPlan plan = new CleanPlan();
        Diagnostician diagnostician = new Diagnostician(registry());
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(LintProfile.class, LintProfile.defaults());
        BasicDiagnostic chain = new BasicDiagnostic();

        diagnostician.validate(plan.plan, chain, context);

        @SuppressWarnings("unchecked")
        Map<EObject, ValidationRun> runs = (Map<EObject, ValidationRun>) context.get(ValidationRun.class);
        assertEquals(Map.of(plan.plan, runs.get(plan.plan)).keySet(), runs.keySet(), "one run, for the plan");
        assertSame(runs.get(plan.plan).index(), ValidationRun.of(plan.revenue, context).index());
    }

    @Test
    void withoutAContextTheValidatorStillWorks() {
        CleanPlan plan = new CleanPlan();
        plan.act.setName(" ");
        BasicDiagnostic chain = new BasicDiagnostic();

        boolean valid = PlanValidator.INSTANCE.validate(plan.act, chain, null);

        assertFalse(valid, "a missing name is an error");
        assertTrue(PlanValidation.findings(chain).stream()
                .anyMatch(finding -> finding.rule() == RuleRegistry.SMART_SPECIFIC_NAME_MISSING));
    }

    @Test
    void warningsAloneKeepTheElementValid() {
        CleanPlan plan = new CleanPlan();
        plan.act.setStrategy(null); // a warning

        assertTrue(PlanValidator.INSTANCE.validate(plan.act, null, new HashMap<>()));
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        PlanValidator.register(registry);
        return registry;
    }
}

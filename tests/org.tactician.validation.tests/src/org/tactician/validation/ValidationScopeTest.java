package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.samples.SamplePlans;

/**
 * Re-validating a {@link ValidationScope} after an edit finds exactly what a full validation
 * finds: random edits of every kind (values, links, added, moved, deleted and merely detached
 * elements, plan dates) applied to the samples, compared after each one.
 */
class ValidationScopeTest {

    private static final int EDITS = 300;

    /** The plan's cross-reference adapter, telling the scope of each change first (as editors do). */
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

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void revalidatingTheScopeOfEachEditFindsWhatTheWholePlanFinds(SamplePlans sample) throws PlanLoadException {
        MarketingPlan plan = load(sample);
        ValidationScope scope = scopeOf(plan);
        Map<EObject, List<String>> findings = validateAll(plan);
        RandomEdits edits = new RandomEdits(plan, new Random(sample.ordinal() * 7919L + 17));
        int scoped = 0;

        for (int i = 0; i < EDITS; i++) {
            String edit = edits.next();
            if (scope.isWholePlan()) {
                findings = validateAll(plan);
            } else {
                scoped++;
                scope.removed().forEach(findings::remove);
                List<EObject> inPlan = scope.elements().stream()
                        .filter(element -> EcoreUtil.getRootContainer(element) == plan).toList();
                Map<EObject, List<String>> current = findings;
                // Reusing the scope's facts (the forecast) must give the same findings too.
                PlanValidation.validateEach(inPlan, LintProfile.defaults(), scope,
                        (element, diagnostics) -> current.put(element, describe(diagnostics)));
            }
            scope.clear();
            Map<String, List<String>> expected = byId(validateAll(plan));
            Map<String, List<String>> actual = byId(findings);
            if (!expected.equals(actual)) {
                fail("after edit " + i + ": " + edit + ", re-validating the scope differs from a full validation:"
                        + difference(expected, actual));
            }
        }
        assertTrue(scoped > EDITS / 2, "most edits are re-validated incrementally: " + scoped);
    }

    @Test
    void renamingAnObjectiveReachesItsNamesakes() throws PlanLoadException {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        ValidationScope scope = scopeOf(plan);
        SmartObjective first = plan.getOpportunity().getObjectives().get(0);
        SmartObjective second = plan.getOpportunity().getObjectives().get(1);
        SmartObjective third = plan.getOpportunity().getObjectives().get(2);

        second.setName(first.getName().toUpperCase() + "  ");

        assertTrue(scope.elements().containsAll(List.of(first, second, plan.getOpportunity(), plan)));
        assertFalse(scope.elements().contains(third), "an objective with another name is not affected");
    }

    @Test
    void reclassifyingASwotItemReachesTheStrategiesCombiningIt() throws PlanLoadException {
        MarketingPlan plan = load(SamplePlans.FURNITURE_RETAILER);
        ValidationScope scope = scopeOf(plan);
        var strategy = plan.getOpportunity().getSwot().getStrategies().get(0);
        var item = strategy.getSwotItems().get(0);

        item.setCategory(item.getCategory() == SwotCategory.THREAT ? SwotCategory.STRENGTH : SwotCategory.THREAT);

        assertTrue(scope.elements().contains(strategy));
        assertFalse(scope.isWholePlan());
    }

    @Test
    void changingThePlanPeriodReachesTheWholePlan() throws PlanLoadException {
        MarketingPlan plan = load(SamplePlans.STARTER);
        ValidationScope scope = scopeOf(plan);

        plan.setEnd(plan.getEnd().minusMonths(3));

        assertTrue(scope.isWholePlan());
    }

    /** Where two sets of findings by element differ, one line per difference. */
    private static String difference(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        StringBuilder text = new StringBuilder();
        Set<String> ids = new TreeSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        for (String id : ids) {
            List<String> want = expected.getOrDefault(id, List.of());
            List<String> got = actual.getOrDefault(id, List.of());
            if (!want.equals(got)) {
                text.append("\n  ").append(id).append(": expected ").append(want).append("\n  ").append(id)
                        .append(": found    ").append(got);
            }
        }
        return text.toString();
    }

    /** A scope fed by a cross-reference adapter on the plan's resource set, as editors have it. */
    private static ValidationScope scopeOf(MarketingPlan plan) {
        Recorder recorder = new Recorder();
        plan.eResource().getResourceSet().eAdapters().add(recorder);
        ValidationScope scope = new ValidationScope(recorder);
        recorder.scope = scope;
        return scope;
    }

    private static MarketingPlan load(SamplePlans sample) throws PlanLoadException {
        return PlanFiles.load(URI.createURI(sample.url().toString()), sample.fileName(), PlanFiles.newResourceSet());
    }

    private static Map<EObject, List<String>> validateAll(MarketingPlan plan) {
        List<EObject> all = new ArrayList<>();
        all.add(plan);
        plan.eAllContents().forEachRemaining(all::add);
        Map<EObject, List<String>> findings = new HashMap<>();
        PlanValidation.validateEach(all, LintProfile.defaults(), (element, diagnostics) -> findings.put(element,
                describe(diagnostics)));
        return findings;
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getSeverity() + " " + d.getSource() + "#" + d.getCode() + " "
                + d.getMessage() + " @" + (d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature f
                        ? f.getName() : "")).sorted().toList();
    }

    /** The non-empty findings by the id of the validated element, comparable across runs. */
    private static Map<String, List<String>> byId(Map<EObject, List<String>> findings) {
        Map<String, List<String>> result = new TreeMap<>();
        findings.forEach((element, found) -> {
            if (!found.isEmpty()) {
                result.put(((PlanElement) element).getId(), found);
            }
        });
        return result;
    }

    /** Random edits of a plan, of every kind an editor makes; each says what it did. */
    private static final class RandomEdits {

        private final MarketingPlan plan;
        private final Random random;

        RandomEdits(MarketingPlan plan, Random random) {
            this.plan = plan;
            this.random = random;
        }

        String next() {
            if (random.nextInt(40) == 0) {
                plan.setEnd(plan.getEnd() == null ? LocalDate.of(2026, 12, 31) : plan.getEnd().plusDays(random.nextInt(61) - 30));
                return "plan end " + plan.getEnd();
            }
            List<EObject> all = new ArrayList<>();
            all.add(plan);
            plan.eAllContents().forEachRemaining(all::add);
            EObject element = all.get(random.nextInt(all.size()));
            List<EStructuralFeature> features = element.eClass().getEAllStructuralFeatures().stream()
                    .filter(f -> f.isChangeable() && !f.isDerived() && !f.isTransient()
                            && f != Literals.PLAN_ELEMENT__ID && !(element == plan && f instanceof EAttribute))
                    .toList();
            if (features.isEmpty()) {
                return "nothing on " + element.eClass().getName();
            }
            EStructuralFeature feature = features.get(random.nextInt(features.size()));
            String what = element.eClass().getName() + "." + feature.getName() + ": ";
            if (feature instanceof EAttribute attribute) {
                return what + editAttribute(element, attribute);
            }
            EReference reference = (EReference) feature;
            return what + (reference.isContainment() ? editContents(element, reference) : editLink(element, reference));
        }

        private String editAttribute(EObject element, EAttribute attribute) {
            if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> values = (EList<Object>) element.eGet(attribute);
                EEnum type = (EEnum) attribute.getEAttributeType();
                Object literal = type.getELiterals().get(random.nextInt(type.getELiterals().size())).getInstance();
                if (!values.remove(literal)) {
                    values.add(literal);
                }
                return "toggle " + literal;
            }
            if (attribute.isUnsettable() && random.nextInt(4) == 0) {
                element.eUnset(attribute);
                return "unset";
            }
            Object value = valueOf(attribute);
            element.eSet(attribute, value);
            return "set " + value;
        }

        private Object valueOf(EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
            }
            Class<?> kind = type.getInstanceClass();
            boolean none = random.nextInt(5) == 0;
            if (kind == String.class) {
                if (none) {
                    return null;
                }
                if (random.nextInt(25) == 0) {
                    // A pasted page: more than a spreadsheet cell holds (naming.too-long).
                    return "pasted page ".repeat(2_731);
                }
                // Often the name of another element, so that names collide.
                List<NamedElement> named = new ArrayList<>();
                plan.eAllContents().forEachRemaining(e -> {
                    if (e instanceof NamedElement n && n.getName() != null) {
                        named.add(n);
                    }
                });
                return random.nextBoolean() && !named.isEmpty() ? named.get(random.nextInt(named.size())).getName()
                        : "text " + random.nextInt(5);
            }
            if (kind == int.class || kind == Integer.class) {
                return random.nextInt(8) - 1;
            }
            if (kind == long.class || kind == Long.class) {
                return (long) random.nextInt(100_000);
            }
            if (kind == BigDecimal.class) {
                return none ? null : BigDecimal.valueOf(random.nextInt(4) * 250 - 250);
            }
            if (kind == Money.class) {
                return none ? null : Money.of(String.valueOf(random.nextInt(20) * 500), random.nextInt(6) == 0 ? "USD"
                        : plan.getCurrency() == null ? "EUR" : plan.getCurrency());
            }
            LocalDate base = plan.getStart() == null ? LocalDate.of(2026, 1, 1) : plan.getStart();
            if (kind == LocalDate.class) {
                return none ? null : base.plusDays(random.nextInt(480) - 60);
            }
            if (kind == YearMonth.class) {
                return none ? null : YearMonth.from(base).plusMonths(random.nextInt(16) - 2);
            }
            if (kind == boolean.class || kind == Boolean.class) {
                return random.nextBoolean();
            }
            throw new IllegalStateException("no random value for " + kind);
        }

        private String editLink(EObject element, EReference reference) {
            List<EObject> candidates = new ArrayList<>();
            plan.eAllContents().forEachRemaining(e -> {
                if (reference.getEReferenceType().isInstance(e)) {
                    candidates.add(e);
                }
            });
            EObject target = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            if (!reference.isMany()) {
                EObject value = random.nextInt(4) == 0 ? null : target;
                element.eSet(reference, value);
                return "link " + label(value);
            }
            @SuppressWarnings("unchecked")
            EList<EObject> values = (EList<EObject>) element.eGet(reference);
            if (!values.isEmpty() && random.nextBoolean()) {
                return "unlink " + label(values.remove(random.nextInt(values.size())));
            }
            if (target != null) {
                values.add(target);
            }
            return "link " + label(target);
        }

        private String editContents(EObject element, EReference reference) {
            if (!reference.isMany()) {
                EObject current = (EObject) element.eGet(reference);
                if (current != null) {
                    return remove(current);
                }
                EObject created = create(reference);
                element.eSet(reference, created);
                return "create " + label(created);
            }
            @SuppressWarnings("unchecked")
            EList<EObject> values = (EList<EObject>) element.eGet(reference);
            int choice = random.nextInt(3);
            if (choice == 0 && values.size() > 1) {
                values.move(random.nextInt(values.size()), random.nextInt(values.size()));
                return "move";
            }
            if (choice == 1 && !values.isEmpty()) {
                return remove(values.get(random.nextInt(values.size())));
            }
            EObject created = create(reference);
            values.add(random.nextInt(values.size() + 1), created);
            return "create " + label(created);
        }

        /** Deletes with its references half of the time; otherwise detaches it, leaving links dangling. */
        private String remove(EObject child) {
            if (random.nextBoolean()) {
                EcoreUtil.delete(child, true);
                return "delete " + label(child);
            }
            EcoreUtil.remove(child);
            return "detach " + label(child);
        }

        private EObject create(EReference reference) {
            List<EClass> concrete = new ArrayList<>();
            for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
                        && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                    concrete.add(eClass);
                }
            }
            EObject created = EcoreUtil.create(concrete.get(random.nextInt(concrete.size())));
            if (created instanceof NamedElement named && random.nextInt(3) > 0) {
                named.setName("New " + created.eClass().getName() + " " + random.nextInt(3));
            }
            return created;
        }

        private static String label(Object value) {
            return value instanceof EObject object ? PlanLabels.of(object) : String.valueOf(value);
        }
    }
}

package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_CURRENCY_MISMATCH;
import static org.tactician.validation.RuleRegistry.REFERENCE_CROSS_PLAN;
import static org.tactician.validation.RuleRegistry.REFERENCE_DANGLING;
import static org.tactician.validation.RuleRegistry.REFERENCE_SEGMENT_CYCLE;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

/** Rules on what an element points at and holds: live targets inside the same plan, money in the plan currency. */
final class ReferenceRules {

    private static final Map<EClass, List<EReference>> LINKS = new ConcurrentHashMap<>();
    private static final Map<EClass, List<EAttribute>> AMOUNTS = new ConcurrentHashMap<>();

    private ReferenceRules() {
    }

    static void check(EObject object, ValidationRun run, Findings findings) {
        MarketingPlan plan = run.plan();
        if (plan == null) {
            return; // a detached fragment: its links and money cannot be judged against a plan
        }
        if (findings.isOn(REFERENCE_DANGLING) || findings.isOn(REFERENCE_CROSS_PLAN)) {
            for (EReference link : links(object.eClass())) {
                if (!object.eIsSet(link)) {
                    continue;
                }
                Object value = object.eGet(link);
                if (link.isMany()) {
                    for (Object target : (List<?>) value) {
                        checkTarget(object, link, (EObject) target, run, findings);
                    }
                } else {
                    checkTarget(object, link, (EObject) value, run, findings);
                }
            }
        }
        String currency = plan.getCurrency() == null ? "" : plan.getCurrency().trim().toUpperCase(Locale.ROOT);
        // A plan currency that is no code is reported once, on the plan (plan.currency.invalid), not on every amount.
        if (currency.matches("[A-Z]{3}") && findings.isOn(PLAN_CURRENCY_MISMATCH)) {
            for (EAttribute attribute : amounts(object.eClass())) {
                if (object.eGet(attribute) instanceof Money money && !money.currency().equals(currency)) {
                    findings.report(PLAN_CURRENCY_MISMATCH, object, attribute,
                            RuleMessage.of("plan.currency.mismatch", attribute, object, money.currency(), money, currency));
                }
            }
        }
    }

    /** A segment's parents lead to a broadest segment, never back to it. */
    static void checkSegment(Segment segment, Findings findings) {
        java.util.Set<Segment> seen = new java.util.HashSet<>();
        for (Segment parent = segment.getParent(); parent != null && seen.add(parent); parent = parent.getParent()) {
            if (parent == segment) {
                findings.report(REFERENCE_SEGMENT_CYCLE, segment, Literals.SEGMENT__PARENT,
                        segment.getParent() == segment ? RuleMessage.of("reference.segment-cycle.ownParent", segment)
                                : RuleMessage.of("reference.segment-cycle.through", segment, segment.getParent()),
                        new QuickFix(RuleMessage.of("fix.reference.clear-parent"), segment, Literals.SEGMENT__PARENT, null));
                return;
            }
        }
    }

    private static void checkTarget(EObject object, EReference link, EObject target, ValidationRun run,
            Findings findings) {
        QuickFix clear;
        if (link.isMany()) {
            // The list without the broken link (set as a whole, so one command undoes it).
            List<Object> rest = new java.util.ArrayList<>((List<?>) object.eGet(link, false));
            rest.remove(target);
            clear = new QuickFix(RuleMessage.of("fix.reference.remove-broken-link", link), object, link, rest);
        } else {
            clear = new QuickFix(RuleMessage.of("fix.reference.clear", link), object, link, null);
        }
        if (target.eIsProxy()) {
            findings.report(REFERENCE_DANGLING, object, link,
                    RuleMessage.of("reference.dangling.proxy", link, object, String.valueOf(((InternalEObject) target).eProxyURI())),
                    clear);
            return;
        }
        EObject targetRoot = EcoreUtil.getRootContainer(target);
        if (targetRoot == run.root()) {
            return;
        }
        if (target.eResource() == null && !(targetRoot instanceof MarketingPlan)) {
            findings.report(REFERENCE_DANGLING, object, link,
                    RuleMessage.of("reference.dangling.removed", link, object, target), clear);
        } else {
            findings.report(REFERENCE_CROSS_PLAN, object, link,
                    RuleMessage.of("reference.cross-plan", link, object, target, targetRoot instanceof MarketingPlan other ? other
                            : RuleMessage.of("reference.cross-plan.anotherFile")), clear);
        }
    }

    /** The references an element links through: no containment, no derived or transient ones. */
    private static List<EReference> links(EClass eClass) {
        return LINKS.computeIfAbsent(eClass, key -> key.getEAllReferences().stream()
                .filter(reference -> !reference.isContainment() && !reference.isContainer()
                        && !reference.isDerived() && !reference.isTransient())
                .toList());
    }

    /** The stored money attributes of a class. */
    private static List<EAttribute> amounts(EClass eClass) {
        return AMOUNTS.computeIfAbsent(eClass, key -> key.getEAllAttributes().stream()
                .filter(attribute -> attribute.getEAttributeType() == Literals.MONEY && !attribute.isDerived()
                        && !attribute.isMany())
                .toList());
    }
}

package org.tactician.diagrams.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.tactician.i18n.FindingText;
import org.tactician.model.PlanElement;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;

import com.google.inject.Inject;

/**
 * Decorates a diagram's elements with the plan rules' findings (see org.tactician.validation's
 * RULES.md) after every change and on request: every finding on a plan element the diagram
 * shows (its element id is the plan element's id), worded in the workbench's language as the
 * Problems view words them ({@link FindingText#forUser}: the rules' English for English and for
 * languages Tactician has no words for).
 */
public class PlanMarkers implements ModelValidator {

    @Inject
    protected PlanDiagram diagram;

    @Inject
    protected GModelState modelState;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        return diagram.apply(() -> markers(diagram, modelState));
    }

    /** The markers of the findings on elements of {@code modelState}'s diagram. */
    public static List<Marker> markers(PlanDiagram diagram, GModelState modelState) {
        List<Marker> markers = new ArrayList<>();
        Optional<FindingText> words = FindingText.forUser(DiagramTexts.locale());
        Diagnostic diagnostic = PlanValidation.validate(diagram.source().plan());
        for (PlanDiagnostic finding : PlanValidation.findings(diagnostic)) {
            if (finding.object() instanceof PlanElement element && element.getId() != null
                    && modelState.getIndex().get(element.getId()).isPresent()) {
                String message = words.map(w -> w.messageWithRuleId(finding.ruleMessage(), finding.rule().id()))
                        .orElse(finding.getMessage());
                markers.add(new Marker(finding.rule().id(), message, element.getId(), kind(finding)));
            }
        }
        return markers;
    }

    private static String kind(Diagnostic finding) {
        return switch (finding.getSeverity()) {
            case Diagnostic.ERROR -> MarkerKind.ERROR;
            case Diagnostic.WARNING -> MarkerKind.WARNING;
            default -> MarkerKind.INFO;
        };
    }
}

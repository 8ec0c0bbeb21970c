package org.tactician.ui.internal.markers;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerHelpContextProvider;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.validation.RuleRegistry;

/**
 * F1 on a plan problem in the Problems view: the help page of the marker's rule (the user guide
 * has a context per rule of {@link RuleRegistry}), else the validation topic.
 */
public final class PlanMarkerHelp implements IMarkerHelpContextProvider {

    @Override
    public boolean hasHelpContextForMarker(IMarker marker) {
        return true;
    }

    @Override
    public String getHelpContextForMarker(IMarker marker) {
        String ruleId = marker.getAttribute(PlanMarkers.RULE_ID, "");
        return RuleRegistry.find(ruleId).map(rule -> HelpContexts.rule(rule.id())).orElse(HelpContexts.VALIDATION);
    }
}

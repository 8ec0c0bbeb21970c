package org.tactician.cli;

import java.util.List;

import org.tactician.model.MarketingPlan;

/**
 * What {@code tactician validate} checks a loaded plan with. The default runs EMF's
 * Diagnostician (multiplicities, dangling references and the constraints registered for the
 * plan package); the validation bundle plugs its rules in here when it lands.
 */
@FunctionalInterface
public interface PlanCheck {

    /**
     * One finding about the plan.
     *
     * @param error whether it makes the plan invalid (exit code 1) or is only a warning
     * @param message what is wrong and where, in one line
     */
    record Finding(boolean error, String message) {
    }

    /** The findings about {@code plan}, most severe first; empty when the plan is fine. */
    List<Finding> check(MarketingPlan plan);
}

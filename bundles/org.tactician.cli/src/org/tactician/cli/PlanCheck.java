package org.tactician.cli;

import java.util.List;

import org.tactician.model.MarketingPlan;

/**
 * What {@code tactician validate} checks a loaded plan with. The default runs the Tactician
 * validation rules (under the plan's lint profile) together with EMF's own checks; tests and
 * embedders can pass another.
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

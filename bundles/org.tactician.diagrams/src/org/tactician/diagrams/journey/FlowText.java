package org.tactician.diagrams.journey;

import org.tactician.model.JourneyFlow;

/**
 * A flow's label as it is edited in place: its name, then its condition in brackets, as a guard
 * is written on a transition ({@code Leaves with a full basket [Basket left for an hour]}).
 */
record FlowText(String name, String condition) {

    static String of(JourneyFlow flow) {
        String name = flow.getName() == null ? "" : flow.getName();
        String condition = flow.getCondition() == null ? "" : flow.getCondition().strip();
        return condition.isEmpty() ? name : name + " [" + condition + "]";
    }

    /** The name and condition of an edited label; a label without brackets has no condition. */
    static FlowText parse(String text) {
        String edited = text == null ? "" : text.strip();
        if (edited.endsWith("]")) {
            int open = edited.lastIndexOf('[');
            if (open >= 0) {
                return new FlowText(edited.substring(0, open).strip(), edited.substring(open + 1, edited.length() - 1).strip());
            }
        }
        return new FlowText(edited, "");
    }
}

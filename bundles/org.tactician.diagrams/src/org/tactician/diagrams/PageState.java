package org.tactician.diagrams;

import java.util.List;

/**
 * What the browser showing a diagram page reports to the page's host (the workbench's diagram
 * editor), which mirrors it: the selection for the Properties view and the Outline, and whether
 * the page is editing text (its in-place name editor has the focus), while the editing keys
 * belong to the text.
 *
 * @param selectedIds the ids of the selected diagram elements, in the diagram's order; an element
 *        that stands for a plan element has that element's id
 * @param editingText whether a text field of the page has the focus
 */
public record PageState(List<String> selectedIds, boolean editingText) {

    /** Nothing selected, no text edited: a page that has reported nothing yet. */
    public static final PageState NONE = new PageState(List.of(), false);

    public PageState {
        selectedIds = List.copyOf(selectedIds);
    }
}

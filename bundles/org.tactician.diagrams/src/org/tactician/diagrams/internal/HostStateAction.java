package org.tactician.diagrams.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/** From the client: what its host mirrors (see {@link org.tactician.diagrams.PageState}). */
public class HostStateAction extends Action {

    public static final String KIND = "tacticianHostState";

    private List<String> selectedIds = new ArrayList<>();
    private boolean editingText;

    public HostStateAction() {
        super(KIND);
    }

    public HostStateAction(List<String> selectedIds, boolean editingText) {
        this();
        this.selectedIds = new ArrayList<>(selectedIds);
        this.editingText = editingText;
    }

    public List<String> getSelectedIds() {
        return selectedIds == null ? List.of() : selectedIds;
    }

    public boolean isEditingText() {
        return editingText;
    }
}

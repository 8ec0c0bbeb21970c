package org.tactician.diagrams.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.tactician.diagrams.PageState;

import com.google.inject.Inject;

/**
 * Hands what the client reports to the page's host. Bound for every diagram type by the local
 * server (see {@link LocalDiagramServer}), so a diagram module need not bind it. A hostile client
 * can only report ids: the host looks them up in the plan and ignores what it does not know.
 */
public class HostStateActionHandler extends AbstractActionHandler<HostStateAction> {

    /** More than any diagram shows; a longer list is cut. */
    static final int MAX_IDS = 10_000;

    @Inject
    protected PlanDiagram diagram;

    @Override
    protected List<Action> executeAction(HostStateAction action) {
        List<String> ids = action.getSelectedIds().stream().filter(Objects::nonNull).limit(MAX_IDS).toList();
        diagram.reportState(new PageState(ids, action.isEditingText()));
        return none();
    }
}

package org.tactician.diagrams.internal;

import java.io.IOException;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.diagrams.DiagramModelSource;

import com.google.inject.Inject;

/**
 * "Loads" the plan the page was opened on (it is already loaded: the source holds it) and
 * listens for changes made elsewhere; "saves" by asking the source to save the plan.
 */
public class PlanSourceModelStorage implements SourceModelStorage {

    @Inject
    protected PlanDiagram diagram;

    @Inject
    protected ActionDispatcher actionDispatcher;

    private boolean listening;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        if (diagram.layoutProblem() != null) {
            actionDispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn(
                    DiagramTexts.get("notice.layoutNotUsed", diagram.layoutProblem())));
        }
        if (listening) {
            return;
        }
        listening = true;
        CommandStackListener stackListener = event -> {
            if (!diagram.isApplying()) {
                actionDispatcher.dispatch(new PlanChangedAction());
            }
        };
        DiagramModelSource.Listener sourceListener = new DiagramModelSource.Listener() {
            @Override
            public void saved() {
                actionDispatcher.dispatch(new PlanChangedAction());
            }

            @Override
            public void reloaded() {
                actionDispatcher.dispatch(new PlanChangedAction());
            }
        };
        DiagramModelSource source = diagram.source();
        source.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        source.addListener(sourceListener);
        diagram.onClose(() -> {
            source.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
            source.removeListener(sourceListener);
        });
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            diagram.source().save();
        } catch (IOException | RuntimeException e) {
            throw new GLSPServerException("The plan could not be saved: " + e.getMessage(), e);
        }
    }
}

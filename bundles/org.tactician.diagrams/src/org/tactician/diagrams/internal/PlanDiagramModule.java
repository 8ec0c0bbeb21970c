package org.tactician.diagrams.internal;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;

/**
 * What every Tactician diagram runs on: the plan's command stack as the model state, the plan
 * itself as the source model, model access through the plan's lock, plan-rule markers, required
 * names, export beside the plan and refresh on changes made elsewhere. A diagram adds its
 * configuration, model factory, palette and operation handlers.
 */
public abstract class PlanDiagramModule extends DiagramModule {

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return PlanModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return PlanSourceModelStorage.class;
    }

    @Override
    protected Class<? extends ActionDispatcher> bindActionDispatcher() {
        return PlanActionDispatcher.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return PlanMarkers.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NameValidator.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(PlanChangedActionHandler.class);
        binding.add(ExportDiagramHandler.class);
    }
}

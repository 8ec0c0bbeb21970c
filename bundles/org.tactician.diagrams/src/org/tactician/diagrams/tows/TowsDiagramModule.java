package org.tactician.diagrams.tows;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.tactician.diagrams.internal.ExportDiagramHandler;
import org.tactician.diagrams.internal.PlanActionDispatcher;
import org.tactician.diagrams.internal.PlanChangedActionHandler;
import org.tactician.diagrams.internal.PlanModelState;
import org.tactician.diagrams.internal.PlanSourceModelStorage;

/** The TOWS matrix diagram: what GLSP runs for one client session of it. */
public class TowsDiagramModule extends DiagramModule {

    @Override
    public String getDiagramType() {
        return TowsTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return TowsDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return PlanModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return PlanSourceModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return TowsModelFactory.class;
    }

    @Override
    protected Class<? extends ActionDispatcher> bindActionDispatcher() {
        return PlanActionDispatcher.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return TowsValidator.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NameValidator.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return TowsToolPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(PlanChangedActionHandler.class);
        binding.add(ExportDiagramHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateCardHandler.class);
        binding.add(LinkFactorHandler.class);
        binding.add(MoveCardHandler.class);
        binding.add(DeleteCardHandler.class);
        binding.add(RenameCardHandler.class);
    }
}

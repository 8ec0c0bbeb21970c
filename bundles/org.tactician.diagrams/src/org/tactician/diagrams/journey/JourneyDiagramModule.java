package org.tactician.diagrams.journey;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.tactician.diagrams.internal.PlanDiagramModule;

/** The customer journey diagram: what GLSP runs for one client session of it. */
public class JourneyDiagramModule extends PlanDiagramModule {

    @Override
    public String getDiagramType() {
        return JourneyTypes.DIAGRAM_TYPE;
    }

    @Override
    protected void configureAdditionals() {
        super.configureAdditionals();
        bind(JourneyArrangement.class).in(com.google.inject.Singleton.class);
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return JourneyDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return JourneyModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return JourneyToolPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(SetRoutingHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateTouchpointHandler.class);
        binding.add(CreateFlowHandler.class);
        binding.add(MoveTouchpointHandler.class);
        binding.add(DeleteJourneyElementsHandler.class);
        binding.add(RenameJourneyElementHandler.class);
        binding.add(LayoutAgainHandler.class);
        binding.add(SetSwimlanesHandler.class);
        binding.add(KeepRoutesHandler.class);
    }
}

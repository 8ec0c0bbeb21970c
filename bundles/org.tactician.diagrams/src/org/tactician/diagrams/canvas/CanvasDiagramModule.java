package org.tactician.diagrams.canvas;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.tactician.diagrams.internal.PlanDiagramModule;

/** The Business Model Canvas diagram: what GLSP runs for one client session of it. */
public class CanvasDiagramModule extends PlanDiagramModule {

    @Override
    public String getDiagramType() {
        return CanvasTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return CanvasDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return CanvasModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return CanvasToolPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(OpenPlanElementHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateNoteHandler.class);
        binding.add(MoveNoteHandler.class);
        binding.add(DeleteNotesHandler.class);
        binding.add(RenameNoteHandler.class);
    }
}

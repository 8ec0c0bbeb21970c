package org.tactician.diagrams.tows;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.tactician.diagrams.internal.PlanDiagramModule;

/** The TOWS matrix diagram: what GLSP runs for one client session of it. */
public class TowsDiagramModule extends PlanDiagramModule {

    @Override
    public String getDiagramType() {
        return TowsTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return TowsDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return TowsModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return TowsToolPalette.class;
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

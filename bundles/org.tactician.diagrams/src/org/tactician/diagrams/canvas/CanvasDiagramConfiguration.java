package org.tactician.diagrams.canvas;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.tactician.diagrams.internal.ServerArrangedConfiguration;

/**
 * What the canvas client may do: notes move (to another block, or to another place in their
 * block's order) and delete; blocks take new notes; a link chip deletes (unlinks). The server
 * places everything itself.
 */
public class CanvasDiagramConfiguration extends ServerArrangedConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        for (String node : List.of(CanvasTypes.BLOCK, CanvasTypes.NOTE, CanvasTypes.LINK)) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        for (String label : List.of(CanvasTypes.BLOCK_TITLE, CanvasTypes.BLOCK_HINT, CanvasTypes.NAME)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(CanvasTypes.NOTE, true, true, false, false),
                new ShapeTypeHint(CanvasTypes.LINK, false, true, false, false),
                new ShapeTypeHint(CanvasTypes.BLOCK, false, false, false, false, List.of(CanvasTypes.NEW_NOTE)));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of();
    }
}

package org.tactician.diagrams.tows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.tactician.diagrams.internal.ServerArrangedConfiguration;

/**
 * What the TOWS client may do with which element: cards move, resize and delete; cells hold the
 * new cards; badges (links) delete; the link tool joins strategies and factors. The server places
 * everything itself, so no bounds round trip precedes an update.
 */
public class TowsDiagramConfiguration extends ServerArrangedConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        for (String node : List.of(TowsTypes.CORNER, TowsTypes.CELL, TowsTypes.FACTOR, TowsTypes.STRATEGY,
                TowsTypes.BADGE)) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        for (String label : List.of(TowsTypes.CELL_TITLE, TowsTypes.CELL_HINT, TowsTypes.NAME, TowsTypes.SUPPORT)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        mappings.put(TowsTypes.LINK, GraphPackage.Literals.GEDGE);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<String> creatable = new ArrayList<>();
        for (TowsCell cell : TowsCell.values()) {
            creatable.add(TowsTypes.NEW_PREFIX + cell.name());
        }
        return List.of(new ShapeTypeHint(TowsTypes.FACTOR, true, true, true, false),
                new ShapeTypeHint(TowsTypes.STRATEGY, true, true, true, false),
                new ShapeTypeHint(TowsTypes.BADGE, false, true, false, false),
                new ShapeTypeHint(TowsTypes.CELL, false, false, false, false, creatable),
                new ShapeTypeHint(TowsTypes.CORNER, false, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> ends = List.of(TowsTypes.STRATEGY, TowsTypes.FACTOR);
        return List.of(new EdgeTypeHint(TowsTypes.LINK, false, true, false, ends, ends));
    }
}

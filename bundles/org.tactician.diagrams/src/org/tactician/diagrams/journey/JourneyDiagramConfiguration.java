package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.tactician.model.MediaType;
import org.tactician.diagrams.internal.ServerArrangedConfiguration;

/**
 * What the journey client may do: touchpoints move and delete (their size follows their content),
 * stages take new touchpoints, flows join touchpoints and delete. ELK places everything on the
 * server, so no bounds round trip precedes an update.
 */
public class JourneyDiagramConfiguration extends ServerArrangedConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        mappings.put(JourneyTypes.STAGE, GraphPackage.Literals.GNODE);
        mappings.put(JourneyTypes.TOUCHPOINT, GraphPackage.Literals.GNODE);
        for (String label : List.of(JourneyTypes.STAGE_TITLE, JourneyTypes.NAME, JourneyTypes.META, JourneyTypes.FLOW_LABEL)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        mappings.put(JourneyTypes.FLOW, GraphPackage.Literals.GEDGE);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<String> creatable = new ArrayList<>();
        for (MediaType media : MediaType.values()) {
            creatable.add(JourneyTypes.newTouchpoint(media));
        }
        return List.of(new ShapeTypeHint(JourneyTypes.TOUCHPOINT, true, true, false, false),
                new ShapeTypeHint(JourneyTypes.STAGE, false, false, false, false, creatable),
                new ShapeTypeHint(JourneyTypes.FLOW_LABEL, false, true, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> ends = List.of(JourneyTypes.TOUCHPOINT);
        return List.of(new EdgeTypeHint(JourneyTypes.FLOW, false, true, false, ends, ends));
    }
}

package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.MediaType;

/** The journey palette: a touchpoint per media type, and the flow tool. */
public class JourneyToolPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> touchpoints = new ArrayList<>();
        char order = 'a';
        for (MediaType media : MediaType.values()) {
            String label = DiagramTexts.get("palette.touchpoint", DiagramTexts.terms().literal(media));
            touchpoints.add(new PaletteItem(JourneyTypes.newTouchpoint(media), label,
                    new TriggerNodeCreationAction(JourneyTypes.newTouchpoint(media)), "symbol-event", String.valueOf(order++)));
        }
        PaletteItem flow = new PaletteItem("journey:flow-tool", DiagramTexts.get("palette.flow"), new TriggerEdgeCreationAction(JourneyTypes.FLOW),
                "arrow-right", "a");
        return List.of(PaletteItem.createPaletteGroup("touchpoints", DiagramTexts.get("palette.touchpoints"), touchpoints, "symbol-event", "a"),
                PaletteItem.createPaletteGroup("flows", DiagramTexts.get("palette.flows"), List.of(flow), "arrow-right", "b"));
    }
}

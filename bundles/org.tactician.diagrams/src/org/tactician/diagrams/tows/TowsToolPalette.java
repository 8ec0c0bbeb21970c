package org.tactician.diagrams.tows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.tactician.diagrams.internal.DiagramTexts;

/** The TOWS palette: the four SWOT factors, a strategy per cell, and the link tool. */
public class TowsToolPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> factors = new ArrayList<>();
        List<PaletteItem> strategies = new ArrayList<>();
        int order = 0;
        for (TowsCell cell : TowsCell.values()) {
            String label = cell.holdsFactors() ? DiagramTexts.terms().literal(cell.factorKind())
                    : DiagramTexts.get("palette.strategy", DiagramTexts.terms().literal(cell.strategyKind()));
            PaletteItem item = new PaletteItem(TowsTypes.NEW_PREFIX + cell.name(), label,
                    new TriggerNodeCreationAction(TowsTypes.NEW_PREFIX + cell.name()),
                    cell.holdsFactors() ? "symbol-constant" : "lightbulb", String.valueOf((char) ('a' + order++)));
            (cell.holdsFactors() ? factors : strategies).add(item);
        }
        PaletteItem link = new PaletteItem("tows:link-tool", DiagramTexts.get("palette.linkStrategy"),
                new TriggerEdgeCreationAction(TowsTypes.LINK), "link", "a");
        return List.of(PaletteItem.createPaletteGroup("factors", DiagramTexts.get("palette.swotFactors"), factors, "symbol-constant", "a"),
                PaletteItem.createPaletteGroup("strategies", DiagramTexts.get("palette.towsStrategies"), strategies, "lightbulb", "b"),
                PaletteItem.createPaletteGroup("links", DiagramTexts.get("palette.links"), List.of(link), "link", "c"));
    }
}

package org.tactician.diagrams.canvas;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.tactician.diagrams.internal.DiagramTexts;

/** The canvas palette: a note, created in the block that is clicked. */
public class CanvasToolPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        PaletteItem note = new PaletteItem(CanvasTypes.NEW_NOTE, DiagramTexts.get("palette.note"), new TriggerNodeCreationAction(CanvasTypes.NEW_NOTE),
                "note", "a");
        return List.of(PaletteItem.createPaletteGroup("notes", DiagramTexts.get("palette.notes"), List.of(note), "note", "a"));
    }
}

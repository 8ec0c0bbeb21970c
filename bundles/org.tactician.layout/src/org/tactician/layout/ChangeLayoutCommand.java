package org.tactician.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Moves or resizes diagram elements in a {@link DiagramLayout}, or changes a diagram's settings: an ordinary command on the plan's
 * command stack, so it undoes and redoes with the plan edits around it.
 */
public final class ChangeLayoutCommand extends AbstractCommand {

    private record Key(String diagram, String elementId) {
    }

    private final DiagramLayout layout;
    private final Map<Key, Bounds> newBounds = new LinkedHashMap<>();
    private final Map<Key, Bounds> oldBounds = new LinkedHashMap<>();
    private final Map<Key, String> newSettings = new LinkedHashMap<>();
    private final Map<Key, String> oldSettings = new LinkedHashMap<>();

    /** An empty change of {@code layout}; add the elements with {@link #put}. */
    public ChangeLayoutCommand(DiagramLayout layout, String label) {
        super(label);
        this.layout = layout;
    }

    /** Places {@code elementId} of {@code diagram} at {@code bounds} ({@code null}: default place). */
    public ChangeLayoutCommand put(String diagram, String elementId, Bounds bounds) {
        newBounds.put(new Key(diagram, elementId), bounds);
        return this;
    }

    /** Sets {@code key} of {@code diagram} to {@code value} ({@code null}: clears it). */
    public ChangeLayoutCommand putSetting(String diagram, String key, String value) {
        newSettings.put(new Key(diagram, key), value);
        return this;
    }

    @Override
    protected boolean prepare() {
        return !newBounds.isEmpty() || !newSettings.isEmpty();
    }

    @Override
    public void execute() {
        newBounds.forEach((key, bounds) -> {
            oldBounds.put(key, layout.get(key.diagram(), key.elementId()).orElse(null));
            layout.set(key.diagram(), key.elementId(), bounds);
        });
        newSettings.forEach((key, value) -> {
            oldSettings.put(key, layout.setting(key.diagram(), key.elementId()).orElse(null));
            layout.setSetting(key.diagram(), key.elementId(), value);
        });
    }

    @Override
    public void undo() {
        oldBounds.forEach((key, bounds) -> layout.set(key.diagram(), key.elementId(), bounds));
        oldSettings.forEach((key, value) -> layout.setSetting(key.diagram(), key.elementId(), value));
    }

    @Override
    public void redo() {
        newBounds.forEach((key, bounds) -> layout.set(key.diagram(), key.elementId(), bounds));
        newSettings.forEach((key, value) -> layout.setSetting(key.diagram(), key.elementId(), value));
    }
}

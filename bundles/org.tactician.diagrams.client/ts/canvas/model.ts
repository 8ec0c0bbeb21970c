import { Args, EditableLabel, GChildElement, GNode, WithEditableLabel, isEditableLabel, withEditLabelFeature } from '@eclipse-glsp/client';

/** A note of the canvas; double-click or F2 edits its text. */
export class NoteNode extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === 'canvas:name');
        return label && isEditableLabel(label) ? label : undefined;
    }
}

/** A block of the canvas, or a link chip on a note. */
export class CanvasNode extends GNode {
    args?: Args;
}

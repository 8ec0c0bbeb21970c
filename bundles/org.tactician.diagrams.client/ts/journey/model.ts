import { Args, EditableLabel, GChildElement, GNode, WithEditableLabel, isEditableLabel, withEditLabelFeature } from '@eclipse-glsp/client';

/** A touchpoint box; double-click or F2 edits its name. */
export class TouchpointNode extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === 'journey:name');
        return label && isEditableLabel(label) ? label : undefined;
    }
}

/** A stage's column; its title edits in place. */
export class StageNode extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === 'journey:stage-title');
        return label && isEditableLabel(label) ? label : undefined;
    }
}

/** A persona's lane across the stage columns: a backdrop with the persona's name at its top left. */
export class LaneNode extends GNode {
    args?: Args;
}

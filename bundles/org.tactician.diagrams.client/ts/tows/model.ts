import {
    Args,
    EditableLabel,
    GChildElement,
    GNode,
    WithEditableLabel,
    isEditableLabel,
    withEditLabelFeature
} from '@eclipse-glsp/client';

/** A SWOT factor or a TOWS strategy on the matrix; double-click edits its name. */
export class TowsCard extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === 'tows:name');
        return label && isEditableLabel(label) ? label : undefined;
    }
}

/** A cell of the matrix, the corner, or a link badge on a strategy card. */
export class TowsNode extends GNode {
    args?: Args;
}

export function arg(element: { args?: Args }, key: string): string {
    const value = element.args?.[key];
    return value === undefined || value === null ? '' : String(value);
}

/*
 * Following a note's link: a double-click on a chip asks the server to open the plan element
 * (in the workbench the plan editor shows it).
 */
import { Action, GModelElement, IActionDispatcher, MouseListener, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

export interface OpenPlanElementAction extends Action {
    kind: 'tacticianOpenElement';
    elementId: string;
}

@injectable()
export class OpenLinkMouseListener extends MouseListener {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    override doubleClick(target: GModelElement, _event: MouseEvent): (Action | Promise<Action>)[] {
        let element: GModelElement | undefined = target;
        while (element && element.type !== 'canvas:link' && 'parent' in element) {
            element = (element as unknown as { parent?: GModelElement }).parent;
        }
        if (element?.type === 'canvas:link') {
            const id = String((element as unknown as { args?: Record<string, unknown> }).args?.target ?? '');
            const action: OpenPlanElementAction = { kind: 'tacticianOpenElement', elementId: id };
            return [action];
        }
        return [];
    }
}

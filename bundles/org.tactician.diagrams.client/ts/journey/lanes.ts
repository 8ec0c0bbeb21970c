/*
 * The journey's persona lanes toggle: a toolbar button (Tab reaches it, Enter or Space presses it;
 * Alt+L anywhere on the page) that asks the server to draw the journey with or without a lane per
 * persona. The choice is the journey's setting in the plan's layout side file, changed as an edit
 * (so Undo takes it back); the button shows the state the model arrived with.
 */
import { EditorContextService, GModelRoot, IActionDispatcher, TYPES } from '@eclipse-glsp/client';
import { Container } from 'inversify';

import { text } from '../texts';
import { Tool } from '../toolbar';

const BUTTON_ID = 'tool-swimlanes';

let shown = false;

function setSwimlanes(swimlanes: boolean): unknown {
    return { kind: 'tacticianSetSwimlanes', isOperation: true, swimlanes };
}

export const swimlanesTool: Tool = {
    id: 'swimlanes',
    label: text('swimlanes'),
    title: text('swimlanesTitle'),
    action: () => setSwimlanes(!shown)
};

function showState(root: GModelRoot): void {
    const args = (root as GModelRoot & { args?: Record<string, unknown> }).args;
    shown = String(args?.swimlanes) === 'true';
    const button = document.getElementById(BUTTON_ID);
    button?.setAttribute('aria-pressed', String(shown));
    button?.classList.toggle('pressed', shown);
    document.body.dataset.swimlanes = String(shown);
}

/** Keeps the button in step with the model and binds Alt+L to it. */
export function installSwimlanesToggle(container: Container): void {
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    container.get(EditorContextService).onModelRootChanged(showState);
    document.addEventListener('keydown', event => {
        if (event.altKey && !event.ctrlKey && !event.metaKey && event.key.toLowerCase() === 'l') {
            event.preventDefault();
            dispatcher.dispatch(setSwimlanes(!shown) as never);
        }
    });
}

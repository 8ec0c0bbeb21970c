/*
 * The page's side of whatever embeds it: the workbench's diagram editor (an SWT Browser), or a
 * test driving Chromium.
 *
 * - The page reports what the host must mirror — the selected elements and whether a text field
 *   (the in-place name editor) has the focus — to the diagram server as a `tacticianHostState`
 *   action; the server hands it to the host's listeners (DiagramServer.Page.addListener).
 * - The host drives the diagram through `window.tactician` (selecting, deleting, renaming...),
 *   which its browser's evaluate reaches whatever the page's content policy.
 * - Embedded in the workbench (`?host=workbench`), the workbench owns save, undo, redo, delete,
 *   rename and select all, so that its menus, key bindings and the forms act on one command
 *   stack the same way: the page keeps those keys from the diagram's own key listeners (and
 *   tells the browser they are handled, so they are not passed on a second time), except while
 *   a text field is edited, where they edit the text.
 */
import {
    Action,
    CenterAction,
    DeleteElementOperation,
    EditLabelAction,
    EditorContextService,
    GModelElement,
    IActionDispatcher,
    SelectAction,
    SelectAllAction,
    SelectionService,
    TYPES,
    getEditableLabel,
    isDeletable,
    isSelectable
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

import { readableFit, wholeDiagram } from './fit';

export interface HostStateAction extends Action {
    kind: typeof HostStateAction.KIND;
    selectedIds: string[];
    editingText: boolean;
}

export namespace HostStateAction {
    export const KIND = 'tacticianHostState';
    export function create(selectedIds: string[], editingText: boolean): HostStateAction {
        return { kind: KIND, selectedIds, editingText };
    }
}

/** What `window.tactician` offers the host. */
export interface DiagramHost {
    /** Whether the page is embedded in the workbench (which then owns the editing keys). */
    readonly embedded: boolean;
    /** The ids of the selected elements. */
    selection(): string[];
    /** Selects exactly the elements `ids` names that the diagram shows, and centres on them; the ids selected (none: nothing changes). */
    select(ids: string[]): string[];
    /** Selects every selectable element. */
    selectAll(): void;
    /** Deletes the selected elements that can be deleted; whether there were any. */
    deleteSelection(): boolean;
    /** Opens the in-place editor on the selected element's name; whether it has one. */
    editLabel(): boolean;
    /** Whether a text field of the page has the focus. */
    editingText(): boolean;
    /** Shows the whole diagram, as far as it stays readable (see fit.ts). */
    fit(): void;
    /** Shows the whole diagram, however small. */
    showAll(): void;
    /** The revision of the diagram shown (it grows with every model update). */
    revision(): number;
    /** Dispatches `action` (for tests: operations as the diagram's tools send them). */
    dispatch(action: Action): void;
}

declare global {
    interface Window {
        tactician?: DiagramHost;
    }
}

export const embedded = new URLSearchParams(window.location.search).get('host') === 'workbench';

let current: Container | undefined;

function dispatcher(): IActionDispatcher {
    if (!current) {
        throw new Error('The diagram is not loaded yet');
    }
    return current.get<IActionDispatcher>(TYPES.IActionDispatcher);
}

function selectionService(): SelectionService {
    if (!current) {
        throw new Error('The diagram is not loaded yet');
    }
    return current.get(SelectionService);
}

function isTextField(target: EventTarget | null): boolean {
    if (!(target instanceof HTMLElement)) {
        return false;
    }
    return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable;
}

function shownElements(): GModelElement[] {
    const root = selectionService().getModelRoot();
    return root ? Array.from(root.index.all()) : [];
}

let lastState = '';

function reportState(): void {
    if (!current) {
        return;
    }
    const state = HostStateAction.create(selectionService().getSelectedElementIDs(), isTextField(document.activeElement));
    const key = JSON.stringify(state);
    if (key !== lastState) {
        lastState = key;
        // Not delivered (the server's handlers are not known yet): the same state goes again next time.
        dispatcher().dispatch(state).catch(() => {
            if (lastState === key) {
                lastState = '';
            }
        });
    }
}

const host: DiagramHost = {
    embedded,
    selection: () => (current ? selectionService().getSelectedElementIDs() : []),
    select(ids: string[]): string[] {
        const wanted = new Set(ids);
        const found = shownElements()
            .filter(element => wanted.has(element.id) && isSelectable(element))
            .map(element => element.id);
        if (found.length === 0) {
            // nothing of it is drawn here: the selection stays as it is
            return found;
        }
        dispatcher().dispatchAll([
            SelectAction.setSelection(found),
            ...(found.length > 0 ? [CenterAction.create(found, { animate: false, retainZoom: true })] : [])
        ]);
        return found;
    },
    selectAll(): void {
        dispatcher().dispatch(SelectAllAction.create(true));
    },
    deleteSelection(): boolean {
        const ids = selectionService()
            .getSelectedElements()
            .filter(element => isDeletable(element) && element.id !== element.root.id)
            .map(element => element.id);
        if (ids.length > 0) {
            dispatcher().dispatch(DeleteElementOperation.create(ids));
        }
        return ids.length > 0;
    },
    editLabel(): boolean {
        const selected = selectionService().getSelectedElements();
        const labels = selected.map(element => getEditableLabel(element)).filter(label => label !== undefined);
        if (labels.length !== 1) {
            return false;
        }
        dispatcher().dispatch(EditLabelAction.create(labels[0]!.id));
        return true;
    },
    editingText: () => isTextField(document.activeElement),
    fit(): void {
        const fit = readableFit(selectionService().getModelRoot());
        if (fit) {
            dispatcher().dispatch(fit);
        }
    },
    showAll(): void {
        dispatcher().dispatch(wholeDiagram(selectionService().getModelRoot()));
    },
    revision: () => Number(document.body.dataset.revision ?? '-1'),
    dispatch(action: Action): void {
        dispatcher().dispatch(action);
    }
};

/** The keys the workbench owns when the page is embedded in it (see the file comment). */
function ownedByWorkbench(event: KeyboardEvent): boolean {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (ctrl && !event.altKey && ['s', 'z', 'y', 'a'].includes(key)) {
        return true;
    }
    return !ctrl && !event.altKey && !event.shiftKey && (key === 'Delete' || key === 'F2');
}

function isPlainDelete(event: KeyboardEvent): boolean {
    return event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
}

let installed = false;

/** Connects `container` (the diagram now shown) with the host. */
export function installHost(container: Container): void {
    current = container;
    lastState = '';
    container.get(SelectionService).onSelectionChanged(() => reportState());
    // The first model from the server (not the empty one shown while loading) is the host's sign
    // that the diagram has loaded.
    container.get(EditorContextService).onModelRootChanged(root => {
        if (root.type !== 'NONE' && root.id !== 'EMPTY') {
            reportState();
        }
    });
    if (installed) {
        return;
    }
    installed = true;
    window.tactician = host;
    document.addEventListener('focusin', () => reportState());
    document.addEventListener('focusout', () => window.setTimeout(reportState, 0));
    if (embedded) {
        // Capturing, on the window: before any of the diagram's own listeners.
        window.addEventListener(
            'keydown',
            event => {
                if (!isTextField(event.target) && ownedByWorkbench(event)) {
                    event.preventDefault();
                    event.stopImmediatePropagation();
                    if (isPlainDelete(event)) {
                        // WebKit keeps a key the page handled from the workbench's key bindings, so
                        // Delete is done here, on the same command stack (the workbench's Delete,
                        // from its menu, finds the selection gone and does nothing more).
                        host.deleteSelection();
                    }
                }
            },
            true
        );
        document.body.classList.add('tactician-embedded');
    }
}

/*
 * The diagram's toolbar: save, undo/redo, zoom, validation and export (each also on a key), then
 * the diagram's own tools. Embedded in the workbench, save, undo and redo are the workbench's
 * (its menus, tool bar and keys), so the page leaves them out.
 * It shows the dirty state and keeps data-revision on <body> at the model's revision, which lets
 * tests wait for each model update instead of sleeping.
 */
import {
    CenterAction,
    EditorContextService,
    IActionDispatcher,
    OriginViewportAction,
    RedoAction,
    RequestExportSvgAction,
    RequestMarkersAction,
    SaveModelAction,
    TYPES,
    UndoAction
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

import { readableFit, wholeDiagram } from './fit';
import { text } from './texts';

export interface Tool {
    id: string;
    label: string;
    title: string;
    action: () => unknown;
}

/** The toolbar of the diagram named {@code title}; {@code extra} tools come after the common ones. */
export function installToolbar(container: Container, toolbar: HTMLElement, title: string, extra: Tool[] = [],
    embedded = false): void {
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    const editorContext = container.get(EditorContextService);
    const exportAs = (format: 'svg' | 'png') => RequestExportSvgAction.create({ options: { format } } as never);
    // the whole diagram, whatever is selected (sprotty would fit the selection)
    const everything = () => editorContext.modelRoot.children.map(child => child.id);
    const workbenchTools = new Set(embedded ? ['save', 'undo', 'redo'] : []);
    const tools: Tool[] = [
        { id: 'save', label: text('save'), title: text('saveTitle'), action: () => SaveModelAction.create() },
        { id: 'undo', label: text('undo'), title: text('undoTitle'), action: () => UndoAction.create() },
        { id: 'redo', label: text('redo'), title: text('redoTitle'), action: () => RedoAction.create() },
        { id: 'fit', label: text('fit'), title: text('fitTitle'), action: () => readableFit(editorContext.modelRoot) },
        { id: 'whole', label: text('whole'), title: text('wholeTitle'), action: () => wholeDiagram(editorContext.modelRoot) },
        { id: 'zoom-reset', label: text('actualSize'), title: text('actualSizeTitle'), action: () => OriginViewportAction.create() },
        { id: 'center', label: text('center'), title: text('centerTitle'), action: () => CenterAction.create(everything(), { animate: false }) },
        { id: 'validate', label: text('validate'), title: text('validateTitle'), action: () => RequestMarkersAction.create([], { reason: 'batch' }) },
        { id: 'export-svg', label: text('exportSvg'), title: text('exportSvgTitle'), action: () => exportAs('svg') },
        { id: 'export-png', label: text('exportPng'), title: text('exportPngTitle'), action: () => exportAs('png') },
        ...extra
    ];
    toolbar.replaceChildren();
    const heading = document.createElement('span');
    heading.className = 'tactician-title';
    heading.textContent = title;
    toolbar.appendChild(heading);
    for (const tool of tools.filter(candidate => !workbenchTools.has(candidate.id))) {
        const button = document.createElement('button');
        button.type = 'button';
        button.id = `tool-${tool.id}`;
        button.textContent = tool.label;
        button.title = tool.title;
        button.addEventListener('click', () => {
            const action = tool.action();
            if (action) {
                dispatcher.dispatch(action as never);
            }
        });
        toolbar.appendChild(button);
    }
    const notice = document.createElement('span');
    notice.id = 'tactician-notice';
    notice.setAttribute('role', 'status');
    toolbar.appendChild(notice);
    const dirty = document.createElement('span');
    dirty.className = 'tactician-dirty';
    toolbar.appendChild(dirty);
    editorContext.onDirtyStateChanged(change => {
        dirty.textContent = change.isDirty ? text('unsaved') : '';
        document.body.dataset.dirty = String(change.isDirty);
    });
    editorContext.onModelRootChanged(root => {
        document.body.dataset.revision = String(root.revision ?? 0);
    });
}

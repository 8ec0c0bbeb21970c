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
    FitToScreenAction,
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
        { id: 'save', label: 'Save', title: 'Save the plan (Ctrl+S)', action: () => SaveModelAction.create() },
        { id: 'undo', label: 'Undo', title: 'Undo (Ctrl+Z)', action: () => UndoAction.create() },
        { id: 'redo', label: 'Redo', title: 'Redo (Ctrl+Shift+Z)', action: () => RedoAction.create() },
        { id: 'fit', label: 'Fit', title: 'Fit the diagram into the window', action: () => FitToScreenAction.create(everything(), { padding: 24, animate: false }) },
        { id: 'zoom-reset', label: '100%', title: 'Actual size', action: () => OriginViewportAction.create() },
        { id: 'center', label: 'Center', title: 'Center the diagram', action: () => CenterAction.create(everything(), { animate: false }) },
        { id: 'validate', label: 'Validate', title: 'Check the plan rules now', action: () => RequestMarkersAction.create([], { reason: 'batch' }) },
        { id: 'export-svg', label: 'Export SVG', title: 'Write the diagram as SVG beside the plan', action: () => exportAs('svg') },
        { id: 'export-png', label: 'Export PNG', title: 'Write the diagram as PNG beside the plan', action: () => exportAs('png') },
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
        button.addEventListener('click', () => dispatcher.dispatch(tool.action() as never));
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
        dirty.textContent = change.isDirty ? 'unsaved changes' : '';
        document.body.dataset.dirty = String(change.isDirty);
    });
    editorContext.onModelRootChanged(root => {
        document.body.dataset.revision = String(root.revision ?? 0);
    });
}

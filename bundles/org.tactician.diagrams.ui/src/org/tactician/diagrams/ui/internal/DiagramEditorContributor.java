package org.tactician.diagrams.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.tactician.ui.ext.CommandStackAction;

/**
 * The workbench's editing actions on the active diagram — from the Edit and File menus, the tool
 * bar, the context menu and their keys (Ctrl+Z, Ctrl+Shift+Z, Delete, F2, Ctrl+A): undo and redo
 * on the plan's one command stack, labelled with the command, and delete, rename and select all
 * of what the diagram shows. None of them acts while a text field of the diagram is edited: the
 * key then edits the text.
 */
public final class DiagramEditorContributor extends EditorActionBarContributor {

    private DiagramEditor editor;
    private final Runnable update = this::update;
    private final CommandStackAction undo = CommandStackAction.undo(null).onlyWhen(this::notEditingText);
    private final CommandStackAction redo = CommandStackAction.redo(null).onlyWhen(this::notEditingText);
    private final Action delete = new Action(Messages.action_delete) {
        @Override
        public void run() {
            if (editor != null) {
                editor.deleteSelection();
            }
        }
    };
    private final Action rename = new Action(Messages.action_rename) {
        @Override
        public void run() {
            if (editor != null) {
                editor.editLabel();
            }
        }
    };
    private final Action selectAll = new Action(Messages.action_selectAll) {
        @Override
        public void run() {
            if (editor != null) {
                editor.selectAll();
            }
        }
    };
    private final Action revert = new Action(Messages.action_revert) {
        @Override
        public void run() {
            if (editor != null) {
                editor.doRevert();
            }
        }
    };
    private final Action fit = new Action(Messages.action_fit) {
        @Override
        public void run() {
            if (editor != null) {
                editor.fit();
            }
        }
    };
    private final Action whole = new Action(Messages.action_whole) {
        @Override
        public void run() {
            if (editor != null) {
                editor.showAll();
            }
        }
    };

    private final Action exportSvg = new Action(Messages.action_exportSvg) {
        @Override
        public void run() {
            if (editor != null) {
                editor.export("svg");
            }
        }
    };
    private final Action exportPng = new Action(Messages.action_exportPng) {
        @Override
        public void run() {
            if (editor != null) {
                editor.export("png");
            }
        }
    };

    public DiagramEditorContributor() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setToolTipText(Messages.action_deleteTooltip);
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename");
        rename.setToolTipText(Messages.action_renameTooltip);
        selectAll.setActionDefinitionId("org.eclipse.ui.edit.selectAll");
        fit.setToolTipText(Messages.action_fitTooltip);
        whole.setToolTipText(Messages.action_wholeTooltip);
        exportSvg.setToolTipText(Messages.action_exportSvgTooltip);
        exportPng.setToolTipText(Messages.action_exportPngTooltip);
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.unwatchState(update);
        }
        editor = part instanceof DiagramEditor diagram ? diagram : null;
        if (editor != null) {
            editor.watchState(update);
        }
        var stack = editor == null || editor.session() == null ? null : editor.session().commandStack();
        undo.setCommandStack(stack);
        redo.setCommandStack(stack);
        update();
        getActionBars().updateActionBars();
    }

    private boolean notEditingText() {
        return editor == null || !editor.isEditingText();
    }

    private void update() {
        boolean selected = editor != null && editor.hasSelection() && !editor.isEditingText();
        delete.setEnabled(selected);
        rename.setEnabled(selected);
        selectAll.setEnabled(editor != null && !editor.isEditingText());
        revert.setEnabled(editor != null);
        fit.setEnabled(editor != null);
        whole.setEnabled(editor != null);
        exportSvg.setEnabled(editor != null && editor.isLoaded());
        exportPng.setEnabled(editor != null && editor.isLoaded());
        undo.update();
        redo.update();
    }

    /** The diagram's context menu: the editing actions, then what others contribute. */
    void fillContextMenu(IMenuManager menu) {
        menu.add(new Separator(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator(IWorkbenchActionConstants.EDIT_END));
        menu.add(delete);
        menu.add(rename);
        menu.add(selectAll);
        menu.add(new Separator(IWorkbenchActionConstants.GROUP_SHOW_IN));
        menu.add(fit);
        menu.add(whole);
        menu.add(new Separator("export"));
        menu.add(exportSvg);
        menu.add(exportPng);
    }

    /** The Diagram menu of the menu bar, while a diagram is active: fit and the exports. */
    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager(Messages.menu_diagram, "org.tactician.diagrams.ui.menu");
        diagram.add(fit);
        diagram.add(whole);
        diagram.add(new Separator("export"));
        diagram.add(exportSvg);
        diagram.add(exportPng);
        diagram.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        if (menuBar.find(IWorkbenchActionConstants.M_EDIT) != null) {
            menuBar.insertAfter(IWorkbenchActionConstants.M_EDIT, diagram);
        } else {
            menuBar.add(diagram);
        }
    }

    /** Export as SVG, for tests and other menus. */
    Action exportSvgAction() {
        return exportSvg;
    }

    Action exportPngAction() {
        return exportPng;
    }

    /** Undo on the active diagram's plan, for the Outline and the Properties view. */
    CommandStackAction undoAction() {
        return undo;
    }

    CommandStackAction redoAction() {
        return redo;
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.unwatchState(update);
        }
        undo.dispose();
        redo.dispose();
        super.dispose();
    }
}

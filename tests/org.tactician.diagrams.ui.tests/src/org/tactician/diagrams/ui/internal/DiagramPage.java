package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.tactician.diagrams.ui.DiagramEditors;

/**
 * The page in a diagram editor's browser, read through its DOM (only the visible diagram, never
 * sprotty's hidden copy) and its {@code window.tactician} API, with screen positions for the mouse.
 */
final class DiagramPage {

    private final DiagramEditor editor;

    DiagramPage(DiagramEditor editor) {
        this.editor = editor;
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String element(String id) {
        return "document.querySelector('#sprotty [id=\"sprotty_' + " + quoted(id) + " + '\"]')";
    }

    Object eval(String script) {
        return editor.evaluate(script);
    }

    /** How many visible elements {@code selector} (under #sprotty) matches. */
    int count(String selector) {
        Object n = eval("return document.querySelectorAll(" + quoted("#sprotty " + selector) + ").length");
        return n instanceof Number number ? number.intValue() : -1;
    }

    /** The text a diagram element draws (its lines joined by spaces), or null when it is not shown. */
    String text(String id) {
        Object text = eval("var e = " + element(id) + "; return e ? [...e.querySelectorAll('tspan')].map(t => "
                + "t.textContent).join(' ') || e.textContent : null");
        return text instanceof String string ? string.replaceAll("\\s+", " ").strip() : null;
    }

    /** The revision of the diagram shown. */
    int revision() {
        Object revision = eval("return Number(document.body.dataset.revision || -1)");
        return revision instanceof Number number ? number.intValue() : -1;
    }

    /** The element's bounds on the screen (null when it is not shown). */
    Rectangle onScreen(String id) {
        Object box = eval("var e = " + element(id) + "; if (!e) return null; var r = e.getBoundingClientRect(); "
                + "return [r.left, r.top, r.width, r.height]");
        if (!(box instanceof Object[] values) || values.length != 4) {
            return null;
        }
        Browser browser = editor.browser();
        Point origin = browser.toDisplay(0, 0);
        return new Rectangle(origin.x + (int) Math.round((Double) values[0]), origin.y + (int) Math.round((Double) values[1]),
                (int) Math.round((Double) values[2]), (int) Math.round((Double) values[3]));
    }

    /** A point inside the element, {@code dx} and {@code dy} from its top left corner. */
    Point at(String id, int dx, int dy) {
        Rectangle box = onScreen(id);
        assertTrue(box != null, id + " is shown");
        return new Point(box.x + dx, box.y + dy);
    }

    /**
     * Opens the diagram of {@code type} on the plan of the active editor with the Open Diagram
     * command, as its menus and tool bars do, and waits until {@code count} elements match
     * {@code ready}.
     */
    static DiagramPage open(IWorkbenchPage page, String type, String ready, int count) throws Exception {
        ICommandService commands = page.getWorkbenchWindow().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        ParameterizedCommand open = ParameterizedCommand.generateCommand(
                commands.getCommand(DiagramEditors.OPEN_COMMAND), Map.of(DiagramEditors.TYPE_PARAMETER, type));
        handlers.executeCommand(open, null);
        DiagramEditor diagram = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
        DiagramPage shown = new DiagramPage(diagram);
        // sprotty draws only what is in view: the whole diagram, then count
        boolean loaded = Workbench.waitUntil(diagram::isLoaded, 30_000);
        // the editor centres on the element it was opened for once loaded: fit after that
        Workbench.pause(500);
        loaded = loaded && Workbench.waitUntil(() -> {
                    diagram.showAll();
                    Workbench.pause(100);
                    return shown.count(ready) == count;
                }, 20_000);
        if (!loaded) {
            Workbench.screenshot("failed-open-" + type);
            throw new AssertionError("The " + type + " did not show " + count + " times " + ready + " (loaded: "
                    + diagram.isLoaded() + ", server's state: " + (diagram.page() == null ? null : diagram.page().state())
                    + ", page's selection: " + shown.eval("return window.tactician ? JSON.stringify(window.tactician.selection()) : 'no host'")
                    + ", drawn: " + shown.count(ready) + ", page: "
                    + shown.eval("return document.location.href + ' ' + JSON.stringify(document.body.dataset)") + ")");
        }
        return shown;
    }

    /** The diagram editor showing the page. */
    DiagramEditor editor() {
        return editor;
    }

    /** Clicks the element {@code id}, {@code dx} and {@code dy} from its top left corner, and waits until it is selected. */
    void select(String id, int dx, int dy) {
        Point point = at(id, dx, dy);
        Workbench.xdotool("mousemove", String.valueOf(point.x), String.valueOf(point.y), "click", "1");
        if (!Workbench.waitUntil(() -> editor.pageState().selectedIds().contains(id), 10_000)) {
            Workbench.screenshot("failed-select-" + id);
            throw new AssertionError(id + " not selected by a click at " + point + ": " + editor.pageState());
        }
    }

    /** Whether the in-place name editor is open. */
    boolean editingLabel() {
        return Boolean.TRUE.equals(eval("return !!document.querySelector('.label-edit input, .label-edit textarea')"));
    }
}

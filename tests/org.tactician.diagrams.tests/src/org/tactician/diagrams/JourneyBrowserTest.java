package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import org.junit.jupiter.api.Test;
import org.tactician.layout.LayoutFile;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MediaType;
import org.tactician.model.Touchpoint;

/**
 * The customer journey diagram in Debian's headless Chromium over the furniture sample: create,
 * move between stages, connect, branch, loop, delete, undo, layout again and curved flows with
 * the mouse and keyboard, each checked in the plan's EMF model; screenshots in
 * target/screenshots/journey-*.png.
 */
class JourneyBrowserTest extends DiagramPageTest {

    static final String READY = "#sprotty svg g.journey-touchpoint, #sprotty svg g.journey-stage";

    @Override
    protected String prefix() {
        return "journey";
    }

    private CustomerJourney journey() {
        return source.plan().getJourneys().get(0);
    }

    private Touchpoint touchpoint(String id) {
        return model(() -> (Touchpoint) source.plan().eResource().getEObject(id));
    }

    private String stageOf(String touchpointId) {
        return model(() -> ((JourneyStage) touchpoint(touchpointId).eContainer()).getId());
    }

    /** The whole journey in view (sprotty draws only what is in view), after the model changed. */
    private void fit() throws Exception {
        chromium.clickSelector("#tool-whole");
        chromium.eval("new Promise(r => setTimeout(r, 150))");
    }

    /**
     * How many touchpoints are drawn once the whole journey is in view (the page draws only what
     * is in view). "Whole" is pressed again while fewer than {@code expected} show: pressed while a
     * new layout was still arriving, it fits the old bounds.
     */
    private int touchpointsDrawnWhenWhole(int expected) throws Exception {
        int drawn = 0;
        for (int attempt = 0; attempt < 5 && drawn != expected; attempt++) {
            fit();
            drawn = chromium.countOnce("#sprotty g.journey-touchpoint", expected, 3);
        }
        return drawn;
    }

    /** Clicks the middle of element {@code id}, offset by {@code dx}, {@code dy}. */
    private void clickOn(String id, double dx, double dy) throws Exception {
        double[] box = chromium.center(id);
        chromium.click(box[0] + dx, box[1] + dy);
    }

    /** Draws a flow with the palette's flow tool from one touchpoint to another. */
    private int connect(String from, String to, int revision) throws Exception {
        fit();
        chromium.clickSelector(".tool-button:text-is(\"Flow\")");
        double[] a = chromium.center(from);
        double[] b = chromium.center(to);
        chromium.click(a[0], a[1]);
        chromium.send("move", Map.of("x", b[0], "y", b[1]));
        chromium.click(b[0], b[1]);
        int next = chromium.waitRevision(revision);
        chromium.press("Escape");
        return next;
    }

    @Test
    void aConsultantEditsTheJourneyWithMouseAndKeyboard() throws Exception {
        DiagramServer.Page page = server.open(source, DiagramServer.JOURNEY);
        int revision = chromium.open(page.uri().toString(), READY);
        fit();
        assertEquals(18, chromium.count("#sprotty g.journey-touchpoint"), "the sample's 18 touchpoints");
        assertEquals(28, chromium.count("#sprotty g.journey-flow"), "and its 28 flows");
        assertEquals(5, chromium.count("#sprotty g.journey-stage"));
        assertEquals(1, chromium.count("#sprotty [id=\"sprotty_tp-checkout\"] .journey-purchase.online"), "online purchase shown");
        assertEquals(1, chromium.count("#sprotty [id=\"sprotty_tp-showroom\"] .journey-purchase.offline"), "offline purchase shown");
        assertTrue(chromium.count("#sprotty g.journey-flow.back") >= 2, "loops back to earlier stages");
        shot("01-opened");

        // Create: the Earned touchpoint tool, then a click at the bottom of the Buy column.
        chromium.clickSelector(".tool-button:text-is(\"Earned touchpoint\")");
        double[] buy = chromium.center("js-convert");
        JourneyStage convert = (JourneyStage) model(() -> source.plan().eResource().getEObject("js-convert"));
        int touchpoints = model(() -> convert.getTouchpoints().size());
        chromium.click(buy[0], buy[3] + buy[5] - 6);
        revision = chromium.waitRevision(revision);
        // the save above may have been the revision waited for: poll for the new touchpoint itself
        for (int tries = 0; tries < 100 && model(() -> convert.getTouchpoints().size()) == touchpoints; tries++) {
            Thread.sleep(100);
        }
        Touchpoint created = model(() -> convert.getTouchpoints().get(convert.getTouchpoints().size() - 1));
        assertEquals("New earned touchpoint", model(created::getName));
        assertEquals(MediaType.EARNED, model(created::getMediaType));
        chromium.waitFor("#sprotty [id=\"sprotty_" + created.getId() + "\"].earned");
        shot("02-created");

        // Move between stages: drag the Makeover Reel (Discover) into the Research column.
        fit();
        double[] reel = chromium.center("tp-reel");
        double[] act = chromium.center("js-act");
        chromium.drag(reel[0], reel[1], act[0], act[3] + act[5] - 30);
        revision = waitRevision(revision);
        assertEquals("js-act", stageOf("tp-reel"));
        fit();
        double[] moved = chromium.center("tp-reel");
        double[] actNow = chromium.center("js-act");
        assertTrue(moved[0] > actNow[2] && moved[0] < actNow[2] + actNow[4], "drawn in the Research column now");
        shot("03-moved-to-research");

        // Connect, branch and loop: the survey gets a second way on; the club leads back to the guides.
        int flows = model(() -> journey().getFlows().size());
        revision = connect("tp-survey", "tp-pin", revision);
        revision = connect("tp-club", "tp-academy", revision);
        assertEquals(flows + 2, model(() -> journey().getFlows().size()));
        JourneyFlow loop = model(() -> journey().getFlows().get(flows + 1));
        assertEquals("tp-club", model(() -> loop.getSource().getId()));
        assertEquals("tp-academy", model(() -> loop.getTarget().getId()));
        assertEquals(2, model(() -> journey().getFlows().stream().filter(f -> "tp-survey".equals(f.getSource().getId())).count()));
        chromium.waitFor("#sprotty [id=\"sprotty_" + loop.getId() + "\"].back");
        shot("04-branch-and-loop");

        fit();
        // Edit a flow's label in place: its name and, in brackets, its condition.
        double[] label = chromium.center(loop.getId() + ":label");
        chromium.click(label[0], label[1]);
        chromium.doubleClick(label[0], label[1]);
        chromium.waitFor(".label-edit input, .label-edit textarea");
        chromium.press("Control+A");
        chromium.type("Wants new ideas [Six months after the order]");
        chromium.press("Enter");
        revision = chromium.waitRevision(revision);
        assertEquals("Wants new ideas", model(loop::getName));
        assertEquals("Six months after the order", model(loop::getCondition));

        // Delete: the magazine feature and the flows from it; undo brings them back.
        fit();
        Touchpoint press = touchpoint("tp-press");
        int before = model(() -> journey().getFlows().size());
        clickOn("tp-press", 0, 0);
        chromium.press("Delete");
        revision = chromium.waitRevision(revision);
        assertFalse(model(() -> ((JourneyStage) source.plan().eResource().getEObject("js-reach")).getTouchpoints().contains(press)));
        assertEquals(before - 2, model(() -> journey().getFlows().size()), "its two flows went with it");
        assertEquals(0, chromium.countOnce("#sprotty [id=\"sprotty_tp-press\"]", 0, 10));
        shot("05-deleted");
        chromium.press("Control+z");
        revision = chromium.waitRevision(revision);
        fit();
        assertNotNull(touchpoint("tp-press"));
        assertEquals(before, model(() -> journey().getFlows().size()));
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_tp-press\"]", 1, 10));
        shot("06-undone");

        // Layout again: the hand placements go, as one undoable edit.
        assertTrue(model(() -> page.connections() > 0));
        chromium.clickSelector("#tool-layout-again");
        revision = chromium.waitRevision(revision);
        fit();
        chromium.clickSelector("#tool-save");
        for (int i = 0; i < 100 && source.isDirty(); i++) {
            Thread.sleep(100);
        }
        assertFalse(source.isDirty());
        // the layout is written after the plan, when the plan says it was saved
        for (int i = 0; i < 100 && !Files.exists(LayoutFile.of(source.planFile())); i++) {
            Thread.sleep(100);
        }
        String layout = Files.readString(LayoutFile.of(source.planFile()));
        assertFalse(layout.contains("\"tp-reel\""), layout);
        assertFalse(layout.contains("\"journey\""), "nothing placed by hand any more: " + layout);
        shot("07-laid-out-again");

        // Curved flows
        chromium.clickSelector("#tool-routing");
        revision = chromium.waitRevision(revision);
        fit();
        // the save above may have been the revision waited for: poll for the curves themselves
        assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const curved = [...document.querySelectorAll('#sprotty g.journey-flow path.journey-flow-line')]"
                + ".some(p => p.getAttribute('d').includes(' C '));"
                + " if (curved || Date.now() > until) { done(curved); } else { setTimeout(look, 100); } })(); })")
                .getAsBoolean(), "curves drawn");
        shot("08-curved");
        chromium.clickSelector("#tool-zoom-reset");
        chromium.eval("new Promise(r => setTimeout(r, 150))");
        shot("09-actual-size");
        assertEquals("[]", chromium.errors(), "no script errors on the page");
    }

    /** Saves, and reads the side file once it says what {@code written} expects (it is written after the plan). */
    private String savedLayout(java.util.function.Predicate<String> written) throws Exception {
        chromium.clickSelector("#tool-save");
        for (int i = 0; i < 100 && source.isDirty(); i++) {
            Thread.sleep(100);
        }
        assertFalse(source.isDirty());
        Path file = LayoutFile.of(source.planFile());
        for (int i = 0; i < 100 && !(Files.exists(file) && written.test(Files.readString(file))); i++) {
            Thread.sleep(100);
        }
        return Files.readString(file);
    }

    /** Scrolls the diagram sideways as Shift and the mouse wheel do, {@code pixels} to the right (negative: left). */
    private void wheelSideways(double pixels) throws Exception {
        chromium.eval("(() => { const svg = document.querySelector('#sprotty svg'); const box = svg.getBoundingClientRect();"
                + " svg.dispatchEvent(new WheelEvent('wheel', { deltaY: " + pixels + ", shiftKey: true, bubbles: true, cancelable: true,"
                + " clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 })); })()");
    }

    /** Waits until the page shows {@code count} lanes (or none), as the model it got says. */
    private void waitLanes(boolean shown) throws Exception {
        assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const lanes = document.querySelectorAll('#sprotty g.journey-lane').length;"
                + " const ok = " + (shown ? "lanes >= 3 && document.body.dataset.swimlanes === 'true'"
                        : "lanes === 0 && document.body.dataset.swimlanes === 'false'")
                + "; if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })").getAsBoolean(),
                shown ? "the persona lanes are drawn" : "no lanes drawn");
    }

    @Test
    void personaLanesAreToggledFromTheKeyboardKeptInTheSideFileAndUndone() throws Exception {
        DiagramServer.Page page = server.open(source, DiagramServer.JOURNEY);
        int revision = chromium.open(page.uri().toString(), READY);
        fit();
        assertEquals(0, chromium.count("#sprotty g.journey-lane"));
        assertEquals("false", chromium.eval("document.getElementById('tool-swimlanes').getAttribute('aria-pressed')").getAsString());

        // the toolbar button, reached and pressed with the keyboard
        chromium.eval("document.getElementById('tool-swimlanes').focus()");
        chromium.press("Enter");
        revision = chromium.waitRevision(revision);
        waitLanes(true);
        assertEquals("true", chromium.eval("document.getElementById('tool-swimlanes').getAttribute('aria-pressed')").getAsString());
        assertEquals(18, touchpointsDrawnWhenWhole(18), "every touchpoint still drawn");
        assertTrue(chromium.count("#sprotty g.journey-lane text.journey-lane-title") >= 3);
        // each lane named at the left and again at each further stage's column
        int laneCount = chromium.count("#sprotty g.journey-lane");
        int titles = chromium.count("#sprotty g.journey-lane text.journey-lane-title");
        assertTrue(titles >= 4 * laneCount, laneCount + " lanes, " + titles + " names: each at the furniture journey's five columns");
        shot("10-persona-lanes");

        // at 100 %, scrolled sideways past the lanes' start (Shift+wheel), every lane's name stays at the viewport's left edge
        chromium.clickSelector("#tool-zoom-reset");
        // the reset is animated: scroll only once it has ended (its frames would take the scroll back)
        assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const g = document.querySelector('#sprotty svg > g'); const ok = g && /^scale\\(1\\) translate\\(0,0\\)$/"
                + ".test(g.getAttribute('transform')); if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })")
                .getAsBoolean(), "at 100 % from the origin");
        assertEquals(0, chromium.count("#sprotty g.journey-lane-sticky"), "no sticky names while the lanes' start shows");
        // to just past the start of the widest stage column: no lane's own name near the edge then
        double past = chromium.eval("(() => { const starts = [...document.querySelector('#sprotty g.journey-lane')"
                + ".querySelectorAll('svg')].map(s => Number(s.getAttribute('x'))).sort((a, b) => a - b);"
                + " let best = 0, gap = 0; starts.forEach((x, i) => { const next = i + 1 < starts.length ? starts[i + 1] : x;"
                + " if (next - x > gap) { gap = next - x; best = x; } }); return best + 40; })()").getAsDouble();
        wheelSideways(past);
        assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const ok = document.querySelectorAll('#sprotty g.journey-lane-sticky').length > 0"
                + "; if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })").getAsBoolean(),
                "lane names kept at the viewport's edge");
        // each lane: its name kept at the left edge, or one of its own names (at a column's start) in sight near it
        JsonArray lanes = chromium.eval("(() => { const view = document.querySelector('#sprotty svg').getBoundingClientRect();"
                + " const kept = [...document.querySelectorAll('#sprotty g.journey-lane-sticky text')]"
                + ".map(t => [t.textContent, t.getBoundingClientRect().left - view.left]);"
                + " return [...document.querySelectorAll('#sprotty g.journey-lane')].map(lane => {"
                + " const names = [...lane.querySelectorAll('text.journey-lane-title')]; const title = names[0].textContent;"
                + " const own = names.map(n => n.getBoundingClientRect().left - view.left).filter(l => l >= 0 && l <= 400).length;"
                + " const sticky = kept.filter(k => k[0] === title).map(k => k[1]);"
                + " return [title, sticky.length === 1 ? sticky[0] : sticky.length === 0 ? null : -1, own]; }); })()")
                .getAsJsonArray();
        assertEquals(laneCount, lanes.size());
        for (JsonElement lane : lanes) {
            JsonArray row = lane.getAsJsonArray();
            if (row.get(1).isJsonNull()) {
                assertTrue(row.get(2).getAsInt() > 0, "named in sight near the left edge: " + row);
            } else {
                double left = row.get(1).getAsDouble();
                assertTrue(left >= 0 && left <= 30, "kept once, at the viewport's left edge: " + row);
            }
        }
        shot("11-persona-lanes-scrolled");
        wheelSideways(-past);
        assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const ok = document.querySelectorAll('#sprotty g.journey-lane-sticky').length === 0"
                + "; if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })").getAsBoolean(),
                "scrolled back, the lanes' own names show and no sticky ones");
        fit();

        String layout = savedLayout(text -> text.contains("\"lanes\""));
        assertTrue(layout.contains("\"settings\": {") && layout.contains("\"journey\": {\"lanes\": \"personas\"}"), layout);

        // a click in a column inside a lane still creates in that column's stage
        chromium.clickSelector(".tool-button:text-is(\"Owned touchpoint\")");
        double[] buy = chromium.center("js-convert");
        JourneyStage convert = (JourneyStage) model(() -> source.plan().eResource().getEObject("js-convert"));
        int touchpoints = model(() -> convert.getTouchpoints().size());
        chromium.click(buy[0], buy[3] + buy[5] - 6);
        revision = chromium.waitRevision(revision);
        // the save above may have been the revision waited for: poll for the new touchpoint itself
        for (int tries = 0; tries < 100 && model(() -> convert.getTouchpoints().size()) == touchpoints; tries++) {
            Thread.sleep(100);
        }
        assertEquals("New owned touchpoint", model(() -> convert.getTouchpoints().get(convert.getTouchpoints().size() - 1).getName()));
        assertEquals(19, chromium.countOnce("#sprotty g.journey-touchpoint", 19, 10), "and drawn");
        revision = chromium.revision();
        chromium.press("Escape");

        // undo twice: the touchpoint, then the lanes
        chromium.press("Control+z");
        revision = chromium.waitRevision(revision);
        chromium.press("Control+z");
        revision = chromium.waitRevision(revision);
        waitLanes(false);
        assertFalse(savedLayout(text -> !text.contains("\"lanes\"")).contains("\"lanes\""), "undone, the side file has no lanes");

        // Alt+L shows them again
        chromium.eval("document.body.focus()");
        chromium.press("Alt+l");
        revision = chromium.waitRevision(revision);
        waitLanes(true);
        assertEquals("[]", chromium.errors(), "no script errors on the page");
    }
}

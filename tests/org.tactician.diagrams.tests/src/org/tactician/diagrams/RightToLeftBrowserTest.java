package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tactician.model.CanvasItem;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.SwotItem;
import org.tactician.samples.SamplePlans;

/**
 * What Chromium draws of a right-to-left (Arabic) plan's diagrams, mirrored as its documents are:
 * the canvas's key partners at the right edge and customer segments at the left, each chip's icon
 * right of its text; the journey's first stage at the right, flows pointing left, lane names at
 * the lanes' right edge; the TOWS matrix's side column at the right, each factor's code right of
 * its name. A left-to-right plan's the other way round, as before. Screenshots: {@code rtl-*.png}.
 */
class RightToLeftBrowserTest extends DiagramPageTest {

    @Override
    protected String prefix() {
        return "rtl";
    }

    /** The diagram's viewport transform (its zoom and scroll) as the page draws it. */
    private String viewport() throws Exception {
        return chromium.eval("(() => { const g = document.querySelector('#sprotty > svg > g');"
                + " return g ? g.getAttribute('transform') : ''; })()").getAsString();
    }

    /**
     * Shows the whole diagram ("Whole"; the client draws only what is in sight). A model update
     * still on its way (a new layout, the dirty state) fits the page again and so undoes the
     * click: clicked again until the whole view stays.
     */
    private void showWhole() throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            String before = viewport();
            chromium.clickSelector("#tool-whole");
            for (int tries = 0; tries < 20 && viewport().equals(before); tries++) {
                Thread.sleep(100);
            }
            String whole = viewport();
            Thread.sleep(700);
            if (viewport().equals(whole)) {
                return;
            }
        }
    }

    /** The on-screen left and right of the first element {@code selector} finds inside diagram element {@code id}. */
    private double[] span(String id, String selector) throws Exception {
        String js = "(() => { const e = document.querySelector('#sprotty [id=\"sprotty_" + id + "\"] " + selector + "');"
                + " if (!e) { return null; } const r = e.getBoundingClientRect(); return [r.left, r.right]; })()";
        var result = chromium.eval(js);
        assertTrue(result != null && result.isJsonArray(), selector + " in " + id + " is drawn");
        return new double[] {result.getAsJsonArray().get(0).getAsDouble(), result.getAsJsonArray().get(1).getAsDouble()};
    }

    private double left(String id) throws Exception {
        return chromium.center(id)[2];
    }

    private double right(String id) throws Exception {
        double[] box = chromium.center(id);
        return box[2] + box[4];
    }

    /** The first and the last x of the drawn line of flow {@code id} (its path's first and last points). */
    private double[] ends(String flowId) throws Exception {
        // drawn once the page has shown the whole diagram (the client draws only what is in sight)
        var result = chromium.eval("new Promise(done => { const until = Date.now() + 5000; (function look() {"
                + " const p = document.querySelector('#sprotty [id=\"sprotty_" + flowId + "\"] path.journey-flow-line');"
                + " if (p) { const n = p.getTotalLength(); done([p.getPointAtLength(0).x, p.getPointAtLength(n).x]); }"
                + " else if (Date.now() > until) { done(null); } else { setTimeout(look, 100); } })(); })");
        if (result == null || !result.isJsonArray()) {
            throw new AssertionError(flowId + " is not drawn; drawn: " + chromium.eval("[...document.querySelectorAll("
                    + "'#sprotty g.journey-flow')].map(g => g.id).join(' ')") + "; viewport: " + chromium.eval(
                    "document.querySelector('#sprotty > svg > g') ? document.querySelector('#sprotty > svg > g')"
                    + ".getAttribute('transform') : ''"));
        }
        return new double[] {result.getAsJsonArray().get(0).getAsDouble(), result.getAsJsonArray().get(1).getAsDouble()};
    }

    private void inWorkbenchLanguage(String language, Check check) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(language));
            check.run();
        } finally {
            Locale.setDefault(before);
        }
    }

    interface Check {
        void run() throws Exception;
    }

    private void assertCanvas(PlanFileModelSource plan, boolean rightToLeft) throws Exception {
        DiagramServer.Page page = server.open(plan, DiagramServer.CANVAS);
        chromium.open(page.uri().toString(), CanvasBrowserTest.READY);
        showWhole();
        double partners = left("block:KEY_PARTNERS");
        double segments = left("block:CUSTOMER_SEGMENTS");
        assertEquals(rightToLeft, partners > segments, "key partners at " + partners + ", customer segments at " + segments);
        assertEquals(rightToLeft, left("block:COST_STRUCTURE") > left("block:REVENUE_STREAMS"), "costs and revenue");
        var chips = chromium.eval("[...document.querySelectorAll('#sprotty g.canvas-link-chip')].map(chip => {"
                + " const icon = chip.querySelector('circle.canvas-link-badge').getBoundingClientRect();"
                + " const name = chip.querySelector('text.canvas-link-name').getBoundingClientRect();"
                + " return [icon.left, icon.right, name.left, name.right]; })").getAsJsonArray();
        assertTrue(chips.size() >= 5, "the sample's chips: " + chips.size());
        for (var chip : chips) {
            var e = chip.getAsJsonArray();
            double iconLeft = e.get(0).getAsDouble();
            double iconRight = e.get(1).getAsDouble();
            double nameLeft = e.get(2).getAsDouble();
            double nameRight = e.get(3).getAsDouble();
            assertTrue(rightToLeft ? iconLeft >= nameRight - 1 : iconRight <= nameLeft + 1,
                    "icon " + iconLeft + "–" + iconRight + ", name " + nameLeft + "–" + nameRight);
        }
        assertEquals("[]", chromium.errors());
    }

    @Test
    void theArabicCanvasIsMirrored() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            assertCanvas(arabic, true);
            shot("01-arabic-canvas");
        });
    }

    @Test
    void anEnglishCanvasIsAsBefore() throws Exception {
        assertCanvas(source, false);
        shot("02-english-canvas");
    }

    private void assertJourney(PlanFileModelSource plan, boolean rightToLeft, boolean lanes) throws Exception {
        DiagramServer.Page page = server.open(plan, DiagramServer.JOURNEY);
        int revision = chromium.open(page.uri().toString(), JourneyBrowserTest.READY);
        if (lanes) {
            chromium.clickSelector("#tool-swimlanes");
            waitRevision(revision);
            assertTrue(chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                    + " const ok = document.querySelectorAll('#sprotty g.journey-lane').length >= 3;"
                    + " if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })").getAsBoolean(),
                    "the persona lanes are drawn");
        }
        showWhole();
        CustomerJourney journey = plan.exclusive(() -> plan.plan().getJourneys().get(0));
        List<JourneyStage> stages = plan.exclusive(() -> List.copyOf(journey.getStages()));
        for (int i = 1; i < stages.size(); i++) {
            double earlier = left(stages.get(i - 1).getId());
            double later = left(stages.get(i).getId());
            assertEquals(rightToLeft, later < earlier, stages.get(i).getName() + " at " + later + ", the stage before at " + earlier);
        }
        List<JourneyFlow> forward = plan.exclusive(() -> journey.getFlows().stream()
                .filter(f -> stages.indexOf(f.getTarget().eContainer()) > stages.indexOf(f.getSource().eContainer())).toList());
        assertTrue(forward.size() >= 5, "the sample's forward flows");
        for (JourneyFlow flow : forward) {
            double[] x = ends(flow.getId());
            assertEquals(rightToLeft, x[1] < x[0], flow.getId() + " from " + x[0] + " to " + x[1]);
        }
        if (lanes) {
            int laneCount = chromium.count("#sprotty g.journey-lane");
            for (int i = 0; i < laneCount; i++) {
                var edges = chromium.eval("(() => { const lane = document.querySelectorAll('#sprotty g.journey-lane')[" + i + "];"
                        + " const band = lane.querySelector('rect.journey-lane-band').getBoundingClientRect();"
                        + " const t = [...lane.querySelectorAll('text.journey-lane-title')].map(e => e.getBoundingClientRect());"
                        + " return [band.left, band.right, Math.min(...t.map(r => r.left)), Math.max(...t.map(r => r.right))]; })()")
                        .getAsJsonArray();
                double bandLeft = edges.get(0).getAsDouble();
                double bandRight = edges.get(1).getAsDouble();
                double room = rightToLeft ? bandRight - edges.get(3).getAsDouble() : edges.get(2).getAsDouble() - bandLeft;
                assertTrue(room >= 0 && room < 20, "lane " + i + "'s name " + room + " px from its " + (rightToLeft ? "right" : "left"));
            }
        }
        assertEquals("[]", chromium.errors());
    }

    @Test
    void theArabicJourneyFlowsLeftwards() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            assertJourney(arabic, true, false);
            shot("03-arabic-journey");
            // too wide to read whole: Fit shows it from its start, the first stage at the right
            String first = arabic.exclusive(() -> arabic.plan().getJourneys().get(0).getStages().get(0).getId());
            String last = arabic.exclusive(() -> {
                var stages = arabic.plan().getJourneys().get(0).getStages();
                return stages.get(stages.size() - 1).getId();
            });
            chromium.clickSelector("#tool-fit");
            var view = chromium.eval("(() => { const r = document.querySelector('#sprotty > svg').getBoundingClientRect();"
                    + " return [r.left, r.right]; })()").getAsJsonArray();
            double viewLeft = view.get(0).getAsDouble();
            double viewRight = view.get(1).getAsDouble();
            // the viewport changes after the click's action has gone round: until then the whole diagram shows
            for (int tries = 0; tries < 30 && left(last) >= viewLeft; tries++) {
                Thread.sleep(100);
            }
            assertTrue(left(last) < viewLeft, "the journey is wider than the window at a readable size");
            assertTrue(right(first) <= viewRight + 1 && right(first) > viewRight - 80, "the first stage's right edge in sight: "
                    + right(first) + " of " + viewRight);
            shot("03b-arabic-journey-fit");
        });
    }

    @Test
    void theArabicJourneyInPersonaLanes() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            assertJourney(arabic, true, true);
            shot("04-arabic-journey-lanes");
            chromium.clickSelector("#tool-fit");
            shot("04b-arabic-journey-lanes-fit");
            assertStickyLaneNamesAtTheRight();
        });
    }

    /** Scrolls the diagram sideways as Shift and the mouse wheel do, {@code pixels} to the right (negative: left). */
    private void wheelSideways(double pixels) throws Exception {
        chromium.eval("(() => { const svg = document.querySelector('#sprotty svg'); const box = svg.getBoundingClientRect();"
                + " svg.dispatchEvent(new WheelEvent('wheel', { deltaY: " + pixels + ", shiftKey: true, bubbles: true, cancelable: true,"
                + " clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 })); })()");
    }

    /** Waits until {@code condition} (a JavaScript expression) holds, for up to 10 s; whether it did. */
    private boolean eventually(String condition) throws Exception {
        return chromium.eval("new Promise(done => { const until = Date.now() + 10000; (function look() {"
                + " const ok = " + condition + "; if (ok || Date.now() > until) { done(ok); } else { setTimeout(look, 100); } })(); })")
                .getAsBoolean();
    }

    /**
     * The mirrored journey's lanes start at their right edge: at 100 %, scrolled sideways past
     * it, every lane's name is kept at the viewport's right edge (not its left), and stays there
     * while the journey scrolls on; with the lanes' start in sight there are none.
     */
    private void assertStickyLaneNamesAtTheRight() throws Exception {
        chromium.clickSelector("#tool-zoom-reset");
        assertTrue(eventually("(() => { const g = document.querySelector('#sprotty svg > g');"
                + " return g && /^scale\\(1\\) translate\\(0,0\\)$/.test(g.getAttribute('transform')); })()"), "at 100 % from the origin");
        // the view's right edge and the first lane's band, on screen
        String geometry = "(() => { const view = document.querySelector('#sprotty svg').getBoundingClientRect();"
                + " const band = document.querySelector('#sprotty g.journey-lane rect.journey-lane-band').getBoundingClientRect();"
                + " return [view.left, view.right, band.left, band.right]; })()";
        var g = chromium.eval(geometry).getAsJsonArray();
        double viewRight = g.get(1).getAsDouble();
        double bandLeft = g.get(2).getAsDouble();
        double bandRight = g.get(3).getAsDouble();
        assertTrue(bandRight > viewRight + 200, "at 100 % the Arabic journey's start is out of sight at the right: " + g);
        // the lanes' start (their right edge) brought into sight: their own names show there, no sticky ones
        double toStart = bandRight - viewRight + 30;
        wheelSideways(toStart);
        assertTrue(eventually("document.querySelectorAll('#sprotty g.journey-lane-sticky').length === 0"
                + " && (() => { const r = document.querySelector('#sprotty g.journey-lane rect.journey-lane-band').getBoundingClientRect();"
                + " return r.right < document.querySelector('#sprotty svg').getBoundingClientRect().right; })()"),
                "no sticky names while the lanes' start shows at the right");
        // back to just left of the right edge of the widest column: no lane's own name near the edge then
        var own = chromium.eval("(() => { const ends = [...document.querySelector('#sprotty g.journey-lane').querySelectorAll('svg')]"
                + ".map(s => Number(s.getAttribute('x')) + Number(s.getAttribute('width'))).sort((a, b) => b - a);"
                + " let best = ends[0], gap = 0; ends.forEach((x, i) => { const next = i + 1 < ends.length ? ends[i + 1] : x;"
                + " if (x - next > gap) { gap = x - next; best = x; } }); return [best, gap]; })()").getAsJsonArray();
        double columnEnd = own.get(0).getAsDouble();
        assertTrue(own.get(1).getAsDouble() > 200, "a column wide enough for a kept name: " + own);
        // the lane's band is at bandLeft - toStart now; the column's right edge goes 40 px right of the view's
        double past = (bandLeft - toStart + columnEnd) - (viewRight + 40);
        wheelSideways(past);
        assertTrue(eventually("document.querySelectorAll('#sprotty g.journey-lane-sticky').length > 0"), "lane names kept at the viewport's edge");
        assertKeptAtTheRightEdge("scrolled past the lanes' start");
        shot("04c-arabic-journey-lanes-scrolled");
        // and they follow the scrolling: 120 px further towards the journey's end (leftwards)
        String before = viewport();
        wheelSideways(-120);
        assertTrue(eventually("document.querySelector('#sprotty > svg > g').getAttribute('transform') !== '" + before + "'"), "scrolled on");
        assertKeptAtTheRightEdge("scrolled on");
        shot("04d-arabic-journey-lanes-scrolled-on");
        assertEquals("[]", chromium.errors());
    }

    /** Each lane's name kept once, at the viewport's right edge, or one of its own names in sight near that edge. */
    private void assertKeptAtTheRightEdge(String when) throws Exception {
        var lanes = chromium.eval("(() => { const view = document.querySelector('#sprotty svg').getBoundingClientRect();"
                + " const kept = [...document.querySelectorAll('#sprotty g.journey-lane-sticky text')]"
                + ".map(t => { const r = t.getBoundingClientRect(); return [t.textContent, view.right - r.right, r.left - view.left]; });"
                + " return [...document.querySelectorAll('#sprotty g.journey-lane')].map(lane => {"
                + " const names = [...lane.querySelectorAll('text.journey-lane-title')]; const title = names[0].textContent;"
                + " const own = names.map(n => view.right - n.getBoundingClientRect().right).filter(d => d >= 0 && d <= 400).length;"
                + " const sticky = kept.filter(k => k[0] === title);"
                + " return [title, sticky.length === 1 ? sticky[0][1] : sticky.length === 0 ? null : -1,"
                + " sticky.length === 1 ? sticky[0][2] : null, own]; }); })()").getAsJsonArray();
        assertTrue(lanes.size() >= 3, "the Arabic sample's lanes: " + lanes);
        int kept = 0;
        for (var lane : lanes) {
            var row = lane.getAsJsonArray();
            if (row.get(1).isJsonNull()) {
                assertTrue(row.get(3).getAsInt() > 0, when + ": named in sight near the right edge: " + row);
            } else {
                double fromRight = row.get(1).getAsDouble();
                assertTrue(fromRight >= 0 && fromRight <= 30, when + ": kept once, at the viewport's right edge: " + row);
                assertTrue(row.get(2).getAsDouble() > 300, when + ": not at the left edge: " + row);
                kept++;
            }
        }
        assertTrue(kept > 0, when + ": some lane's name kept at the edge: " + lanes);
    }

    @Test
    void anEnglishJourneyIsAsBefore() throws Exception {
        assertJourney(source, false, true);
        shot("05-english-journey-lanes");
    }

    private void assertTows(PlanFileModelSource plan, boolean rightToLeft) throws Exception {
        DiagramServer.Page page = server.open(plan, DiagramServer.TOWS);
        chromium.open(page.uri().toString(), "#sprotty svg g.tows-card");
        showWhole();
        // the documents' TOWS figure for RTL: the side column at the right, strengths next to it, the rows as they are
        assertEquals(rightToLeft, left("cell:O") > left("cell:S"), "the side column");
        assertEquals(rightToLeft, left("cell:S") > left("cell:W"), "strengths and weaknesses");
        assertTrue(chromium.center("cell:O")[1] < chromium.center("cell:T")[1], "opportunities above threats");
        assertTrue(Math.abs(left("cell:corner") - left("cell:O")) < 1, "the corner over the side column");
        List<SwotItem> factors = plan.exclusive(() -> List.copyOf(plan.plan().getOpportunity().getSwot().getItems()));
        for (SwotItem factor : factors.subList(0, Math.min(4, factors.size()))) {
            double[] pill = span(factor.getId(), "rect.tows-code-pill");
            double[] name = span(factor.getId() + ":name", "tspan");
            assertTrue(rightToLeft ? pill[0] >= name[1] - 1 : pill[1] <= name[0] + 1, factor.getId() + ": code " + pill[0] + "–"
                    + pill[1] + ", name " + name[0] + "–" + name[1]);
        }
        assertEquals("[]", chromium.errors());
    }

    @Test
    void theArabicMatrixIsMirrored() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            assertTows(arabic, true);
            shot("06-arabic-tows");
        });
    }

    @Test
    void anEnglishMatrixIsAsBefore() throws Exception {
        assertTows(source, false);
        shot("07-english-tows");
    }

    /** The words follow the workbench, the direction the plan: an Arabic plan in an English workbench is mirrored too. */
    @Test
    void anArabicPlanInAnEnglishWorkbenchIsMirrored() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("en", () -> {
            assertCanvas(arabic, true);
            // the English block titles start at the right too, as a right-to-left paragraph does
            for (String block : List.of("block:KEY_PARTNERS", "block:CUSTOMER_SEGMENTS", "block:COST_STRUCTURE")) {
                double room = right(block) - span(block + ":title", "tspan")[1];
                assertTrue(room >= 0 && room < 16, block + "'s title ends " + room + " px from the block's right");
            }
            shot("08-arabic-canvas-english-workbench");
        });
        assertTrue(arabic.exclusive(() -> arabic.plan().getStrategy().getBusinessModelCanvas().getItems().stream()
                .allMatch(CanvasItem::isSetBlock)));
    }
}

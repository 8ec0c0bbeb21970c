package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.tactician.layout.LayoutFile;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TowsStrategy;
import org.tactician.model.resource.PlanFiles;
import org.w3c.dom.Document;

/**
 * The TOWS diagram in Debian's headless Chromium, served by the real local server over the
 * furniture sample: every edit a consultant makes with the mouse and keyboard, each checked in
 * the plan's EMF model and screenshotted into target/screenshots/tows-*.png.
 */
class DiagramBrowserTest extends DiagramPageTest {

    @Override
    protected String prefix() {
        return "tows";
    }

    private SwotAnalysis swot() {
        return source.plan().getOpportunity().getSwot();
    }

    private SwotItem item(String id) {
        return model(() -> (SwotItem) source.plan().eResource().getEObject(id));
    }

    private TowsStrategy strategy(String id) {
        return model(() -> (TowsStrategy) source.plan().eResource().getEObject(id));
    }

    @Test
    void aConsultantEditsTheMatrixWithMouseAndKeyboard() throws Exception {
        DiagramServer.Page page = server.open(source, DiagramServer.TOWS);
        int revision = chromium.open(page.uri().toString());
        assertEquals(1, page.connections());
        assertEquals(17, chromium.countOnce("#sprotty g.factor", 17, 20), "the sample's 17 SWOT items");
        assertEquals(9, chromium.countOnce("#sprotty g.strategy", 9, 20), "and its 9 strategies");
        shot("01-opened");

        // Create: the Strength tool, then a click into the free room at the bottom of the strengths cell.
        int items = model(() -> swot().getItems().size());
        chromium.clickSelector(".tool-button:text-is(\"Strength\")");
        double[] strengths = chromium.center("cell:S");
        chromium.click(strengths[2] + 40, strengths[3] + strengths[5] - 8);
        revision = chromium.waitRevision(revision);
        assertEquals(items + 1, model(() -> swot().getItems().size()));
        SwotItem created = model(() -> swot().getItems().get(items));
        assertEquals(SwotCategory.STRENGTH, model(created::getCategory));
        assertEquals("New strength", model(created::getName));
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_" + created.getId() + "\"]", 1, 10));
        shot("02-created");

        // Move between cells: drag the strength 'Own-design solid-wood range' into the weaknesses.
        double[] range = chromium.center("sw-s-range");
        double[] weaknesses = chromium.center("cell:W");
        chromium.drag(range[2] + 30, range[3] + 12, weaknesses[2] + 40, weaknesses[3] + weaknesses[5] - 30);
        revision = chromium.waitRevision(revision);
        assertEquals(SwotCategory.WEAKNESS, model(item("sw-s-range")::getCategory));
        assertTrue(chromium.center("sw-s-range")[0] > weaknesses[2], "drawn in the weaknesses now");
        shot("03-moved-to-weaknesses");

        // Link: the link tool from the strategy 'Open Italy and Portugal…' to the opportunity 'Buyers want expert guidance'.
        chromium.clickSelector(".tool-button:text-is(\"Link strategy to factor\")");
        double[] south = chromium.center("tows-so-south");
        double[] education = chromium.center("sw-o-education");
        chromium.click(south[2] + 40, south[3] + 12);
        chromium.send("move", java.util.Map.of("x", education[2] + 40, "y", education[3] + 12));
        chromium.click(education[2] + 40, education[3] + 12);
        revision = chromium.waitRevision(revision);
        assertTrue(model(() -> strategy("tows-so-south").getSwotItems().contains(item("sw-o-education"))));
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_link:tows-so-south:sw-o-education\"]", 1, 10), "its badge");
        chromium.clickSelector("#btn_default_tools");
        shot("04-linked");

        // Edit a label in place: double-click the name, type, Enter.
        double[] costs = chromium.center("sw-t-costs:name");
        chromium.click(costs[2] + 10, costs[3] + 6);
        chromium.doubleClick(costs[2] + 10, costs[3] + 6);
        chromium.waitFor(".label-edit input, .label-edit textarea");
        chromium.press("Control+A");
        chromium.type("Timber and freight cost more — Древесина дороже");
        shot("05-editing-label");
        chromium.press("Enter");
        revision = chromium.waitRevision(revision);
        assertEquals("Timber and freight cost more — Древесина дороже", model(item("sw-t-costs")::getName));

        // Delete a factor: two strategies lose their weakness and get error markers.
        SwotItem data = item("sw-w-data");
        double[] dataCard = chromium.center("sw-w-data");
        chromium.click(dataCard[2] + 60, dataCard[3] + 30);
        chromium.press("Delete");
        revision = chromium.waitRevision(revision);
        assertFalse(model(() -> swot().getItems().contains(data)));
        assertFalse(model(() -> strategy("tows-wt-consent").getSwotItems().contains(data)));
        chromium.waitFor("#sprotty [id=\"sprotty_tows-wt-consent\"] .sprotty-issue.sprotty-error");
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_tows-wo-measurement\"] .sprotty-issue.sprotty-error", 1, 10));
        chromium.waitFor("#tactician-notice.notice-warning");
        assertEquals("Strategies that lose support: 'Measure with the partner's conversion data', 'Consent-first measurement'",
                chromium.send("text", java.util.Map.of("selector", "#tactician-notice")).get("text").getAsString());
        shot("06-deleted-markers");

        // Undo (Ctrl+Z) brings the factor and its links back; the markers go.
        chromium.press("Control+z");
        revision = chromium.waitRevision(revision);
        assertTrue(model(() -> swot().getItems().contains(data)));
        assertTrue(model(() -> strategy("tows-wt-consent").getSwotItems().contains(data)));
        chromium.send("waitFor", java.util.Map.of("selector", "#sprotty [id=\"sprotty_tows-wt-consent\"] .sprotty-issue",
                "state", "detached", "timeout", 10_000), 15);
        // The strength moved into the weaknesses still leaves 'Open Italy and Portugal…' (SO) without a strength.
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_tows-so-south\"] .sprotty-issue.sprotty-error", 1, 10));
        shot("07-undone");

        // Keyboard only: F2 renames the selected card.
        double[] baltics = chromium.center("sw-o-baltics");
        chromium.click(baltics[2] + 60, baltics[3] + baltics[5] - 8);
        chromium.press("F2");
        chromium.waitFor(".label-edit input, .label-edit textarea");
        chromium.press("Control+A");
        chromium.type("Russian-speaking buyers in the Baltics ask in Russian");
        chromium.press("Enter");
        revision = chromium.waitRevision(revision);
        assertEquals("Russian-speaking buyers in the Baltics ask in Russian", model(item("sw-o-baltics")::getName));

        // Zoom: fit shows everything; 100% shows it at its size.
        chromium.clickSelector("#tool-zoom-reset");
        double actual = chromium.center("cell:S")[4];
        chromium.clickSelector("#tool-whole");
        chromium.send("eval", java.util.Map.of("js", "new Promise(r => setTimeout(r, 300))"));
        assertTrue(chromium.center("cell:S")[4] != actual, "fit changed the zoom");

        // Export SVG and PNG: written beside the plan, readable by an XML parser and ImageIO.
        Path plan = source.planFile();
        chromium.clickSelector("#tool-export-svg");
        Path svg = plan.resolveSibling("furniture-retailer-tows.svg");
        waitForFile(svg);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document document = xml.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        assertTrue(Files.readString(svg).contains("Timber and freight cost more"));
        chromium.waitFor("#tactician-notice.notice-info");
        assertTrue(chromium.send("text", java.util.Map.of("selector", "#tactician-notice")).get("text").getAsString()
                .startsWith("Exported furniture-retailer-tows."));
        chromium.clickSelector("#tool-export-png");
        Path png = plan.resolveSibling("furniture-retailer-tows.png");
        waitForFile(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 800, image.getWidth() + "x" + image.getHeight());
        Files.copy(png, shots.resolve("tows-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // Save: the plan file has the edits, the layout side file the moved and created cards.
        assertTrue(source.isDirty());
        chromium.clickSelector("#tool-save");
        for (int i = 0; i < 100 && source.isDirty(); i++) {
            Thread.sleep(100);
        }
        assertFalse(source.isDirty());
        MarketingPlan saved = PlanFiles.load(plan);
        SwotItem savedRange = (SwotItem) saved.eResource().getEObject("sw-s-range");
        assertEquals(SwotCategory.WEAKNESS, savedRange.getCategory());
        // the layout is written after the plan, when the plan says it was saved
        for (int i = 0; i < 100 && !Files.exists(LayoutFile.of(plan)); i++) {
            Thread.sleep(100);
        }
        String layout = Files.readString(LayoutFile.of(plan));
        assertTrue(layout.contains("\"sw-s-range\": {"), layout);
        assertTrue(layout.contains("\"" + created.getId() + "\": {"), layout);
        assertEquals("[]", chromium.errors(), "no script errors on the page");
        shot("08-saved");
    }

    @Test
    void anArabicPlanShowsItsNamesWhole() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(org.tactician.samples.SamplePlans.ARABIC, folder);
        DiagramServer.Page page = server.open(arabic, DiagramServer.TOWS);
        chromium.open(page.uri().toString());
        SwotItem first = arabic.exclusive(() -> arabic.plan().getOpportunity().getSwot().getItems().get(0));
        String shown = chromium.eval("[...document.querySelectorAll('#sprotty [id=\"sprotty_" + first.getId()
                + ":name\"] tspan')].map(t => t.textContent).join(' ')").getAsString();
        assertEquals(first.getName().replaceAll("\\s+", ""), shown.replaceAll("\\s+", ""), "every letter of the name is drawn");
        assertEquals("[]", chromium.errors());
        shot("09-arabic-plan");
    }

    @Test
    void aPortugueseWorkbenchShowsTheMatrixInPortuguese() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-PT"));
            DiagramServer.Page page = server.open(source, DiagramServer.TOWS);
            chromium.open(page.uri().toString());
            chromium.waitFor(".tool-button:text-is(\"For\u00e7a\")");
            assertEquals("Validar", chromium.eval("document.getElementById('tool-validate').textContent").getAsString());
            assertEquals("Verificar agora as regras do plano", chromium.eval("document.getElementById('tool-validate').title").getAsString());
            assertEquals("For\u00e7as (F)", chromium.eval("document.getElementById('sprotty_cell:S:title').textContent").getAsString());
            assertEquals("Estrat\u00e9gias FO", chromium.eval("document.getElementById('sprotty_cell:SO:title').textContent").getAsString());
            assertEquals(1, chromium.count(".tool-button:text-is(\"Estrat\u00e9gia FrA\")"), "the WT strategy tool in Portuguese");
            assertEquals("[]", chromium.errors());
            shot("10-portuguese");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aRussianWorkbenchShowsTheMatrixInRussian() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru-RU"));
            DiagramServer.Page page = server.open(source, DiagramServer.TOWS);
            chromium.open(page.uri().toString());
            chromium.waitFor(".tool-button:text-is(\"\u0421\u0438\u043b\u044c\u043d\u0430\u044f \u0441\u0442\u043e\u0440\u043e\u043d\u0430\")");
            assertEquals("\u0421\u0438\u043b\u044c\u043d\u044b\u0435 \u0441\u0442\u043e\u0440\u043e\u043d\u044b (\u0421)",
                    chromium.eval("document.getElementById('sprotty_cell:S:title').textContent").getAsString());
            assertEquals("[]", chromium.errors());
            shot("11-russian");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void thePageReportsItsSelectionAndTextEditingToItsHost() throws Exception {
        DiagramServer.Page page = server.open(source, DiagramServer.TOWS);
        java.util.concurrent.BlockingQueue<PageState> reported = new java.util.concurrent.LinkedBlockingQueue<>();
        page.addStateListener(reported::add);
        chromium.open(page.uri() + "&host=workbench");

        // A click on a card: the host hears its id.
        double[] range = chromium.center("sw-s-range");
        chromium.click(range[2] + 60, range[3] + range[5] - 8);
        assertEquals(java.util.List.of("sw-s-range"), next(reported, state -> !state.selectedIds().isEmpty()).selectedIds());

        // The host selects through window.tactician: only what the diagram shows.
        assertEquals("[\"tows-so-south\"]", chromium.eval("JSON.stringify(window.tactician.select(['tows-so-south', "
                + "'obj-revenue', 'no-such-element']))").getAsString());
        assertEquals(java.util.List.of("tows-so-south"),
                next(reported, state -> state.selectedIds().contains("tows-so-south")).selectedIds());
        assertEquals(java.util.List.of("tows-so-south"), page.state().selectedIds());

        // Renaming in place: the host hears that text is edited, then that it is not.
        assertTrue(chromium.eval("window.tactician.editLabel()").getAsBoolean());
        chromium.waitFor(".label-edit input, .label-edit textarea");
        assertTrue(next(reported, PageState::editingText).editingText());
        chromium.press("Escape");
        assertFalse(next(reported, state -> !state.editingText()).editingText());

        // Embedded in the workbench, the page leaves undo to it: Ctrl+Z changes nothing here.
        int items = model(() -> swot().getItems().size());
        chromium.eval("window.tactician.select(['sw-w-data'])");
        next(reported, state -> state.selectedIds().contains("sw-w-data"));
        int revision = chromium.revision();
        chromium.press("Control+z");
        chromium.send("eval", java.util.Map.of("js", "new Promise(r => setTimeout(r, 500))"));
        assertEquals(revision, chromium.revision(), "no model update");
        assertEquals(items, model(() -> swot().getItems().size()));
        // The Delete key deletes through the page itself (WebKit keeps a key the page handled
        // from the workbench's bindings), once.
        chromium.press("Delete");
        chromium.waitRevision(revision);
        assertEquals(items - 1, model(() -> swot().getItems().size()));
        assertEquals("[]", chromium.errors(), "no script errors on the page");
    }

    private static PageState next(java.util.concurrent.BlockingQueue<PageState> reported,
            java.util.function.Predicate<PageState> wanted) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        for (PageState state; (state = reported.poll(Math.max(1, end - System.currentTimeMillis()),
                java.util.concurrent.TimeUnit.MILLISECONDS)) != null;) {
            if (wanted.test(state)) {
                return state;
            }
        }
        throw new AssertionError("the page did not report the expected state");
    }

    private static void waitForFile(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), file + " was written");
    }
}

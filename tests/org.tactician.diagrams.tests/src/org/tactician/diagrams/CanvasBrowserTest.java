package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;

/**
 * The Business Model Canvas in Debian's headless Chromium over the furniture sample: create a
 * note, move it between blocks, reorder inside a block, edit, delete, undo and follow a link, each
 * checked in the plan's EMF model; screenshots in target/screenshots/canvas-*.png.
 */
class CanvasBrowserTest extends DiagramPageTest {

    static final String READY = "#sprotty svg g.canvas-note";

    @Override
    protected String prefix() {
        return "canvas";
    }

    private BusinessModelCanvas canvas() {
        return source.plan().getStrategy().getBusinessModelCanvas();
    }

    private CanvasItem item(String id) {
        return model(() -> (CanvasItem) source.plan().eResource().getEObject(id));
    }

    private List<String> order(CanvasBlock block) {
        return model(() -> canvas().getItems().stream().filter(i -> i.getBlock() == block).map(CanvasItem::getId).toList());
    }

    @Test
    void aConsultantEditsTheCanvasWithMouseAndKeyboard() throws Exception {
        DiagramServer.Page page = server.open(source, DiagramServer.CANVAS);
        int revision = chromium.open(page.uri().toString(), READY);
        assertEquals(9, chromium.count("#sprotty g.canvas-block"));
        assertEquals(23, chromium.count("#sprotty g.canvas-note"), "the sample's 23 canvas items");
        assertEquals(1, chromium.count("#sprotty [id=\"sprotty_bmc-cs-families:link:seg-families\"]"), "the segment it stands for");
        shot("01-opened");

        // Create: the Note tool, then a click at the bottom of the Channels block.
        List<String> channels = order(CanvasBlock.CHANNELS);
        chromium.clickSelector(".tool-button:text-is(\"Note\")");
        double[] block = chromium.center("block:CHANNELS");
        chromium.click(block[2] + 40, block[3] + block[5] - 8);
        revision = waitRevision(revision);
        List<String> now = order(CanvasBlock.CHANNELS);
        assertEquals(channels.size() + 1, now.size());
        assertEquals(channels, now.subList(0, channels.size()), "the new note comes last, where it was clicked");
        assertEquals("New note", model(item(now.get(channels.size()))::getName));
        shot("02-created");

        // Move between blocks: the value proposition 'From saved idea to planned room' into the customer segments.
        double[] planning = chromium.center("bmc-vp-planning");
        double[] segments = chromium.center("block:CUSTOMER_SEGMENTS");
        chromium.drag(planning[0], planning[3] + 10, segments[0], segments[3] + segments[5] - 20);
        revision = waitRevision(revision);
        assertEquals(CanvasBlock.CUSTOMER_SEGMENTS, model(item("bmc-vp-planning")::getBlock));
        shot("03-moved-to-segments");

        // Reorder inside a block: Italy and Portugal above the urban first-home furnishers.
        double[] south = chromium.center("bmc-cs-south");
        double[] urban = chromium.center("bmc-cs-urban");
        chromium.drag(south[0], south[3] + 8, urban[0], urban[3] - 4);
        revision = waitRevision(revision);
        assertEquals("bmc-cs-south", order(CanvasBlock.CUSTOMER_SEGMENTS).get(0));
        assertEquals("bmc-cs-urban", order(CanvasBlock.CUSTOMER_SEGMENTS).get(1));
        shot("04-reordered");

        // Edit a note in place.
        double[] name = chromium.center("bmc-kr-data:name");
        chromium.click(name[2] + 10, name[3] + 6);
        chromium.doubleClick(name[2] + 10, name[3] + 6);
        chromium.waitFor(".label-edit input, .label-edit textarea");
        chromium.press("Control+A");
        chromium.type("Customer data — dữ liệu khách hàng");
        chromium.press("Enter");
        revision = waitRevision(revision);
        assertEquals("Customer data — dữ liệu khách hàng", model(item("bmc-kr-data")::getName));

        // Delete a note, then undo.
        int items = model(() -> canvas().getItems().size());
        double[] workshops = chromium.center("bmc-kp-workshops");
        chromium.click(workshops[0], workshops[3] + workshops[5] - 6);
        chromium.press("Delete");
        revision = waitRevision(revision);
        assertEquals(items - 1, model(() -> canvas().getItems().size()));
        assertEquals(0, chromium.countOnce("#sprotty [id=\"sprotty_bmc-kp-workshops\"]", 0, 10));
        shot("05-deleted");
        chromium.press("Control+z");
        revision = waitRevision(revision);
        assertEquals(items, model(() -> canvas().getItems().size()));
        assertEquals(1, chromium.countOnce("#sprotty [id=\"sprotty_bmc-kp-workshops\"]", 1, 10));

        // Follow a link: the families segment behind a note.
        double[] link = chromium.center("bmc-cs-families:link:seg-families");
        chromium.doubleClick(link[0], link[1]);
        chromium.waitFor("#tactician-notice.notice-info");
        assertTrue(chromium.send("text", Map.of("selector", "#tactician-notice")).get("text").getAsString()
                .startsWith("Segment 'Home-owning families 35–49'"));
        chromium.press("Escape");
        assertFalse(source.isDirty() && model(() -> item("bmc-cs-families").getSegments().isEmpty()), "following changes nothing");
        chromium.clickSelector("#tool-zoom-reset");
        chromium.eval("new Promise(r => setTimeout(r, 150))");
        shot("06-actual-size");
        assertEquals("[]", chromium.errors(), "no script errors on the page");
    }
}

package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tactician.model.CanvasItem;
import org.tactician.model.JourneyStage;
import org.tactician.model.NamedElement;
import org.tactician.model.Touchpoint;
import org.tactician.samples.SamplePlans;

/**
 * The canvas and the journey of the Portuguese and the Arabic samples, each in a workbench of its
 * plan's language: every name is drawn letter for letter (right to left in Arabic), the page's words
 * are the language's, and the page has no script error. Screenshots: {@code languages-*.png}.
 */
class PlanLanguagesBrowserTest extends DiagramPageTest {

    @Override
    protected String prefix() {
        return "languages";
    }

    /** The letters of what the page draws for the label {@code labelId} (its lines joined). */
    private String drawn(String labelId) throws Exception {
        return chromium.eval("[...document.querySelectorAll('#sprotty [id=\"sprotty_" + labelId + "\"] tspan')]"
                + ".map(t => t.textContent).join('')").getAsString().replaceAll("\\s+", "");
    }

    /** How the page lays out the text of the label {@code labelId}: its first line's computed CSS unicode-bidi. */
    private String bidi(String labelId) throws Exception {
        return chromium.eval("(() => { const t = document.querySelector('#sprotty [id=\"sprotty_" + labelId + "\"] tspan');"
                + " return t ? getComputedStyle(t).unicodeBidi : 'none'; })()").getAsString();
    }

    /** How far the first line of {@code elementId}'s name ends from the right edge of its box, in pixels. */
    private double roomRightOfName(String elementId) throws Exception {
        return chromium.eval("(() => { const t = document.querySelector('#sprotty [id=\"sprotty_" + elementId + ":name\"] tspan');"
                + " const box = document.querySelector('#sprotty [id=\"sprotty_" + elementId + "\"]');"
                + " return box.getBoundingClientRect().right - t.getBoundingClientRect().right; })()").getAsDouble();
    }

    /** Whether {@code name}'s first letter is Arabic. */
    private static boolean readsRightToLeft(String name) {
        return name.codePoints().filter(Character::isLetter).findFirst()
                .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** The whole diagram in the window (the client draws only what is in sight), waiting until {@code elements} are drawn. */
    private void showWhole(List<? extends NamedElement> elements) throws Exception {
        chromium.clickSelector("#tool-whole");
        for (NamedElement element : elements) {
            chromium.waitFor("#sprotty [id=\"sprotty_" + element.getId() + ":name\"] tspan");
        }
    }

    private void assertNamesDrawnWhole(List<? extends NamedElement> elements) throws Exception {
        assertTrue(!elements.isEmpty());
        for (NamedElement element : elements) {
            String name = element.getName().replaceAll("\\s+", "");
            String shown = drawn(element.getId() + ":name").replace("\u2026", "");
            assertTrue(!shown.isEmpty() && name.startsWith(shown), "'" + element.getName() + "' is drawn as '" + shown + "'");
        }
    }

    private void inWorkbenchLanguage(String language, ThrowingRunnable run) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(language));
            run.run();
        } finally {
            Locale.setDefault(before);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void theArabicPlansCanvasRightToLeft() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            DiagramServer.Page canvas = server.open(arabic, DiagramServer.CANVAS);
            chromium.open(canvas.uri().toString(), CanvasBrowserTest.READY);
            List<CanvasItem> notes = arabic.exclusive(() -> arabic.plan().getStrategy().getBusinessModelCanvas().getItems()
                    .stream().filter(CanvasItem::isSetBlock).toList());
            assertNamesDrawnWhole(notes);
            assertEquals("plaintext", bidi(notes.get(0).getId() + ":name"), "each line takes its direction from its text");
            for (CanvasItem note : notes.stream().filter(n -> readsRightToLeft(n.getName())).toList()) {
                double room = roomRightOfName(note.getId());
                assertTrue(room >= 0 && room < 24, "'" + note.getName() + "' starts at its note's right edge, as it is read: " + room);
            }
            assertEquals("[]", chromium.errors());
            shot("01-arabic-canvas");
        });
    }

    /**
     * Gives a note (of the customer segments) every segment and channel of {@code plan} to stand
     * for, more chips than it shows; how many it does not show.
     */
    private static int linkEverything(PlanFileModelSource plan, String[] noteId) {
        return plan.exclusive(() -> {
            var p = plan.plan();
            CanvasItem note = p.getStrategy().getBusinessModelCanvas().getItems().stream()
                    .filter(i -> i.getBlock() == org.tactician.model.CanvasBlock.CUSTOMER_SEGMENTS).findFirst().orElseThrow();
            note.getSegments().clear();
            note.getChannels().clear();
            note.getCosts().clear();
            note.getSegments().addAll(p.getStrategy().getSegments());
            note.getChannels().addAll(p.getChannels());
            noteId[0] = note.getId();
            return note.getSegments().size() + note.getChannels().size() - 4;
        });
    }

    @Test
    void anArabicWorkbenchCountsTheChipsANoteDoesNotShow() throws Exception {
        // "more: N", no number agreement to get wrong
        assertTheHiddenChipsAreCounted(TestPlans.open(SamplePlans.ARABIC, folder), "ar", "\u0627\u0644\u0645\u0632\u064a\u062f:",
                "05-arabic-canvas-more");
    }

    @Test
    void aRussianWorkbenchCountsTheChipsANoteDoesNotShow() throws Exception {
        // "ещё N": the same for 1, 3 and 5 (no plural forms to pick)
        assertTheHiddenChipsAreCounted(source, "ru", "\u0435\u0449\u0451", "06-russian-canvas-more");
    }

    /** With every segment and channel on one note, the canvas in {@code language} draws {@code prefix} and the count it hides. */
    private void assertTheHiddenChipsAreCounted(PlanFileModelSource plan, String language, String prefix, String shot)
            throws Exception {
        String[] note = new String[1];
        int hidden = linkEverything(plan, note);
        assertTrue(hidden >= 1, "the sample has more segments and channels than a note shows: " + hidden);
        inWorkbenchLanguage(language, () -> {
            DiagramServer.Page canvas = server.open(plan, DiagramServer.CANVAS);
            chromium.open(canvas.uri().toString(), CanvasBrowserTest.READY);
            chromium.waitFor("#sprotty [id=\"sprotty_" + note[0] + ":more\"] tspan");
            assertEquals(prefix + hidden, drawn(note[0] + ":more"));
            assertEquals("[]", chromium.errors());
            shot(shot);
        });
    }

    @Test
    void theArabicPlansJourneyRightToLeft() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        inWorkbenchLanguage("ar", () -> {
            DiagramServer.Page journey = server.open(arabic, DiagramServer.JOURNEY);
            chromium.open(journey.uri().toString(), JourneyBrowserTest.READY);
            List<Touchpoint> touchpoints = arabic.exclusive(() -> arabic.plan().getJourneys().get(0).getStages().stream()
                    .flatMap(s -> s.getTouchpoints().stream()).toList());
            showWhole(touchpoints);
            assertNamesDrawnWhole(touchpoints);
            assertEquals("plaintext", bidi(touchpoints.get(0).getId() + ":name"), "each line takes its direction from its text");
            for (Touchpoint touchpoint : touchpoints.stream().filter(t -> readsRightToLeft(t.getName())).toList()) {
                double room = roomRightOfName(touchpoint.getId());
                assertTrue(room >= 0 && room < 24, "'" + touchpoint.getName() + "' starts at its box's right edge: " + room);
            }
            List<JourneyStage> stages = arabic.exclusive(() -> List.<JourneyStage>copyOf(arabic.plan().getJourneys().get(0).getStages()));
            assertNamesDrawnWhole(stages);
            for (JourneyStage stage : stages) {
                // the RACE stage above the column's name, on the same (right) side as the name
                double room = chromium.eval("(() => { const c = document.querySelector('#sprotty [id=\"sprotty_" + stage.getId()
                        + "\"] rect.journey-column-head'); const r = document.querySelector('#sprotty [id=\"sprotty_" + stage.getId()
                        + "\"] .journey-race'); return c.getBoundingClientRect().right - r.getBoundingClientRect().right; })()").getAsDouble();
                assertTrue(room >= 0 && room < 16, stage.getName() + ": its RACE stage ends " + room + " px from the column's right");
            }
            assertEquals("[]", chromium.errors());
            shot("02-arabic-journey");
        });
    }

    @Test
    void thePortuguesePlansCanvas() throws Exception {
        PlanFileModelSource portuguese = TestPlans.open(SamplePlans.NEEDS_WORK, folder);
        // the draft has no canvas yet: the consultant's first notes, in Portuguese
        portuguese.exclusive(() -> {
            org.tactician.model.TacticianFactory make = org.tactician.model.TacticianFactory.eINSTANCE;
            org.tactician.model.BusinessModelCanvas bmc = make.createBusinessModelCanvas();
            String[][] notes = {{"KEY_PARTNERS", "Produtores de caf\u00e9 verde em com\u00e9rcio direto"},
                    {"VALUE_PROPOSITIONS", "Caf\u00e9 torrado no dia, \u00e0 porta de casa"},
                    {"CHANNELS", "Loja online e assinaturas"}, {"CUSTOMER_SEGMENTS", "Quem trabalha em casa no Porto"},
                    {"REVENUE_STREAMS", "Assinaturas mensais de caf\u00e9 de especialidade"}};
            for (String[] note : notes) {
                CanvasItem item = make.createCanvasItem();
                item.setId("bmc-" + note[0].toLowerCase(Locale.ROOT));
                item.setName(note[1]);
                item.setBlock(org.tactician.model.CanvasBlock.valueOf(note[0]));
                bmc.getItems().add(item);
            }
            portuguese.plan().getStrategy().setBusinessModelCanvas(bmc);
            return null;
        });
        inWorkbenchLanguage("pt-PT", () -> {
            DiagramServer.Page canvas = server.open(portuguese, DiagramServer.CANVAS);
            chromium.open(canvas.uri().toString(), CanvasBrowserTest.READY);
            assertNamesDrawnWhole(portuguese.exclusive(() -> List.copyOf(portuguese.plan().getStrategy().getBusinessModelCanvas().getItems())));
            assertEquals("Parcerias-chave", drawn("block:KEY_PARTNERS:title"), "the blocks in the workbench's Portuguese");
            assertEquals("[]", chromium.errors());
            shot("03-portuguese-canvas");
        });
    }

    @Test
    void thePortuguesePlansJourney() throws Exception {
        PlanFileModelSource portuguese = TestPlans.open(SamplePlans.NEEDS_WORK, folder);
        inWorkbenchLanguage("pt-PT", () -> {
            DiagramServer.Page journey = server.open(portuguese, DiagramServer.JOURNEY);
            chromium.open(journey.uri().toString(), JourneyBrowserTest.READY);
            showWhole(portuguese.exclusive(() -> portuguese.plan().getJourneys().get(0).getStages().stream()
                    .flatMap(st -> st.getTouchpoints().stream()).toList()));
            String discover = portuguese.exclusive(() -> portuguese.plan().getJourneys().get(0).getStages().stream()
                    .filter(st -> st.getRaceStage() == org.tactician.model.RaceStage.REACH).findFirst().orElseThrow().getId());
            assertEquals("ALCAN\u00c7AR", chromium.eval("document.querySelector('#sprotty [id=\"sprotty_" + discover
                    + "\"] .journey-race').textContent").getAsString(), "the column's RACE stage in the workbench's Portuguese");
            assertNamesDrawnWhole(portuguese.exclusive(() -> portuguese.plan().getJourneys().get(0).getStages().stream()
                    .flatMap(s -> s.getTouchpoints().stream()).toList()));
            assertEquals("Reorganizar", chromium.eval("document.getElementById('tool-layout-again').textContent").getAsString());
            assertEquals("[]", chromium.errors());
            shot("04-portuguese-journey");
        });
    }
}

package org.tactician.diagrams.tows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.diagrams.PlanFileModelSource;
import org.tactician.diagrams.TestPlans;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.diagrams.internal.PlanMarkers;
import org.tactician.layout.Bounds;
import org.tactician.layout.DiagramLayout;
import org.tactician.model.KeyIssue;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.validation.RuleRegistry;

/** Every TOWS operation handler against the sample plan's EMF model, with undo. */
class TowsHandlersTest {

    @TempDir
    Path folder;

    private PlanFileModelSource source;
    private PlanDiagram diagram;
    private DiagramLayout layout;

    @BeforeEach
    void open() throws Exception {
        source = TestPlans.furniture(folder);
        layout = new DiagramLayout();
        diagram = PlanDiagram.of(source, layout, TowsTypes.DIAGRAM_TYPE);
    }

    private SwotAnalysis swot() {
        return TowsModel.swot(source.plan());
    }

    private SwotItem item(String id) {
        return (SwotItem) TowsModel.card(source.plan(), id).orElseThrow();
    }

    private TowsStrategy strategy(String id) {
        return (TowsStrategy) TowsModel.card(source.plan(), id).orElseThrow();
    }

    private <H extends org.tactician.diagrams.internal.PlanOperationHandler<?>> H handler(H handler) {
        handler.on(diagram);
        return handler;
    }

    private CommandStack stack() {
        return source.editingDomain().getCommandStack();
    }

    private void run(Optional<Command> command) {
        assertTrue(command.isPresent(), "the handler makes a command");
        assertTrue(command.get().canExecute(), "the command can execute");
        stack().execute(command.get());
    }

    private static GPoint point(double x, double y) {
        return GraphUtil.point(x, y);
    }

    private static ChangeBoundsOperation move(String id, double x, double y, Double width, Double height) {
        ElementAndBounds bounds = new ElementAndBounds();
        bounds.setElementId(id);
        bounds.setNewPosition(point(x, y));
        if (width != null) {
            GDimension size = GraphFactory.eINSTANCE.createGDimension();
            size.setWidth(width);
            size.setHeight(height);
            bounds.setNewSize(size);
        }
        return new ChangeBoundsOperation(List.of(bounds));
    }

    @Test
    void createsAStrengthWhereTheUserClickedAndUndoes() {
        int before = swot().getItems().size();
        // The strengths cell starts at x 250 (after the 250-wide side column), y 0.
        run(handler(new CreateCardHandler()).createCommand(
                new CreateNodeOperation(TowsTypes.NEW_PREFIX + "S", point(250 + 100, 110))));

        assertEquals(before + 1, swot().getItems().size());
        SwotItem created = swot().getItems().get(before);
        assertEquals(SwotCategory.STRENGTH, created.getCategory());
        assertEquals("New strength", created.getName());
        assertNotNull(created.getId());
        Bounds placed = layout.get("tows", created.getId()).orElseThrow();
        assertEquals(100, placed.x());
        assertEquals(110, placed.y());
        assertTrue(source.isDirty());

        stack().undo();
        assertEquals(before, swot().getItems().size());
        assertTrue(layout.get("tows", created.getId()).isEmpty(), "the placement is undone too");
        assertFalse(source.isDirty());
        stack().redo();
        assertEquals(created, swot().getItems().get(before));
    }

    @Test
    void createsAStrategyInItsCellWhereverTheClickWas() {
        int before = swot().getStrategies().size();
        run(handler(new CreateCardHandler()).createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "WT", point(5, 5))));
        TowsStrategy created = swot().getStrategies().get(before);
        assertEquals(TowsCategory.WT, created.getCategory());
        assertEquals("New WT strategy", created.getName());
        assertTrue(layout.get("tows", created.getId()).isEmpty(), "the click was outside WT: default place");
        assertTrue(handler(new CreateCardHandler()).createCommand(new CreateNodeOperation("tows:new-XX", point(5, 5)))
                .isEmpty());
    }

    @Test
    void newCardsAreNamedInThePlansLanguageWhateverTheWorkbenchSpeaks() throws Exception {
        java.util.Locale workbench = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            source.exclusive(() -> {
                source.plan().setLanguage("pt-BR");
                return null;
            });
            CreateCardHandler create = handler(new CreateCardHandler());
            run(create.createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "W")));
            run(create.createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "ST")));
            assertEquals("Nova fraqueza", swot().getItems().get(swot().getItems().size() - 1).getName());
            assertEquals("Nova estrat\u00e9gia FA", swot().getStrategies().get(swot().getStrategies().size() - 1).getName(),
                    "with the Portuguese code of the cell");
            assertEquals("Create card", create.getLabel(), "the workbench's words stay English");

            source.exclusive(() -> {
                source.plan().setLanguage("ru");
                return null;
            });
            run(create.createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "T")));
            assertEquals("\u041d\u043e\u0432\u0430\u044f \u0443\u0433\u0440\u043e\u0437\u0430",
                    swot().getItems().get(swot().getItems().size() - 1).getName());
            source.exclusive(() -> {
                source.plan().setLanguage("de");
                return null;
            });
            run(create.createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "O")));
            assertEquals("New opportunity", swot().getItems().get(swot().getItems().size() - 1).getName(),
                    "a language without words: English");
        } finally {
            java.util.Locale.setDefault(workbench);
        }
    }

    @Test
    void createsTheSwotAnalysisAPlanLacks() throws Exception {
        MarketingPlan plan = source.plan();
        run(Optional.of(org.eclipse.emf.edit.command.SetCommand.create(source.editingDomain(), plan,
                org.tactician.model.TacticianPackage.Literals.MARKETING_PLAN__OPPORTUNITY, null)));
        assertNull(TowsModel.swot(plan));
        run(handler(new CreateCardHandler()).createCommand(new CreateNodeOperation(TowsTypes.NEW_PREFIX + "O")));
        assertEquals(1, TowsModel.swot(plan).getItems().size());
        assertEquals(SwotCategory.OPPORTUNITY, TowsModel.swot(plan).getItems().get(0).getCategory());
        stack().undo();
        assertNull(plan.getOpportunity(), "the new opportunity section goes with the undo");
    }

    @Test
    void linksAStrategyToAFactorFromEitherEndOnce() {
        TowsStrategy consent = strategy("tows-wt-consent");
        SwotItem range = item("sw-s-range");
        LinkFactorHandler link = handler(new LinkFactorHandler());
        run(link.createCommand(new CreateEdgeOperation(TowsTypes.LINK, "tows-wt-consent", "sw-s-range")));
        assertTrue(consent.getSwotItems().contains(range));
        assertTrue(link.createCommand(new CreateEdgeOperation(TowsTypes.LINK, "sw-s-range", "tows-wt-consent")).isEmpty(),
                "already linked");
        stack().undo();
        assertFalse(consent.getSwotItems().contains(range));

        run(link.createCommand(new CreateEdgeOperation(TowsTypes.LINK, "sw-o-baltics", "tows-st-club")));
        assertTrue(strategy("tows-st-club").getSwotItems().contains(item("sw-o-baltics")));
        assertTrue(link.createCommand(new CreateEdgeOperation(TowsTypes.LINK, "tows-st-club", "tows-wt-consent")).isEmpty(),
                "two strategies do not link");
        assertTrue(link.createCommand(new CreateEdgeOperation(TowsTypes.LINK, "sw-s-range", "sw-o-south")).isEmpty(),
                "two factors do not link");
    }

    @Test
    void movesACardInsideItsCell() {
        run(handler(new MoveCardHandler()).createCommand(move("sw-s-range", 230, 120, null, null)));
        assertEquals(SwotCategory.STRENGTH, item("sw-s-range").getCategory());
        Bounds moved = layout.get("tows", "sw-s-range").orElseThrow();
        assertEquals(230, moved.x());
        assertEquals(120, moved.y());
        stack().undo();
        assertTrue(layout.get("tows", "sw-s-range").isEmpty());
    }

    @Test
    void draggingAStrengthIntoTheWeaknessesMakesItAWeakness() {
        // Relative to the strengths cell (x 250): the weaknesses cell begins 470 to the right.
        run(handler(new MoveCardHandler()).createCommand(move("sw-s-range", 470 + 40, 60, null, null)));
        assertEquals(SwotCategory.WEAKNESS, item("sw-s-range").getCategory());
        Bounds moved = layout.get("tows", "sw-s-range").orElseThrow();
        assertEquals(40, moved.x(), "placed relative to the weaknesses cell");
        assertEquals(60, moved.y());
        stack().undo();
        assertEquals(SwotCategory.STRENGTH, item("sw-s-range").getCategory());
        assertTrue(layout.get("tows", "sw-s-range").isEmpty());
    }

    @Test
    void anArabicPlansMatrixIsMirroredAsItsDocumentsDrawIt() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(org.tactician.samples.SamplePlans.ARABIC, folder);
        SwotAnalysis swot = TowsModel.swot(arabic.plan());
        TowsArrangement arrangement = TowsArrangement.of(swot, new DiagramLayout());
        int whole = TowsArrangement.SIDE_WIDTH + 2 * TowsArrangement.CELL_WIDTH;
        // the side column (opportunities, threats) at the right, strengths next to it, weaknesses at the left
        assertEquals(whole, arrangement.cell(TowsCell.O).x() + TowsArrangement.SIDE_WIDTH);
        assertEquals(arrangement.cell(TowsCell.O).x(), arrangement.cell(TowsCell.T).x());
        assertTrue(arrangement.cell(TowsCell.S).x() > arrangement.cell(TowsCell.W).x());
        assertEquals(0, arrangement.cell(TowsCell.W).x());
        assertEquals(arrangement.cell(TowsCell.S).x(), arrangement.cell(TowsCell.SO).x());
        assertEquals(arrangement.cell(TowsCell.W).x(), arrangement.cell(TowsCell.WT).x());
        // the rows as they are: the internal lists on top, threats at the bottom
        assertTrue(arrangement.cell(TowsCell.S).y() < arrangement.cell(TowsCell.O).y());
        assertTrue(arrangement.cell(TowsCell.O).y() < arrangement.cell(TowsCell.T).y());
        GGraph graph = TowsModelFactory.build(swot, new DiagramLayout());
        GNode corner = (GNode) graph.getChildren().stream().filter(c -> "cell:corner".equals(c.getId())).findFirst().orElseThrow();
        assertEquals(whole - TowsArrangement.SIDE_WIDTH, corner.getPosition().getX(), 0.01, "the corner over the side column");
        assertEquals(Boolean.TRUE, graph.getArgs().get("rightToLeft"));
        // a factor's code at its right (the page draws the pill there): its name starts at the card's left padding
        SwotItem factor = swot.getItems().get(0);
        org.eclipse.glsp.graph.GModelElement card = graph.getChildren().stream().flatMap(c -> c.getChildren().stream())
                .filter(c -> factor.getId().equals(c.getId())).findFirst().orElseThrow();
        GLabel name = (GLabel) card.getChildren().stream().filter(c -> c.getId().equals(TowsTypes.nameId(factor.getId())))
                .findFirst().orElseThrow();
        assertEquals(TowsArrangement.CARD_TEXT_PADDING, name.getPosition().getX(), 0.01);
        assertTrue(name.getPosition().getX() + name.getSize().getWidth()
                <= ((GNode) card).getSize().getWidth() - TowsArrangement.FACTOR_CODE_WIDTH, "room for the code at the right");
    }

    @Test
    void aLeftToRightPlansMatrixIsAsBefore() {
        TowsArrangement arrangement = TowsArrangement.of(swot(), layout);
        assertEquals(TowsArrangement.SIDE_WIDTH, arrangement.cell(TowsCell.S).x());
        assertEquals(TowsArrangement.SIDE_WIDTH + TowsArrangement.CELL_WIDTH, arrangement.cell(TowsCell.W).x());
        assertEquals(0, arrangement.cell(TowsCell.O).x());
        assertFalse(TowsModelFactory.build(swot(), layout).getArgs().containsKey("rightToLeft"));
    }

    @Test
    void aCardPlacedRightToLeftKeepsItsPlaceFromTheCellsStartWhenTheLanguageChanges() {
        source.exclusive(() -> {
            source.plan().setLanguage("ar");
            return null;
        });
        TowsArrangement rtl = TowsArrangement.of(swot(), layout);
        int width = rtl.card("sw-s-range").bounds().width();
        // dropped 40 px from the strengths cell's left edge, which is its far edge right to left
        run(handler(new MoveCardHandler()).createCommand(move("sw-s-range", 40, 60, null, null)));
        assertEquals(40, TowsArrangement.of(swot(), layout).card("sw-s-range").bounds().x(), "where it was dropped");
        assertEquals(TowsArrangement.CELL_WIDTH - 40 - width, layout.get("tows", "sw-s-range").orElseThrow().x(),
                "stored from the cell's start (its right edge)");
        source.exclusive(() -> {
            source.plan().setLanguage("en");
            return null;
        });
        TowsArrangement.CardBox ltr = TowsArrangement.of(swot(), layout).card("sw-s-range");
        assertEquals(TowsArrangement.CELL_WIDTH - 40, ltr.bounds().x() + ltr.bounds().width(), "40 px from the far edge again");
        assertEquals(60, ltr.bounds().y());
    }

    @Test
    void aFactorDroppedOnAStrategyCellStaysWhatItWas() {
        // Straight down from the strengths into the SO cell below them.
        double below = TowsArrangement.of(swot(), layout).cell(TowsCell.SO).y() + 30;
        run(handler(new MoveCardHandler()).createCommand(move("sw-s-range", 40, below, null, null)));
        assertEquals(SwotCategory.STRENGTH, item("sw-s-range").getCategory());
        assertEquals(40, layout.get("tows", "sw-s-range").orElseThrow().x());
    }

    @Test
    void draggingAStrategyIntoAnotherCellChangesItsKind() {
        TowsArrangement arrangement = TowsArrangement.of(swot(), layout);
        TowsArrangement.CellBox so = arrangement.cell(TowsCell.SO);
        TowsArrangement.CellBox wt = arrangement.cell(TowsCell.WT);
        run(handler(new MoveCardHandler()).createCommand(
                move("tows-so-south", wt.x() - so.x() + 20, wt.y() - so.y() + 60, null, null)));
        assertEquals(TowsCategory.WT, strategy("tows-so-south").getCategory());
        assertEquals("Move strategy 'Open Italy and Portugal with the solid-wood range' to WT strategies",
                stack().getUndoCommand().getLabel());
    }

    @Test
    void resizesACardButNotBelowItsText() {
        run(handler(new MoveCardHandler()).createCommand(move("tows-so-pinterest", 12, 60, 300.0, 5.0)));
        Bounds resized = layout.get("tows", "tows-so-pinterest").orElseThrow();
        assertEquals(300, resized.width());
        assertTrue(resized.height() > 40, "the name and the badges still fit: " + resized.height());
    }

    @Test
    void deletingAFactorUnlinksItEverywhereAndNamesTheStrategiesThatLoseSupport() {
        SwotItem data = item("sw-w-data");
        KeyIssue measurement = swot().getKeyIssues().stream().filter(k -> k.getId().equals("ki-measurement")).findFirst()
                .orElseThrow();
        assertEquals("Strategies that lose support: 'Measure with the partner's conversion data', 'Consent-first measurement'",
                DeleteCardHandler.strategiesLosingSupport(java.util.Set.of(data)));
        DeleteCardHandler delete = handler(new DeleteCardHandler());
        delete.actionDispatcher = new RecordingDispatcher();
        run(delete.createCommand(new DeleteOperation(List.of("sw-w-data"))));

        assertFalse(swot().getItems().contains(data));
        assertFalse(strategy("tows-wo-measurement").getSwotItems().contains(data));
        assertFalse(strategy("tows-wt-consent").getSwotItems().contains(data));
        assertFalse(measurement.getSwotItems().contains(data));
        assertEquals(1, ((RecordingDispatcher) delete.actionDispatcher).afterUpdate.size(), "the warning is shown");

        stack().undo();
        assertTrue(swot().getItems().contains(data));
        assertTrue(strategy("tows-wt-consent").getSwotItems().contains(data));
        assertTrue(measurement.getSwotItems().contains(data));
    }

    @Test
    void deletingABadgeUnlinksOnly() {
        SwotItem visual = item("sw-o-visual-discovery");
        DeleteCardHandler delete = handler(new DeleteCardHandler());
        delete.actionDispatcher = new RecordingDispatcher();
        run(delete.createCommand(new DeleteOperation(List.of("link:tows-so-pinterest:sw-o-visual-discovery"))));
        assertFalse(strategy("tows-so-pinterest").getSwotItems().contains(visual));
        assertTrue(swot().getItems().contains(visual));
        assertEquals(List.of(item("sw-s-imagery"), item("sw-o-pinterest-partnership")),
                strategy("tows-so-pinterest").getSwotItems());
        assertTrue(delete.createCommand(new DeleteOperation(List.of("cell:S", "nonsense"))).isEmpty());
    }

    @Test
    void renamesInPlaceInAnyScript() {
        RenameCardHandler rename = handler(new RenameCardHandler());
        run(rename.createCommand(new ApplyLabelEditOperation("sw-s-range:name", "  Массив дуба — gỗ sồi — خشب البلوط ")));
        assertEquals("Массив дуба — gỗ sồi — خشب البلوط", item("sw-s-range").getName());
        assertTrue(rename.createCommand(new ApplyLabelEditOperation("sw-s-range:name", "   ")).isEmpty());
        assertTrue(rename.createCommand(new ApplyLabelEditOperation("cell:S:title", "x")).isEmpty());
        stack().undo();
        assertEquals("Own-design solid-wood range", item("sw-s-range").getName());

        org.tactician.diagrams.internal.NameValidator validator = new org.tactician.diagrams.internal.NameValidator();
        assertEquals(org.eclipse.glsp.server.types.Severity.ERROR, validator.validate(" ", null).getSeverity());
        assertEquals(org.eclipse.glsp.server.types.Severity.OK, validator.validate("Fast delivery", null).getSeverity());
    }

    @Test
    void validationMarksTheStrategyLeftWithoutAWeakness() {
        DeleteCardHandler delete = handler(new DeleteCardHandler());
        delete.actionDispatcher = new RecordingDispatcher();
        DefaultGModelState state = new DefaultGModelState();
        state.updateRoot(TowsModelFactory.build(swot(), layout));
        assertTrue(markersOn(PlanMarkers.markers(diagram, state), "tows-wt-consent").isEmpty(), "clean sample");

        run(delete.createCommand(new DeleteOperation(List.of("sw-w-data"))));
        state.updateRoot(TowsModelFactory.build(swot(), layout));
        List<Marker> consent = markersOn(PlanMarkers.markers(diagram, state), "tows-wt-consent");
        assertEquals(List.of(RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING.id()), consent.stream().map(Marker::getLabel).toList());
        assertEquals("error", consent.get(0).getType());
        assertTrue(consent.get(0).getDescription().contains("weakness"), consent.get(0).getDescription());
    }

    @Test
    void aPortugueseWorkbenchNamesTheEditsAndWordsTheFindingsInPortuguese() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-PT"));
            TowsArrangement arrangement = TowsArrangement.of(swot(), layout);
            TowsArrangement.CellBox so = arrangement.cell(TowsCell.SO);
            TowsArrangement.CellBox wt = arrangement.cell(TowsCell.WT);
            run(handler(new MoveCardHandler()).createCommand(
                    move("tows-so-south", wt.x() - so.x() + 20, wt.y() - so.y() + 60, null, null)));
            assertEquals("Mover estrat\u00e9gia 'Open Italy and Portugal with the solid-wood range' para Estrat\u00e9gias FrA",
                    stack().getUndoCommand().getLabel());

            DeleteCardHandler delete = handler(new DeleteCardHandler());
            delete.actionDispatcher = new RecordingDispatcher();
            run(delete.createCommand(new DeleteOperation(List.of("sw-w-data"))));
            assertTrue(stack().getUndoCommand().getLabel().startsWith("Eliminar "), stack().getUndoCommand().getLabel());
            DefaultGModelState state = new DefaultGModelState();
            state.updateRoot(TowsModelFactory.build(swot(), layout));
            List<Marker> consent = markersOn(PlanMarkers.markers(diagram, state), "tows-wt-consent");
            assertEquals(1, consent.size(), consent.toString());
            String said = consent.get(0).getDescription();
            assertTrue(said.contains("n\u00e3o combina nenhum elemento do tipo"), said);
            assertTrue(said.endsWith(" [" + RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING.id() + "]"), said);
            assertFalse(said.contains("combines no"), said);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static List<Marker> markersOn(List<Marker> markers, String id) {
        return markers.stream().filter(m -> m.getElementId().equals(id)).toList();
    }

    /** Keeps what a handler asks to show after the next update. */
    static final class RecordingDispatcher implements org.eclipse.glsp.server.actions.ActionDispatcher {
        final List<org.eclipse.glsp.server.actions.Action> afterUpdate = new java.util.ArrayList<>();

        @Override
        public java.util.concurrent.CompletableFuture<Void> dispatch(org.eclipse.glsp.server.actions.Action action) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public void dispatchAfterNextUpdate(org.eclipse.glsp.server.actions.Action... actions) {
            afterUpdate.addAll(List.of(actions));
        }

        @Override
        public void dispose() {
        }

        @Override
        public boolean isDisposed() {
            return false;
        }

    }
}

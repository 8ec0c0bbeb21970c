package org.tactician.layout.journey.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.SplineRoutingMode;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Direction;
import org.tactician.layout.journey.JourneyDrawing.Lane;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyDrawing.Rect;
import org.tactician.layout.journey.JourneyDrawing.Route;
import org.tactician.layout.journey.JourneyLayout.Density;
import org.tactician.layout.journey.JourneyLayout.Options;
import org.tactician.layout.journey.JourneyLayout.Routing;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.Touchpoint;

/**
 * The journey as an ELK graph: a compound node per stage, in a row (one partition each, so
 * stages stay columns in journey order and loops run back), the stage's touchpoints inside it,
 * an edge per flow with its label as an edge label (ELK keeps labels off the boxes); the whole
 * hierarchy is laid out at once. (One flat graph with a partition per stage would make ELK join
 * every box of a stage to every box of the next one: slow, and in no stable order.) When touchpoints are pinned, a second
 * run orders each layer's boxes by the first run's heights and the pinned boxes' wished ones. In
 * persona lanes, a first run orders each layer lane by lane and a second puts every box in its
 * lane ({@link #inLanes}).
 */
public final class ElkJourney {

    /** Height of the column headers above the boxes. */
    public static final double HEADER = 48;

    /** The sizes and gaps of one density. */
    record Spacing(double header, double margin, double node, double layer, double edgeNode, double edgeNodeLayers,
            double edgeEdge, double stageGap, double emptyStageWidth) {
    }

    static final Spacing SCREEN = new Spacing(HEADER, 24, 28, 64, 14, 18, 9, 40, 140);
    /** Print: no header inside the columns (the figure has its row of them), everything tighter. */
    static final Spacing PRINT = new Spacing(0, 8, 12, 26, 7, 9, 5, 14, 90);
    /** Free room under a lane's lowest boxes, for the flows that run along it. */
    static final double LANE_FOOT = 20;
    /** How often the lanes are given more room before the drawing is taken as it is. */
    static final int LANE_ATTEMPTS = 6;

    /** Who is told of each layout made (the tests count layouts per run with it). */
    private static final List<BiConsumer<CustomerJourney, Options>> WATCHERS = new CopyOnWriteArrayList<>();

    /** A watch on the layouts made, until closed. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Tells {@code watcher} of every layout made from now on, in any thread, until the returned
     * watch is closed: the journey and the options it is laid out with.
     */
    public static Watch watch(BiConsumer<CustomerJourney, Options> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    static {
        // registers how ELK copies its option values (padding, margins...) and the layered options
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final CustomerJourney journey;
    private final Options options;
    private final List<JourneyStage> stages;
    private final Map<Touchpoint, Integer> stageOf = new IdentityHashMap<>();
    /** The lanes' personas (a {@code null} entry: no persona), when the journey is drawn in lanes. */
    private final List<Persona> lanes = new ArrayList<>();
    private final Map<Touchpoint, Integer> laneOf = new IdentityHashMap<>();
    private final Spacing spacing;
    private final boolean print;
    /** How often ELK ran for this layout (the benchmark and the tests read it). */
    private int runs;

    public ElkJourney(CustomerJourney journey, Options options) {
        this.journey = journey;
        this.options = options;
        this.print = options.density() == Density.PRINT;
        this.spacing = print ? PRINT : SCREEN;
        this.stages = List.copyOf(journey.getStages());
        for (int i = 0; i < stages.size(); i++) {
            for (Touchpoint touchpoint : stages.get(i).getTouchpoints()) {
                stageOf.put(touchpoint, i);
            }
        }
        if (options.swimlanes()) {
            assignLanes();
        }
    }

    /**
     * One lane per persona that a touchpoint here serves first — in the journey's order of
     * personas, then the others as met — and a last one for touchpoints without a persona.
     */
    private void assignLanes() {
        Map<Persona, Integer> used = new LinkedHashMap<>();
        boolean unassigned = false;
        for (JourneyStage stage : stages) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                if (touchpoint.getPersonas().isEmpty()) {
                    unassigned = true;
                } else {
                    used.putIfAbsent(touchpoint.getPersonas().get(0), used.size());
                }
            }
        }
        for (Persona persona : journey.getPersonas()) {
            if (used.containsKey(persona)) {
                lanes.add(persona);
            }
        }
        used.keySet().stream().filter(p -> !lanes.contains(p)).forEach(lanes::add);
        if (unassigned) {
            lanes.add(null);
        }
        stageOf.keySet().forEach(t -> laneOf.put(t, lanes.indexOf(t.getPersonas().isEmpty() ? null : t.getPersonas().get(0))));
    }

    public JourneyDrawing layout() {
        WATCHERS.forEach(watcher -> watcher.accept(journey, options));
        Graph first = build();
        if (!lanes.isEmpty()) {
            // the lanes' settings from the start: the stages then sit where the lanes' run puts them
            interactive(first);
            // each layer's boxes lane by lane, inside a lane in the order of the boxes they come
            // from: the order every later run keeps
            Map<Touchpoint, Double> order = laneOrder();
            for (Map.Entry<Touchpoint, ElkNode> entry : first.nodes.entrySet()) {
                entry.getValue().setProperty(CoreOptions.POSITION,
                        new KVector(0, laneOf.get(entry.getKey()) * 2.0 + order.get(entry.getKey())));
            }
            run(first.root);
            return inLanes(first);
        }
        run(first.root);
        Graph drawn = first;
        if (!options.pinned().isEmpty()) {
            drawn = pinnedOrder(first, false);
        }
        if (floating(drawn)) {
            drawn = options.pinned().isEmpty() ? topAligned(build(), first) : pinnedOrder(first, true);
        }
        return drawing(drawn);
    }

    /**
     * Second run: every box of a layer keeps the order of the first run's heights, except the
     * pinned ones, which take their wished heights (ELK's semi-interactive crossing minimisation).
     */
    private Graph pinnedOrder(Graph first, boolean stagesOnTop) {
        Graph second = build();
        second.stageNodes.forEach(stage -> stage.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true));
        first.nodes.forEach((touchpoint, node) -> {
            Point pin = touchpoint.getId() == null ? null : options.pinned().get(touchpoint.getId());
            ElkNode stage = node.getParent();
            double y = pin != null ? pin.y() - stage.getY() : node.getY();
            second.nodes.get(touchpoint).setProperty(CoreOptions.POSITION, new KVector(node.getX(), y));
        });
        return stagesOnTop ? topAligned(second, first) : run(second);
    }

    /**
     * Whether ELK left a stage hanging low in its column: it lines a stage up with a flow that
     * passes its neighbour's stage below the boxes (a flow that skips a stage, say), so a stage
     * with a single box can end at the bottom of the drawing with its column empty above it.
     */
    private boolean floating(Graph graph) {
        double allowed = spacing.margin() + spacing.node();
        return graph.stageNodes.stream().anyMatch(stage -> !stage.getChildren().isEmpty() && stage.getY() > allowed);
    }

    /**
     * Runs {@code graph} with every stage wished at the top of the drawing (interactive placement
     * of the stages, ELK's own inside them): a stage is put lower only where flows run above it.
     */
    private Graph topAligned(Graph graph, Graph first) {
        graph.root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
        for (int s = 0; s < stages.size(); s++) {
            graph.stageNodes.get(s).setLocation(first.stageNodes.get(s).getX(), 0);
        }
        return run(graph);
    }

    /**
     * Each touchpoint's place in its lane, from 0 (top) to below 1: stage by stage, the mean
     * place of the touchpoints of earlier stages whose flows lead to it (the journey's order for
     * those without), so flows from one lane's boxes cross each other less.
     */
    private Map<Touchpoint, Double> laneOrder() {
        Map<Touchpoint, List<Touchpoint>> sources = new IdentityHashMap<>();
        for (JourneyFlow flow : journey.getFlows()) {
            Integer from = stageOf.get(flow.getSource());
            Integer to = stageOf.get(flow.getTarget());
            if (from != null && to != null && from < to) {
                sources.computeIfAbsent(flow.getTarget(), k -> new ArrayList<>()).add(flow.getSource());
            }
        }
        Map<Touchpoint, Double> place = new IdentityHashMap<>();
        for (JourneyStage stage : stages) {
            Map<Integer, List<Touchpoint>> byLane = new java.util.TreeMap<>();
            stage.getTouchpoints().forEach(t -> byLane.computeIfAbsent(laneOf.get(t), k -> new ArrayList<>()).add(t));
            for (List<Touchpoint> inLane : byLane.values()) {
                Map<Touchpoint, Double> key = new IdentityHashMap<>();
                for (int i = 0; i < inLane.size(); i++) {
                    Touchpoint touchpoint = inLane.get(i);
                    double own = (double) i / inLane.size();
                    List<Touchpoint> from = sources.getOrDefault(touchpoint, List.of());
                    key.put(touchpoint, from.isEmpty() ? own
                            : from.stream().mapToDouble(place::get).average().orElse(own) + own * 1e-6);
                }
                List<Touchpoint> sorted = new ArrayList<>(inLane);
                sorted.sort(java.util.Comparator.comparingDouble(key::get));
                for (int i = 0; i < sorted.size(); i++) {
                    place.put(sorted.get(i), (double) i / sorted.size());
                }
            }
        }
        return place;
    }

    /**
     * Where each lane goes (from the drawing's top) and where each box is wished (in its stage's
     * coordinates, the stage at {@code stageTops}): every lane as tall as its tallest stack of
     * boxes in one layer of one stage, the boxes of a layer stacked in their lane in the first
     * run's order (or the pinned one).
     */
    private record LanePlan(double[] tops, double[] heights, double[] stageTops, Map<Touchpoint, Double> wished) {
    }

    private LanePlan plan(Graph first, double[] slack, double[] stageTops) {
        Map<Touchpoint, Double> gaps = gaps(first, layers(first));
        double[] need = new double[lanes.size()];
        // per stage, layer (the first run's x) and lane: the boxes in their top-to-bottom order
        Map<String, List<Touchpoint>> stacks = new java.util.TreeMap<>();
        Map<Touchpoint, Integer> layerOf = layers(first);
        first.nodes.forEach((touchpoint, node) -> stacks.computeIfAbsent(String.format(java.util.Locale.ROOT, "%04d/%04d/%04d",
                stageOf.get(touchpoint), layerOf.get(touchpoint), laneOf.get(touchpoint)), k -> new ArrayList<>()).add(touchpoint));
        for (List<Touchpoint> stack : stacks.values()) {
            stack.sort(java.util.Comparator.comparingDouble(t -> first.nodes.get(t).getY()));
            double height = 0;
            for (int i = 0; i < stack.size(); i++) {
                height += above(stack, i, gaps) + first.nodes.get(stack.get(i)).getHeight();
            }
            int lane = laneOf.get(stack.get(0));
            need[lane] = Math.max(need[lane], height);
        }
        double[] tops = new double[lanes.size()];
        double[] heights = new double[lanes.size()];
        // under the lowest stage's header: ELK puts a stage lower when flows pass above it
        double top = java.util.Arrays.stream(stageTops).max().orElse(0) + spacing.header() + 4;
        for (int lane = 0; lane < lanes.size(); lane++) {
            tops[lane] = top;
            heights[lane] = Lane.HEADER + need[lane] + LANE_FOOT + slack[lane];
            top += heights[lane];
        }
        Map<Touchpoint, Double> wished = stack(stacks.values(), first, gaps, tops, stageTops);
        if (!options.pinned().isEmpty()) {
            // a pinned box goes where it was dropped among the others of its stack (as they would be)
            Map<Touchpoint, Double> unpinned = wished;
            java.util.function.ToDoubleFunction<Touchpoint> drawnAt = t -> {
                Point pin = t.getId() == null ? null : options.pinned().get(t.getId());
                return pin != null ? pin.y() : unpinned.get(t) + stageTops[stageOf.get(t)];
            };
            stacks.values().forEach(stack -> stack.sort(java.util.Comparator.comparingDouble(drawnAt)));
            wished = stack(stacks.values(), first, gaps, tops, stageTops);
        }
        return new LanePlan(tops, heights, stageTops.clone(), wished);
    }

    /**
     * Each box's layer in its stage, counted from the left: the boxes whose spans across overlap
     * (ELK centres the boxes of a layer, and printed boxes differ in width).
     */
    private Map<Touchpoint, Integer> layers(Graph first) {
        Map<Touchpoint, Integer> layerOf = new IdentityHashMap<>();
        Map<Integer, List<Touchpoint>> byStage = new java.util.TreeMap<>();
        first.nodes.keySet().forEach(t -> byStage.computeIfAbsent(stageOf.get(t), k -> new ArrayList<>()).add(t));
        for (List<Touchpoint> inStage : byStage.values()) {
            inStage.sort(java.util.Comparator.comparingDouble(t -> first.nodes.get(t).getX()));
            int layer = -1;
            double right = Double.NEGATIVE_INFINITY;
            for (Touchpoint touchpoint : inStage) {
                ElkNode node = first.nodes.get(touchpoint);
                if (node.getX() >= right) {
                    layer++;
                }
                right = Math.max(right, node.getX() + node.getWidth());
                layerOf.put(touchpoint, layer);
            }
        }
        return layerOf;
    }

    /**
     * The room above each box in the first run, which stacked every layer from its top with the
     * lanes' order: from the box above it in its layer (none: absent). More than the spacing of
     * boxes where flows pass between the two: the lanes' run will need that room there too.
     */
    private Map<Touchpoint, Double> gaps(Graph first, Map<Touchpoint, Integer> layerOf) {
        Map<String, List<Touchpoint>> layers = new java.util.TreeMap<>();
        first.nodes.forEach((touchpoint, node) -> layers.computeIfAbsent(String.format(java.util.Locale.ROOT, "%04d/%04d",
                stageOf.get(touchpoint), layerOf.get(touchpoint)), k -> new ArrayList<>()).add(touchpoint));
        Map<Touchpoint, Double> gaps = new IdentityHashMap<>();
        Map<Integer, Double> stageTop = new java.util.HashMap<>();
        for (List<Touchpoint> layer : layers.values()) {
            layer.sort(java.util.Comparator.comparingDouble(t -> first.nodes.get(t).getY()));
            stageTop.merge(stageOf.get(layer.get(0)), first.nodes.get(layer.get(0)).getY(), Math::min);
        }
        for (List<Touchpoint> layer : layers.values()) {
            // the first box of a layer lower than the stage's highest: flows pass above it
            gaps.put(layer.get(0), first.nodes.get(layer.get(0)).getY() - stageTop.get(stageOf.get(layer.get(0))) + spacing.node());
            for (int i = 1; i < layer.size(); i++) {
                ElkNode above = first.nodes.get(layer.get(i - 1));
                gaps.put(layer.get(i), first.nodes.get(layer.get(i)).getY() - above.getY() - above.getHeight());
            }
        }
        return gaps;
    }

    /**
     * The room to keep above the {@code i}th box of a stack: under the box above it, the boxes'
     * spacing or what the first run needed there; for the first box, what the flows passing
     * above it needed beyond the lane's foot and header.
     */
    private double above(List<Touchpoint> stack, int i, Map<Touchpoint, Double> gaps) {
        double gap = gaps.getOrDefault(stack.get(i), 0.0);
        return i == 0 ? Math.max(0, gap - spacing.node() - LANE_FOOT - Lane.HEADER) : Math.max(spacing.node(), gap);
    }

    /** Each stack's boxes one under the other from the top of their lane, in their stage's coordinates. */
    private Map<Touchpoint, Double> stack(java.util.Collection<List<Touchpoint>> stacks, Graph first,
            Map<Touchpoint, Double> gaps, double[] tops, double[] stageTops) {
        Map<Touchpoint, Double> wished = new IdentityHashMap<>();
        for (List<Touchpoint> stack : stacks) {
            double y = tops[laneOf.get(stack.get(0))] + Lane.HEADER - stageTops[stageOf.get(stack.get(0))];
            for (int i = 0; i < stack.size(); i++) {
                Touchpoint touchpoint = stack.get(i);
                y += above(stack, i, gaps);
                wished.put(touchpoint, y);
                y += first.nodes.get(touchpoint).getHeight();
            }
        }
        return wished;
    }

    /**
     * The journey in persona lanes: ELK again with every box at its wished height in its lane
     * (interactive node placement, the order of each layer kept), its flows routed around the
     * boxes as always. The first run had the same settings and the same order of each layer, so
     * the stages sit where it put them and the flows between boxes need the room they needed
     * there: one more run is enough. Only where that does not hold (a pinned box changes the
     * order of its layer) and ELK put a stage elsewhere or pushed a box out of its lane is the
     * plan corrected and ELK run again.
     */
    private JourneyDrawing inLanes(Graph first) {
        double[] slack = new double[lanes.size()];
        // the lanes' runs put each stage where the first one did (its place depends on the flows
        // passing it, not on where its boxes are wished)
        double[] stageTops = first.stageNodes.stream().mapToDouble(ElkNode::getY).toArray();
        // ELK draws a stage's boxes this much lower than wished: the stage's top padding less the
        // room of the flows' entry points it stacks first in a layer
        double shift = spacing.header() + 8 - spacing.edgeNode();
        Graph graph = null;
        LanePlan plan = null;
        for (int attempt = 0; attempt < LANE_ATTEMPTS; attempt++) {
            plan = plan(first, slack, stageTops);
            graph = build();
            interactive(graph);
            for (int s = 0; s < stages.size(); s++) {
                graph.stageNodes.get(s).setLocation(first.stageNodes.get(s).getX(), 0);
            }
            for (Map.Entry<Touchpoint, ElkNode> entry : graph.nodes.entrySet()) {
                double x = first.nodes.get(entry.getKey()).getX();
                double y = plan.wished().get(entry.getKey()) - shift;
                entry.getValue().setLocation(x, y);
                entry.getValue().setProperty(CoreOptions.POSITION, new KVector(x, y));
            }
            run(graph.root);
            boolean moved = false;
            for (int s = 0; s < stages.size(); s++) {
                double y = graph.stageNodes.get(s).getY();
                moved |= Math.abs(y - stageTops[s]) > 0.5;
                stageTops[s] = y;
            }
            // a box ELK had to push down (below a flow's bend, or a stack it made taller) may
            // still fit its lane; where one does not, that lane gets the room it lacked
            double[] lacking = new double[lanes.size()];
            boolean fits = true;
            for (Map.Entry<Touchpoint, ElkNode> entry : graph.nodes.entrySet()) {
                int lane = laneOf.get(entry.getKey());
                ElkNode node = entry.getValue();
                double y = node.getY() + node.getParent().getY();
                double over = y + node.getHeight() + LANE_FOOT / 2 - (plan.tops()[lane] + plan.heights()[lane]);
                if (y < plan.tops()[lane] + Lane.HEADER - 0.5) {
                    over = Math.max(over, 1);
                }
                if (over > 0) {
                    lacking[lane] = Math.max(lacking[lane], over);
                    fits = false;
                }
            }
            if (fits) {
                break;
            }
            if (!moved) {
                for (int lane = 0; lane < lanes.size(); lane++) {
                    slack[lane] += lacking[lane];
                }
            }
        }
        return drawing(graph, plan);
    }

    /**
     * The settings of a run in lanes: every box where it is wished, in the order of its layer
     * that the wished heights give (ELK's interactive node placement and semi-interactive
     * crossing minimisation); boxes without a wished place are ordered by ELK.
     */
    private void interactive(Graph graph) {
        graph.root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
        if (options.routing() == Routing.SPLINES) {
            // the sloppy curves cut the corners of boxes placed where ELK would not have put them
            graph.root.setProperty(LayeredOptions.EDGE_ROUTING_SPLINES_MODE, SplineRoutingMode.CONSERVATIVE);
            graph.stageNodes.forEach(n -> n.setProperty(LayeredOptions.EDGE_ROUTING_SPLINES_MODE, SplineRoutingMode.CONSERVATIVE));
        }
        for (ElkNode stage : graph.stageNodes) {
            stage.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true);
            stage.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
        }
    }

    /** The ELK graph: the stages as compound nodes in a row (one partition each), the touchpoints in them. */
    private final class Graph {
        final ElkNode root = ElkGraphUtil.createGraph();
        final List<ElkNode> stageNodes = new ArrayList<>();
        final Map<Touchpoint, ElkNode> nodes = new LinkedHashMap<>();
        final Map<JourneyFlow, ElkEdge> edges = new LinkedHashMap<>();

        int stageOf(Touchpoint touchpoint) {
            return ElkJourney.this.stageOf.get(touchpoint);
        }
    }

    private void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING,
                options.routing() == Routing.SPLINES ? EdgeRouting.SPLINES : EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, spacing.node());
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing.layer());
        graph.setProperty(CoreOptions.SPACING_EDGE_NODE, spacing.edgeNode());
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing.edgeNodeLayers());
        graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, spacing.edgeEdge());
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, spacing.edgeEdge());
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, print ? 2.0 : 3.0);
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, spacing.node());
        graph.setProperty(LayeredOptions.FEEDBACK_EDGES, true);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
    }

    private Graph build() {
        Graph graph = new Graph();
        ElkNode root = graph.root;
        configure(root);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        double margin = spacing.margin();
        root.setProperty(CoreOptions.PADDING, new ElkPadding(margin / 2, margin / 2, margin / 2, margin / 2));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing.stageGap());
        for (int i = 0; i < stages.size(); i++) {
            JourneyStage stage = stages.get(i);
            ElkNode stageNode = ElkGraphUtil.createNode(root);
            configure(stageNode);
            stageNode.setProperty(CoreOptions.PARTITIONING_PARTITION, i);
            stageNode.setProperty(CoreOptions.PADDING, new ElkPadding(spacing.header() + 8, margin, margin, margin));
            stageNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            stageNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(spacing.emptyStageWidth(), spacing.header() + 60));
            graph.stageNodes.add(stageNode);
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                ElkNode node = ElkGraphUtil.createNode(stageNode);
                node.setIdentifier(touchpoint.getId());
                if (print) {
                    node.setDimensions(JourneyBoxes.printWidth(touchpoint), JourneyBoxes.printHeight(touchpoint));
                } else {
                    node.setDimensions(JourneyBoxes.BOX_WIDTH, JourneyBoxes.height(touchpoint));
                }
                graph.nodes.put(touchpoint, node);
            }
        }
        for (JourneyFlow flow : journey.getFlows()) {
            ElkNode source = graph.nodes.get(flow.getSource());
            ElkNode target = graph.nodes.get(flow.getTarget());
            if (source == null || target == null) {
                continue;
            }
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
            List<String> lines = JourneyBoxes.labelLines(flow, options.condition());
            if (print) {
                // printed, every flow has its number (the flow table under the figure has the words)
                ElkLabel label = ElkGraphUtil.createLabel(String.valueOf(graph.edges.size() + 1), edge);
                label.setDimensions(JourneyBoxes.BADGE_WIDTH, JourneyBoxes.BADGE_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            } else if (!lines.isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), edge);
                label.setDimensions(JourneyBoxes.labelWidth(lines), JourneyBoxes.labelHeight(lines));
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            graph.edges.put(flow, edge);
        }
        return graph;
    }

    private void run(ElkNode root) {
        runs++;
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    private Graph run(Graph graph) {
        run(graph.root);
        return graph;
    }

    /** How often ELK has run for this layout so far. */
    public int runs() {
        return runs;
    }

    /** Where {@code node}'s coordinate system starts, from the root's top left. */
    private static KVector origin(ElkNode node) {
        KVector origin = new KVector();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            origin.add(n.getX(), n.getY());
        }
        return origin;
    }

    private JourneyDrawing drawing(Graph graph) {
        return drawing(graph, null);
    }

    private JourneyDrawing drawing(Graph graph, LanePlan plan) {
        double width = graph.root.getWidth();
        double height = graph.root.getHeight();
        List<Lane> laneList = new ArrayList<>();
        if (plan != null) {
            for (int lane = 0; lane < lanes.size(); lane++) {
                double top = plan.tops()[lane];
                double bottom = lane == lanes.size() - 1 ? height : top + plan.heights()[lane];
                laneList.add(new Lane(lanes.get(lane), lane, new Rect(0, top, width, Math.max(0, bottom - top))));
            }
        }
        // stage columns: the stages' nodes, from the top of the drawing to its bottom, meeting halfway
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            ElkNode stage = graph.stageNodes.get(i);
            double x = i == 0 ? 0 : (graph.stageNodes.get(i - 1).getX() + graph.stageNodes.get(i - 1).getWidth() + stage.getX()) / 2;
            double end = i == stages.size() - 1 ? width
                    : (stage.getX() + stage.getWidth() + graph.stageNodes.get(i + 1).getX()) / 2;
            columns.add(new Column(stages.get(i), i, new Rect(x, 0, end - x, height)));
        }
        Map<Touchpoint, Box> boxes = new LinkedHashMap<>();
        graph.nodes.forEach((touchpoint, node) -> {
            KVector at = origin(node);
            boxes.put(touchpoint, new Box(touchpoint, graph.stageOf(touchpoint), laneOf.getOrDefault(touchpoint, -1),
                    new Rect(at.x, at.y, node.getWidth(), node.getHeight())));
        });
        List<Route> routes = new ArrayList<>();
        graph.edges.forEach((flow, edge) -> routes.add(route(flow, edge, boxes)));
        return new JourneyDrawing(journey, List.copyOf(columns), List.copyOf(laneList), List.copyOf(boxes.values()),
                List.copyOf(routes),
                width, height);
    }

    private Route route(JourneyFlow flow, ElkEdge edge, Map<Touchpoint, Box> boxes) {
        Box source = boxes.get(flow.getSource());
        Box target = boxes.get(flow.getTarget());
        KVector at = origin(edge.getContainingNode());
        List<Point> points = new ArrayList<>();
        if (!edge.getSections().isEmpty()) {
            ElkEdgeSection section = edge.getSections().get(0);
            points.add(new Point(at.x + section.getStartX(), at.y + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(at.x + bend.getX(), at.y + bend.getY()));
            }
            points.add(new Point(at.x + section.getEndX(), at.y + section.getEndY()));
        }
        Rect label = null;
        if (!edge.getLabels().isEmpty()) {
            ElkLabel l = edge.getLabels().get(0);
            label = new Rect(at.x + l.getX(), at.y + l.getY(), l.getWidth(), l.getHeight());
        }
        Direction direction = source == target ? Direction.SELF
                : target.column() > source.column() ? Direction.FORWARD
                        : target.column() == source.column() ? Direction.WITHIN_STAGE : Direction.BACK;
        boolean curved = options.routing() == Routing.SPLINES;
        return new Route(flow, source, target, direction, curved, List.copyOf(points), label);
    }

}

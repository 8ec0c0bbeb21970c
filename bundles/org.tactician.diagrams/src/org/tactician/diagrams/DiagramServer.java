package org.tactician.diagrams;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.glsp.server.di.DiagramModule;
import org.tactician.diagrams.internal.LocalDiagramServer;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.diagrams.canvas.CanvasDiagramModule;
import org.tactician.diagrams.canvas.CanvasTypes;
import org.tactician.diagrams.journey.JourneyArrangement;
import org.tactician.diagrams.journey.JourneyDiagramModule;
import org.tactician.diagrams.journey.JourneyTypes;
import org.tactician.diagrams.tows.TowsDiagramModule;
import org.tactician.diagrams.tows.TowsTypes;

/**
 * Serves Tactician's diagrams to a browser (the SWT Browser of a diagram editor, or headless
 * Chromium in tests) from inside the running application: a local server that starts with the
 * first {@link #open open} diagram and stops when the last one is closed. It listens on 127.0.0.1
 * only, on a free port, and every page has its own random token that its URL and WebSocket must
 * carry; foreign origins are refused and only the bundled client is served.
 */
public final class DiagramServer implements AutoCloseable {

    /** The TOWS matrix. */
    public static final String TOWS = TowsTypes.DIAGRAM_TYPE;

    /** The customer journey, laid out by ELK. */
    public static final String JOURNEY = JourneyTypes.DIAGRAM_TYPE;

    /** The Business Model Canvas. */
    public static final String CANVAS = CanvasTypes.DIAGRAM_TYPE;

    private static final Map<String, Supplier<DiagramModule>> DIAGRAMS = Map.of(TOWS, TowsDiagramModule::new,
            JOURNEY, JourneyDiagramModule::new, CANVAS, CanvasDiagramModule::new);

    /** The journey is laid out while its page loads. */
    private static final Map<String, Consumer<PlanDiagram>> WARM_UPS = Map.of(JOURNEY, JourneyArrangement::warmUp);

    private final LocalDiagramServer server = new LocalDiagramServer(DIAGRAMS, WARM_UPS);

    /** An open diagram page; close it when its editor closes. */
    public static final class Page implements AutoCloseable {
        private final LocalDiagramServer.Page page;

        private Page(LocalDiagramServer.Page page) {
            this.page = page;
        }

        /** The address to open in the browser. */
        public URI uri() {
            return page.uri();
        }

        /** The diagram type, e.g. {@link DiagramServer#TOWS}. */
        public String diagramType() {
            return page.diagramType();
        }

        /** How many browsers show the page now. */
        public int connections() {
            return page.connections();
        }

        /** What the browser showing the page reported last. */
        public PageState state() {
            return page.state();
        }

        /**
         * Tells {@code listener} what the browser showing the page reports (the selection, text
         * editing), on a server thread, whenever it changes.
         */
        public void addStateListener(Consumer<PageState> listener) {
            page.addStateListener(listener);
        }

        /** Stops telling {@code listener}. */
        public void removeStateListener(Consumer<PageState> listener) {
            page.removeStateListener(listener);
        }

        @Override
        public void close() {
            page.close();
        }
    }

    /**
     * Opens a diagram of {@code diagramType} on {@code source}.
     *
     * @throws IOException when the server cannot start
     * @throws IllegalArgumentException for an unknown diagram type
     */
    public Page open(DiagramModelSource source, String diagramType) throws IOException {
        return new Page(server.open(source, diagramType));
    }

    /**
     * Where a page's Export SVG / Export PNG writes the diagram of {@code diagramType}: beside
     * the plan, {@code <plan name>-<diagram>.<format>} ({@code furniture-retailer-tows.svg}).
     */
    public static java.nio.file.Path exportFile(java.nio.file.Path planFile, String diagramType, String format) {
        return org.tactician.diagrams.internal.ExportDiagramHandler.exportFile(planFile, diagramType, format);
    }

    /** Whether the server runs: some page is open. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** The port while it runs, -1 otherwise. */
    public int port() {
        return server.port();
    }

    /** Closes every page; the server stops. */
    @Override
    public void close() {
        server.close();
    }
}

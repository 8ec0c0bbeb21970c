package org.tactician.diagrams.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.tactician.diagrams.DiagramModelSource;
import org.tactician.diagrams.PageState;
import org.tactician.layout.DiagramLayout;
import org.tactician.layout.LayoutFile;
import org.tactician.layout.LayoutFileException;
import org.tactician.model.PlanElement;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;

/**
 * The embedded diagram server: Jetty on 127.0.0.1 only, on a free port, started with the first
 * open diagram page and stopped when the last one closes. Each page has its own random token,
 * which its page URL and WebSocket must carry (see {@link LocalDiagramHttp} for the other checks).
 */
public final class LocalDiagramServer {

    private static final System.Logger LOG = System.getLogger(LocalDiagramServer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final long MAX_MESSAGE_CHARS = 64L * 1024 * 1024;

    /** An open diagram page. */
    public final class Page {
        private final String token;
        private final DiagramModelSource source;
        private final String diagramType;
        private final PlanLayout layout;
        private final Set<GlspConnection> connections = ConcurrentHashMap.newKeySet();
        private final List<Consumer<PageState>> stateListeners = new CopyOnWriteArrayList<>();
        private volatile PageState state = PageState.NONE;
        private volatile boolean open = true;

        private Page(String token, DiagramModelSource source, String diagramType, PlanLayout layout) {
            this.token = token;
            this.source = source;
            this.diagramType = diagramType;
            this.layout = layout;
        }

        /** The page's address: {@code http://127.0.0.1:<port>/t/<token>/diagram.html?type=<diagram type>}. */
        public URI uri() {
            return URI.create("http://127.0.0.1:" + port + LocalDiagramHttp.PREFIX + token + "/diagram.html?type="
                    + diagramType);
        }

        public String diagramType() {
            return diagramType;
        }

        public DiagramModelSource source() {
            return source;
        }

        /** The number of browsers connected to the page. */
        public int connections() {
            return connections.size();
        }

        /** What the browser reported last. */
        public PageState state() {
            return state;
        }

        /** Tells {@code listener} what the browser reports from now on (on a server thread). */
        public void addStateListener(Consumer<PageState> listener) {
            stateListeners.add(listener);
        }

        public void removeStateListener(Consumer<PageState> listener) {
            stateListeners.remove(listener);
        }

        private void stateChanged(PageState reported) {
            state = reported;
            for (Consumer<PageState> listener : stateListeners) {
                try {
                    listener.accept(reported);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A listener of the diagram page failed", e);
                }
            }
        }

        /** Closes the page: its connections end; the server stops with the last page. */
        public void close() {
            closePage(this);
        }
    }

    /** The layout of one plan, shared by all its pages, saved when the plan is saved. */
    private final class PlanLayout implements DiagramModelSource.Listener {
        private final DiagramModelSource source;
        private final DiagramLayout layout;
        private final String problem;
        private final Map<Class<?>, Object> shared = new HashMap<>();
        private boolean keepBrokenFile;
        private int pages;

        PlanLayout(DiagramModelSource source) {
            this.source = source;
            DiagramLayout read = new DiagramLayout();
            String readProblem = null;
            if (source.planFile() != null) {
                try {
                    read = LayoutFile.read(source.planFile());
                } catch (LayoutFileException e) {
                    readProblem = e.getMessage();
                    keepBrokenFile = true;
                }
            }
            this.layout = read;
            this.problem = readProblem;
        }

        @Override
        public void saved() {
            Path planFile = source.planFile();
            if (planFile == null) {
                return;
            }
            try {
                Set<String> ids = source.exclusive(() -> planIds(source));
                LayoutFile.write(planFile, layout, ids::contains, keepBrokenFile);
                keepBrokenFile = false;
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The diagram layout of " + planFile + " was not saved", e);
            }
            dropWhenUnused(this);
        }

        /** The plan was read again (its unsaved changes dropped): so is the layout. */
        @Override
        public void reloaded() {
            Path planFile = source.planFile();
            if (planFile == null) {
                return;
            }
            try {
                DiagramLayout stored = LayoutFile.read(planFile);
                source.exclusive(() -> {
                    layout.resetTo(stored);
                    return null;
                });
            } catch (LayoutFileException e) {
                LOG.log(System.Logger.Level.WARNING, "The diagram layout of " + planFile + " was not read again", e);
            }
            dropWhenUnused(this);
        }
    }

    private final Map<String, Supplier<DiagramModule>> diagramModules;
    private final Map<String, Consumer<PlanDiagram>> warmUps;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<DiagramModelSource, PlanLayout> layouts = new IdentityHashMap<>();
    private Server server;
    private volatile int port = -1;

    /** A server for the diagram types in {@code diagramModules} (type → a fresh module). */
    public LocalDiagramServer(Map<String, Supplier<DiagramModule>> diagramModules) {
        this(diagramModules, Map.of());
    }

    /**
     * A server whose diagram types may be prepared while their page loads: {@code warmUps} (type →
     * work on the plan, e.g. a layout) runs in the background, with exclusive model access, when a
     * page opens.
     */
    public LocalDiagramServer(Map<String, Supplier<DiagramModule>> diagramModules, Map<String, Consumer<PlanDiagram>> warmUps) {
        this.diagramModules = Map.copyOf(diagramModules);
        this.warmUps = Map.copyOf(warmUps);
    }

    /** Opens a page of {@code diagramType} on {@code source}, starting the server if needed. */
    public synchronized Page open(DiagramModelSource source, String diagramType) throws IOException {
        if (!diagramModules.containsKey(diagramType)) {
            throw new IllegalArgumentException("No diagram of type " + diagramType);
        }
        if (server == null) {
            start();
        }
        PlanLayout layout = layouts.computeIfAbsent(source, s -> {
            PlanLayout created = new PlanLayout(s);
            s.addListener(created);
            return created;
        });
        layout.pages++;
        Page page = new Page(newToken(), source, diagramType, layout);
        pages.put(page.token, page);
        warmUp(page);
        return page;
    }

    /** Starts the diagram type's warm-up for {@code page} in the background; a failure only costs the head start. */
    private void warmUp(Page page) {
        Consumer<PlanDiagram> warmUp = warmUps.get(page.diagramType);
        if (warmUp == null) {
            return;
        }
        PlanDiagram diagram = new PlanDiagram(page.source, page.layout.layout, page.diagramType, page.layout.problem,
                page.layout.shared, page::stateChanged);
        Thread thread = new Thread(() -> {
            try {
                diagram.apply(() -> {
                    warmUp.accept(diagram);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Preparing the " + page.diagramType + " diagram failed", e);
            }
        }, "tactician-diagram-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the server runs (some page is open). */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port, or -1 when the server is stopped. */
    public int port() {
        return port;
    }

    /** The open pages. */
    public List<Page> pages() {
        return new ArrayList<>(pages.values());
    }

    /** Closes every page and stops. */
    public synchronized void close() {
        for (Page page : pages()) {
            closePage(page);
        }
    }

    private synchronized void closePage(Page page) {
        if (!page.open) {
            return;
        }
        page.open = false;
        pages.remove(page.token);
        for (GlspConnection connection : new ArrayList<>(page.connections)) {
            connection.close();
        }
        if (--page.layout.pages == 0 && !page.layout.layout.isChanged()) {
            // A changed layout stays until the plan is saved (or read again): its changes are on
            // the plan's command stack, and the plan's next save writes them.
            dropWhenUnused(page.layout);
        }
        if (pages.isEmpty()) {
            stop();
        }
    }

    /** Forgets {@code layout} when no page shows it any more. */
    private synchronized void dropWhenUnused(PlanLayout layout) {
        if (layout.pages == 0 && layouts.get(layout.source) == layout) {
            layout.source.removeListener(layout);
            layouts.remove(layout.source);
        }
    }

    private void start() throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("tactician-diagram-server");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty, 1, 1);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        jetty.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(jetty, context, container -> {
            container.setMaxTextMessageSize(MAX_MESSAGE_CHARS);
            container.setIdleTimeout(Duration.ofDays(1));
            container.addMapping("^/t/[A-Za-z0-9_-]+/glsp$", (request, response, callback) -> {
                Page page = pages.get(LocalDiagramHttp.token(org.eclipse.jetty.server.Request.getPathInContext(request)));
                if (page == null || !page.open) {
                    response.setStatus(404);
                    callback.succeeded();
                    return null;
                }
                return connect(page);
            });
        });
        webSockets.setHandler(new LocalDiagramHttp.ClientFilesHandler());
        context.setHandler(webSockets);
        jetty.setHandler(new LocalDiagramHttp.Guard(token -> pages.containsKey(token), context));
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // it did not start: nothing to stop
            }
            throw new IOException("The local diagram server did not start: " + e.getMessage(), e);
        }
        server = jetty;
        port = connector.getLocalPort();
    }

    private void stop() {
        Server running = server;
        server = null;
        port = -1;
        if (running != null) {
            try {
                running.stop();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "The local diagram server did not stop cleanly", e);
            }
        }
    }

    private GlspConnection connect(Page page) {
        PlanDiagram diagram = new PlanDiagram(page.source, page.layout.layout, page.diagramType, page.layout.problem,
                page.layout.shared, page::stateChanged);
        // What every diagram type's session has, whatever its module binds: the host's state.
        com.google.inject.Module everyDiagram = binder -> Multibinder.newSetBinder(binder, ActionHandler.class)
                .addBinding().to(HostStateActionHandler.class);
        Injector injector = Guice.createInjector(
                new ServerModule().configureDiagramModule(diagramModules.get(page.diagramType).get(), everyDiagram),
                binder -> binder.bind(PlanDiagram.class).toInstance(diagram));
        GlspConnection[] holder = new GlspConnection[1];
        holder[0] = new GlspConnection(injector, diagram, () -> page.connections.remove(holder[0]));
        page.connections.add(holder[0]);
        return holder[0];
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The ids of the plan's elements (what a saved layout keeps). */
    static Set<String> planIds(DiagramModelSource source) {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> all = source.plan().eAllContents(); all.hasNext();) {
            if (all.next() instanceof PlanElement element && element.getId() != null) {
                ids.add(element.getId());
            }
        }
        return ids;
    }
}

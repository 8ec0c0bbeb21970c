package org.tactician.diagrams.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.gson.JsonParseException;
import com.google.inject.Injector;

/**
 * One browser connection to a diagram: a GLSP server of its own (its own injector, as GLSP
 * creates one per client) talking JSON-RPC, one message per WebSocket text frame — what GLSP's
 * browser client speaks.
 */
public final class GlspConnection implements Session.Listener.AutoDemanding {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final Injector injector;
    private final PlanDiagram diagram;
    private final Runnable onClose;
    private final Object sending = new Object();
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
    private volatile Session session;
    private GLSPServer glspServer;
    private MessageJsonHandler json;
    private MessageConsumer incoming;

    GlspConnection(Injector injector, PlanDiagram diagram, Runnable onClose) {
        this.injector = injector;
        this.diagram = diagram;
        this.onClose = onClose;
    }

    @Override
    public void onWebSocketOpen(Session openedSession) {
        this.session = openedSession;
        glspServer = injector.getInstance(GLSPServer.class);
        ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);
        Launcher<GLSPClient> launcher = new Builder().setLocalService(glspServer).setRemoteInterface(GLSPClient.class)
                .configureGson(gson::configureGsonBuilder).create();
        glspServer.connect(launcher.getRemoteProxy());
    }

    @Override
    public void onWebSocketText(String message) {
        Message parsed;
        try {
            parsed = json.parseMessage(message);
        } catch (JsonParseException | IllegalStateException e) {
            session.close(StatusCode.BAD_DATA, "not a JSON-RPC message", Callback.NOOP);
            return;
        }
        incoming.consume(parsed);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        shutdown();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        shutdown();
    }

    /** Ends the GLSP session once, whoever asks first; messages still on their way are dropped. */
    private void shutdown() {
        if (open.compareAndSet(true, false) && glspServer != null) {
            try {
                glspServer.shutdown();
            } finally {
                diagram.close();
                onClose.run();
            }
        }
    }

    /** Closes the connection from the server's side (the page was closed). */
    void close() {
        Session open = session;
        if (open != null && open.isOpen()) {
            open.close(StatusCode.NORMAL, "diagram closed", Callback.NOOP);
        }
        shutdown();
    }

    /** One message at a time (Jetty allows no concurrent sends on a session). */
    private void send(Message message) {
        String text = json.serialize(message);
        synchronized (sending) {
            Session target = session;
            if (!open.get() || target == null || !target.isOpen()) {
                return;
            }
            Callback.Completable sent = new Callback.Completable();
            target.sendText(text, sent);
            try {
                sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                target.close(StatusCode.SERVER_ERROR, "send failed", Callback.NOOP);
            }
        }
    }

    /** lsp4j's launcher with the WebSocket as its transport instead of streams. */
    private final class Builder extends Launcher.Builder<GLSPClient> {

        @Override
        public Launcher<GLSPClient> create() {
            json = createJsonHandler();
            RemoteEndpoint remote = createRemoteEndpoint(json);
            incoming = wrapMessageConsumer(remote);
            return createLauncher(null, createProxy(remote), remote, null);
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            MessageConsumer outgoing = wrapMessageConsumer(GlspConnection.this::send);
            Endpoint local = ServiceEndpoints.toEndpoint(localServices);
            RemoteEndpoint remote = new RemoteEndpoint(outgoing, local);
            handler.setMethodProvider(remote);
            return remote;
        }
    }
}

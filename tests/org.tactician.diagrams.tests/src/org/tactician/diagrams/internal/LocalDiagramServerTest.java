package org.tactician.diagrams.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.diagrams.DiagramServer;
import org.tactician.diagrams.PlanFileModelSource;
import org.tactician.diagrams.TestPlans;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;

/**
 * The local diagram server's security (loopback only, token, origin, host, only the client's
 * files) and a GLSP session over its WebSocket, spoken the way the browser client speaks it.
 */
class LocalDiagramServerTest {

    @TempDir
    Path folder;

    private DiagramServer server;
    private PlanFileModelSource source;
    private DiagramServer.Page page;

    @BeforeEach
    void open() throws Exception {
        source = TestPlans.furniture(folder);
        server = new DiagramServer();
        page = server.open(source, DiagramServer.TOWS);
    }

    @AfterEach
    void close() {
        server.close();
    }

    private String path() {
        return page.uri().getRawPath();
    }

    private String token() {
        return path().split("/")[2];
    }

    private String own() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A raw HTTP/1.1 exchange, so every header (Host included) is the test's to choose. */
    private String exchange(String host, int port, String requestLine, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "127.0.0.1:" + port);
            all.putAll(headers);
            all.forEach((name, value) -> {
                if (value != null) {
                    request.append(name).append(": ").append(value).append("\r\n");
                }
            });
            request.append(all.containsKey("Upgrade") ? "Connection: Upgrade\r\n\r\n" : "Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    response.write(buffer, 0, n);
                    if (requestLine.contains("/glsp") && response.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // an upgraded connection stays open: what arrived is the answer
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private String get(String path, Map<String, String> headers) throws IOException {
        return exchange("127.0.0.1", server.port(), "GET " + path + " HTTP/1.1", headers);
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private String upgrade(String path, String origin) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Upgrade", "websocket");
        headers.put("Sec-WebSocket-Key", Base64.getEncoder().encodeToString("0123456789abcdef".getBytes()));
        headers.put("Sec-WebSocket-Version", "13");
        headers.put("Origin", origin);
        return exchange("127.0.0.1", server.port(), "GET " + path + " HTTP/1.1", headers);
    }

    @Test
    void servesThePageAndItsFilesWithTheToken() throws Exception {
        String response = get(path(), Map.of());
        assertEquals(200, status(response), response);
        assertTrue(response.contains("tactician-diagram.js"));
        assertTrue(response.contains("Content-Security-Policy: default-src 'none'"), response);
        assertTrue(response.contains("Cache-Control: no-store"));
        assertEquals(200, status(get(path().replace("diagram.html", "tactician-diagram.js"), Map.of())));
        assertTrue(page.uri().toString().startsWith("http://127.0.0.1:"));
        assertTrue(token().length() >= 40, "a 256-bit token");
    }

    @Test
    void refusesRequestsWithoutTheRightToken() throws Exception {
        assertEquals(404, status(get("/diagram.html", Map.of())));
        assertEquals(404, status(get("/t/diagram.html", Map.of())));
        assertEquals(404, status(get(path().replace(token(), token().substring(1) + "A"), Map.of())));
        assertEquals(404, status(upgrade("/t/" + "x".repeat(43) + "/glsp", own())));
    }

    @Test
    void servesNoOtherFile() throws Exception {
        for (String other : new String[] {"../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "index.html", "ts/index.ts",
                "META-INF/MANIFEST.MF", "org/tactician/diagrams/client/ClientFiles.class"}) {
            int status = status(get("/t/" + token() + "/" + other, Map.of()));
            assertTrue(status == 404 || status == 400, other + ": " + status);
        }
        assertEquals(405, status(exchange("127.0.0.1", server.port(), "POST " + path() + " HTTP/1.1",
                Map.of("Content-Length", "0"))));
    }

    @Test
    void refusesForeignOriginsAndHosts() throws Exception {
        assertEquals(403, status(get(path(), Map.of("Origin", "http://evil.example"))));
        assertEquals(403, status(get(path(), Map.of("Origin", "http://127.0.0.1:" + (server.port() + 1)))));
        assertEquals(421, status(get(path(), Map.of("Host", "evil.example:" + server.port()))), "DNS rebinding");
        assertEquals(403, status(upgrade(path().replace("diagram.html", "glsp"), "http://evil.example")));
        assertEquals(403, status(upgrade(path().replace("diagram.html", "glsp"), null)), "a WebSocket needs an origin");
        assertEquals(101, status(upgrade(path().replace("diagram.html", "glsp"), own())));
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        // Bound to 127.0.0.1 itself, not to every address: another address of the machine —
        // even 127.0.0.2, which reaches this host — finds no server.
        assertThrows(ConnectException.class, () -> new Socket().connect(new InetSocketAddress("127.0.0.2", server.port()), 3000));
        assertEquals(200, status(exchange("127.0.0.1", server.port(), "GET " + path() + " HTTP/1.1", Map.of())));
    }

    @Test
    void stopsWithTheLastPageAndEachPageHasItsOwnToken() throws Exception {
        DiagramServer.Page second = server.open(source, DiagramServer.TOWS);
        assertFalse(second.uri().equals(page.uri()));
        int port = server.port();
        page.close();
        assertEquals(404, status(get(path(), Map.of())), "a closed page's token is dead");
        assertTrue(server.isRunning());
        second.close();
        assertFalse(server.isRunning());
        assertThrows(ConnectException.class, () -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 3000));
        assertThrows(IllegalArgumentException.class, () -> server.open(source, "no-such-diagram"));
    }

    @Test
    void aGlspSessionEditsThePlanAndSeesChangesMadeElsewhere() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", own())
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + path().replace("diagram.html", "glsp")),
                            new Collector(received))
                    .get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException handshake) {
                throw new AssertionError("handshake refused: " + handshake.getResponse().statusCode() + " "
                        + handshake.getResponse().body(), e);
            }
            throw e;
        }
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\","
                + "\"protocolVersion\":\"1.0.0\"}}", true).get(5, TimeUnit.SECONDS);
        assertTrue(next(received, "\"id\":1").contains("serverActions"));
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{"
                + "\"clientSessionId\":\"c1\",\"diagramType\":\"tactician-tows\",\"clientActionKinds\":[\"setModel\","
                + "\"updateModel\",\"setDirtyState\",\"setMarkers\",\"status\"]}}", true).get(5, TimeUnit.SECONDS);
        next(received, "\"id\":2");
        process(socket, "{\"kind\":\"requestModel\",\"requestId\":\"r1\",\"options\":{\"diagramType\":\"tactician-tows\"}}");
        String model = next(received, "\"kind\":\"setModel\"");
        assertTrue(model.contains("\"id\":\"sw-s-range\""), "the sample's cards arrive");

        // Drag the strength 'Own-design solid-wood range' into the weaknesses (470 px to the right of its cell).
        process(socket, "{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"sw-s-range\","
                + "\"newPosition\":{\"x\":510,\"y\":60}}]}");
        next(received, "\"kind\":\"updateModel\"");
        SwotItem range = (SwotItem) source.plan().eResource().getEObject("sw-s-range");
        assertEquals(SwotCategory.WEAKNESS, source.exclusive(range::getCategory));
        assertTrue(next(received, "\"kind\":\"setDirtyState\"").contains("\"isDirty\":true"));

        // A form edits the plan: the diagram is sent again at once.
        source.exclusive(() -> {
            source.editingDomain().getCommandStack().execute(SetCommand.create(source.editingDomain(), range,
                    Literals.NAMED_ELEMENT__NAME, "Oak range from Portugal"));
            return null;
        });
        assertTrue(next(received, "\"kind\":\"updateModel\"").contains("Oak range from Portugal"));

        process(socket, "{\"kind\":\"glspUndo\"}");
        next(received, "\"kind\":\"updateModel\"");
        assertEquals("Own-design solid-wood range", source.exclusive(range::getName));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);

        // The page closes with the card's new place unsaved: the plan's next save still writes it.
        Path layoutFile = org.tactician.layout.LayoutFile.of(source.planFile());
        assertFalse(java.nio.file.Files.exists(layoutFile));
        page.close();
        assertFalse(server.isRunning(), "the last page closed");
        source.save();
        assertTrue(java.nio.file.Files.readString(layoutFile).contains("\"sw-s-range\""),
                "the layout the closed page changed is written with the plan");
    }

    @Test
    void aBrokenLayoutFileIsReportedAndTheDiagramStillOpens() throws Exception {
        java.nio.file.Files.writeString(org.tactician.layout.LayoutFile.of(source.planFile()), "{ not json");
        DiagramServer.Page fresh = server.open(TestPlans.furniture(folder),
                DiagramServer.TOWS);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", own())
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + fresh.uri().getRawPath().replace("diagram.html", "glsp")),
                        new Collector(received))
                .get(10, TimeUnit.SECONDS);
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\","
                + "\"protocolVersion\":\"1.0.0\"}}", true).get(5, TimeUnit.SECONDS);
        next(received, "\"id\":1");
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{"
                + "\"clientSessionId\":\"c1\",\"diagramType\":\"tactician-tows\",\"clientActionKinds\":[\"setModel\","
                + "\"updateModel\",\"message\"]}}", true).get(5, TimeUnit.SECONDS);
        next(received, "\"id\":2");
        process(socket, "{\"kind\":\"requestModel\",\"requestId\":\"r1\",\"options\":{\"diagramType\":\"tactician-tows\"}}");
        assertTrue(next(received, "\"kind\":\"setModel\"").contains("\"id\":\"sw-s-range\""), "laid out afresh");
        String message = next(received, "\"kind\":\"message\"");
        assertTrue(message.contains("Diagram layout not used") && message.contains("furniture-retailer.mplan.layout"), message);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    private static void process(WebSocket socket, String action) throws Exception {
        socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c1\",\"action\":" + action
                + "}}", true).get(5, TimeUnit.SECONDS);
    }

    /** The next message containing {@code marker}, skipping others; fails after 10 s. */
    private static String next(BlockingQueue<String> received, String marker) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            String message = received.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message != null && message.contains(marker)) {
                return message;
            }
        }
        throw new AssertionError("no message with " + marker + " within 10 s");
    }

    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> received;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}

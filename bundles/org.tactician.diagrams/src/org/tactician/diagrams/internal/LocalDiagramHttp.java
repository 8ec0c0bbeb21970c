package org.tactician.diagrams.internal;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.tactician.diagrams.client.ClientFiles;
import org.tactician.diagrams.client.ClientFiles.ClientFile;

/**
 * The HTTP side of the local diagram server. Every request must name a known page token
 * ({@code /t/<token>/...}), come for this server by its loopback name (no DNS rebinding) and, if it
 * carries an {@code Origin}, come from the server's own pages; WebSocket upgrades must carry that
 * origin. Only the bundled client files (and the page's texts, {@link DiagramTexts}) are served, never cached, with a strict content policy.
 */
final class LocalDiagramHttp {

    static final String PREFIX = "/t/";

    private LocalDiagramHttp() {
    }

    /** The token of a request's path, or {@code null}. */
    static String token(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', PREFIX.length());
        return end < 0 ? null : path.substring(PREFIX.length(), end);
    }

    /** What follows the token in a request's path. */
    static String rest(String path) {
        String token = token(path);
        return token == null ? null : path.substring(PREFIX.length() + token.length() + 1);
    }

    /** Rejects every request that does not pass the checks of the class comment. */
    static final class Guard extends Handler.Wrapper {

        private final Function<String, Boolean> knownToken;

        Guard(Function<String, Boolean> knownToken, Handler next) {
            super(next);
            this.knownToken = knownToken;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            int port = Request.getLocalPort(request);
            String host = request.getHeaders().get(HttpHeader.HOST);
            if (!isLoopbackAuthority(host, port)) {
                Response.writeError(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421, "wrong host");
                return true;
            }
            String origin = request.getHeaders().get(HttpHeader.ORIGIN);
            boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeader.UPGRADE));
            if ((origin != null || upgrade) && !isOwnOrigin(origin, port)) {
                Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "foreign origin");
                return true;
            }
            String token = token(Request.getPathInContext(request));
            if (token == null || !knownToken.apply(token)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
            return super.handle(request, response, callback);
        }
    }

    static boolean isLoopbackAuthority(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    static boolean isOwnOrigin(String origin, int port) {
        return origin != null && (origin.equals("http://127.0.0.1:" + port) || origin.equals("http://localhost:" + port));
    }

    /** Serves the client files under a token: GET and HEAD only. */
    static final class ClientFilesHandler extends Handler.Abstract.NonBlocking {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String method = request.getMethod();
            if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
                Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
                return true;
            }
            String name = rest(Request.getPathInContext(request));
            Optional<ClientFile> file = name == null ? Optional.empty()
                    : DiagramTexts.SCRIPT.equals(name) ? Optional.of(DiagramTexts.script()) : ClientFiles.find(name);
            if (file.isEmpty()) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
            int port = Request.getLocalPort(request);
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().mediaType());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            response.getHeaders().put("X-Frame-Options", "DENY");
            response.getHeaders().put("Content-Security-Policy", "default-src 'none'; script-src 'self'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src ws://127.0.0.1:" + port + " ws://localhost:" + port
                    + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            byte[] content = file.get().content();
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, content.length);
            response.write(true, HttpMethod.HEAD.is(method) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(content), callback);
            return true;
        }
    }
}

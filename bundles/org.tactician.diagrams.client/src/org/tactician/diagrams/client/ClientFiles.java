package org.tactician.diagrams.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built diagram client (web/ in this bundle: the page, its script and its styles), the only
 * files the local diagram server serves. The names are fixed by the client build
 * ({@code build.mjs}); anything else is not served.
 */
public final class ClientFiles {

    /** A file of the client and its media type. */
    public record ClientFile(String name, String mediaType, byte[] content) {
    }

    /** The page every diagram opens. */
    public static final String PAGE = "diagram.html";

    private static final Map<String, String> MEDIA_TYPES = Map.of(PAGE, "text/html; charset=utf-8",
            "tactician-diagram.js", "text/javascript; charset=utf-8", "tactician-diagram.css", "text/css; charset=utf-8");
    private static final Map<String, ClientFile> CACHE = new ConcurrentHashMap<>();

    private ClientFiles() {
    }

    /** The names of the files there are. */
    public static java.util.Set<String> names() {
        return MEDIA_TYPES.keySet();
    }

    /** The client file {@code name}, if it is one. */
    public static Optional<ClientFile> find(String name) {
        String mediaType = MEDIA_TYPES.get(name);
        if (mediaType == null) {
            return Optional.empty();
        }
        ClientFile file = CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = ClientFiles.class.getResourceAsStream("/web/" + n)) {
                return in == null ? null : new ClientFile(n, mediaType, in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        });
        return Optional.ofNullable(file);
    }
}

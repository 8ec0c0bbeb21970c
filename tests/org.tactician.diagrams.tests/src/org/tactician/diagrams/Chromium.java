package org.tactician.diagrams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Debian's Chromium driven by playwright-core ({@code browser/driver.mjs}, run with the machine's
 * node): one JSON command a line, one answer a line, each with a real timeout. Stderr goes to a
 * log file, so the process never blocks on a full pipe.
 */
public final class Chromium implements AutoCloseable {

    private static final Gson GSON = new Gson();

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    /** Starts the driver; the browser itself starts with {@link #open}. */
    public Chromium(Path log) throws IOException {
        Path driver = Path.of(System.getProperty("tactician.browser.dir", "browser")).resolve("driver.mjs");
        if (!Files.isRegularFile(driver)) {
            throw new IOException("No browser driver at " + driver.toAbsolutePath());
        }
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder("node", driver.toString()).directory(driver.getParent().toFile())
                .redirectError(log.toFile()).start();
        commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    answers.add(line);
                }
            } catch (IOException e) {
                answers.add("{\"ok\":false,\"error\":\"driver output closed: " + e.getMessage() + "\"}");
            }
        }, "chromium-driver-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends {@code op} with {@code arguments}; the answer within {@code seconds}, or an error. */
    public JsonObject send(String op, Map<String, ?> arguments, int seconds) throws IOException, InterruptedException {
        JsonObject command = GSON.toJsonTree(arguments).getAsJsonObject();
        command.addProperty("op", op);
        commands.write(GSON.toJson(command) + "\n");
        commands.flush();
        String answer = answers.poll(seconds, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IOException("Chromium did not answer '" + op + "' within " + seconds + " s");
        }
        JsonObject reply = GSON.fromJson(answer, JsonObject.class);
        if (!reply.get("ok").getAsBoolean()) {
            throw new IOException("Chromium failed '" + op + "': " + reply.get("error").getAsString());
        }
        return reply;
    }

    public JsonObject send(String op, Map<String, ?> arguments) throws IOException, InterruptedException {
        return send(op, arguments, 30);
    }

    /** Opens {@code url} and waits for the TOWS diagram; returns the model revision. */
    public int open(String url) throws IOException, InterruptedException {
        return send("open", Map.of("url", url), 60).get("revision").getAsInt();
    }

    /** Opens {@code url} and waits for an element matching {@code ready}; returns the model revision. */
    public int open(String url, String ready) throws IOException, InterruptedException {
        return send("open", Map.of("url", url, "ready", ready), 60).get("revision").getAsInt();
    }

    /** The current model revision (data-revision of the page's body). */
    public int revision() throws IOException, InterruptedException {
        return send("revision", Map.of()).get("revision").getAsInt();
    }

    /** Waits until the model is updated past {@code revision}; returns the new one. */
    public int waitRevision(int revision) throws IOException, InterruptedException {
        return send("waitRevision", Map.of("after", revision, "timeout", 10_000), 15).get("revision").getAsInt();
    }

    /** The on-screen centre of diagram element {@code id} (in the visible diagram, not sprotty's hidden copy). */
    public double[] center(String id) throws IOException, InterruptedException {
        JsonElement box = send("box", Map.of("id", id)).get("box");
        if (box == null || box.isJsonNull()) {
            throw new IOException("Element " + id + " is not on the page");
        }
        JsonObject b = box.getAsJsonObject();
        return new double[] {b.get("x").getAsDouble() + b.get("width").getAsDouble() / 2,
                b.get("y").getAsDouble() + b.get("height").getAsDouble() / 2, b.get("x").getAsDouble(),
                b.get("y").getAsDouble(), b.get("width").getAsDouble(), b.get("height").getAsDouble()};
    }

    public int count(String selector) throws IOException, InterruptedException {
        return send("count", Map.of("selector", selector)).get("count").getAsInt();
    }

    /**
     * The number of elements matching {@code selector} once it reaches {@code expected}, or the
     * last count after {@code seconds}: the client renders a model update in steps after its revision.
     */
    public int countOnce(String selector, int expected, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int count = count(selector);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            count = count(selector);
        }
        return count;
    }

    public void click(double x, double y) throws IOException, InterruptedException {
        send("click", Map.of("x", x, "y", y));
    }

    public void doubleClick(double x, double y) throws IOException, InterruptedException {
        send("click", Map.of("x", x, "y", y, "clickCount", 2));
    }

    public void clickSelector(String selector) throws IOException, InterruptedException {
        send("clickSelector", Map.of("selector", selector));
    }

    public void drag(double fromX, double fromY, double toX, double toY) throws IOException, InterruptedException {
        send("drag", Map.of("from", Map.of("x", fromX, "y", fromY), "to", Map.of("x", toX, "y", toY)));
    }

    public void press(String key) throws IOException, InterruptedException {
        send("press", Map.of("key", key));
    }

    public void type(String text) throws IOException, InterruptedException {
        send("type", Map.of("text", text));
    }

    public void waitFor(String selector) throws IOException, InterruptedException {
        send("waitFor", Map.of("selector", selector, "timeout", 10_000), 15);
    }

    public void screenshot(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        send("screenshot", Map.of("path", file.toAbsolutePath().toString()));
    }

    public JsonElement eval(String js) throws IOException, InterruptedException {
        return send("eval", Map.of("js", js)).get("value");
    }

    /** The page's script errors since the last call. */
    public String errors() throws IOException, InterruptedException {
        return send("errors", Map.of()).get("errors").toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (process.isAlive()) {
                send("close", Map.of(), 30);
            }
        } finally {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

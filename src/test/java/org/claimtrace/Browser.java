package org.claimtrace;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket and JSON, nothing else),
 * so a test can do what a user does on a page (load it, click, download) and read what the user
 * sees: the DOM, values in the page's scripts, a screenshot, and the console's errors, including
 * Content-Security-Policy violations.
 */
final class Browser implements AutoCloseable {
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private String session;

    private Browser(Process process) {
        this.process = process;
    }

    /** The chromium binary; a test without one is skipped outside CI and fails in it (.ci/run installs it). */
    static String binary() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return c;
        }
        if (System.getenv("CI") != null) throw new AssertionError("no chromium installed; .ci/run installs the Debian package 'chromium'");
        Assumptions.abort("no chromium installed (apt-get install chromium)");
        return null;
    }

    /** Starts Chromium with its own profile in {@code tmp} and a page of {@code width} x {@code height} CSS pixels. */
    static Browser start(Path tmp, int width, int height) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--remote-debugging-port=0", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String ws = null;
        StringBuilder said = new StringBuilder();
        for (String line; ws == null && (line = err.readLine()) != null; ) {
            said.append(line).append('\n');
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) ws = m.group(1);
        }
        if (ws == null) throw new IOException("chromium gave no DevTools address:\n" + said);
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        Browser browser = new Browser(p);
        try {
            browser.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), browser.listener())
                    .get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("cannot reach chromium's DevTools at " + ws, e);
        }
        String target = browser.call(null, "Target.createTarget", Json.createObjectBuilder().add("url", "about:blank")).getString("targetId");
        browser.session = browser.call(null, "Target.attachToTarget",
                Json.createObjectBuilder().add("targetId", target).add("flatten", true)).getString("sessionId");
        for (String domain : List.of("Page.enable", "Runtime.enable", "Log.enable")) browser.call(domain, Json.createObjectBuilder());
        browser.call("Emulation.setDeviceMetricsOverride", Json.createObjectBuilder().add("width", width).add("height", height)
                .add("deviceScaleFactor", 1).add("mobile", false));
        return browser;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    receive(Json.createReader(new StringReader(text.toString())).readObject());
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }
        };
    }

    private void receive(JsonObject message) {
        if (message.containsKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(message.getInt("id"));
            if (f != null) f.complete(message);
        } else {
            events.add(message);
        }
    }

    /** A command to the page. */
    JsonObject call(String method, JsonObjectBuilder params) {
        return call(session, method, params);
    }

    private JsonObject call(String sessionId, String method, JsonObjectBuilder params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObjectBuilder msg = Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
        if (sessionId != null) msg.add("sessionId", sessionId);
        socket.sendText(msg.build().toString(), true).join();
        try {
            JsonObject r = answer.get(60, TimeUnit.SECONDS);
            if (r.containsKey("error")) throw new IllegalStateException(method + ": " + r.get("error"));
            return r.getJsonObject("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }
    }

    void navigate(String url) {
        call("Page.navigate", Json.createObjectBuilder().add("url", url));
    }

    /** The value of a JavaScript expression in the page (a promise is awaited), as JSON. */
    JsonValue eval(String expression) {
        JsonObject r = call("Runtime.evaluate", Json.createObjectBuilder().add("expression", expression)
                .add("awaitPromise", true).add("returnByValue", true));
        if (r.containsKey("exceptionDetails")) throw new IllegalStateException(expression + " threw " + r.get("exceptionDetails"));
        JsonObject value = r.getJsonObject("result");
        return value.containsKey("value") ? value.get("value") : JsonValue.NULL;
    }

    /** Waits until the expression is true in the page (an expression that throws, as while the page loads, is not); false when it never was. */
    boolean waitFor(String expression, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (eval("(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()") == JsonValue.TRUE) return true;
            Thread.sleep(200);
        }
        return false;
    }

    void screenshot(Path png) throws IOException {
        String data = call("Page.captureScreenshot", Json.createObjectBuilder().add("format", "png")).getString("data");
        Files.write(png, Base64.getDecoder().decode(data));
    }

    /** Lets the page download files into {@code dir}. */
    void downloadsTo(Path dir) {
        call(null, "Browser.setDownloadBehavior", Json.createObjectBuilder().add("behavior", "allow")
                .add("downloadPath", dir.toAbsolutePath().toString()).add("eventsEnabled", true));
    }

    /** Every message of the browser's log (Log.entryAdded), at any level: "level: text url". */
    List<String> log() {
        List<String> out = new ArrayList<>();
        for (JsonObject e : events) {
            if (!e.getString("method", "").equals("Log.entryAdded")) continue;
            JsonObject entry = e.getJsonObject("params").getJsonObject("entry");
            out.add(entry.getString("level") + ": " + entry.getString("text") + " " + entry.getString("url", ""));
        }
        return out;
    }

    /** Errors the page met: console errors (a refused script or style is one), uncaught exceptions, failed loads. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonObject e : events) {
            String method = e.getString("method", "");
            JsonObject p = e.getJsonObject("params");
            if (method.equals("Log.entryAdded") && p.getJsonObject("entry").getString("level").equals("error")) {
                out.add(p.getJsonObject("entry").getString("text") + " " + p.getJsonObject("entry").getString("url", ""));
            } else if (method.equals("Runtime.exceptionThrown")) {
                out.add(p.getJsonObject("exceptionDetails").toString());
            } else if (method.equals("Runtime.consoleAPICalled") && p.getString("type").equals("error")) {
                out.add(p.get("args").toString());
            }
        }
        return out;
    }

    /**
     * Stops Chromium and every process it started (renderer, GPU, utility), and waits for them, so
     * none still writes in the profile folder when the test's temp folder is deleted.
     */
    @Override
    public void close() {
        socket.abort();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
            for (ProcessHandle c : children) {
                c.destroyForcibly();
                c.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a child that does not end in 10 s is left to the system
        }
    }

    static Duration seconds(int n) {
        return Duration.ofSeconds(n);
    }
}

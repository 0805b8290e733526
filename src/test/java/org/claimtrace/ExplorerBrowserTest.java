package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.claimtrace.serve.ClaimtraceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer page in a real browser: headless Chromium loads it from the running server with URL
 * parameters that run a stored query and draw a neighbourhood, then we read its DOM and look at its
 * screenshot (kept in target/screenshots/). Skipped only outside CI when no chromium is installed.
 */
class ExplorerBrowserTest {
    static final String EVENT = "https://claimtrace.org/id/event/attack-moscow";
    static ClaimtraceServer server;

    @BeforeAll
    static void start() {
        server = ClaimtraceServer.builder().port(0).build(SeedStore.store().dataset()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return c;
        }
        if (System.getenv("CI") != null) fail("no chromium installed; .ci/run installs the Debian package 'chromium'");
        Assumptions.abort("no chromium installed (apt-get install chromium)");
        return null;
    }

    static String pageUrl() {
        return "http://127.0.0.1:" + server.port() + "/?query=claims&entity=" + URLEncoder.encode(EVENT, StandardCharsets.UTF_8)
                + "&depth=1&evidence=1";
    }

    /** What Chromium printed: stdout (the DOM) and stderr (with --enable-logging=stderr, the page's console). */
    record Printed(String out, String err) {}

    /** Runs headless Chromium with its own profile; returns what it printed on stdout. */
    static String runChromium(Path tmp, String... extra) throws IOException, InterruptedException {
        return runChromiumPrinting(tmp, extra).out();
    }

    static Printed runChromiumPrinting(Path tmp, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--window-size=1200,900",
                "--virtual-time-budget=8000"));
        cmd.addAll(List.of(extra));
        cmd.add(pageUrl());
        Path out = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 90 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), Files.readString(err));
        return new Printed(Files.readString(out), Files.readString(err));
    }

    @Test
    void thePageRendersTheQueryTableAndTheNeighbourhoodGraph(@TempDir Path tmp) throws Exception {
        // The server sends a strict Content-Security-Policy; the page must work under it without a single violation.
        Printed printed = runChromiumPrinting(tmp, "--dump-dom", "--enable-logging=stderr", "--v=0");
        String dom = printed.out();
        List<String> violations = printed.err().lines().filter(l -> l.contains("Content Security Policy") || l.contains("Refused to")).toList();
        assertTrue(violations.isEmpty(), "the page broke its Content-Security-Policy:\n" + String.join("\n", violations));
        assertTrue(dom.contains("data-ready=\"true\""), "the page finished its work on load:\n" + head(dom));
        int rows = count(dom, "id=\"row-count\">(\\d+)<");
        int nodes = count(dom, "id=\"node-count\">(\\d+)<");
        int edges = count(dom, "id=\"edge-count\">(\\d+)<");
        assertTrue(rows > 0, "rows of the stored query: " + rows);
        assertTrue(dom.contains("<th>claimantLabel</th>") && dom.contains("attack in Moscow"), head(dom));
        assertTrue(nodes >= 5 && edges >= 5, nodes + " nodes, " + edges + " edges");
        assertTrue(dom.contains("<canvas"), "Cytoscape drew on a canvas");
        assertTrue(dom.contains("class=\"evidence-item\"") && dom.contains(".txt"), "the heaviest edge's evidence is shown");
        Matcher error = Pattern.compile("class=\"error\"[^>]*>([^<]+)<").matcher(dom);
        if (error.find()) fail("the page shows an error: " + error.group(1));
    }

    @Test
    void theScreenshotShowsAGraph(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = dir.resolve("explorer.png").toAbsolutePath();
        Files.deleteIfExists(png);
        runChromium(tmp, "--screenshot=" + png);
        assertTrue(Files.size(png) > 20_000, "screenshot size " + Files.size(png));
        BufferedImage img = ImageIO.read(new File(png.toString()));
        assertEquals(1200, img.getWidth());
        // The graph pane is the right part of the page: it must hold many colours (nodes, edges, labels).
        Set<Integer> colours = new HashSet<>();
        for (int y = img.getHeight() / 6; y < img.getHeight() * 2 / 3; y += 2) {
            for (int x = img.getWidth() / 2; x < img.getWidth() - 20; x += 2) colours.add(img.getRGB(x, y) & 0xffffff);
        }
        assertTrue(colours.size() > 100, "distinct colours in the graph pane: " + colours.size());
        // Some of them are the node colours of the legend (organisation red, event purple).
        assertTrue(colours.contains(0xe15759) && colours.contains(0xb07aa1), "organisation and event nodes drawn");
    }

    private static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String head(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }
}

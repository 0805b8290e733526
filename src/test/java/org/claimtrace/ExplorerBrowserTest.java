package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.claimtrace.serve.ClaimtraceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in a real browser: headless Chromium, driven over the DevTools protocol, opens the
 * page from the running server as a user would and the test reads what the user sees: YASGUI's
 * result table and its CSV download, the neighbourhood drawn on load, the size of its labels on
 * screen, and no error in the console. The server sends a strict Content-Security-Policy
 * ({@code SecurityHeaders}) and the page must work under it without a single violation (a
 * script, style or connection it refused). Screenshots are kept in target/screenshots/.
 */
class ExplorerBrowserTest {
    static final String EVENT = "https://claimtrace.org/id/event/attack-moscow";
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    static ClaimtraceServer server;

    @BeforeAll
    static void start() {
        server = ClaimtraceServer.builder().port(0).build(SeedStore.store().dataset()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String url(String query) {
        return "http://127.0.0.1:" + server.port() + "/" + query;
    }

    static Path screenshots() throws Exception {
        return Files.createDirectories(Path.of("target", "screenshots"));
    }

    /**
     * What the browser said about the server's Content-Security-Policy (a refused script, style,
     * font, connection...), at any level: the page must work under it without a single violation.
     */
    static List<String> violations(Browser b) {
        return b.log().stream().filter(l -> l.contains("Content Security Policy") || l.contains("Refused to")).toList();
    }

    /** The page is served under the server's strict policy: no inline script or style beyond the hashed ones, no eval. */
    static void assertStrictPolicy() throws Exception {
        RawHttp.Answer page = RawHttp.send(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("default-src 'none'") && csp.contains("script-src 'self';")
                && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "the page's policy: " + csp);
    }

    /** Console errors but the browser's own request for /favicon.ico, which the page does not have. */
    static List<String> errors(Browser b) {
        return b.errors().stream().filter(e -> !e.contains("favicon.ico")).toList();
    }

    @Test
    void yasguiRunsAStoredQueryShowsEveryColumnAndDownloadsCsv(@TempDir Path tmp) throws Exception {
        assertStrictPolicy();
        try (Browser b = Browser.start(tmp, WIDTH, HEIGHT)) {
            Path downloads = Files.createDirectories(tmp.resolve("downloads"));
            b.downloadsTo(downloads);
            b.navigate(url("?query=claims"));
            assertTrue(b.waitFor("document.body.dataset.ready === 'true'", Browser.seconds(60)), "the page finished its work on load");
            b.screenshot(screenshots().resolve("explorer-query.png"));

            JsonArray headers = b.eval("[...document.querySelectorAll('#yasgui .tabPanel.active .yasr table.dataTable thead th')]"
                    + ".filter(th => th.getBoundingClientRect().width > 0).map(th => th.textContent.trim())").asJsonArray();
            List<String> shown = headers.getValuesAs(jakarta.json.JsonString::getString);
            assertTrue(shown.containsAll(List.of("event", "eventLabel", "claimant", "claimantLabel", "channelLabel", "article", "sentence")),
                    "every column of claims is drawn: " + shown);
            int rows = ((JsonNumber) b.eval("document.querySelectorAll('#yasgui .tabPanel.active .yasr table.dataTable tbody tr').length")).intValue();
            assertTrue(rows >= 7, "rows of claims: " + rows);
            String table = b.eval("document.querySelector('#yasgui .tabPanel.active .yasr table.dataTable').innerText").toString();
            assertTrue(table.contains("attack in Moscow") && table.contains("ev:attack-moscow"), "labels and prefixed IRIs: " + table);
            String tab = b.eval("document.querySelector('#yasgui .tabPanel.active .CodeMirror').CodeMirror.getValue()").toString();
            assertTrue(tab.contains("PREFIX") && tab.contains("ct:claimant"), "the stored query is open in the editor: " + tab);

            int nodes = ((JsonNumber) b.eval("Number(document.getElementById('node-count').textContent)")).intValue();
            assertTrue(nodes >= 5, "the graph drew around the answer's first event on load: " + nodes + " nodes");
            assertTrue(b.eval("document.getElementById('graph-center').textContent").toString().contains("attack in Moscow"));

            b.eval("document.querySelector('#yasgui .tabPanel.active .yasr_downloadIcon').click()");
            Path csv = null;
            for (int i = 0; i < 100 && csv == null; i++) {
                try (Stream<Path> files = Files.list(downloads)) {
                    csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
                }
                if (csv == null) Thread.sleep(200);
            }
            assertTrue(csv != null, "a CSV was downloaded");
            String text = Files.readString(csv);
            // YASR quotes every CSV field.
            assertTrue(text.replace("\"", "").startsWith("event,eventLabel,claimant,claimantLabel,channelLabel,article,sentence")
                    && text.lines().count() >= 8 && text.contains("https://claimtrace.org/id/event/attack-moscow"), text);

            // Dragging a column's edge: YASR's resizer writes its drag cursor as a <style>, which the policy allows by its hash.
            JsonValue dragged = b.eval("""
                    (() => {
                      const grip = document.querySelector('#yasgui .tabPanel.active .grip-handle .grip-resizable');
                      if (!grip) return 'no column grip';
                      const r = grip.getBoundingClientRect();
                      grip.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: r.x + 2, clientY: r.y + 2 }));
                      const cursor = [...document.head.querySelectorAll('style')].some(e => e.textContent.includes('col-resize!important'));
                      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.x + 2, clientY: r.y + 2 }));
                      return cursor;
                    })()""");
            assertEquals(JsonValue.TRUE, dragged, "YASR's drag cursor was written");
            assertEquals(List.of(), violations(b), "the page broke its Content-Security-Policy");
            assertEquals(List.of(), errors(b), "no errors in the console");
        }
    }

    @Test
    void aDepth2NeighbourhoodDrawsOnLoadSpreadOverTheCanvasWithLegibleLabels(@TempDir Path tmp) throws Exception {
        try (Browser b = Browser.start(tmp, WIDTH, HEIGHT)) {
            b.navigate(url("?entity=" + URLEncoder.encode(EVENT, StandardCharsets.UTF_8) + "&depth=2&evidence=1"));
            assertTrue(b.waitFor("document.body.dataset.ready === 'true' && window.explorer.cy()", Browser.seconds(60)),
                    "the page finished its work on load");
            Path png = screenshots().resolve("explorer.png").toAbsolutePath();
            b.screenshot(png);
            JsonObject seen = b.eval("""
                    (() => {
                      const cy = window.explorer.cy();
                      const entities = cy.nodes("[type != 'FACT']");
                      const px = entities.map(n => parseFloat(n.renderedStyle('font-size')));
                      const box = cy.nodes().renderedBoundingBox();
                      return { nodes: cy.nodes().length, entities: entities.length, zoom: cy.zoom(),
                               minLabelPx: Math.min(...px), maxLabelPx: Math.max(...px),
                               spreadX: box.w / cy.width(), spreadY: box.h / cy.height(),
                               evidence: document.querySelectorAll('.evidence-item').length };
                    })()""").asJsonObject();
            System.out.println("depth 2 around the Moscow attack, as drawn: " + seen + ", screenshot " + png);
            assertTrue(seen.getInt("nodes") >= 20, "a depth-2 neighbourhood: " + seen);
            assertTrue(seen.getJsonNumber("minLabelPx").doubleValue() >= 10, "entity labels at least 10 px on screen: " + seen);
            assertTrue(seen.getJsonNumber("spreadX").doubleValue() >= 0.6 && seen.getJsonNumber("spreadY").doubleValue() >= 0.5,
                    "the nodes spread over the canvas: " + seen);
            assertTrue(seen.getInt("evidence") > 0, "the heaviest edge's evidence is shown");

            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(WIDTH, img.getWidth());
            Set<Integer> colours = new HashSet<>();
            for (int y = img.getHeight() / 6; y < img.getHeight() * 2 / 3; y += 2) {
                for (int x = img.getWidth() / 2; x < img.getWidth() - 20; x += 2) colours.add(img.getRGB(x, y) & 0xffffff);
            }
            assertTrue(colours.contains(0xe15759) && colours.contains(0xb07aa1), "organisation and event nodes drawn");
            assertEquals(List.of(), violations(b), "the page broke its Content-Security-Policy");
            assertEquals(List.of(), errors(b), "no errors in the console");
        }
    }
}

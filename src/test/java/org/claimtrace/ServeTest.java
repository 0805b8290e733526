package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimtrace.serve.ClaimtraceServer;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free loopback port over the seed store, spoken to over HTTP. */
class ServeTest {
    static final String EVENT = "https://claimtrace.org/id/event/attack-moscow";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static ClaimtraceServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = ClaimtraceServer.builder().port(0).timeoutSeconds(30).build(SeedStore.store().dataset()).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    /**
     * Sends once more when the server closed a pooled keep-alive connection under the client
     * ("header parser received no bytes"), which happens after a request the server aborted (the time-out test).
     */
    static HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> handler)
            throws IOException, InterruptedException {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            return HTTP.send(request, handler);
        }
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) b.header("Accept", accept);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> sparql(String query, String accept) throws IOException, InterruptedException {
        return post("/ds/sparql", "application/x-www-form-urlencoded", "query=" + enc(query), accept);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void storedQueriesAreListedWithTheirQuestionsParametersAndColumns() throws Exception {
        HttpResponse<String> r = get("/queries", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray list = JSON.parseAny(r.body()).getAsArray();
        JsonObject claims = list.stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("name").getAsString().value().equals("claims")).findFirst().orElseThrow();
        assertFalse(claims.get("question").getAsString().value().isBlank());
        assertEquals("event", claims.get("params").getAsArray().get(0).getAsObject().get("name").getAsString().value());
        assertEquals("eventLabel", claims.get("columns").getAsArray().get(1).getAsString().value());
    }

    @Test
    void aStoredQueryAnswersInTheNegotiatedFormat() throws Exception {
        HttpResponse<String> csv = get("/queries/claims", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
        assertTrue(csv.body().startsWith("event,eventLabel,claimant,claimantLabel,channelLabel,article,sentence"), csv.body());
        assertTrue(csv.body().contains("attack in Moscow"), csv.body());

        HttpResponse<String> tsv = get("/queries/claims?format=tsv", "application/sparql-results+json");
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values") && tsv.body().startsWith("?event\t?eventLabel"), tsv.body());
        HttpResponse<String> xml = get("/queries/claims", "application/sparql-results+xml");
        assertTrue(contentType(xml).startsWith("application/sparql-results+xml") && xml.body().contains("<sparql"), xml.body());
        HttpResponse<String> json = get("/queries/claims", "text/html;q=0.9, application/sparql-results+json");
        assertTrue(json.body().contains("\"bindings\""), json.body());
    }

    @Test
    void storedQueryParametersAreBoundAsTermsNotPastedIntoTheQuery() throws Exception {
        HttpResponse<String> people = get("/queries/entities?type=PERSON&format=csv", null);
        assertEquals(200, people.statusCode(), people.body());
        List<String> rows = people.body().lines().skip(1).toList();
        assertFalse(rows.isEmpty(), people.body());
        assertTrue(rows.stream().allMatch(l -> l.contains(",PERSON,")), people.body());

        HttpResponse<String> byEvent = get("/queries/claims?format=csv&event=" + enc(EVENT), null);
        assertTrue(byEvent.body().lines().skip(1).allMatch(l -> l.startsWith(EVENT + ",")), byEvent.body());

        HttpResponse<String> nasty = get("/queries/entities?type=" + enc("PERSON\" } } DROP ALL {"), "application/sparql-results+json");
        assertEquals(200, nasty.statusCode(), nasty.body());
        assertTrue(nasty.body().contains("\"bindings\"") && !nasty.body().contains("\"type\": \"uri\""), nasty.body());
    }

    @Test
    void anUnknownStoredQueryIs404AndAnUnknownParameter400() throws Exception {
        HttpResponse<String> unknown = get("/queries/no-such-query", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("available:") && unknown.body().contains("claims"), unknown.body());
        HttpResponse<String> param = get("/queries/claims?colour=red", null);
        assertEquals(400, param.statusCode());
        assertTrue(param.body().contains("has no parameter 'colour'"), param.body());
        HttpResponse<String> format = get("/queries/claims?format=pdf", null);
        assertEquals(400, format.statusCode());
    }

    @Test
    void aListingNeedsOneOfItsScopeParametersOrAllRows() throws Exception {
        JsonObject timeline = JSON.parseAny(get("/queries", null).body()).getAsArray().stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("name").getAsString().value().equals("timeline")).findFirst().orElseThrow();
        assertEquals(List.of("event", "article"), timeline.get("scope").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        HttpResponse<String> unscoped = get("/queries/timeline?format=csv", null);
        assertEquals(400, unscoped.statusCode());
        assertTrue(unscoped.body().contains("event, article") && unscoped.body().contains("all=true"), unscoped.body());
        List<String> all = get("/queries/timeline?format=csv&all=true", null).body().lines().skip(1).toList();
        List<String> oneEvent = get("/queries/timeline?format=csv&event=" + enc(EVENT), null).body().lines().skip(1).toList();
        assertFalse(oneEvent.isEmpty());
        assertTrue(all.size() > oneEvent.size() && all.containsAll(oneEvent), oneEvent.size() + " of " + all.size());
    }

    @Test
    void adHocSparqlAnswersInJsonXmlCsvAndTsv() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        long quads = SeedStore.store().size();
        HttpResponse<String> json = sparql(q, "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(contentType(json).startsWith("application/sparql-results+json"), contentType(json));
        assertTrue(json.body().contains("\"" + quads + "\""), json.body());
        HttpResponse<String> xml = sparql(q, "application/sparql-results+xml");
        assertTrue(contentType(xml).startsWith("application/sparql-results+xml") && xml.body().contains(">" + quads + "<"), xml.body());
        HttpResponse<String> csv = sparql(q, "text/csv");
        assertEquals("n\r\n" + quads + "\r\n", csv.body());
        HttpResponse<String> tsv = get("/ds/sparql?query=" + enc(q), "text/tab-separated-values");
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values") && tsv.body().startsWith("?n\n"), tsv.body());
    }

    @Test
    void aFilterThatEmptiesABasicGraphPatternAnswersWithNoRowsNotAnError() throws Exception {
        // Jena 6.0.0 TDB2 throws "Peek iterator is already empty" here unless the server's context
        // turns off filter placement inside basic graph patterns.
        String q = "PREFIX ct: <https://claimtrace.org/ns#> SELECT * WHERE { GRAPH ?g { ?f a ct:Claim . ?f ct:claimant ?c . "
                + "FILTER(?c = <urn:none>) ?f ct:event ?e . ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }";
        HttpResponse<String> r = sparql(q, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("f,c,e,l,g", r.body().strip());
    }

    @Test
    void graphsAndTheDatasetAreServedInTurtleTrigAndNQuads() throws Exception {
        String article = SeedStore.store().graphNames().get(0);
        HttpResponse<String> ttl = get("/ds/get?graph=" + enc(article), "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(contentType(ttl).startsWith("text/turtle"), contentType(ttl));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.size() > 50, "triples: " + m.size());

        long quads = SeedStore.store().size();
        for (String[] f : new String[][] {{"application/trig", "TRIG"}, {"application/n-quads", "NQUADS"}}) {
            HttpResponse<String> r = get("/ds", f[0]);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(contentType(r).startsWith(f[0]), contentType(r));
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.create().source(new StringReader(r.body())).lang(f[1].equals("TRIG") ? Lang.TRIG : Lang.NQUADS).parse(dsg);
            assertEquals(quads, dsg.stream().count(), f[0]);
        }
        HttpResponse<String> jsonld = get("/ds/get?graph=" + enc(article), "application/ld+json");
        assertTrue(contentType(jsonld).startsWith("application/ld+json") && jsonld.body().contains("@"), contentType(jsonld));
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        long before = SeedStore.store().size();
        HttpResponse<String> viaUpdate = post("/ds/update", "application/x-www-form-urlencoded", "update=" + enc("DROP ALL"), null);
        HttpResponse<String> viaDataset = post("/ds", "application/sparql-update", "DROP ALL", null);
        HttpResponse<String> viaQuery = post("/ds/sparql", "application/x-www-form-urlencoded", "update=" + enc("DROP ALL"), null);
        HttpResponse<String> viaGsp = send(HttpRequest.newBuilder(URI.create(base + "/ds/get?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : List.of(viaUpdate, viaDataset, viaQuery, viaGsp)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().uri() + " -> " + r.statusCode() + " " + r.body());
        }
        assertEquals(before, SeedStore.store().size());
    }

    @Test
    void aMalformedQueryIs400WithAMessage() throws Exception {
        HttpResponse<String> r = sparql("SELECT ?x WHERE { ?x ?p }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void theNeighbourhoodOfAnEventHasTypedNodesAndWeightedEdgesWithEvidence() throws Exception {
        HttpResponse<String> r = get("/graph?entity=" + enc(EVENT) + "&depth=1", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject g = JSON.parse(r.body());
        List<String> types = new ArrayList<>();
        g.get("nodes").getAsArray().forEach(n -> types.add(n.getAsObject().get("type").getAsString().value()));
        assertTrue(types.contains("EVENT") && types.contains("ORGANIZATION") && types.contains("FACT"), types.toString());
        JsonObject claimedBy = g.get("edges").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(e -> e.get("relation").getAsString().value().equals("claimedBy")).findFirst().orElseThrow();
        assertEquals(EVENT, claimedBy.get("source").getAsString().value());
        assertTrue(claimedBy.get("weight").getAsNumber().value().intValue() >= 1);
        JsonObject ev = claimedBy.get("evidence").getAsArray().get(0).getAsObject();
        assertTrue(ev.get("file").getAsString().value().endsWith(".txt"), ev.toString());
        assertFalse(ev.get("sentence").getAsString().value().isBlank(), ev.toString());
        assertTrue(g.get("edges").getAsArray().stream().map(e -> e.getAsObject().get("relation").getAsString().value())
                .anyMatch(rel -> rel.equals("attributor")), "attributor links from the fact nodes");
        assertEquals(400, get("/graph?entity=not-an-iri", null).statusCode());
        assertEquals(400, get("/graph?entity=" + enc(EVENT) + "&depth=9", null).statusCode());
    }

    @Test
    void aQueryPastTheTimeoutIsStopped() throws Exception {
        ClaimtraceServer quick = ClaimtraceServer.builder().port(0).timeoutSeconds(1).build(SeedStore.store().dataset()).start();
        try {
            String cross = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + quick.port() + "/ds/sparql"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(cross))).build(), HttpResponse.BodyHandlers.ofString());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 15, "stopped after " + seconds + " s");
        } finally {
            quick.stop();
        }
    }

    @Test
    void allowUpdateAcceptsSparqlUpdate(@TempDir Path tmp) throws Exception {
        try (GraphStore gs = GraphStore.open(tmp.resolve("db"))) {
            ClaimtraceServer rw = ClaimtraceServer.builder().port(0).allowUpdate(true).build(gs.dataset()).start();
            try {
                String url = "http://127.0.0.1:" + rw.port() + "/ds/update";
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
                assertEquals(1, gs.size());
            } finally {
                rw.stop();
            }
        }
    }

    @Test
    void aSecondProcessCannotOpenTheStoreWhileTheServerRuns() throws Exception {
        get("/ds/sparql?query=" + enc("ASK {}"), null);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.claimtrace.cli.Claimtrace", "stats", "--store", SeedStore.store().dir().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second process did not end");
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.lines().filter(l -> l.startsWith("claimtrace:")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).contains("is in use by another process"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void badServeOptionsAreOneLineErrorsAndCreateNoStore(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        for (String[] args : new String[][] {{"--timeout", "0"}, {"--port", "70000"}}) {
            CliTest.Run r = CliTest.run("serve", args[0], args[1], "--store", db.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("claimtrace: ") && r.err().contains(args[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
        assertFalse(java.nio.file.Files.exists(db));
    }

    @Test
    void theStoresIrisResolveWith303ToADocumentInTheNegotiatedFormat() throws Exception {
        HttpResponse<String> see = get("/id/entity/vladimir-putin", "text/turtle");
        assertEquals(303, see.statusCode(), see.body());
        assertEquals("/doc/entity/vladimir-putin", java.net.URI.create(see.headers().firstValue("Location").orElseThrow()).getPath());

        HttpResponse<String> ttl = get("/doc/entity/vladimir-putin", "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(contentType(ttl).startsWith("text/turtle") && ttl.headers().firstValue("Vary").orElse("").contains("Accept"), contentType(ttl));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl.body())).lang(Lang.TURTLE).parse(m);
        var putin = m.createResource("https://claimtrace.org/id/entity/vladimir-putin");
        assertEquals("Vladimir Putin", putin.getProperty(m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel")).getString());
        assertTrue(m.contains(null, m.createProperty("https://claimtrace.org/ns#attributor"), putin), "the facts he is the attributor of");

        for (String[] f : new String[][] {{"application/ld+json", "JSONLD"}, {"application/n-triples", "NTRIPLES"}}) {
            HttpResponse<String> r = get("/doc/entity/vladimir-putin", f[0]);
            assertTrue(contentType(r).startsWith(f[0]), contentType(r));
            Model other = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(f[1].equals("JSONLD") ? Lang.JSONLD : Lang.NTRIPLES).parse(other);
            assertTrue(other.isIsomorphicWith(m), f[0] + " says the same as Turtle");
        }
        HttpResponse<String> html = get("/doc/entity/vladimir-putin", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(contentType(html).startsWith("text/html") && html.body().contains("<h1>Vladimir Putin</h1>")
                && html.body().contains("href=\"/id/article/") && !html.body().contains("<script"), html.body());
        assertTrue(get("/doc/entity/vladimir-putin?format=ttl", "text/html").body().contains("skos:prefLabel"));
        assertEquals(404, get("/doc/entity/nobody-at-all", "text/turtle").statusCode());
        assertEquals(400, get("/doc/entity/vladimir-putin?format=pdf", null).statusCode());
    }

    @Test
    void anArticlesDocumentHoldsItsFactsUnderTheirFragments() throws Exception {
        String article = SeedStore.store().graphNames().stream().filter(g -> g.contains("/article/2a1505cb")).findFirst().orElseThrow();
        String path = java.net.URI.create(article).getPath().replaceFirst("^/id/", "/doc/");
        HttpResponse<String> ttl = get(path, "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(ttl.body().contains("#claim-1409-1578>") && (ttl.body().contains("claim.responsibility") || ttl.body().contains("claim.from-statement")), ttl.body());
        HttpResponse<String> html = get(path, "text/html");
        assertTrue(html.body().contains("<section id=\"claim-1409-1578\">"), html.body());
    }

    @Test
    void theExplorersFilesAreServedByJettyWithTypesAndETags() throws Exception {
        HttpResponse<String> page = get("/?entity=x", null);
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html") && page.body().contains("claimtrace explorer"), page.body());
        HttpResponse<String> js = get("/explorer/app.js", null);
        assertTrue(contentType(js).startsWith("text/javascript"), contentType(js));
        String etag = js.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(base + "/explorer/app.js")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        int listing = get("/explorer/vendor/", null).statusCode();
        assertTrue(listing == 403 || listing == 404, "no folder listings: " + listing);
        assertEquals(404, get("/explorer/nothing.js", null).statusCode());
    }

    @Test
    void aStoredQueryIsAlsoItsTextWithTheParametersBoundForTheEditor() throws Exception {
        HttpResponse<String> r = get("/queries/claims?event=" + enc(EVENT), "application/sparql-query");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/sparql-query"), contentType(r));
        assertTrue(r.body().startsWith("# Who claimed") && r.body().contains("(<" + EVENT + "> AS ?event)"), r.body());
        org.apache.jena.query.QueryFactory.create(r.body());
        assertEquals(400, get("/queries/timeline", "application/sparql-query").statusCode(), "a listing still needs its scope");

        JsonObject config = JSON.parse(get("/config", null).body());
        assertEquals("https://claimtrace.org/id/", config.get("base").getAsString().value());
        assertEquals("https://claimtrace.org/id/entity/", config.get("prefixes").getAsObject().get("ent").getAsString().value());
        assertEquals("/id/", config.get("linkedData").getAsString().value());
    }
}

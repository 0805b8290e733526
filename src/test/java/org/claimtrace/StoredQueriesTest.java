package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimtrace.CliTest.Run;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.store.StoreQueryExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** The stored queries of queries/ on the seeds store: they run, answer where the seeds have an answer, and bind parameters safely. */
class StoredQueriesTest {
    /** Queries whose answer the seeds contain (denials: no seed article states a denial). */
    private static final Set<String> ANSWERED = Set.of("claims", "attributions", "reports", "quotes", "statements", "threats",
            "figures", "entities", "mentions", "relations", "conflicts", "reporting-chain", "corroboration", "outlet-activity",
            "timeline", "figures-in-conflict");

    static Stream<String> names() {
        return QueryLibrary.load(null).all().keySet().stream();
    }

    private static List<Map<String, String>> rows(String name, Map<String, Node> params) {
        StoredQuery q = QueryLibrary.load(null).get(name).orElseThrow();
        List<Map<String, String>> out = new ArrayList<>();
        for (QuerySolution s : new QueryRunner(SeedStore.store().dataset()).select(q.text(), params)) {
            out.add(row(s));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("names")
    void runsOnTheSeedsAndAnswersWhereTheSeedsHaveAnAnswer(String name) {
        List<Map<String, String>> rows = rows(name, Map.of());
        if (ANSWERED.contains(name)) assertFalse(rows.isEmpty(), name + " has no rows on the seeds");
    }

    @ParameterizedTest
    @MethodSource("names")
    void parametersThatMatchNothingGiveNoErrorAndNoRows(String name) {
        StoredQuery q = QueryLibrary.load(null).get(name).orElseThrow();
        for (String p : q.paramNames()) {
            for (Node v : List.of(NodeFactory.createURI("urn:claimtrace:nothing"), NodeFactory.createLiteralString("nothing at all"))) {
                List<Map<String, String>> rows = assertDoesNotThrow(() -> rows(name, Map.of(p, v)), name + " " + p + "=" + v);
                assertTrue(rows.isEmpty(), name + " " + p + "=" + v + " matched " + rows.size() + " rows");
            }
        }
    }

    /**
     * The store's executor sorts rows with their keys evaluated once (StoreQueryExecutor): every
     * stored query gives the same rows in the same order as with Jena's own ORDER BY.
     */
    @ParameterizedTest
    @MethodSource("names")
    void rowsComeInTheSameOrderAsWithJenasOwnSort(String name) {
        var dataset = SeedStore.store().dataset();
        var query = QueryRunner.parse(QueryLibrary.load(null).get(name).orElseThrow().text());
        List<Map<String, String>> jenaSort = Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (var exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                    .set(ARQConstants.sysOpExecutorFactory, StoreQueryExecutor.WITH_JENA_SORT)
                    .build()) {
                ResultSet.adapt(exec.select()).forEachRemaining(s -> out.add(row(s)));
            }
            return out;
        });
        assertFalse(jenaSort.isEmpty() && ANSWERED.contains(name), name + " has no rows on the seeds");
        assertEquals(jenaSort, rows(name, Map.of()), name);
    }

    @Test
    void entityProfileTakesALabelInAnyCase() {
        List<Map<String, String>> rows = rows("entity-profile", Map.of("entity", NodeFactory.createLiteralString("vladimir putin")));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("entityIri").endsWith("/vladimir-putin>") || r.get("entityIri").endsWith("/vladimir-putin")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> "attributor".equals(r.get("role"))), "Putin blamed someone: " + rows);
    }

    /** "Putin initially attributed the attack to Ukraine" against the claim of IS or its Khorasan branch. */
    @Test
    void conflictsSetPutinsBlameOnUkraineAgainstTheIslamicStatesClaim() {
        List<Map<String, String>> rows = rows("conflicts", Map.of());
        boolean found = rows.stream().anyMatch(r -> "claimed vs blamed".equals(r.get("conflict"))
                && r.get("partyALabel").matches("(?i).*(\\bIS\\b|ISIS|ISKP|Islamic State|Khorasan).*")
                && r.get("partyBLabel").equals("Ukraine")
                && r.getOrDefault("sourceBLabel", "").contains("Putin"));
        assertTrue(found, "no 'claimed vs blamed' row with an IS claim against Putin's blame on Ukraine: " + rows);
    }

    /** "The poster, highlighted by Iranian media and linked to IS-Khorasan's propaganda network, Al Azaim, ... as reported by Newsweek." */
    @Test
    void reportingChainFollowsTheAlAzaimPosterThroughIranianMediaAndNewsweekToTheArticle() {
        List<Map<String, String>> rows = rows("reporting-chain", Map.of());
        List<Map<String, String>> poster = rows.stream()
                .filter(r -> r.getOrDefault("sentence", "").contains("Al Azaim") && r.getOrDefault("sentence", "").contains("Newsweek"))
                .toList();
        assertFalse(poster.isEmpty(), "no chain from the poster's sentence: " + rows);
        Set<String> reporters = new java.util.HashSet<>();
        poster.forEach(r -> { if (r.get("reporterLabel") != null) reporters.add(r.get("reporterLabel")); });
        assertTrue(reporters.containsAll(Set.of("Iranian media", "Newsweek")), "relays: " + reporters);
        assertTrue(poster.stream().allMatch(r -> "004_0586ed6de2ad9625.txt".equals(r.get("file"))), "ends at the article: " + poster);
        assertTrue(poster.stream().anyMatch(r -> "0".equals(r.get("hop"))), "hop 0 is the origin: " + poster);
    }

    @Test
    void theCommandLineListsQueriesBindsHostileValuesAndWritesParsableXml() throws Exception {
        String db = SeedStore.store().dir().toString();
        long quads = SeedStore.store().size();
        SeedStore.store().close();
        try {
            Run list = CliTest.run("queries");
            assertEquals(0, list.code(), list.err());
            for (StoredQuery q : QueryLibrary.load(null).all().values()) {
                assertTrue(list.out().contains(q.name()) && list.out().contains(q.question()), q.name() + " listed: " + list.out());
            }
            Run hostile = CliTest.run("query", "entity-profile", "--store", db, "--format", "json",
                    "--param", "entity=Putin\" } } ; DROP ALL ; SELECT * { ?s ?p \"{");
            assertEquals(0, hostile.code(), hostile.err());
            assertTrue(hostile.out().contains("\"bindings\": [ ]") || hostile.out().matches("(?s).*\"bindings\"\\s*:\\s*\\[\\s*\\].*"), hostile.out());
            Run xml = CliTest.run("query", "claims", "--store", db, "--format", "xml");
            assertEquals(0, xml.code(), xml.err());
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.out().getBytes(StandardCharsets.UTF_8)));
            assertEquals("sparql", d.getDocumentElement().getLocalName() == null ? d.getDocumentElement().getTagName() : d.getDocumentElement().getLocalName());
            assertTrue(d.getElementsByTagName("result").getLength() > 0, xml.out());
            for (String f : List.of("table", "csv", "tsv", "json")) {
                Run r = CliTest.run("query", "threats", "--store", db, "--format", f);
                assertEquals(0, r.code(), f + ": " + r.err());
                assertTrue(r.out().contains("Putin"), f + ": " + r.out());
            }
        } finally {
            SeedStore.reopen();
        }
        assertEquals(quads, SeedStore.store().size(), "the hostile value changed nothing");
    }

    /**
     * The listings read labels, types and counts from the resolution graph's summaries, and
     * labels per row from the article graph: both must agree with the article graphs themselves.
     */
    @Test
    void summariesAndArticleLabelsAgreeWithWhatTheArticleGraphsSay() {
        String p = "PREFIX ct: <https://claimtrace.org/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";
        QueryRunner runner = new QueryRunner(SeedStore.store().dataset());
        // Grouped over the article graphs, as entities.rq did before the summaries.
        Map<String, List<String>> grouped = new HashMap<>();
        for (QuerySolution s : runner.select(p + "SELECT ?e (MIN(?t) AS ?type) (COUNT(DISTINCT ?g) AS ?articles) WHERE { "
                + "GRAPH ?g { ?e ct:entityType ?t } FILTER NOT EXISTS { GRAPH ?g { ?x ct:mentionCount ?n } } "
                + "FILTER NOT EXISTS { GRAPH ?r { ?e a ct:DescribedParty ; ct:mentionCount ?k } } } GROUP BY ?e", Map.of())) {
            String e = s.getResource("e").getURI();
            List<String> mins = runner.select(p + "SELECT (MIN(?l) AS ?label) (COUNT(?m) AS ?mentions) WHERE { "
                    + "{ GRAPH ?g { <" + e + "> skos:prefLabel ?l } FILTER NOT EXISTS { GRAPH ?g { ?x ct:mentionCount ?n } } } "
                    + "UNION { GRAPH ?h { ?m itsrdf:taIdentRef <" + e + "> } } }", Map.of()).stream()
                    .map(r -> (r.contains("label") ? r.getLiteral("label").getString() : "") + "|" + r.getLiteral("mentions").getInt())
                    .toList();
            grouped.put(e, List.of(s.getLiteral("type").getString(), String.valueOf(s.getLiteral("articles").getInt()),
                    mins.getFirst().replaceAll("\\|.*", ""), mins.getFirst().replaceAll(".*\\|", "")));
        }
        Map<String, List<String>> summaries = new HashMap<>();
        for (Map<String, String> r : rows("entities", Map.of())) {
            summaries.put(r.get("entity"), List.of(r.get("type"), r.get("articles"), r.get("label"), r.get("mentions")));
        }
        assertFalse(grouped.isEmpty());
        grouped.forEach((e, want) -> {
            List<String> got = summaries.get(e);
            assertTrue(got != null, "no summary for " + e);
            assertEquals(want.get(0), got.get(0), "type of " + e);
            assertEquals(want.get(1), got.get(1), "articles of " + e);
            if (!want.get(2).isEmpty()) assertEquals(want.get(2), got.get(2), "label of " + e);
            assertEquals(want.get(3), got.get(3), "mentions of " + e);
        });
        assertEquals(grouped.keySet(), summaries.keySet());
        // Per-row labels are read in the row's article graph: one prefLabel per node per graph,
        // the same in every graph once resolution has run.
        assertTrue(runner.select(p + "SELECT ?e WHERE { GRAPH ?g { ?e skos:prefLabel ?a , ?b FILTER (?a != ?b) } }", Map.of()).isEmpty(),
                "a node with two prefLabels in one graph");
        assertTrue(runner.select(p + "SELECT ?e WHERE { GRAPH ?g { ?e skos:prefLabel ?a ; ct:entityType ?t } "
                + "GRAPH ?h { ?e skos:prefLabel ?b ; ct:entityType ?u } FILTER (?a != ?b) FILTER EXISTS { GRAPH ?g { ?m itsrdf:taIdentRef ?e } } "
                + "FILTER EXISTS { GRAPH ?h { ?n itsrdf:taIdentRef ?e } } }", Map.of()).isEmpty(), "a mentioned node labelled differently by two graphs");
    }

    /**
     * corroboration and conflicts read what resolution keeps (assertions, conflicting positions)
     * instead of grouping the article graphs; the live versions they replaced, kept under
     * src/test/resources/live-queries, must give the same rows.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"corroboration", "conflicts"})
    void answersKeptByResolutionEqualTheLiveGroupingOfTheArticleGraphs(String name) throws Exception {
        String live = new String(getClass().getResourceAsStream("/live-queries/" + name + ".rq").readAllBytes(), StandardCharsets.UTF_8);
        List<String> want = new ArrayList<>();
        for (QuerySolution s : new QueryRunner(SeedStore.store().dataset()).select(live, Map.of())) want.add(sortedLists(row(s)).toString());
        List<String> got = rows(name, Map.of()).stream().map(StoredQueriesTest::sortedLists).map(Map::toString).toList();
        assertFalse(want.isEmpty(), name + " has no rows on the seeds");
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), name);
    }

    /** The row with its " | " lists in sorted order: GROUP_CONCAT joins in no set order, resolution's lists are sorted. */
    private static Map<String, String> sortedLists(Map<String, String> row) {
        Map<String, String> out = new java.util.TreeMap<>(row);
        for (String list : List.of("files", "outletLabels")) {
            if (out.containsKey(list)) out.put(list, String.join(" | ", java.util.Arrays.stream(out.get(list).split(" \\| ")).sorted().toList()));
        }
        return out;
    }

    /** A row as variable name to lexical form (literals) or term (IRIs), in name order. */
    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> row = new java.util.TreeMap<>();
        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
        return row;
    }

    @Test
    void listingsNameTheirScopeAndRunOnlyWithItOrWhenAllRowsAreAskedFor() {
        Set<String> listings = new java.util.TreeSet<>();
        QueryLibrary.load(null).all().values().stream().filter(StoredQuery::isListing).forEach(q -> listings.add(q.name()));
        assertEquals(Set.of("entity-profile", "mentions", "merges", "reporting-chain", "statements", "timeline"), listings);
        StoredQuery mentions = QueryLibrary.load(null).get("mentions").orElseThrow();
        assertEquals(List.of("article", "entity"), mentions.scope());
        assertTrue(mentions.unscoped(List.of(), false).orElseThrow().contains("article, entity"));
        assertTrue(mentions.unscoped(List.of("entity"), false).isEmpty());
        assertTrue(mentions.unscoped(List.of(), true).isEmpty());
        assertTrue(QueryLibrary.load(null).get("claims").orElseThrow().unscoped(List.of(), false).isEmpty());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StoredQuery.parse("mine", "# Mine?\n# param a: x\n# scope: b\nSELECT * { ?a ?p ?o }"));
        assertTrue(bad.getMessage().contains("'b'"), bad.getMessage());
    }
}

package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.eval.Evaluator;
import org.claimtrace.eval.Gold;
import org.claimtrace.eval.Score;
import org.claimtrace.ingest.IngestReport;
import org.claimtrace.ingest.Progress;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;

/** The seeds, end to end through real CoreNLP and a real TDB2 store, against the hand annotation. */
class SeedsEndToEndTest {

    @Test
    void allFiveSeedsAreIngested() {
        IngestReport r = SeedStore.firstReport();
        assertEquals(5, r.added(), "added");
        assertTrue(r.skipped().isEmpty(), "skipped: " + r.skipped());
    }

    @Test
    void findsAtLeast85PercentOfEachDocumentsGoldEntitiesWithTheRightType() throws Exception {
        Gold gold = Gold.load(SeedStore.SEEDS_GOLD);
        Evaluator ev = new Evaluator(SeedStore.store().dataset(), gold);
        ev.score();
        Map<String, Integer> missed = new HashMap<>();
        for (String d : ev.differences()) {
            if (d.startsWith("entities ") && d.contains(" missed: ")) missed.merge(d.split(" ")[1], 1, Integer::sum);
        }
        for (var e : gold.docs().entrySet()) {
            int total = e.getValue().entities().size();
            double recall = (total - missed.getOrDefault(e.getKey(), 0)) / (double) total;
            assertTrue(recall >= 0.85, e.getKey() + " entity recall " + recall + "; " + ev.differences());
        }
    }

    @Test
    void meetsTheFactBarsOnTheSeedsGold() throws Exception {
        List<Score> scores = new Evaluator(SeedStore.store().dataset(), Gold.load(SeedStore.SEEDS_GOLD)).score();
        Map<String, Score> byKind = new HashMap<>();
        scores.forEach(s -> byKind.put(s.kind(), s));
        assertTrue(byKind.get("claims").f1() >= 0.85, "claims " + byKind.get("claims"));
        assertTrue(byKind.get("attributions").f1() >= 0.75, "attributions " + byKind.get("attributions"));
        assertTrue(byKind.get("reports").f1() >= 0.7, "reports " + byKind.get("reports"));
    }

    @Test
    void reingestingChangesNoTriple() {
        GraphStore store = SeedStore.store();
        Set<Quad> before = quads(store.dataset());
        IngestReport again = SeedStore.ingester().ingest(List.of(SeedStore.SEEDS), new ArticleReader(), store, false, Progress.NONE);
        assertEquals(0, again.added());
        assertEquals(5, again.unchanged());
        assertEquals(before, quads(store.dataset()));
    }

    @Test
    void metadataIsFoundWhereTheSeedsStateIt() {
        Map<String, String> published = rows("SELECT ?src ?d WHERE { GRAPH ?g { ?a dct:source ?src ; schema:datePublished ?d } }");
        assertEquals("2024-03-25", published.get("001_81dce88b960b5dd3.txt"));
        assertEquals("2024-03-25", published.get("002_5593a9ccb7b85b0f.txt"));
        assertEquals("2024-03-26", published.get("003_3d00c294ff2219a1.txt"));
        Map<String, String> at = rows("SELECT ?src ?d WHERE { GRAPH ?g { ?a dct:source ?src ; ct:publishedAt ?d } }");
        assertEquals("2024-03-26T09:33:00+01:00", at.get("003_3d00c294ff2219a1.txt"));
        Map<String, String> authors = rows("SELECT ?src ?d WHERE { GRAPH ?g { ?a dct:source ?src ; schema:author/schema:name ?d } }");
        assertEquals("Henrik Rothen", authors.get("003_3d00c294ff2219a1.txt"));
        Map<String, String> publishers = rows("SELECT ?src ?d WHERE { GRAPH ?g { ?a dct:source ?src ; schema:publisher/skos:prefLabel ?d } }");
        assertEquals("Global News", publishers.get("002_5593a9ccb7b85b0f.txt"));
    }

    @Test
    void everyMentionAndFactPointsAtTheExactCharactersOfItsArticle() throws Exception {
        Map<String, String> texts = new HashMap<>();
        try (var files = Files.list(SeedStore.SEEDS)) {
            for (Path p : files.toList()) texts.put(p.getFileName().toString(), Files.readString(p));
        }
        String q = "SELECT ?src ?text ?b ?e WHERE { GRAPH ?g { ?a dct:source ?src . "
                + "{ ?m a ct:Mention ; nif:anchorOf ?text ; nif:beginIndex ?b ; nif:endIndex ?e } UNION "
                + "{ ?m a ct:Fact ; ct:evidenceText ?text ; nif:beginIndex ?b ; nif:endIndex ?e } UNION "
                + "{ ?m a ct:Statement ; ct:content ?text ; ct:contentBegin ?b ; ct:contentEnd ?e } } }";
        int checked = 0;
        var rows = ((QueryRunner.Result.Rows) new QueryRunner(SeedStore.store().dataset()).run(QueryRunner.parse(PREFIXES + q), Map.of())).rows();
        while (rows.hasNext()) {
            var s = rows.next();
            String text = texts.get(s.getLiteral("src").getString());
            int b = s.getLiteral("b").getInt();
            int e = s.getLiteral("e").getInt();
            assertEquals(s.getLiteral("text").getString(), text.substring(b, e), "offsets " + b + "-" + e);
            checked++;
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void everyFactCarriesRuleConfidenceAndEvidence() {
        String q = "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f a ct:Fact . FILTER NOT EXISTS { ?f ct:rule ?r ; ct:confidence ?c ; "
                + "ct:evidence ?s ; prov:wasDerivedFrom ?g } } }";
        var rows = ((QueryRunner.Result.Rows) new QueryRunner(SeedStore.store().dataset()).run(QueryRunner.parse(PREFIXES + q), Map.of())).rows();
        assertEquals(0, rows.next().getLiteral("n").getInt());
    }

    static final String PREFIXES = "PREFIX ct: <https://claimtrace.org/ns#> PREFIX dct: <http://purl.org/dc/terms/> "
            + "PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX prov: <http://www.w3.org/ns/prov#> ";

    private static Map<String, String> rows(String sparql) {
        Map<String, String> out = new HashMap<>();
        var rows = ((QueryRunner.Result.Rows) new QueryRunner(SeedStore.store().dataset()).run(QueryRunner.parse(PREFIXES + sparql), Map.of())).rows();
        while (rows.hasNext()) {
            var s = rows.next();
            out.put(s.getLiteral("src").getString(), s.get("d").isLiteral() ? s.getLiteral("d").getLexicalForm() : s.get("d").toString());
        }
        return out;
    }

    private static Set<Quad> quads(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<Quad> s = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(s::add);
            return s;
        });
    }
}

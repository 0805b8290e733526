package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.claimtrace.map.Iris;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * conflicts and reporting-chain on two hand-written article graphs (cases/provenance-questions.trig)
 * in a TDB2 store, after cross-article resolution as every ingest ends: the general behaviour,
 * whatever extraction makes of the seeds.
 */
class ProvenanceQuestionsTest {
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static Dataset ds;

    @BeforeAll
    static void load() {
        store = GraphStore.open(dir);
        ds = store.dataset();
        Txn.executeWrite(ds, () -> RDFParser.source(Path.of("src/test/resources/cases/provenance-questions.trig")).parse(ds));
        new StoreResolver(new Iris("https://example.org/id/"), Gazetteer.load(List.of())).resolve(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> rows(String name) {
        List<Map<String, String>> out = new ArrayList<>();
        for (QuerySolution s : new QueryRunner(ds).select(QueryLibrary.load(null).get(name).orElseThrow().text(), Map.of())) {
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
            out.add(row);
        }
        return out;
    }

    @Test
    void aClaimConflictsWithABlameOnAnotherPartyButNotWithABlameOnItsParentGroup() {
        List<Map<String, String>> rows = rows("conflicts");
        assertTrue(rows.stream().anyMatch(r -> "claimed vs blamed".equals(r.get("conflict")) && "ISKP".equals(r.get("partyALabel"))
                && "Ukraine".equals(r.get("partyBLabel")) && "President Ivanov".equals(r.get("sourceBLabel"))
                && r.get("articleA").endsWith("/article/a") && r.get("articleB").endsWith("/article/b")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> "claimed vs blamed".equals(r.get("conflict")) && "ISKP".equals(r.get("partyALabel"))
                && "Islamic State".equals(r.get("partyBLabel"))), "ISKP is a branch of the Islamic State: " + rows);
    }

    @Test
    void theReportingChainGoesFromTheOriginThroughEachRelayOutwardsToTheArticle() {
        List<Map<String, String>> chain = rows("reporting-chain").stream()
                .filter(r -> r.get("fact").endsWith("#report-91-173-1"))
                .sorted(java.util.Comparator.comparing(r -> Integer.parseInt(r.get("hop"))))
                .toList();
        assertEquals(3, chain.size(), chain.toString());
        assertEquals("ISKP", chain.get(0).get("originLabel"));
        assertEquals("Iranian media", chain.get(1).get("reporterLabel"), "hop 1: the inner relay");
        assertEquals("Newsweek", chain.get(2).get("reporterLabel"), "hop 2: the outer relay");
        chain.forEach(r -> {
            assertEquals("b.txt", r.get("file"));
            assertEquals("The Daily", r.get("publisherLabel"));
        });
    }
}

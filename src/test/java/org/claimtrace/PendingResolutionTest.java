package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution that cannot be left half done: the store says it is pending from the transaction that
 * changes an article to the one that writes the resolution graph; commands that read warn, and
 * the next ingest, load, remove or resolve finishes it. (Killed processes: {@link KillTest}.)
 */
class PendingResolutionTest {
    static final String A = "Hackers of the Black Lotus group claimed responsibility for the cyberattack on Lisbon's metro.\n";
    static final String B = "Senator Maria Delgado said that the bill would pass next week.\n";

    /** Two articles ingested and resolved; then one article graph written again, as an ingest stopped before resolving leaves it. */
    static Path interrupted(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("ingest", in.toString(), "--store", db.toString()).code());
        try (GraphStore gs = GraphStore.open(db)) {
            assertFalse(gs.resolutionPending(), "resolved after ingest");
            String g = gs.graphNames().stream().filter(n -> n.contains("/article/")).findFirst().orElseThrow();
            gs.put(g, gs.graph(g));
            assertTrue(gs.resolutionPending(), "an article write marks resolution pending in its transaction");
        }
        return db;
    }

    @Test
    void commandsThatReadWarnAndTheNextIngestFinishesIt(@TempDir Path tmp) throws Exception {
        Path db = interrupted(tmp);
        for (String[] c : new String[][] {{"query", "entities"}, {"stats"}, {"sparql", "ASK {}"}, {"export", "--format", "nq"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c), java.util.stream.Stream.of("--store", db.toString()))
                    .toArray(String[]::new);
            var r = CliTest.run(args);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("warning: cross-article resolution of " + db + " is pending"), c[0] + ": " + r.err());
        }
        var again = CliTest.run("ingest", tmp.resolve("in").toString(), "--store", db.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 added, 2 unchanged") && again.err().contains("resolving entities and events across articles")
                && again.err().contains("resolved across articles"), again.err());
        var after = CliTest.run("query", "entities", "--store", db.toString());
        assertFalse(after.err().contains("pending"), after.err());
        assertTrue(after.out().contains("Black Lotus"), after.out());
    }

    @Test
    void removeResolveAndLoadFinishItToo(@TempDir Path tmp) throws Exception {
        Path db = interrupted(tmp);
        assertEquals(0, CliTest.run("resolve", "--store", db.toString()).code());
        assertFalse(pending(db));

        Path db2 = interrupted(Files.createDirectories(tmp.resolve("two")));
        assertEquals(0, CliTest.run("remove", "b.txt", "--store", db2.toString()).code());
        assertFalse(pending(db2));

        Path db3 = interrupted(Files.createDirectories(tmp.resolve("three")));
        Path nq = Files.createDirectories(tmp.resolve("nq"));
        Files.writeString(nq.resolve("x.nq"), "<urn:x:a> <urn:x:b> \"c\" <urn:x:g> .\n");
        var load = CliTest.run("load", nq.toString(), "--store", db3.toString());
        assertEquals(0, load.code(), load.err());
        assertFalse(pending(db3));
    }

    private static boolean pending(Path db) {
        try (GraphStore gs = GraphStore.open(db)) {
            return gs.resolutionPending();
        }
    }
}

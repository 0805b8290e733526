package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.claimtrace.bench.ChildRun;
import org.claimtrace.bench.StoreQuads;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest: a child JVM ingesting ten articles is killed with SIGKILL
 * while it writes articles, and while it resolves across articles; one more ingest then leaves
 * a store equal to a clean build (every quad, the times of ingest runs set aside). The bench runs
 * the same at ten random moments of an ingest of 100 articles ('claimtrace bench --only kill').
 */
class KillTest {
    static Path in;
    static Set<Quad> clean;

    @BeforeAll
    static void cleanBuild(@TempDir Path tmp) throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(SeedStore.SEEDS); var corpus = Files.list(SeedStore.CORPUS)) {
            for (Path p : seeds.sorted().toList()) Files.copy(p, in.resolve(p.getFileName()));
            for (Path p : corpus.sorted().limit(5).toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        Path db = tmp.resolve("clean");
        var r = CliTest.run("ingest", in.toString(), "--store", db.toString());
        assertEquals(0, r.code(), r.err());
        clean = StoreQuads.of(db);
    }

    static ChildRun.Outcome ingestKilledAt(Path db, String line, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", in.toString(), "--store", db.toString()));
        args.addAll(List.of(more));
        ChildRun.Outcome o = ChildRun.run(args, l -> l.contains(line), null, Duration.ofMinutes(3));
        assertTrue(o.killed() && o.exitCode() == 137, "killed at '" + line + "': " + o.exitCode() + "\n" + o.err());
        return o;
    }

    static boolean pending(Path db) {
        try (GraphStore gs = GraphStore.openExisting(db)) {
            return gs.resolutionPending();
        }
    }

    static void oneMoreIngestGivesTheCleanStore(Path db, String expected) {
        var r = CliTest.run("ingest", in.toString(), "--store", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(expected) && r.err().contains("resolved across articles"), r.err());
        String difference = StoreQuads.difference(clean, StoreQuads.of(db));
        assertTrue(difference.isEmpty(), difference);
        assertTrue(!pending(db), "resolution still pending");
    }

    @Test
    void killedWhileWritingThenWhileResolvingThenIngestedOnceMore(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        // One article per transaction, killed once the third is stored: some articles in, the rest not.
        ChildRun.Outcome writing = ingestKilledAt(db, "[3/10] added", "--batch", "1");
        assertTrue(pending(db), "articles were written, resolution had not run:\n" + writing.err());
        // The next ingest adds the rest and is killed as its resolution starts.
        ingestKilledAt(db, "resolving entities and events");
        assertTrue(pending(db), "killed during resolution");
        oneMoreIngestGivesTheCleanStore(db, "0 added, 10 unchanged");
    }

    @Test
    void killedWhileResolvingAWholeBatchThenIngestedOnceMore(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        ingestKilledAt(db, "resolving entities and events");
        assertTrue(pending(db), "killed during resolution");
        var query = CliTest.run("query", "entities", "--store", db.toString());
        assertTrue(query.err().contains("is pending"), "a reading command warns: " + query.err());
        oneMoreIngestGivesTheCleanStore(db, "0 added, 10 unchanged");
    }
}

package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.ingest.IngestReport;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Progress;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two threads, several articles per transaction, and annotate-then-bulk-load all give the graph a plain ingest gives. */
class ParallelAndBulkTest {

    @Test
    void parallelBatchedIngestAndBulkLoadGiveTheSameGraphAsASequentialIngest(@TempDir Path tmp) {
        Set<Quad> sequential = TestQuads.of(SeedStore.store().dataset().asDatasetGraph());
        try (GraphStore parallel = GraphStore.open(tmp.resolve("parallel"))) {
            var batch = new ArticleReader().read(List.of(SeedStore.SEEDS));
            IngestReport r = SeedStore.ingester().ingest(batch.articles(), List.of(), parallel,
                    new Ingester.Options(false, 2, 3), Progress.NONE);
            assertEquals(5, r.added());
            TestQuads.assertSame(sequential, TestQuads.of(parallel.dataset().asDatasetGraph()));
        }
        Path nq = tmp.resolve("nq");
        var annotate = CliTest.run("annotate", SeedStore.SEEDS.toString(), "--out", nq.toString(), "--per-file", "2");
        assertEquals(0, annotate.code(), annotate.err());
        assertTrue(Files.exists(nq.resolve("claimtrace-00003.nq")), annotate.err());
        Path db = tmp.resolve("bulk");
        var load = CliTest.run("load", nq.toString(), "--store", db.toString());
        assertEquals(0, load.code(), load.err());
        try (GraphStore bulk = GraphStore.open(db)) {
            TestQuads.assertSame(sequential, TestQuads.of(bulk.dataset().asDatasetGraph()));
        }
    }


}

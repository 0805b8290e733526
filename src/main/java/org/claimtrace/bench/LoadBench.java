package org.claimtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.store.BulkLoader;
import org.claimtrace.store.GraphStore;

/** Store load rate on the same quads: claimtrace's per-article transactions, batched transactions, TDB2's bulk loader. */
public final class LoadBench {

    public void run(Path nquads, Path work, BenchReport report) throws IOException {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(nquads.toString());
        Map<String, Model> graphs = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g.getURI(),
                ModelFactory.createModelForGraph(dsg.getGraph(g))));
        long quads = dsg.stream().count();
        double perArticle = timeStore(work.resolve("per-article"), store -> graphs.forEach(store::put));
        Map<Integer, Double> batched = new LinkedHashMap<>();
        for (int size : BATCHES) batched.put(size, timeStore(work.resolve("batched"), store -> putInBatches(store, graphs, size)));
        double bulk = timeStore(work.resolve("bulk"), store -> BulkLoader.load(store, List.of(nquads)));
        report.line("### Store load rate (%,d quads in %,d article graphs, the same quads each way)", quads, graphs.size());
        report.line("");
        report.line("| path | quads/s | time vs bulk loader |");
        report.line("|---|---|---|");
        report.line("| claimtrace, one write transaction per article | %,.0f | %.2fx |", quads / perArticle, perArticle / bulk);
        batched.forEach((size, seconds) -> report.line("| claimtrace, %d articles per transaction (--batch %d%s) | %,.0f | %.2fx |",
                size, size, size == Ingester.Options.DEFAULT_BATCH ? ", the default" : "", quads / seconds, seconds / bulk));
        report.line("| TDB2 parallel bulk loader from N-Quads (claimtrace load) | %,.0f | 1.00x |", quads / bulk);
        report.line("");
    }

    /** Transaction sizes timed: a smaller one, ingest's default, and a larger one for a first large load. */
    private static final int[] BATCHES = {16, Ingester.Options.DEFAULT_BATCH, 200};

    private static void putInBatches(GraphStore store, Map<String, Model> graphs, int size) {
        Map<String, Model> batch = new LinkedHashMap<>();
        for (var e : graphs.entrySet()) {
            batch.put(e.getKey(), e.getValue());
            if (batch.size() == size) {
                store.putAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) store.putAll(batch);
    }

    private interface StoreWork {
        void run(GraphStore store);
    }

    private static double timeStore(Path dir, StoreWork work) throws IOException {
        Trees.delete(dir);
        Files.createDirectories(dir);
        try (GraphStore store = GraphStore.open(dir)) {
            long t0 = System.nanoTime();
            work.run(store);
            return Timing.seconds(System.nanoTime() - t0);
        } finally {
            Trees.delete(dir);
        }
    }
}

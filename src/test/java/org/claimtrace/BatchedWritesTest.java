package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.claimtrace.ingest.ArticleOutcome;
import org.claimtrace.ingest.IngestReport;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.ArticleStore;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single writer's transactions on a real TDB2 store: a failed batch is retried article by
 * article, so only the failing article is lost and the store keeps nothing of it; and a batch is
 * committed when it is full or when its first graph has waited {@code commitWithin}.
 */
class BatchedWritesTest {
    private final List<Article> seeds = new ArticleReader().read(List.of(SeedStore.SEEDS)).articles();
    private final Ingester ingester = SeedStore.ingester();

    @Test
    void aFailedBatchIsRetriedArticleByArticleAndOnlyTheFailingArticleIsLost(@TempDir Path tmp) {
        String failing = ingester.iris().article(seeds.getFirst().id());
        try (GraphStore real = GraphStore.open(tmp.resolve("db")); WritesSeen store = new WritesSeen(real, failing)) {
            List<ArticleOutcome> outcomes = new ArrayList<>();
            List<Integer> writesAtReport = new ArrayList<>();
            IngestReport r = ingester.ingest(seeds, List.of(), store, new Ingester.Options(false, 1, 2, Duration.ofHours(1)),
                    (done, total, name, outcome) -> {
                        outcomes.add(outcome);
                        writesAtReport.add(store.writes.size());
                    });

            List<String> graphs = seeds.stream().map(a -> ingester.iris().article(a.id())).toList();
            // The first batch of two failed midway, inside its transaction; then each of its articles had its own.
            assertEquals(List.of(graphs.subList(0, 2), graphs.subList(0, 1), graphs.subList(1, 2), graphs.subList(2, 4),
                    graphs.subList(4, 5)), store.writes.subList(0, 5));
            assertEquals(List.of(3, 3, 4, 4, 5), writesAtReport, "each article is reported once its write is done");
            assertEquals(List.of(ArticleOutcome.SKIPPED, ArticleOutcome.ADDED, ArticleOutcome.ADDED, ArticleOutcome.ADDED,
                    ArticleOutcome.ADDED), outcomes);

            assertEquals(seeds.size() - 1, r.added());
            assertEquals(1, r.skipped().size());
            assertEquals(seeds.getFirst().sourceName(), r.skipped().getFirst().where());
            assertTrue(r.skipped().getFirst().reason().startsWith("failed to store (IllegalStateException: disk full"),
                    r.skipped().getFirst().reason());
            assertFalse(real.contains(failing), "the aborted writes left none of the failing article's quads");
            for (String g : graphs.subList(1, graphs.size())) assertTrue(real.graph(g).size() > 100, g);
        }
    }

    @Test
    void aBatchIsCommittedWhenFullOrWhenItsFirstGraphHasWaitedLongEnough(@TempDir Path tmp) {
        List<Article> three = seeds.subList(0, 3);
        assertEquals(List.of(1, 2, 3), writesAtEachReport(tmp.resolve("a"), three, new Ingester.Options(false, 1, 64, Duration.ZERO)),
                "with no time to wait, each graph is committed as it comes");
        assertEquals(List.of(1, 1, 2), writesAtEachReport(tmp.resolve("b"), three, new Ingester.Options(false, 1, 2, Duration.ofHours(1))),
                "a full batch is committed at once, the rest at the end");
    }

    /** How many writes the store had seen when each article was reported. */
    private List<Integer> writesAtEachReport(Path dir, List<Article> articles, Ingester.Options options) {
        try (GraphStore real = GraphStore.open(dir); WritesSeen store = new WritesSeen(real, null)) {
            List<Integer> seen = new ArrayList<>();
            IngestReport r = ingester.ingest(articles, List.of(), store, options, (done, total, name, o) -> seen.add(store.writes.size()));
            assertEquals(articles.size(), r.added());
            return seen;
        }
    }

    /**
     * A real store that records the graphs of each write and fails any write holding the graph
     * {@code failing} partway through it, inside TDB2's transaction.
     */
    private static final class WritesSeen implements ArticleStore {
        final List<List<String>> writes = new ArrayList<>();
        private final GraphStore store;
        private final String failing;

        WritesSeen(GraphStore store, String failing) {
            this.store = store;
            this.failing = failing;
        }

        @Override
        public void put(String graphIri, Model graph) {
            writes.add(List.of(graphIri));
            store.put(graphIri, graphIri.equals(failing) ? failingHalfway(graph) : graph);
        }

        @Override
        public void putAll(Map<String, Model> graphs) {
            writes.add(List.copyOf(graphs.keySet()));
            Map<String, Model> written = new java.util.LinkedHashMap<>(graphs);
            written.computeIfPresent(failing == null ? "" : failing, (g, m) -> failingHalfway(m));
            store.putAll(written);
        }

        /** The graph, whose triples fail to be read after the first half. */
        private static Model failingHalfway(Model m) {
            List<Triple> triples = m.getGraph().find().toList();
            return ModelFactory.createModelForGraph(new WrappedGraph(m.getGraph()) {
                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    if (!(s.equals(Node.ANY) && p.equals(Node.ANY) && o.equals(Node.ANY))) return super.find(s, p, o);
                    var half = triples.subList(0, triples.size() / 2).iterator();
                    return WrappedIterator.create(new java.util.Iterator<Triple>() {
                        public boolean hasNext() {
                            return true;
                        }

                        public Triple next() {
                            if (half.hasNext()) return half.next();
                            throw new IllegalStateException("disk full");
                        }
                    });
                }
            });
        }

        @Override public boolean contains(String graphIri) { return store.contains(graphIri); }
        @Override public boolean remove(String graphIri) { return store.remove(graphIri); }
        @Override public void putResolution(String graphIri, Model graph) { store.putResolution(graphIri, graph); }
        @Override public boolean resolutionPending() { return store.resolutionPending(); }
        @Override public Model graph(String graphIri) { return store.graph(graphIri); }
        @Override public List<String> graphNames() { return store.graphNames(); }
        @Override public List<String> graphsWithSource(String sourceName) { return store.graphsWithSource(sourceName); }
        @Override public Dataset localDataset() { return store.localDataset(); }
        @Override public String queryEndpoint() { return store.queryEndpoint(); }
        @Override public String describe() { return store.describe(); }
        @Override public void close() {}
    }
}

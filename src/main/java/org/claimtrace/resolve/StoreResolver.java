package org.claimtrace.resolve;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.claimtrace.map.Iris;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.ArticleStore;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.ResolutionState;

/**
 * The resolve stage over a store: brings it to one node per real-world thing after articles were
 * added or removed. It reads every article's own entities and events ({@link StoredClusters},
 * {@link StoredEvents}), resolves them across articles ({@link CrossArticleResolver}, {@link
 * EventResolver}), rewrites each article graph whose entity or event IRIs, labels or types change
 * ({@link ArticleRewriter}) and rebuilds the resolution graph ({@link ResolutionGraph}). The
 * outcome depends only on the articles in the store. The resolution graph is written in the
 * transaction that ends "pending" ({@link org.claimtrace.store.ResolutionState}), so a run stopped
 * half way is finished by the next.
 *
 * <p>Everything it computes is a function of the rows of its queries ({@link ResolutionRows}),
 * and a graph's rows depend on that graph alone. So a local store keeps the rows of the last
 * resolution ({@link SavedInputs}) and the store names the graphs written since ({@link
 * ResolutionState}); the next resolution reads only those graphs, and the graphs it rewrites,
 * and runs the same resolution over the same rows a whole-store read would give: the store it
 * leaves is the one a full resolution leaves, by construction, not by a second algorithm. The
 * full read stays for remote stores, a missing or stale token, many changed graphs, and
 * {@code resolve --full}.
 */
public final class StoreResolver {
    /** Above this share of the graphs changed, reading the whole store is the quicker way. */
    private static final double INCREMENTAL_SHARE = 0.5;

    private final Iris iris;
    private final Gazetteer gazetteer;

    public StoreResolver(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    /** The named graph holding cross-article resolution. */
    public String resolutionGraph() {
        return iris.base() + "graph/resolution";
    }

    /**
     * What a resolution did; {@code incremental} when it read only the graphs changed since the
     * last; {@code phases} the seconds of each step, in order.
     */
    public record Outcome(int entities, int events, int articlesRewritten, int claimGroups, double seconds, boolean incremental,
                          Map<String, Double> phases) {
        /** What it read, for messages. */
        public String read() {
            return incremental ? "read the changed articles" : "read the whole store";
        }
    }

    /** Resolves, reading only the graphs changed since the last resolution when the store allows it. */
    public Outcome resolve(ArticleStore store) {
        return resolve(store, false);
    }

    /** Resolves; with {@code full}, from a read of the whole store whatever was saved. */
    public Outcome resolve(ArticleStore store, boolean full) {
        try (ParallelReads reads = new ParallelReads()) {
            return resolve(store, full, reads);
        }
    }

    private Outcome resolve(ArticleStore store, boolean full, ParallelReads reads) {
        long t0 = System.nanoTime();
        Phases phases = new Phases();
        QueryRunner q = QueryRunner.over(store);
        GraphStore local = store instanceof GraphStore gs ? gs : null;
        SavedInputs saved = local != null ? new SavedInputs(local.dir(), resolutionGraph()) : null;
        ResolutionState.Changes changes = full || saved == null ? null : store.changesSinceResolution(resolutionGraph());
        SavedInputs.Saved last = changes == null ? null : saved.load(changes.token());
        boolean incremental = last != null && changes.graphs().size() <= INCREMENTAL_SHARE * Math.max(1, last.rows().graphs().size());
        ResolutionRows rows;
        if (incremental) {
            rows = last.rows();
            rows.replace(changes.graphs(), ResolutionQuery.ALL, readCopy(local, changes.graphs(), ResolutionQuery.ALL, reads));
        } else {
            rows = ResolutionRows.read(q, ResolutionQuery.RESOLUTION_INPUTS, resolutionGraph(), reads);
        }
        phases.end(incremental ? "read saved and changed rows" : "read entities and events");

        List<LocalCluster> clusters = StoredClusters.of(rows.of(ResolutionQuery.MENTIONS));
        phases.end("clusters from rows");
        // The user gazetteers the store keeps count in every resolution, whoever runs it.
        Gazetteer known = gazetteer.withStored(List.copyOf(UserGazetteers.read(store, iris).values()));
        EntityResolution entities = EntityResolution.of(new CrossArticleResolver(known).resolve(clusters), iris);
        phases.end("resolve entities");
        StoredEvents.Rows eventRows = new StoredEvents.Rows(rows.of(ResolutionQuery.EVENTS), rows.of(ResolutionQuery.EVENT_PARTIES),
                rows.of(ResolutionQuery.EVENT_CONTEXT), rows.of(ResolutionQuery.EVENT_STORY));
        EventResolution events = EventResolution.of(new EventResolver().resolve(StoredEvents.of(eventRows, entities)));
        phases.end("resolve events");

        Set<String> articles = new TreeSet<>(entities.byArticle().keySet());
        articles.addAll(events.byArticle().keySet());
        List<String> rewritten = new ArticleRewriter(iris, store, reads).rewrite(articles, clusters, entities, events,
                StoredDescriptions.of(rows.of(ResolutionQuery.DESCRIPTIONS)));
        phases.end("rewrite article graphs");

        rereadRewritten(rows, rewritten, incremental, local, q, reads);
        phases.end(incremental ? "read rewritten rows" : "read claims, facts and names");
        ResolutionGraph.Built graph = new ResolutionGraph(iris, resolutionGraph()).build(entities, events, rows);
        phases.end("build resolution graph");
        write(store, graph.graph(), rows, saved, incremental ? last.resolution() : null, reads, phases);
        return new Outcome(entities.entities().size(), events.events().size(), rewritten.size(), graph.claimGroups(),
                (System.nanoTime() - t0) / 1e9, incremental, phases.seconds());
    }

    /**
     * Brings the rows to the article graphs as they now are: an incremental resolution reads the
     * rewritten graphs again; a full one reads what the resolution graph is built from, and, when
     * the rows are to be saved, the rewritten graphs' entities and events again.
     */
    private void rereadRewritten(ResolutionRows rows, List<String> rewritten, boolean incremental, GraphStore local, QueryRunner q,
                                 ParallelReads reads) {
        if (incremental) {
            rows.replace(rewritten, ResolutionQuery.ALL, readCopy(local, rewritten, ResolutionQuery.ALL, reads));
            return;
        }
        rows.replaceAll(ResolutionQuery.GRAPH_INPUTS, ResolutionRows.read(q, ResolutionQuery.GRAPH_INPUTS, resolutionGraph(), reads));
        if (local == null || rewritten.isEmpty()) return;
        ResolutionRows again = rewritten.size() > INCREMENTAL_SHARE * rows.graphs().size()
                ? ResolutionRows.read(q, ResolutionQuery.RESOLUTION_INPUTS, resolutionGraph(), reads)
                : readCopy(local, rewritten, ResolutionQuery.RESOLUTION_INPUTS, reads);
        rows.replace(rewritten, ResolutionQuery.RESOLUTION_INPUTS, again);
    }

    /**
     * Writes the resolution graph and ends "pending" in one transaction, so that resolution is
     * never left half done unnoticed. The rows are saved meanwhile, beside the store; the
     * transaction names them only when they were. {@code before} is the graph the store holds
     * (the one saved with the token it holds) when known: then only the difference is written.
     */
    private void write(ArticleStore store, Model graph, ResolutionRows rows, SavedInputs saved, Set<Triple> before,
                       ParallelReads reads, Phases phases) {
        String token = saved != null ? UUID.randomUUID().toString() : null;
        Future<Boolean> saving = reads.submit(() -> saved != null && saved.save(rows, graph.getGraph(), token));
        if (before != null && store instanceof GraphStore local) {
            // Terms compared as terms, as the store keeps them.
            Set<Triple> now = HashSet.newHashSet((int) graph.size());
            graph.getGraph().find().forEach(now::add);
            List<Triple> gone = before.stream().filter(t -> !now.contains(t)).toList();
            List<Triple> added = now.stream().filter(t -> !before.contains(t)).toList();
            phases.end("difference of the resolution graph (" + gone.size() + " out, " + added.size() + " in)");
            boolean savedRows = ParallelReads.get(saving);
            phases.end("save rows (beside the difference)");
            local.patchResolution(resolutionGraph(), gone, added, savedRows ? token : null);
        } else {
            boolean savedRows = ParallelReads.get(saving);
            phases.end("save rows");
            store.putResolution(resolutionGraph(), graph, savedRows ? token : null);
        }
        phases.end("write resolution graph");
    }

    /** The rows of these graphs alone, read from an in-memory copy of them. */
    private ResolutionRows readCopy(GraphStore store, Collection<String> graphs, Set<ResolutionQuery> queries,
                                    ParallelReads reads) {
        if (graphs.isEmpty()) return new ResolutionRows();
        return ResolutionRows.read(new QueryRunner(store.copyOf(graphs)), queries, resolutionGraph(), reads);
    }

    /** The seconds of each step of one resolution. */
    private static final class Phases {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            seconds.merge(phase, (now - last) / 1e9, Double::sum);
            last = now;
        }

        Map<String, Double> seconds() {
            return Collections.unmodifiableMap(seconds);
        }
    }
}

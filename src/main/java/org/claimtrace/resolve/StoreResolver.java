package org.claimtrace.resolve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.map.Iris;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.ArticleStore;

/**
 * The resolve stage over a store: brings it to one node per real-world thing after articles were
 * added or removed. It reads every article's own entities and events ({@link StoredClusters},
 * {@link StoredEvents}), resolves them across articles ({@link CrossArticleResolver}, {@link
 * EventResolver}), rewrites each article graph whose entity or event IRIs, labels or types change
 * ({@link ArticleRewriter}) and rebuilds the resolution graph ({@link ResolutionGraph}). The
 * outcome depends only on the articles in the store. The resolution graph is written in the
 * transaction that ends "pending" ({@link org.claimtrace.store.ResolutionState}), so a run stopped
 * half way is finished by the next.
 */
public final class StoreResolver {
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

    /** What a resolution did. */
    public record Outcome(int entities, int events, int articlesRewritten, int claimGroups, double seconds) {}

    public Outcome resolve(ArticleStore store) {
        try (ParallelReads reads = new ParallelReads()) {
            return resolve(store, reads);
        }
    }

    private Outcome resolve(ArticleStore store, ParallelReads reads) {
        long t0 = System.nanoTime();
        QueryRunner q = QueryRunner.over(store);
        Future<List<QuerySolution>> eventRows = reads.submit(() -> ResolutionQuery.EVENTS.rows(q));
        Future<List<QuerySolution>> partyRows = reads.submit(() -> ResolutionQuery.EVENT_PARTIES.rows(q));
        Future<List<QuerySolution>> contextRows = reads.submit(() -> ResolutionQuery.EVENT_CONTEXT.rows(q));
        Future<List<QuerySolution>> storyRows = reads.submit(() -> ResolutionQuery.EVENT_STORY.rows(q));
        Future<StoredDescriptions> described = reads.submit(() -> StoredDescriptions.of(ResolutionQuery.DESCRIPTIONS.rows(q)));
        List<LocalCluster> clusters = StoredClusters.of(ResolutionQuery.MENTIONS.rows(q));
        // The user gazetteers the store keeps count in every resolution, whoever runs it.
        Gazetteer known = gazetteer.withStored(List.copyOf(UserGazetteers.read(store, iris).values()));
        EntityResolution entities = EntityResolution.of(new CrossArticleResolver(known).resolve(clusters), iris);

        StoredEvents.Rows rows = new StoredEvents.Rows(ParallelReads.get(eventRows), ParallelReads.get(partyRows),
                ParallelReads.get(contextRows), ParallelReads.get(storyRows));
        EventResolution events = EventResolution.of(new EventResolver().resolve(StoredEvents.of(rows, entities)));

        Set<String> articles = new TreeSet<>(entities.byArticle().keySet());
        articles.addAll(events.byArticle().keySet());
        int rewritten = new ArticleRewriter(iris, store, reads).rewrite(articles, clusters, entities, events,
                ParallelReads.get(described));
        ResolutionGraph.Built graph = new ResolutionGraph(iris, resolutionGraph()).build(entities, events, q, reads);
        // The resolution graph and the end of "pending" in one transaction: resolution is never left half done unnoticed.
        store.putResolution(resolutionGraph(), graph.graph());
        return new Outcome(entities.entities().size(), events.events().size(), rewritten, graph.claimGroups(),
                (System.nanoTime() - t0) / 1e9);
    }
}

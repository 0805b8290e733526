package org.claimtrace.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.FactExtractor;
import org.claimtrace.map.ArticleGraph;
import org.claimtrace.map.IngestInfo;
import org.claimtrace.map.Iris;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.ResolvedArticle;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.ArticleStore;

/**
 * Runs the pipeline over a batch: source, annotate, extract, resolve, map, store. One write
 * transaction per article; an article already in the store (same id) is left unchanged unless
 * {@code force} is set; an article that fails anywhere is reported and the batch goes on.
 */
public final class Ingester {
    private final NlpPipeline nlp;
    private final FactExtractor extractor;
    private final EntityResolver resolver = new EntityResolver();
    private final ArticleGraph mapper;
    private final Iris iris;
    private final String version;

    private final Reconciler reconciler;

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version) {
        this(nlp, extractor, iris, version, Gazetteer.load(List.of()));
    }

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version, Gazetteer gazetteer) {
        this.reconciler = new Reconciler(iris, gazetteer);
        this.nlp = Objects.requireNonNull(nlp);
        this.extractor = Objects.requireNonNull(extractor);
        this.iris = Objects.requireNonNull(iris);
        this.mapper = new ArticleGraph(iris);
        this.version = version;
    }

    public IngestReport ingest(List<Path> paths, ArticleReader reader, ArticleStore store, boolean force, Progress progress) {
        ArticleReader.Batch batch = reader.read(paths);
        return ingest(batch.articles(), batch.skipped(), store, force, progress);
    }

    public IngestReport ingest(List<Article> articles, List<Skipped> alreadySkipped, ArticleStore store, boolean force,
                               Progress progress) {
        return ingest(articles, alreadySkipped, store, new Options(force, 1, 1), progress);
    }

    /**
     * How to run a batch.
     *
     * @param threads   workers annotating articles at once over the one shared pipeline
     * @param batchSize article graphs committed per write transaction (a failed batch is retried
     *                  article by article, so one bad article never takes others with it)
     */
    public record Options(boolean force, int threads, int batchSize) {
        /** Graphs per write transaction by default: per-article commits cost about a fifth of ingest time (measured). */
        public static final int DEFAULT_BATCH = 16;

        public Options {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            if (batchSize < 1) throw new IllegalArgumentException("--batch must be at least 1");
        }
    }

    /**
     * Annotates articles on {@code threads} workers while this thread alone writes to the store, in
     * input order (longest first with more than one thread; see {@link ParallelGraphs}).
     */
    public IngestReport ingest(List<Article> articles, List<Skipped> alreadySkipped, ArticleStore store, Options options,
                               Progress progress) {
        long t0 = System.nanoTime();
        List<Skipped> skipped = new ArrayList<>(alreadySkipped);
        Set<String> seen = new HashSet<>();
        int[] counts = new int[3]; // added, unchanged, done
        Map<String, Model> batch = new LinkedHashMap<>();
        Map<String, Article> batchArticles = new LinkedHashMap<>();
        int total = articles.size();
        ParallelGraphs.run(articles,
                a -> seen.add(a.id()) && (options.force() || !store.contains(iris.article(a.id()))),
                this::graphOf, options.threads(), options.batchSize(), built -> {
                    Article a = built.article();
                    if (built.graph() == null && built.failure() == null) {
                        counts[1]++;
                        progress.articleDone(++counts[2], total, a.sourceName(), ArticleOutcome.UNCHANGED);
                    } else if (built.failure() != null) {
                        Throwable f = built.failure();
                        skipped.add(new Skipped(a.sourceName(), "failed (" + f.getClass().getSimpleName() + ": " + f.getMessage() + ")"));
                        progress.articleDone(++counts[2], total, a.sourceName(), ArticleOutcome.SKIPPED);
                    } else {
                        String graph = iris.article(a.id());
                        batch.put(graph, built.graph());
                        batchArticles.put(graph, a);
                        if (batch.size() >= options.batchSize()) flush(store, batch, batchArticles, skipped, counts, total, progress);
                    }
                },
                // While the workers finish the last articles, commit what is ready rather than after them.
                () -> flush(store, batch, batchArticles, skipped, counts, total, progress));
        flush(store, batch, batchArticles, skipped, counts, total, progress);
        // Cross-article resolution runs once per batch, after every article's own transaction.
        Reconciler.Outcome resolution = counts[0] > 0 ? reconciler.reconcile(store) : null;
        return new IngestReport(counts[0], counts[1], skipped, resolution, (System.nanoTime() - t0) / 1e9);
    }

    /** Builds the graphs of articles without a store (for N-Quads output), in input order with one thread (longest first with more; see {@link ParallelGraphs}). */
    public void graphs(List<Article> articles, int threads, java.util.function.BiConsumer<Article, Model> sink,
                       List<Skipped> skipped) {
        ParallelGraphs.run(articles, a -> true, this::graphOf, threads, built -> {
            if (built.failure() != null) {
                skipped.add(new Skipped(built.article().sourceName(), "failed (" + built.failure().getClass().getSimpleName()
                        + ": " + built.failure().getMessage() + ")"));
            } else {
                sink.accept(built.article(), built.graph());
            }
        });
    }

    private void flush(ArticleStore store, Map<String, Model> batch, Map<String, Article> batchArticles, List<Skipped> skipped,
                       int[] counts, int total, Progress progress) {
        if (batch.isEmpty()) return;
        Map<String, ArticleOutcome> outcome = new LinkedHashMap<>();
        try {
            store.putAll(batch);
            batch.keySet().forEach(g -> outcome.put(g, ArticleOutcome.ADDED));
        } catch (RuntimeException batchFailure) {
            // Retry one by one: each article keeps its own all-or-nothing write.
            for (var e : batch.entrySet()) {
                try {
                    store.put(e.getKey(), e.getValue());
                    outcome.put(e.getKey(), ArticleOutcome.ADDED);
                } catch (RuntimeException ex) {
                    skipped.add(new Skipped(batchArticles.get(e.getKey()).sourceName(),
                            "failed to store (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")"));
                    outcome.put(e.getKey(), ArticleOutcome.SKIPPED);
                }
            }
        }
        outcome.forEach((g, o) -> {
            if (o == ArticleOutcome.ADDED) counts[0]++;
            progress.articleDone(++counts[2], total, batchArticles.get(g).sourceName(), o);
        });
        batch.clear();
        batchArticles.clear();
    }

    /** The whole pipeline for one article, up to its graph (no store access). */
    public Model graphOf(Article a) {
        Instant start = Instant.now();
        AnnotatedArticle annotated = nlp.annotate(a);
        ExtractedArticle extracted = extractor.extract(annotated);
        ResolvedArticle resolved = resolver.resolve(annotated, extracted.extraMentions());
        return mapper.build(resolved, extracted, new IngestInfo(version, nlp.annotators(), start, Instant.now()));
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    public Iris iris() {
        return iris;
    }
}

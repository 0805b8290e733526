package org.claimtrace.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.annotate.TimeBudget;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.FactExtractor;
import org.claimtrace.map.ArticleGraph;
import org.claimtrace.map.IngestInfo;
import org.claimtrace.map.Iris;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.ResolvedArticle;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.ArticleStore;
import org.claimtrace.util.Printable;

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

    private final StoreResolver storeResolver;

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version) {
        this(nlp, extractor, iris, version, Gazetteer.load(List.of()));
    }

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version, Gazetteer gazetteer) {
        this.storeResolver = new StoreResolver(iris, gazetteer);
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
     * @param threads      workers annotating articles at once over the one shared pipeline
     * @param batchSize    at most this many article graphs are committed per write transaction (a
     *                     failed batch is retried article by article, so one bad article never
     *                     takes others with it)
     * @param commitWithin a batch is committed as soon as its first graph has waited this long,
     *                     however small it is, so that progress stays fresh on a slow machine
     * @param articleTimeout an article still being annotated after this long is skipped with its
     *                     reason, so that none can hold up the batch (zero: no limit)
     */
    public record Options(boolean force, int threads, int batchSize, Duration commitWithin, Duration articleTimeout) {
        /**
         * Graphs per write transaction by default. A commit costs TDB2 a copy of the index blocks
         * it touches and a sync of every file; on 1,000 article graphs the load bench measured 16 a
         * transaction at 2.6x the bulk loader's time, 64 at 1.7x, 200 at 1.6x
         * (results-2026-12-02-late-morning.md).
         */
        public static final int DEFAULT_BATCH = 64;

        /** How long a built graph waits for its batch to fill, by default. */
        public static final int COMMIT_WITHIN_SECONDS = 5;

        public static final Duration COMMIT_WITHIN = Duration.ofSeconds(COMMIT_WITHIN_SECONDS);

        /**
         * The time an article may take by default: a news article takes well under a second (the
         * longest of the test corpora 1.2 s on one thread), a pathological text (4 MB on one line)
         * would take minutes; half a minute leaves a batch with one such input done in under one.
         */
        public static final int ARTICLE_TIMEOUT_SECONDS = 30;

        public Options {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            if (batchSize < 1) throw new IllegalArgumentException("--batch must be at least 1");
            Objects.requireNonNull(commitWithin);
            if (articleTimeout.isNegative()) throw new IllegalArgumentException("--article-timeout must not be negative");
        }

        public Options(boolean force, int threads, int batchSize, Duration commitWithin) {
            this(force, threads, batchSize, commitWithin, Duration.ofSeconds(ARTICLE_TIMEOUT_SECONDS));
        }

        public Options(boolean force, int threads, int batchSize) {
            this(force, threads, batchSize, COMMIT_WITHIN);
        }

        public Options withArticleTimeout(Duration timeout) {
            return new Options(force, threads, batchSize, commitWithin, timeout);
        }
    }

    /**
     * The order in which articles are annotated and stored: as given with one thread, longest
     * first with more, so that no worker idles at the end of a batch while another finishes a long
     * article.
     */
    public static List<Article> workOrder(List<Article> articles, int threads) {
        return threads == 1 ? articles
                : articles.stream().sorted(Comparator.comparingInt((Article a) -> a.text().length()).reversed()).toList();
    }

    /**
     * Annotates articles on {@code threads} workers while this thread alone writes to the store, in
     * {@link #workOrder}, then resolves across articles ({@link #resolveIfPending}).
     */
    public IngestReport ingest(List<Article> articles, List<Skipped> alreadySkipped, ArticleStore store, Options options,
                               Progress progress) {
        long t0 = System.nanoTime();
        IngestReport written = write(articles, alreadySkipped, store, options, progress);
        StoreResolver.Outcome resolution = resolveIfPending(store, progress);
        return new IngestReport(written.added(), written.unchanged(), written.skipped(), written.notes(), resolution,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Annotates and writes articles as {@link #ingest} does, without resolving across articles:
     * for a batch read a group of files at a time, resolved once after the last group.
     */
    public IngestReport write(List<Article> articles, List<Skipped> alreadySkipped, ArticleStore store, Options options,
                              Progress progress) {
        long t0 = System.nanoTime();
        BatchWriter writer = new BatchWriter(store, iris, options, articles.size(), alreadySkipped, progress);
        Set<String> seen = new HashSet<>();
        ParallelGraphs.run(workOrder(articles, options.threads()),
                a -> seen.add(a.id()) && (options.force() || !store.contains(iris.article(a.id()))),
                a -> graphOf(a, options.articleTimeout()), options.threads(), options.batchSize(), writer::accept,
                // While the workers finish the last articles, commit what is ready rather than after them.
                writer::flush);
        writer.flush();
        return new IngestReport(writer.added, writer.unchanged, writer.skipped, writer.notes, null, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Cross-article resolution, when the store says it is owed: articles were written since it
     * last finished, by this batch or by an earlier run that was stopped before resolving. It
     * runs once per batch, after every article's own transaction. Null when it was not owed.
     */
    public StoreResolver.Outcome resolveIfPending(ArticleStore store, Progress progress) {
        if (!store.resolutionPending()) return null;
        progress.resolving();
        return storeResolver.resolve(store);
    }

    /**
     * Builds the graphs of articles without a store (for N-Quads output), in {@link #workOrder},
     * each article within {@code articleTimeout}.
     */
    public void graphs(List<Article> articles, int threads, Duration articleTimeout,
                       java.util.function.BiConsumer<Article, ArticleResult> sink, List<Skipped> skipped) {
        ParallelGraphs.run(workOrder(articles, threads), a -> true, a -> graphOf(a, articleTimeout), threads, built -> {
            if (built.failure() != null) {
                skipped.add(new Skipped(built.article().sourceName(), failure("failed", built.failure())));
            } else {
                sink.accept(built.article(), built.result());
            }
        });
    }

    /** Why an article was not stored: its time budget's message, or what failed. */
    private static String failure(String what, Throwable t) {
        if (t instanceof TimeBudget.Exceeded) return t.getMessage();
        return what + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
    }

    /**
     * The single writer: gathers built graphs into write transactions of up to {@code batchSize}
     * graphs (fewer once the oldest has waited {@code commitWithin}) and reports each article
     * when its transaction is done.
     */
    private static final class BatchWriter {
        private final ArticleStore store;
        private final Iris iris;
        private final int batchSize;
        private final long commitWithinNanos;
        private final int total;
        private final Progress progress;
        private final Map<String, Model> batch = new LinkedHashMap<>();
        private final Map<String, Article> batchArticles = new LinkedHashMap<>();
        private final List<Skipped> skipped;
        private final List<String> notes = new ArrayList<>();
        private long oldest;
        private int added;
        private int unchanged;
        private int done;

        BatchWriter(ArticleStore store, Iris iris, Options options, int total, List<Skipped> alreadySkipped, Progress progress) {
            this.store = store;
            this.iris = iris;
            this.batchSize = options.batchSize();
            this.commitWithinNanos = options.commitWithin().toNanos();
            this.total = total;
            this.progress = progress;
            this.skipped = new ArrayList<>(alreadySkipped);
        }

        void accept(ParallelGraphs.Built built) {
            Article a = built.article();
            if (built.failure() != null) {
                skipped.add(new Skipped(a.sourceName(), failure("failed", built.failure())));
                progress.articleDone(++done, total, a.sourceName(), ArticleOutcome.SKIPPED);
            } else if (built.result() == null) {
                unchanged++;
                progress.articleDone(++done, total, a.sourceName(), ArticleOutcome.UNCHANGED);
            } else {
                if (batch.isEmpty()) oldest = System.nanoTime();
                String graph = iris.article(a.id());
                batch.put(graph, built.result().graph());
                for (String note : built.result().notes()) notes.add(Printable.of(a.sourceName()) + ": " + note);
                batchArticles.put(graph, a);
                if (batch.size() >= batchSize || System.nanoTime() - oldest >= commitWithinNanos) {
                    flush();
                }
            }
        }

        void flush() {
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
                        skipped.add(new Skipped(batchArticles.get(e.getKey()).sourceName(), failure("failed to store", ex)));
                        outcome.put(e.getKey(), ArticleOutcome.SKIPPED);
                    }
                }
            }
            outcome.forEach((g, o) -> {
                if (o == ArticleOutcome.ADDED) added++;
                progress.articleDone(++done, total, batchArticles.get(g).sourceName(), o);
            });
            batch.clear();
            batchArticles.clear();
        }
    }

    /**
     * The whole pipeline for one article, up to its graph (no store access), within {@code
     * timeout} ({@link TimeBudget.Exceeded} past it): annotation checks it between groups of
     * sentences, and an article whose annotation used it all is not extracted.
     */
    public ArticleResult graphOf(Article a, Duration timeout) {
        TimeBudget budget = TimeBudget.of(timeout);
        Instant start = Instant.now();
        AnnotatedArticle annotated = nlp.annotate(a, budget);
        budget.check("before extracting facts");
        ExtractedArticle extracted = extractor.extract(annotated);
        ResolvedArticle resolved = resolver.resolve(annotated, extracted.extraMentions());
        Model graph = mapper.build(resolved, extracted, new IngestInfo(version, nlp.annotators(), start, Instant.now(), annotated.notes()));
        return new ArticleResult(graph, annotated.notes());
    }

    public StoreResolver storeResolver() {
        return storeResolver;
    }

    public Iris iris() {
        return iris;
    }
}

package org.claimtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimtrace.annotate.AnalysisText;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.FactExtractor;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Progress;
import org.claimtrace.source.Article;
import org.claimtrace.store.GraphStore;

/**
 * Ingest throughput against a bare CoreNLP pipeline with the same annotators on the same texts,
 * passes interleaved in one run, and ingest with 1 and 2 threads. Each timed ingest writes into a
 * store opened before the timer starts, so TDB2's start-up is not counted against claimtrace.
 *
 * <p>The workload is a batch the size of a few days of news: the real articles, each also as later
 * editions (see {@link #editions}). One small batch of the real articles alone is timed too, with
 * 1 and 2 threads, to show what the once-per-ingest work (the last commits, cross-article
 * resolution) costs when there are few articles to spread it over.
 */
public final class IngestBench {
    private final NlpPipeline bareNlp;
    private final NlpPipeline nlp;
    private final FactExtractor extractor;
    private final Ingester ingester;
    private final int batchSize;

    /**
     * @param bareNlp the baseline: CoreNLP with the same annotators, parsing every sentence
     * @param nlp     the pipeline claimtrace ingests with (its ingester uses the same)
     * @param batchSize article graphs per write transaction in the timed ingests
     */
    public IngestBench(NlpPipeline bareNlp, NlpPipeline nlp, FactExtractor extractor, Ingester ingester, int batchSize) {
        this.batchSize = batchSize;
        this.bareNlp = bareNlp;
        this.nlp = nlp;
        this.extractor = extractor;
        this.ingester = ingester;
    }

    /**
     * The articles, each followed by {@code n - 1} later editions of itself: the same text with an
     * update line appended, so a new article id (as when a wire story is republished). CoreNLP and
     * extraction do the same work on an edition as on the original, and resolution merges their
     * entities, as it does for a story that many outlets carry.
     */
    public static List<Article> editions(List<Article> articles, int n) {
        List<Article> out = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (Article a : articles) {
                if (k == 0) {
                    out.add(a);
                    continue;
                }
                String text = a.text() + "\n\nThis story was updated (edition " + (k + 1) + ").";
                out.add(new Article(org.claimtrace.source.ArticleIds.idOf(text), a.sourceName() + "#edition-" + (k + 1), text, a.meta(), a.spans()));
            }
        }
        return out;
    }

    /** {@code articles}: the workload of the seven stages; {@code small}: the real articles alone, one small batch. */
    public void run(List<Article> workload, List<Article> smallBatch, int warmups, int passes, BenchReport report) throws IOException {
        // Every stage takes the articles in the order two threads take them (longest first): the
        // editions of an article then come one after another, and an article is annotated about
        // 15% faster right after its twin (one thread: 7.99 s a pass against 9.43 s in input
        // order; no cache of ours is involved, so most likely the CPU's). Given the input order,
        // one thread would lack that advantage and two would have it, which made two threads look
        // faster than they are.
        List<Article> articles = Ingester.workOrder(workload, 2);
        List<Article> small = Ingester.workOrder(smallBatch, 2);
        long tokens = 0;
        for (Article a : articles) tokens += nlp.annotate(a).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        // Seven stages a pass, in an order that rotates from pass to pass, each after a GC, so no stage
        // always runs first (cold) or right after a heavy one. Each stage's time is the median of
        // its passes, and each ratio the median of the passes' ratios, so one pass disturbed by the
        // machine does not tilt a ratio.
        // Warm-up passes first: the JIT compiles CoreNLP for a while, and its compiler threads take
        // the second core from a 2-thread stage more than from a 1-thread one.
        double[][] times = new double[8][passes];
        for (int pass = -warmups; pass < passes; pass++) {
            for (int k = 0; k < 7; k++) {
                int stage = Math.floorMod(k + pass, 7);
                System.gc();
                long t0 = System.nanoTime();
                double[] ingest = null;
                switch (stage) {
                    case 0 -> articles.forEach(a -> bareNlp.annotateRaw(AnalysisText.of(a).text()));
                    case 1 -> articles.forEach(a -> extractor.extract(nlp.annotate(a)));
                    case 2 -> ingest = timedIngest(articles, 1);
                    case 3 -> ingest = timedIngest(articles, 2);
                    case 4 -> ingester.graphs(articles, 1, Duration.ZERO, (a, m) -> {}, new java.util.ArrayList<>());
                    case 5 -> ingester.graphs(articles, 2, Duration.ZERO, (a, m) -> {}, new java.util.ArrayList<>());
                    default -> bareOnTwoThreads(articles);
                }
                if (pass >= 0) {
                    times[stage][pass] = ingest != null ? ingest[0] : Timing.seconds(System.nanoTime() - t0);
                    if (stage == 2) times[7][pass] = ingest[1];
                }
            }
        }
        int n = articles.size();
        long tk = tokens;
        report.line("### Ingest throughput (%d articles, %d tokens a pass; median of %d timed passes after %d warm-up passes)",
                articles.size(), tokens, passes, warmups);
        report.line("");
        report.line("Each ratio is the median of the passes' own ratios: a pass runs its seven stages within a minute or two, "
                + "so a machine that slows down for a while slows both sides of a ratio alike.");
        report.line("");
        report.line("| stage | articles/s | tokens/s | vs bare CoreNLP |");
        report.line("|---|---|---|---|");
        double[] bare = times[0];
        row(report, "bare CoreNLP (" + NlpPipeline.ANNOTATORS + ", every sentence parsed)", n, tk, bare, bare);
        row(report, "claimtrace annotate (" + nlp.annotators() + ") + outlet typing + extraction", n, tk, times[1], bare);
        row(report, "claimtrace ingest, 1 thread (all stages, TDB2 writes, resolution; --batch " + batchSize + ")",
                n, tk, times[2], bare);
        row(report, "claimtrace ingest, 2 threads", n, tk, times[3], bare);
        row(report, "article graphs without a store, 1 thread", n, tk, times[4], bare);
        row(report, "article graphs without a store, 2 threads", n, tk, times[5], bare);
        row(report, "bare CoreNLP, 2 threads over one pipeline", n, tk, times[6], bare);
        report.line("");
        double resolution = Timing.median(times[7]);
        report.line("2 threads vs 1 thread: ingest %.2fx, article graphs alone %.2fx, bare CoreNLP %.2fx. Cross-article resolution "
                + "took %.2f s a pass (%.0f%% of a 1-thread ingest).", Timing.medianRatio(times[2], times[3]),
                Timing.medianRatio(times[4], times[5]), Timing.medianRatio(times[0], times[6]), resolution,
                100 * resolution / Timing.median(times[2]));
        report.line("");
        smallBatch(small, passes, report);
    }

    /** Ingest of one small batch with 1 and 2 threads, alternating, median of the passes. */
    private void smallBatch(List<Article> small, int passes, BenchReport report) {
        double[][] t = new double[3][passes];
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < 2; k++) {
                int threads = (k + pass) % 2 + 1;
                System.gc();
                double[] r = timedIngest(small, threads);
                t[threads - 1][pass] = r[0];
                if (threads == 1) t[2][pass] = r[1];
            }
        }
        double one = Timing.median(t[0]);
        double two = Timing.median(t[1]);
        report.line("One small batch (the %d real articles alone, median of %d passes): ingest %.2f s with 1 thread, %.2f s with 2, "
                + "2 threads vs 1 thread %.2fx; cross-article resolution %.2f s (%.0f%% of the 1-thread ingest), a share that falls "
                + "as the batch grows.", small.size(), passes, one, two, Timing.medianRatio(t[0], t[1]), Timing.median(t[2]), 100 * Timing.median(t[2]) / one);
        report.line("");
    }

    /** The baseline on two threads: the same pipeline shared, as claimtrace shares its own. */
    private void bareOnTwoThreads(List<Article> articles) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (Article a : articles) done.add(pool.submit(() -> bareNlp.annotateRaw(AnalysisText.of(a).text())));
            for (var f : done) f.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seconds for the whole ingest (the store is opened before the clock starts), and for resolution. */
    private double[] timedIngest(List<Article> articles, int threads) {
        Path dir;
        try {
            dir = Files.createTempDirectory("claimtrace-bench");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (GraphStore store = GraphStore.open(dir)) {
            long t0 = System.nanoTime();
            var r = ingester.ingest(articles, List.of(), store, new Ingester.Options(true, threads, batchSize), Progress.NONE);
            return new double[] {Timing.seconds(System.nanoTime() - t0), r.resolution() == null ? 0 : r.resolution().seconds()};
        } finally {
            try {
                Trees.delete(dir);
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }

    /** A stage's rate from its median time, and its ratio to bare CoreNLP as the median of the passes' ratios. */
    private static void row(BenchReport r, String name, int n, long tokens, double[] secs, double[] bare) {
        double median = Timing.median(secs);
        r.line("| %s | %.2f | %.0f | %.2fx |", name, n / median, tokens / median, Timing.medianRatio(bare, secs));
    }
}

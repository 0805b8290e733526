package org.claimtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class IngestBench {
    private final NlpPipeline nlp;
    private final FactExtractor extractor;
    private final Ingester ingester;

    public IngestBench(NlpPipeline nlp, FactExtractor extractor, Ingester ingester) {
        this.nlp = nlp;
        this.extractor = extractor;
        this.ingester = ingester;
    }

    public void run(List<Article> articles, int passes, BenchReport report) throws IOException {
        long tokens = 0;
        for (Article a : articles) tokens += nlp.annotate(a).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        double bare = 0;
        double annotate = 0;
        double one = 0;
        double two = 0;
        double resolution = 0;
        double graphs1 = 0;
        double graphs2 = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            for (Article a : articles) nlp.annotateRaw(AnalysisText.of(a).text());
            long t1 = System.nanoTime();
            for (Article a : articles) extractor.extract(nlp.annotate(a));
            long t2 = System.nanoTime();
            double[] s1 = timedIngest(articles, 1);
            double[] s2 = timedIngest(articles, 2);
            long t3 = System.nanoTime();
            ingester.graphs(articles, 1, (a, m) -> {}, new java.util.ArrayList<>());
            long t4 = System.nanoTime();
            ingester.graphs(articles, 2, (a, m) -> {}, new java.util.ArrayList<>());
            long t5 = System.nanoTime();
            if (pass > 0) {
                bare += Timing.seconds(t1 - t0);
                annotate += Timing.seconds(t2 - t1);
                one += s1[0];
                two += s2[0];
                resolution += s1[1];
                graphs1 += Timing.seconds(t4 - t3);
                graphs2 += Timing.seconds(t5 - t4);
            }
        }
        int n = articles.size() * passes;
        long tk = tokens * passes;
        report.line("### Ingest throughput (%d articles, %d tokens a pass, %d timed passes after 1 warm-up)", articles.size(), tokens, passes);
        report.line("");
        report.line("| stage | articles/s | tokens/s | vs bare CoreNLP |");
        report.line("|---|---|---|---|");
        row(report, "bare CoreNLP (" + NlpPipeline.ANNOTATORS + ")", n, tk, bare, bare);
        row(report, "annotate + outlet typing + extraction", n, tk, annotate, bare);
        row(report, "claimtrace ingest, 1 thread (all stages, TDB2 writes, resolution)", n, tk, one, bare);
        row(report, "claimtrace ingest, 2 threads", n, tk, two, bare);
        row(report, "article graphs without a store, 1 thread", n, tk, graphs1, bare);
        row(report, "article graphs without a store, 2 threads", n, tk, graphs2, bare);
        report.line("");
        report.line("2 threads vs 1 thread: ingest %.2fx, article graphs alone %.2fx. Cross-article resolution took %.2f s a pass "
                + "(%.0f%% of a 1-thread ingest).", one / two, graphs1 / graphs2, resolution / passes, 100 * resolution / one);
        report.line("");
    }

    /** Seconds for the whole ingest, and of those, for cross-article resolution. */
    private double[] timedIngest(List<Article> articles, int threads) throws IOException {
        Path dir = Files.createTempDirectory("claimtrace-bench");
        try (GraphStore store = GraphStore.open(dir)) {
            long t0 = System.nanoTime();
            var r = ingester.ingest(articles, List.of(), store, new Ingester.Options(true, threads, 1), Progress.NONE);
            return new double[] {Timing.seconds(System.nanoTime() - t0), r.resolution() == null ? 0 : r.resolution().seconds()};
        } finally {
            Trees.delete(dir);
        }
    }

    private static void row(BenchReport r, String name, int n, long tokens, double secs, double bare) {
        r.line("| %s | %.2f | %.0f | %.2fx |", name, n / secs, tokens / secs, bare / secs);
    }
}

package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimtrace.annotate.AnalysisText;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.ingest.Progress;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Ingest throughput of claimtrace against a bare CoreNLP pipeline with the same annotators on the
 * same texts, in one run, interleaved pass by pass so both see the same machine state.
 */
@Command(name = "bench", description = "Benchmarks ingest against a bare CoreNLP pipeline (same annotators, same texts) in one run.")
final class BenchCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "articles (default: seeds)")
    List<Path> paths = List.of(Path.of("seeds"));

    @Option(names = "--passes", defaultValue = "5", description = "timed passes after one warm-up (default: ${DEFAULT-VALUE})")
    int passes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = new ArticleReader().read(paths).articles();
        if (articles.isEmpty()) throw new UserError("no articles to benchmark in " + paths);
        NlpPipeline nlp = Pipelines.nlp();
        Ingester ingester = new Ingester(nlp, Pipelines.extractor(), IngestCmd.iris(org.claimtrace.map.Iris.DEFAULT_BASE),
                Claimtrace.version());
        long tokens = 0;
        for (Article a : articles) tokens += nlp.annotate(a).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        double bare = 0;
        double annotate = 0;
        double full = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            for (Article a : articles) nlp.annotateRaw(AnalysisText.of(a).text());
            long t1 = System.nanoTime();
            for (Article a : articles) Pipelines.extractor().extract(nlp.annotate(a));
            long t2 = System.nanoTime();
            Path dir = Files.createTempDirectory("claimtrace-bench");
            try (GraphStore store = GraphStore.open(dir)) {
                ingester.ingest(articles, List.of(), store, true, Progress.NONE);
            }
            long t3 = System.nanoTime();
            deleteTree(dir);
            if (pass > 0) {
                bare += (t1 - t0) / 1e9;
                annotate += (t2 - t1) / 1e9;
                full += (t3 - t2) / 1e9;
            }
        }
        int n = articles.size() * passes;
        out.printf(Locale.ROOT, "articles per pass: %d, tokens per pass: %d, timed passes: %d (after 1 warm-up)%n",
                articles.size(), tokens, passes);
        out.printf(Locale.ROOT, "%-44s %10s %12s %8s%n", "stage", "articles/s", "tokens/s", "ratio");
        row(out, "bare CoreNLP (" + NlpPipeline.ANNOTATORS + ")", n, tokens * passes, bare, bare);
        row(out, "annotate + outlet typing + extraction", n, tokens * passes, annotate, bare);
        row(out, "claimtrace ingest (all stages + TDB2 write)", n, tokens * passes, full, bare);
        out.printf(Locale.ROOT, "peak heap used: %,d MB%n", peakHeapMb());
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, int n, long tokens, double secs, double bare) {
        out.printf(Locale.ROOT, "%-44s %10.2f %12.0f %7.2fx%n", name, n / secs, tokens / secs, bare / secs);
    }

    private static long peakHeapMb() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

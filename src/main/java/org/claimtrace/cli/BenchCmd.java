package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.claimtrace.bench.BenchReport;
import org.claimtrace.bench.IngestBench;
import org.claimtrace.bench.KillBench;
import org.claimtrace.bench.LoadBench;
import org.claimtrace.bench.QueryBench;
import org.claimtrace.bench.ResolveBench;
import org.claimtrace.bench.ServeLoadBench;
import org.claimtrace.bench.SyntheticCorpus;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.ingest.Progress;
import org.claimtrace.map.Iris;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.BulkLoader;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The benchmark suite, run by hand (not in CI): ingest vs bare CoreNLP and thread scaling, store
 * load rate vs TDB2's bulk loader, stored-query latency on a large synthetic store, peak memory.
 * Results are printed and saved as Markdown under --out.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace bench --only queries --articles 1000 --runs 5",
                "  claimtrace bench --only serve --clients 16 --seconds 10",
                "  claimtrace bench --only kill --kills 5 --kill-articles 50",
                "  claimtrace bench --only resolve --reuse-store --added 50"},
        description = "Benchmarks: ingest vs a bare CoreNLP pipeline (same annotators and texts), 1 vs 2 threads, "
        + "store load rate vs TDB2's bulk loader, stored-query latency on a synthetic store of --articles articles, the server under "
        + "--clients concurrent clients, peak memory; on request (--only kill) ingests killed at random moments, (--only resolve) "
        + "resolution after adding and removing --added articles on the synthetic store, read incrementally and in full.")
final class BenchCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "real articles to measure and to build the synthetic store from "
            + "(default: seeds, src/test/resources/corpus and corpus-fresh)")
    List<Path> paths = new ArrayList<>(List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/corpus-fresh")));

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "timed ingest passes after one warm-up (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "untimed ingest passes first, while the JIT compiles (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--editions", paramLabel = "N", defaultValue = "4", description = "the ingest workload: each real article and its later editions, "
            + "this many in all (default: ${DEFAULT-VALUE})")
    int editions;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.Options.DEFAULT_BATCH,
            description = "article graphs per write transaction in the timed ingests (default: ${DEFAULT-VALUE}, ingest's default)")
    int batch;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "articles in the synthetic store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11", description = "timed runs of each stored query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--only", paramLabel = "STAGE", split = ",", description = "ingest, load, queries, serve, kill, resolve (default: "
            + "all but kill, which takes some ten minutes, and resolve, which copies the synthetic store twice)")
    List<String> only = new ArrayList<>(List.of("ingest", "load", "queries", "serve"));

    @Option(names = "--clients", paramLabel = "N", defaultValue = "64", description = "serve: concurrent clients on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "serve: how long the clients ask (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--kills", paramLabel = "N", defaultValue = "10", description = "kill: ingests killed with SIGKILL at random moments (default: ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--kill-articles", paramLabel = "N", defaultValue = "100", description = "kill: articles in each ingest (default: ${DEFAULT-VALUE})")
    int killArticles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "18", description = "kill: seed of the random moments (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--library", paramLabel = "DIR", defaultValue = "queries", description = "the stored queries to time (default: ${DEFAULT-VALUE})")
    Path library;

    @Option(names = "--query", split = ",", paramLabel = "NAME", description = "time only these stored queries (default: all)")
    List<String> queryNames = new ArrayList<>();

    @Option(names = "--reuse-store", description = "query an existing synthetic store of --articles articles built by an earlier run "
            + "(it is built when missing)")
    boolean reuseStore;

    @Option(names = "--added", paramLabel = "N", defaultValue = "50", description = "resolve: articles added to and removed from "
            + "the synthetic store (default: ${DEFAULT-VALUE})")
    int added;

    @Option(names = "--added-from", paramLabel = "PATH", split = ",", description = "resolve: where the added articles come from, "
            + "the first --added of them (default: src/test/resources/realnews/dev and train)")
    List<Path> addedFrom = new ArrayList<>(List.of(Path.of("src/test/resources/realnews/dev"), Path.of("src/test/resources/realnews/train")));

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench", description = "folder for the corpus (out/, not kept in git) and results/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        BenchReport report = new BenchReport(console);
        List<Article> real = new ArticleReader().read(paths).articles();
        if (real.isEmpty()) throw new UserError("no articles to benchmark in " + paths);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        report.line("## claimtrace benchmark, %s", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        report.line("");
        String heap = org.claimtrace.bench.Heap.keepCommitted();
        report.line("Machine: %d cores, max heap %,d MB (%s), Java %s. Real articles: %d from %s.",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024), heap,
                System.getProperty("java.version"), real.size(), paths);
        report.line("");
        if (only.contains("ingest")) {
            new IngestBench(Pipelines.nlpFullParse(), Pipelines.nlp(), Pipelines.extractor(), ingester(iris), batch)
                    .run(IngestBench.editions(real, editions), real, warmup, passes, report);
        }

        Path work = out.resolve("out");
        Files.createDirectories(work);
        SyntheticCorpus corpus = new SyntheticCorpus(iris, 200);
        if (only.contains("load")) {
            Path small = work.resolve("synthetic-1000.nq");
            corpus.write(templates(real, iris, work), 1000, small);
            new LoadBench().run(small, work, report);
        }
        if (only.contains("queries")) {
            Path storeDir = syntheticStore(real, iris, work, corpus, reuseStore);
            try (GraphStore store = GraphStore.open(storeDir)) {
                report.line("### Stored-query latency on %,d synthetic articles", articles);
                report.line("");
                report.line("%s", Files.readString(storeDir.resolve("claimtrace-bench-corpus.txt")).strip());
                report.line("");
                new QueryBench().run(store, QueryLibrary.load(library), queryNames, runs, report);
            }
        }
        if (only.contains("resolve")) {
            Path storeDir = syntheticStore(real, iris, work, corpus, true);
            List<Article> news = new ArticleReader().read(addedFrom).articles().stream().limit(added).toList();
            if (news.size() < added) throw new UserError("only " + news.size() + " articles in " + addedFrom + " to add; give --added-from more");
            Ingester ingester = ingester(iris);
            Map<String, Model> graphs = new LinkedHashMap<>();
            for (Article a : news) graphs.put(iris.article(a.id()), ingester.graphOf(a, Duration.ofMinutes(2)).graph());
            new ResolveBench(new StoreResolver(iris, Gazetteer.load(List.of()))).run(storeDir, graphs, work, report);
        }
        if (only.contains("serve")) {
            Path storeDir = work.resolve("store-" + articles);
            Path dir = Files.exists(storeDir.resolve("claimtrace-bench-corpus.txt")) ? storeDir : realStore(real, iris, work);
            try (GraphStore store = GraphStore.openExisting(dir)) {
                new ServeLoadBench().run(store, QueryLibrary.load(library), clients, seconds, report);
                report.line("Store: %s.", dir.equals(storeDir) ? "the synthetic store of " + articles + " articles above"
                        : "the " + real.size() + " real articles alone (no synthetic store was built; run --only queries first)");
                report.line("");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("interrupted");
            }
        }
        if (only.contains("kill")) new KillBench().run(real, killArticles, kills, seed, work, report);
        report.line("Peak resident memory of this process: %,d MB (TDB2's memory-mapped store files count too, and the "
                + "ingest bench holds a bare CoreNLP pipeline beside claimtrace's; for an ingest alone measure "
                + "'claimtrace ingest' itself, e.g. with /usr/bin/time -v).", org.claimtrace.bench.Timing.peakRssMb());
        Path saved = report.save(out.resolve("results"), "results-" + LocalDate.now() + ".md");
        spec.commandLine().getErr().println("claimtrace: results saved to " + saved);
        return 0;
    }

    /**
     * The synthetic store of --articles articles in the work folder: reused when asked to and an
     * earlier run built it (the resolve stage always asks), else built (bulk load, resolution,
     * compaction).
     */
    private Path syntheticStore(List<Article> real, Iris iris, Path work, SyntheticCorpus corpus, boolean reuse) throws IOException {
        Path storeDir = work.resolve("store-" + articles);
        Path about = storeDir.resolve("claimtrace-bench-corpus.txt");
        if (reuse && Files.exists(about)) return storeDir;
        Path big = work.resolve("synthetic-" + articles + ".nq");
        long quads = corpus.write(templates(real, iris, work), articles, big);
        org.claimtrace.bench.Trees.delete(storeDir);
        try (GraphStore store = GraphStore.open(storeDir)) {
            long t0 = System.nanoTime();
            BulkLoader.load(store, List.of(big));
            double load = (System.nanoTime() - t0) / 1e9;
            StoreResolver.Outcome r = new StoreResolver(iris, Gazetteer.load(List.of())).resolve(store);
            t0 = System.nanoTime();
            store.compact();
            double compact = (System.nanoTime() - t0) / 1e9;
            Files.writeString(about, String.format("Corpus: the graphs of the %d real articles above, each copied under a new article "
                    + "id; runs of seven copies tell one story, half the runs the real one (the hubs of real news), the other half one "
                    + "of 200 variant stories, whose entities (places excepted) get variant IRIs and names and whose dates move by 40 "
                    + "days a variant (undated copies get their story's date), so that each is a different event at the same place (%,d quads). Bulk load %.1f s; "
                    + "cross-article resolution %.1f s (%,d entities, %,d events, %,d claim groups, %,d article graphs rewritten, "
                    + "as resolution names variants differently from the copies); compaction afterwards %.1f s.",
                    templates(real, iris, work).size(), quads, load, r.seconds(), r.entities(), r.events(), r.claimGroups(), r.articlesRewritten(), compact));
        }
        return storeDir;
    }

    /** A store of the real articles alone, for the load test when there is no synthetic store. */
    private static Path realStore(List<Article> real, Iris iris, Path work) throws IOException {
        Path dir = work.resolve("serve-store");
        org.claimtrace.bench.Trees.delete(dir);
        try (GraphStore store = GraphStore.open(dir)) {
            ingester(iris).ingest(real, List.of(), store, new Ingester.Options(false, Runtime.getRuntime().availableProcessors(), 64),
                    Progress.NONE);
        }
        return dir;
    }

    private static Ingester ingester(Iris iris) {
        return new Ingester(Pipelines.nlp(), Pipelines.extractor(), iris, Claimtrace.version());
    }

    /**
     * The real articles' graphs, ingested into a scratch store, as templates of the synthetic
     * corpus. Built on first use only: a query run on a reused store needs no CoreNLP.
     */
    private List<Map.Entry<String, List<org.apache.jena.sparql.core.Quad>>> templates;

    private List<Map.Entry<String, List<org.apache.jena.sparql.core.Quad>>> templates(List<Article> real, Iris iris, Path work) {
        if (templates == null) templates = buildTemplates(real, iris, work);
        return templates;
    }

    private static List<Map.Entry<String, List<org.apache.jena.sparql.core.Quad>>> buildTemplates(List<Article> real, Iris iris,
                                                                                                       Path work) {
        Path dir = work.resolve("templates-store");
        try {
            org.claimtrace.bench.Trees.delete(dir);
            try (GraphStore t = GraphStore.open(dir)) {
                ingester(iris).ingest(real, List.of(), t, new Ingester.Options(false, Runtime.getRuntime().availableProcessors(), 10), Progress.NONE);
                return SyntheticCorpus.templates(t.dataset(), iris);
            } finally {
                org.claimtrace.bench.Trees.delete(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

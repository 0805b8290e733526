package org.claimtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.ingest.IngestReport;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.ingest.Progress;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace ingest seeds/ feed.jsonl articles.csv --store news-db"},
        description = "Reads articles (text, HTML, JSON Lines; folders recursively) into the store. "
        + "Exit 0: all ingested or already there; 3: some inputs skipped (named on stderr); 1: error.")
final class IngestCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;

    @Option(names = "--force", description = "re-extract articles already in the store")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "articles annotated at once (default: all ${DEFAULT-VALUE} cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.Options.DEFAULT_BATCH,
            description = "article graphs per write transaction at most (default: ${DEFAULT-VALUE}; fewer once the first has waited "
                    + Ingester.Options.COMMIT_WITHIN_SECONDS + " s); a failed batch is retried article by article")
    int batchSize;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "skip files larger than this (default: ${DEFAULT-VALUE})")
    long maxSize;

    @Option(names = "--parse-all", description = "dependency-parse every sentence, not only those with a rule's cue word")
    boolean parseAll;

    @Option(names = "--outlets", paramLabel = "FILE", description = "extra media-outlet lexicon (outlets.tsv format)")
    List<Path> outlets = new ArrayList<>();

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = iris(store.base);
        ArticleReader reader = new ArticleReader(maxSize);
        ArticleReader.Batch batch = reader.read(paths);
        for (Skipped s : batch.skipped()) err.println("claimtrace: " + s);
        err.printf("claimtrace: %d article(s) to ingest into %s; loading CoreNLP...%n", batch.articles().size(), store.where());
        err.flush();
        try (ArticleStore gs = store.openAny()) {
            if (parseAll && !outlets.isEmpty()) throw new UserError("--parse-all and --outlets cannot be combined yet");
            Ingester ingester = new Ingester(parseAll ? Pipelines.nlpFullParse() : Pipelines.nlp(outlets), Pipelines.extractor(), iris,
                    Claimtrace.version(),
                    gazetteer.load());
            gazetteer.keep(gs, iris);
            long t0 = System.nanoTime();
            Progress progress = (done, total, name, outcome) -> {
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf("[%d/%d] %-9s %s  (%.2f articles/s)%n", done, total, outcome.name().toLowerCase(), name, done / secs);
                err.flush();
            };
            Ingester.Options options;
            try {
                options = new Ingester.Options(force, threads, batchSize);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            IngestReport r = ingester.ingest(batch.articles(), List.of(), gs, options, progress);
            List<Skipped> failed = r.skipped();
            for (Skipped s : failed) err.println("claimtrace: " + s);
            int skipped = batch.skipped().size() + failed.size();
            if (r.resolution() != null) {
                err.printf("claimtrace: resolved across articles: %d entities, %d events, %d claim groups; %d article graphs updated%n",
                        r.resolution().entities(), r.resolution().events(), r.resolution().claimGroups(),
                        r.resolution().articlesRewritten());
            }
            // The user waited for the models too: the whole command's time, then the ingest's own.
            double total = (System.nanoTime() - started) / 1e9;
            err.printf("claimtrace: %d added, %d unchanged, %d skipped into %s in %.1f s (%.1f s reading and loading CoreNLP, "
                    + "%.1f s ingesting)%n", r.added(), r.unchanged(), skipped, store.where(), total, total - r.seconds(), r.seconds());
            return skipped > 0 ? Claimtrace.EXIT_SKIPPED : 0;
        }
    }

    static Iris iris(String base) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new UserError("--base " + e.getMessage());
        }
    }

}

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
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.FileGroups;
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
    @Mixin ArticleTimeoutOption articleTimeout;
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

    /**
     * Reads the inputs a group of files at a time ({@link FileGroups}: one group for all but very
     * large batches), writes each group's articles, then resolves across articles once.
     */
    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = iris(store.base);
        ArticleReader reader = new ArticleReader(maxSize);
        // Inputs that cannot be read are named as they are met; articles that fail, at the end.
        List<Skipped> unread = new ArrayList<>();
        List<List<Path>> groups = FileGroups.of(reader.files(paths, unread), FileGroups.MAX_BYTES);
        ArticleReader.Batch first = reader.read(groups.isEmpty() ? List.of() : groups.getFirst());
        unread.addAll(first.skipped());
        for (Skipped s : unread) err.println("claimtrace: " + s);
        err.printf("claimtrace: %d article(s) to ingest into %s%s; loading CoreNLP...%n", first.articles().size(), store.where(),
                groups.size() > 1 ? ", then " + (groups.size() - 1) + " more part(s) of up to " + (FileGroups.MAX_BYTES >> 20) + " MB" : "");
        err.flush();
        try (ArticleStore gs = store.any(StoreOption.Access.CREATE, err)) {
            if (parseAll && !outlets.isEmpty()) throw new UserError("--parse-all and --outlets cannot be combined yet");
            Ingester ingester = new Ingester(parseAll ? Pipelines.nlpFullParse() : Pipelines.nlp(outlets), Pipelines.extractor(), iris,
                    Claimtrace.version(),
                    gazetteer.load());
            gazetteer.keep(gs, iris);
            Progress progress = new ConsoleProgress(err);
            Ingester.Options options;
            try {
                options = new Ingester.Options(force, threads, batchSize).withArticleTimeout(articleTimeout.duration());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            long t0 = System.nanoTime();
            int added = 0;
            int unchanged = 0;
            List<String> notes = new ArrayList<>();
            List<Skipped> failed = new ArrayList<>();
            for (int g = 0; g < Math.max(1, groups.size()); g++) {
                ArticleReader.Batch batch = first;
                if (g > 0) {
                    batch = reader.read(groups.get(g));
                    for (Skipped s : batch.skipped()) err.println("claimtrace: " + s);
                    unread.addAll(batch.skipped());
                    err.printf("claimtrace: part %d of %d: %d article(s)%n", g + 1, groups.size(), batch.articles().size());
                }
                IngestReport r = ingester.write(batch.articles(), List.of(), gs, options, progress);
                added += r.added();
                unchanged += r.unchanged();
                notes.addAll(r.notes());
                failed.addAll(r.skipped());
            }
            StoreResolver.Outcome resolution = ingester.resolveIfPending(gs, progress);
            for (String note : notes) err.println("claimtrace: " + note);
            for (Skipped s : failed) err.println("claimtrace: " + s);
            int skipped = unread.size() + failed.size();
            if (resolution != null) {
                err.printf("claimtrace: resolved across articles: %d entities, %d events, %d claim groups; %d article graphs updated "
                        + "in %.1f s (%s)%n", resolution.entities(), resolution.events(), resolution.claimGroups(),
                        resolution.articlesRewritten(), resolution.seconds(), resolution.read());
            }
            // The user waited for the models too: the whole command's time, then the ingest's own (writing,
            // reading the later parts and resolving).
            double total = (System.nanoTime() - started) / 1e9;
            double ingesting = (System.nanoTime() - t0) / 1e9;
            err.printf("claimtrace: %d added, %d unchanged, %d skipped into %s in %.1f s (%.1f s reading and loading CoreNLP, "
                    + "%.1f s ingesting)%n", added, unchanged, skipped, store.where(), total, total - ingesting, ingesting);
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

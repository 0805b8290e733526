package org.claimtrace.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.FileGroups;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.QuadsManifest;
import org.claimtrace.util.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace annotate ~/news/ --out nq/ --threads 2", "  claimtrace load nq/ --store news-db"},
        description = "Runs the pipeline without a store and writes each article's graph as N-Quads "
        + "(files of --per-file articles) into --out, with manifest.json (files, articles, quads, skipped inputs) last, "
        + "for 'claimtrace load' or another store's bulk loader.")
final class AnnotateCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ArticleTimeoutOption articleTimeout;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "article files (.txt, .md, .html, .jsonl, .csv) or folders")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the .nq files (created when missing)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "articles annotated at once (default: all ${DEFAULT-VALUE} cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--per-file", paramLabel = "N", defaultValue = "1000", description = "articles per .nq file (default: ${DEFAULT-VALUE})")
    int perFile;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = org.claimtrace.map.Iris.DEFAULT_BASE,
            description = "base IRI of articles, entities and events (default: ${DEFAULT-VALUE}); give the store's own")
    String base;

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || perFile < 1) throw new UserError("--threads and --per-file must be at least 1");
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        ArticleReader reader = new ArticleReader();
        List<Skipped> skipped = new ArrayList<>();
        List<List<Path>> groups = FileGroups.of(reader.files(paths, skipped), FileGroups.MAX_BYTES);
        Ingester ingester = new Ingester(Pipelines.nlp(), Pipelines.extractor(), IngestCmd.iris(base), Claimtrace.version());
        DatasetGraph chunk = DatasetGraphFactory.createTxnMem();
        int[] n = {0, 0};
        List<QuadsManifest.Part> parts = new ArrayList<>();
        long t0 = System.nanoTime();
        // A group of input files at a time, so that a large batch's texts are never all in memory.
        for (List<Path> group : groups) {
            ArticleReader.Batch batch = reader.read(group);
            skipped.addAll(batch.skipped());
            int[] done = {0};
            ingester.graphs(batch.articles(), threads, articleTimeout.duration(), (article, result) -> {
                chunk.addGraph(NodeFactory.createURI(ingester.iris().article(article.id())), result.graph().getGraph());
                n[0]++;
                err.printf("[%d/%d] %s  (%.2f articles/s)%n", ++done[0], batch.articles().size(), Printable.of(article.sourceName()),
                        n[0] / ((System.nanoTime() - t0) / 1e9));
                for (String note : result.notes()) err.println("claimtrace: " + Printable.of(article.sourceName()) + ": " + note);
                err.flush();
                if (n[0] % perFile == 0) parts.add(write(chunk, n));
            }, skipped);
        }
        if (!chunk.isEmpty()) parts.add(write(chunk, n));
        writeManifest(QuadsManifest.of(Claimtrace.version(), ingester.iris().base(), parts, skipped));
        for (Skipped s : skipped) err.println("claimtrace: " + s);
        err.printf("claimtrace: %d article graph(s) in %d file(s) under %s%n", n[0], n[1], out);
        return skipped.isEmpty() ? 0 : Claimtrace.EXIT_SKIPPED;
    }

    private QuadsManifest.Part write(DatasetGraph chunk, int[] n) {
        Path file = out.resolve("claimtrace-%05d.nq".formatted(++n[1]));
        long articles = Iter.count(chunk.listGraphNodes());
        long quads = chunk.stream().count();
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, chunk, Lang.NQUADS);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + " (" + e.getMessage() + ")");
        }
        chunk.clear();
        return new QuadsManifest.Part(file.getFileName().toString(), articles, quads);
    }

    /** Written last, so that a folder with a manifest is complete. */
    private void writeManifest(QuadsManifest manifest) {
        Path file = out.resolve(QuadsManifest.FILE);
        try (OutputStream os = Files.newOutputStream(file)) {
            manifest.write(os);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + " (" + e.getMessage() + ")");
        }
    }
}

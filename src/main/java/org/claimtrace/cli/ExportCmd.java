package org.claimtrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrace.export.GraphFilter;
import org.claimtrace.export.GraphFormat;
import org.claimtrace.export.GraphWriter;
import org.claimtrace.export.PropertyGraphBuilder;
import org.claimtrace.export.RdfExport;
import org.claimtrace.export.RdfFormat;
import org.claimtrace.store.ArticleLookup;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace export --format trig -o store.trig",
                "  claimtrace export --format gexf --where event=https://claimtrace.org/id/event/attack-moscow,depth=2 -o moscow.gexf"},
        description = {
        "Exports the store as linked data (ttl, trig, nq, jsonld) or as a property graph for visualisation "
                + "(graphml, gexf, dot, cytoscape).",
        "ttl of the whole store is the union of the article graphs; trig, nq and jsonld keep one named graph per article."})
final class ExportCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", required = true,
            description = "ttl, trig, nq, jsonld, graphml, gexf, dot or cytoscape")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard output)")
    Path output;

    @Option(names = "--graph", paramLabel = "DOC",
            description = "RDF formats: only this article's graph (its IRI, id, id prefix or source file name)")
    String graph;

    @Option(names = "--where", paramLabel = "KEY=VALUE[,KEY=VALUE...]",
            description = "graph formats: keep part of the graph; keys: event=IRI, entity=IRI, depth=N, from=YYYY-MM-DD, "
                    + "to=YYYY-MM-DD, min-sources=N. Repeatable; all conditions must hold.")
    List<String> where = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<RdfFormat> rdf = RdfFormat.find(format);
        Optional<GraphFormat> pg = GraphFormat.find(format);
        if (rdf.isEmpty() && pg.isEmpty()) {
            throw new UserError("--format " + format + " is not known; use " + RdfFormat.names() + " (RDF) or "
                    + GraphFormat.names() + " (property graph)");
        }
        if (rdf.isPresent() && !where.isEmpty()) {
            throw new UserError("--where filters the graph formats (" + GraphFormat.names() + "); for " + format
                    + " use --graph DOC, or 'claimtrace sparql' with a CONSTRUCT query");
        }
        if (pg.isPresent() && graph != null) {
            throw new UserError("--graph selects an article for the RDF formats; for " + format + " use --where");
        }
        GraphFilter filter = userError(() -> GraphFilter.parse(where));
        if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
            throw new UserError("-o " + output + ": folder " + output.getParent() + " does not exist");
        }
        try (GraphStore gs = store.local(StoreOption.Access.READ, spec.commandLine().getErr())) {
            if (rdf.isPresent()) {
                String g = graph == null ? null : userError(() -> ArticleLookup.find(gs, IngestCmd.iris(store.base), graph));
                write(out -> new RdfExport(gs.dataset()).write(rdf.get(), g, out));
            } else {
                var built = userError(() -> new PropertyGraphBuilder(gs.dataset()).build(filter));
                write(out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    GraphWriter.write(built, pg.get(), w);
                    try {
                        w.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (output != null) {
                    spec.commandLine().getErr().printf("claimtrace: %d nodes, %d edges to %s%n",
                            built.vertexSet().size(), built.edgeSet().size(), output);
                }
            }
        }
        return 0;
    }

    /** Library checks throw IllegalArgumentException; here they become one-line user errors. */
    private static <T> T userError(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void write(java.util.function.Consumer<OutputStream> body) {
        if (output == null) {
            PrintWriter pw = spec.commandLine().getOut();
            WriterOutputStream out = new WriterOutputStream(pw);
            body.accept(out);
            out.flush();
            return;
        }
        // Written beside the target and moved into place, so a failed export leaves no half file.
        Path part = output.resolveSibling(output.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                body.accept(out);
            }
            Files.move(part, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + " (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                spec.commandLine().getErr().println("claimtrace: could not delete " + part);
            }
        }
    }
}

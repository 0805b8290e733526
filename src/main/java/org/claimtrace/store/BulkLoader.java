package org.claimtrace.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A first large load: N-Quads files (from {@code claimtrace annotate --out}, or from a
 * distributed run producing the same files) into the store with TDB2's parallel bulk loader.
 * Quads are a set, so loading an article twice adds nothing; to replace an article, ingest it.
 */
public final class BulkLoader {
    private BulkLoader() {}

    /**
     * Loads the files in one bulk operation, which also records that cross-article resolution is
     * pending ({@link ResolutionState}), after noting which graphs it changes; returns the number
     * of quads read.
     */
    public static long load(GraphStore store, List<Path> files) {
        noteGraphs(store, files);
        DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        long quads;
        try {
            loader.load(files.stream().map(Path::toString).toList());
            quads = loader.countQuads();
            loader.stream().quad(ResolutionState.MARKER);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed (" + e.getMessage() + "); the store is as it was", e);
        }
        return quads;
    }

    /** Files up to this size are read once more for their graph names; larger loads make the next resolution a full one. */
    static final long NAMED_LOAD_BYTES = 64L << 20;

    /**
     * Records, before loading, which graphs the load changes, so that the resolution after it
     * reads only those ({@link ResolutionState}); for a large load, drops the token of the saved
     * resolution inputs instead (reading the whole store is then the cheaper way).
     */
    private static void noteGraphs(GraphStore store, List<Path> files) {
        long bytes = 0;
        for (Path f : files) bytes += f.toFile().length();
        if (bytes > NAMED_LOAD_BYTES) {
            store.forgetResolutionInputs();
            return;
        }
        Set<String> graphs = new TreeSet<>();
        StreamRDF names = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (q.getGraph().isURI() && !q.isDefaultGraph()) graphs.add(q.getGraph().getURI());
            }
        };
        for (Path f : files) {
            // a Spark job's parts are gzip'd N-Quads, which the parser does not unpack when told the language
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(names);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        store.noteChanged(graphs);
    }
}

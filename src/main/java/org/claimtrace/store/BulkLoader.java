package org.claimtrace.store;

import java.nio.file.Path;
import java.util.List;
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
     * pending ({@link ResolutionState}); returns the number of quads read.
     */
    public static long load(GraphStore store, List<Path> files) {
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
}

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

    /** Loads the files in one bulk operation; returns the number of quads read. */
    public static long load(GraphStore store, List<Path> files) {
        DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        try {
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed (" + e.getMessage() + "); the store is as it was", e);
        }
        return loader.countQuads();
    }
}

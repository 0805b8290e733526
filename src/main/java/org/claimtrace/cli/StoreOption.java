package org.claimtrace.cli;

import java.nio.file.Path;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Option;

/** --store and --base, shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory)",
            defaultValue = "claimtrace-db")
    Path dir;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of articles, entities and events (default: ${DEFAULT-VALUE})",
            defaultValue = org.claimtrace.map.Iris.DEFAULT_BASE)
    String base;

    GraphStore open() {
        return GraphStore.open(dir);
    }
}

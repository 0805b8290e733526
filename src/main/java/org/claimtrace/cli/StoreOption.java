package org.claimtrace.cli;

import java.nio.file.Path;
import org.claimtrace.store.ArticleStore;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.RemoteStore;
import picocli.CommandLine.Option;

/** --store and --base, shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory)",
            defaultValue = "claimtrace-db")
    Path dir;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of articles, entities and events (default: ${DEFAULT-VALUE})",
            defaultValue = org.claimtrace.map.Iris.DEFAULT_BASE)
    String base;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "use a remote SPARQL 1.1 store instead of --store: its dataset URL (queries to URL/sparql, graphs to URL/data)")
    String endpoint;

    @Option(names = "--query-path", paramLabel = "PATH", defaultValue = "sparql", description = "query service under --endpoint (default: ${DEFAULT-VALUE})")
    String queryPath;

    @Option(names = "--data-path", paramLabel = "PATH", defaultValue = "data", description = "graph store service under --endpoint (default: ${DEFAULT-VALUE})")
    String dataPath;

    /** The local TDB2 store, for commands that need one. */
    GraphStore open() {
        if (endpoint != null) throw new UserError("this command works on a local --store only, not on --endpoint " + endpoint);
        return GraphStore.open(dir);
    }

    /** The remote store when --endpoint is given, else the local one. */
    ArticleStore openAny() {
        return endpoint != null ? new RemoteStore(endpoint, queryPath, dataPath) : GraphStore.open(dir);
    }

    String where() {
        return endpoint != null ? endpoint : dir.toString();
    }
}

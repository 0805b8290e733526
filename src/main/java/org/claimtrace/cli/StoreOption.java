package org.claimtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.claimtrace.store.ArticleStore;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.RemoteStore;
import org.claimtrace.store.ResolutionState;
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

    /**
     * What a command does with the store. Only commands that add articles may create one; commands
     * that read warn while cross-article resolution is pending (those that change the store finish it).
     */
    enum Access { CREATE, CHANGE, READ }

    /** The local TDB2 store, for commands that need one. */
    GraphStore local(Access access, PrintWriter err) {
        if (endpoint != null) throw new UserError("this command works on a local --store only, not on --endpoint " + endpoint);
        GraphStore gs = access == Access.CREATE ? GraphStore.open(dir) : GraphStore.openExisting(dir);
        warnIfPending(gs, access, err);
        return gs;
    }

    /** The remote store when --endpoint is given, else the local one. */
    ArticleStore any(Access access, PrintWriter err) {
        if (endpoint == null) return local(access, err);
        ArticleStore remote = new RemoteStore(endpoint, queryPath, dataPath);
        warnIfPending(remote, access, err);
        return remote;
    }

    private void warnIfPending(ArticleStore store, Access access, PrintWriter err) {
        if (access == Access.READ && store.resolutionPending()) {
            err.println("claimtrace: " + ResolutionState.warning(where()));
            err.flush();
        }
    }

    String where() {
        return endpoint != null ? endpoint : dir.toString();
    }
}

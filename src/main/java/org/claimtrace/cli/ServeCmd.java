package org.claimtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.serve.ClaimtraceServer;
import org.claimtrace.serve.RequestGuards;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace serve --store news-db --port 3030",
                "  (then open http://127.0.0.1:3030/, or: curl -L -H 'Accept: text/turtle' http://127.0.0.1:3030/id/entity/vladimir-putin)",
                "  claimtrace serve --store news-db --host 0.0.0.0 --allow-host claims.example.org --cors https://notebook.example.org"},
        description = "Serves the store over HTTP: SPARQL endpoint (embedded Fuseki), stored queries, the store's IRIs "
        + "(under --base) as linked data, and an explorer page (YASGUI and the graph). Read-only unless --allow-update; no SERVICE calls, "
        + "other host names or other sites' pages unless allowed. Runs until killed.")
final class ServeCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--allow-update", description = "also accept SPARQL update and graph store writes")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop queries that run longer (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--allow-service", description = "let queries call other addresses with SPARQL SERVICE (off: a query could "
            + "send the store's data to any address it builds)")
    boolean allowService;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "also answer requests for this host name (repeatable; by "
            + "default only the bound address and, on loopback, localhost: a guard against DNS rebinding)")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "let pages of this origin (scheme://host[:port], or *) read "
            + "the store from a browser (repeatable); no other site's page may write")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "refuse larger request bodies with 413 (default: "
            + RequestGuards.MAX_BODY_READ_ONLY + ", or " + RequestGuards.MAX_BODY_UPDATE + " with --allow-update)")
    Long maxBody;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "folder of .rq files that add to or override the packaged ones (default: ${DEFAULT-VALUE})")
    Path queriesDir;

    @Override
    public Integer call() {
        ClaimtraceServer.Builder options;
        try {
            long body = maxBody != null ? maxBody : RequestGuards.defaults(allowUpdate).maxBodyBytes();
            options = ClaimtraceServer.builder().port(port).host(host).allowUpdate(allowUpdate).timeoutSeconds(timeout)
                    .guards(new RequestGuards(allowService, allowHosts, new java.util.TreeSet<>(corsOrigins), body))
                    .queries(QueryLibrary.load(queriesDir)).base(store.base);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        GraphStore gs = store.local(allowUpdate ? StoreOption.Access.CREATE : StoreOption.Access.READ, spec.commandLine().getErr());
        // Writers through the server name no graphs they change: the next resolution reads the whole store.
        if (allowUpdate) gs.forgetResolutionInputs();
        ClaimtraceServer server = options.build(gs.dataset());
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); is another server there? try --port");
        }
        // Ctrl-C or kill: stop answering, then close the store so the next process finds it clean.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            gs.close();
        }, "claimtrace-serve-shutdown"));
        PrintWriter err = spec.commandLine().getErr();
        server.describe().forEach(err::println);
        err.flush();
        server.join();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return String.valueOf(e.getMessage());
    }
}

package org.claimtrace.serve;

import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.claimtrace.map.Iris;
import org.claimtrace.query.QueryLibrary;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The serve stage: an embedded Fuseki over the store (SPARQL query, graph store protocol, update
 * only when asked), plus the stored queries, a neighbourhood JSON endpoint, the store's IRIs as
 * linked data ({@link LinkedData}) and the explorer page, all behind the same {@link
 * RequestGuards} (host, origin, body size, SERVICE, security headers) and concurrency limit
 * ({@link BusyServer}). It takes an open {@link Dataset}, so tests can serve the store they
 * already hold open.
 */
public final class ClaimtraceServer {
    /** The dataset's name in the URLs: /ds/sparql, /ds/get, ... */
    public static final String DATASET = "/ds";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;
    private final long timeoutSeconds;
    private final String base;
    private final String guards;

    private ClaimtraceServer(FusekiServer fuseki, String host, boolean allowUpdate, long timeoutSeconds, String base, String guards) {
        this.fuseki = fuseki;
        this.host = host;
        this.allowUpdate = allowUpdate;
        this.timeoutSeconds = timeoutSeconds;
        this.base = base;
        this.guards = guards;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a server; {@link #build(Dataset)} makes it, not yet listening. */
    public static final class Builder {
        private int port = 3030;
        private String host = "127.0.0.1";
        private boolean allowUpdate;
        private long timeoutSeconds = 60;
        private QueryLibrary queries;
        private String base = Iris.DEFAULT_BASE;
        private RequestGuards guards;

        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range; use 0..65535 (0: any free port)");
            this.port = port;
            return this;
        }

        /** The address to bind; loopback unless told otherwise. "0.0.0.0" or "*" binds every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        public Builder timeoutSeconds(long seconds) {
            if (seconds <= 0) throw new IllegalArgumentException("time-out " + seconds + " s is not positive; give a number of seconds above 0");
            this.timeoutSeconds = seconds;
            return this;
        }

        /** The store's base IRI, whose IRIs the server answers as linked data (see {@link LinkedData}). */
        public Builder base(String base) {
            this.base = new Iris(base).base();
            return this;
        }

        /** Hosts, origins, body size and SERVICE (default: {@link RequestGuards#defaults}). */
        public Builder guards(RequestGuards guards) {
            this.guards = Objects.requireNonNull(guards, "guards");
            return this;
        }

        public Builder queries(QueryLibrary queries) {
            this.queries = Objects.requireNonNull(queries, "queries");
            return this;
        }

        public ClaimtraceServer build(Dataset dataset) {
            Objects.requireNonNull(dataset, "dataset");
            QueryLibrary library = queries != null ? queries : QueryLibrary.load(null);
            RequestGuards guard = guards != null ? guards : RequestGuards.defaults(allowUpdate);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .enablePing(true);
            var hosts = guard.addFilters(b, host);
            b.add(DATASET, dataService(dataset.asDatasetGraph(), allowUpdate, timeoutSeconds, guard))
                    .addServlet("/queries", new QueriesServlet(dataset, library, timeoutSeconds))
                    .addServlet("/queries/*", new QueriesServlet(dataset, library, timeoutSeconds))
                    .addServlet("/graph", new GraphServlet(dataset, timeoutSeconds))
                    .addServlet("/config", new ExplorerConfig(base))
                    .addServlet(ExplorerFiles.PREFIX + "/*", new ExplorerFiles())
                    .addFilter("/*", new ExplorerFiles.Root());
            LinkedData.path(base).ifPresent(path -> b
                    .addServlet(path + "/*", new LinkedData.SeeOther())
                    .addServlet(LinkedData.DOC + "/*", new LinkedData.Document(dataset, base, path, timeoutSeconds)));
            FusekiServer server = b.build();
            if (!isLoopback(host) && !isAnyHost(host)) bindTo(server, host);
            BusyServer.limit(server.getJettyServer(), timeoutSeconds);
            guard.limitBodies(server.getJettyServer());
            return new ClaimtraceServer(server, host, allowUpdate, timeoutSeconds, base, guard.describe(hosts));
        }
    }

    /**
     * Fuseki's standard services for the dataset (query and GSP read; update and GSP read-write only
     * when allowed), each endpoint with a context that carries the time-out, the optimiser switch
     * and whether SERVICE may call out, and the query endpoints with the guarded query service.
     * Fuseki merges an endpoint's context into each request's, so these settings apply to HTTP
     * requests only, and the dataset stays the TDB2 one, so TDB2's own query engine runs.
     */
    static DataService dataService(DatasetGraph dsg, boolean allowUpdate, long timeoutSeconds, RequestGuards guards) {
        Context cxt = new Context();
        guards.configure(cxt);
        cxt.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000));
        // Jena 6.0.0 TDB2 fails ("Peek iterator is already empty") when a filter placed inside a
        // basic graph pattern empties its input; see QueryRunner.
        cxt.set(ARQ.optFilterPlacementBGP, false);
        DataService std = DataService.newBuilder(dsg).withStdServices(allowUpdate).build();
        DataService.Builder b = DataService.newBuilder(dsg);
        for (Endpoint e : std.getEndpoints()) {
            Endpoint.Builder eb = Endpoint.create().operation(e.getOperation()).endpointName(e.getName()).context(cxt);
            b.addEndpoint(guards.processor(eb, e.getOperation()).build());
        }
        return b.build();
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    private static boolean isAnyHost(String host) {
        return host.equals("0.0.0.0") || host.equals("*") || host.isEmpty();
    }

    private static void bindTo(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    public ClaimtraceServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The base URL, e.g. http://127.0.0.1:3030/ (the host as bound; "any" shows as localhost). */
    public String url() {
        String h = isAnyHost(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** What the server offers, one line each, for the start-up message. */
    public List<String> describe() {
        String u = url();
        String ds = u + DATASET.substring(1);
        String bound = isAnyHost(host) ? "every interface" : isLoopback(host) ? "loopback only" : host;
        return List.of(
                "claimtrace serve: listening on " + u + " (" + bound + "), "
                        + (allowUpdate ? "READ-WRITE (--allow-update)" : "read-only")
                        + ", query time-out " + timeoutSeconds + " s",
                "  explorer      " + u,
                "  SPARQL query  " + ds + "/sparql  (also " + ds + "/query)",
                "  graph store   " + ds + "/get?graph=IRI  (read)" + (allowUpdate ? ", " + ds + "/data (read-write)" : ""),
                allowUpdate ? "  SPARQL update " + ds + "/update" : "  SPARQL update off (start with --allow-update)",
                "  stored        " + u + "queries, " + u + "queries/NAME?param=value",
                "  neighbourhood " + u + "graph?entity=IRI&depth=1",
                LinkedData.path(base).map(p -> "  linked data   " + u + p.substring(1) + "/... (the store's " + base + "... IRIs: 303 to "
                        + u + "doc/..., HTML or RDF by Accept)").orElse("  linked data   off: the path of --base " + base
                        + " is one the server uses itself"),
                guards,
                "Stop with Ctrl-C.");
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }
}

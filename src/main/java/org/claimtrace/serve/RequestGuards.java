package org.claimtrace.serve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What keeps the store in when the server is reachable from a browser or a network: which hosts
 * it answers to ({@link HostCheck}), which other sites' pages may read it ({@link OriginCheck},
 * {@link CorsHeaders}; none may write), the explorer's {@link SecurityHeaders}, the largest
 * request body (Jetty's SizeLimitHandler answers 413), and whether a query may call out with
 * SERVICE ({@link GuardedQueryService}, which also parses inside the time-out).
 *
 * @param allowService  let queries call other addresses with SERVICE
 * @param extraHosts    host names to answer to besides the bound address (and loopback names)
 * @param corsOrigins   origins whose pages may read ("*": any)
 * @param maxBodyBytes  the largest request body accepted
 */
public record RequestGuards(boolean allowService, List<String> extraHosts, Set<String> corsOrigins, long maxBodyBytes) {
    /** Queries are small: 1 MiB holds any query a person or tool writes, and parses in about a second at worst. */
    public static final long MAX_BODY_READ_ONLY = 1L << 20;

    /** With --allow-update an article graph arrives as one graph store PUT; Fuseki reads forms up to 25 MiB. */
    public static final long MAX_BODY_UPDATE = 24L << 20;

    public RequestGuards {
        extraHosts = List.copyOf(extraHosts);
        corsOrigins = Set.copyOf(new TreeSet<>(corsOrigins));
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("--max-body " + maxBodyBytes + " is not positive; give a number of bytes");
        for (String o : corsOrigins) {
            if (!o.equals("*") && !o.matches("(?i)https?://[^/\\s*]+/?")) {
                throw new IllegalArgumentException("--cors " + o + " is not an origin; give scheme://host[:port], e.g. https://example.org, or *");
            }
        }
        for (String h : extraHosts) {
            if (h.isBlank() || h.matches(".*[\\s/@].*")) throw new IllegalArgumentException("--allow-host '" + h + "' is not a host name");
        }
    }

    /** The defaults: no SERVICE, no extra hosts, no other origins, the body limit of a read-only or a writable server. */
    public static RequestGuards defaults(boolean allowUpdate) {
        return new RequestGuards(false, List.of(), Set.of(), allowUpdate ? MAX_BODY_UPDATE : MAX_BODY_READ_ONLY);
    }

    /**
     * The filters, first in the chain: security headers, host, origin, CORS answer (when some
     * origin may read). Returns the host names the server answers to.
     */
    Set<String> addFilters(FusekiServer.Builder b, String bindHost) {
        HostCheck hosts = HostCheck.forBinding(bindHost, extraHosts);
        b.addFilter("/*", new SecurityHeaders());
        b.addFilter("/*", hosts);
        String ds = ClaimtraceServer.DATASET;
        b.addFilter("/*", new OriginCheck(corsOrigins, Set.of(ds + "/sparql", ds + "/query")));
        if (!corsOrigins.isEmpty()) b.addFilter("/*", new CorsHeaders(corsOrigins));
        return hosts.names();
    }

    /** An endpoint's context: SERVICE on or off in Jena itself. */
    void configure(Context cxt) {
        cxt.set(ARQ.httpServiceAllowed, allowService);
    }

    /** An endpoint as built by Fuseki, with the guarded query service where it answers queries. */
    Endpoint.Builder processor(Endpoint.Builder b, Operation operation) {
        return operation.equals(Operation.Query) ? b.processor(new GuardedQueryService(allowService)) : b;
    }

    /** Caps request bodies before anything reads them: Jetty answers 413 (by Content-Length at once, else when the cap is passed). */
    void limitBodies(Server jetty) {
        SizeLimitHandler limit = new SizeLimitHandler(maxBodyBytes, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }

    /** One line for the start-up message. */
    String describe(Set<String> hosts) {
        return "  guards        hosts " + String.join(", ", hosts) + "; other sites' pages "
                + (corsOrigins.isEmpty() ? "refused" : "may read: " + String.join(", ", corsOrigins)) + " (never write); SERVICE "
                + (allowService ? "ON (--allow-service)" : "off") + "; bodies up to " + String.format("%,d", maxBodyBytes) + " bytes";
    }
}

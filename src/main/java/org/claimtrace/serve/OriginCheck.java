package org.claimtrace.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses requests that a page of another site makes in a browser (its Origin header names
 * another site): anything that may write, always, since an HTML form on any page can POST an
 * update to 127.0.0.1; reads too, unless serve --cors lets that origin read (then {@link
 * CorsHeaders} adds the CORS answer). The server's own pages and clients that send no Origin
 * (curl, the CLI, other servers) are not affected.
 */
final class OriginCheck extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> readers;
    private final Set<String> queryPaths;

    /**
     * @param readers    origins allowed to read ("*" for any), as given to --cors
     * @param queryPaths paths where a POST is a query, never a write (the query-only endpoints)
     */
    OriginCheck(Set<String> readers, Set<String> queryPaths) {
        this.readers = readers.stream().map(OriginCheck::normalise).collect(Collectors.toUnmodifiableSet());
        this.queryPaths = Set.copyOf(queryPaths);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null || isOwn(origin, req)) {
            chain.doFilter(req, resp);
        } else if (mayWrite(req)) {
            Responses.error(resp, 403, "cross-origin " + req.getMethod() + " from " + origin + " refused: pages of other sites may not "
                    + "change this store (writes come from this server's own pages, or from clients that send no Origin: curl, scripts, the CLI)");
        } else if (!readers.contains("*") && !readers.contains(normalise(origin))) {
            Responses.error(resp, 403, "cross-origin request from " + origin + " refused; start the server with --cors " + origin
                    + " to let pages there read this store");
        } else {
            chain.doFilter(req, resp);
        }
    }

    /** Same origin: the Origin the browser sends is this server as the page reached it (the Host it asked for). */
    private static boolean isOwn(String origin, HttpServletRequest req) {
        String host = req.getHeader("Host");
        return host != null && normalise(origin).equals(normalise(req.getScheme() + "://" + host));
    }

    /**
     * Whether the request may change the store. Only GET, HEAD and OPTIONS never do, and a POST of
     * a query to a query-only endpoint; a POST to the dataset itself is a query only with the
     * query media type (a form there may carry "update=").
     */
    private boolean mayWrite(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (READ_METHODS.contains(method)) return false;
        if (!method.equals("POST")) return true;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (queryPaths.contains(path)) return false;
        String type = req.getContentType();
        return !(path.equals(ClaimtraceServer.DATASET) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query"));
    }

    static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        while (o.endsWith("/")) o = o.substring(0, o.length() - 1);
        if (o.startsWith("http://") && o.endsWith(":80")) o = o.substring(0, o.length() - 3);
        if (o.startsWith("https://") && o.endsWith(":443")) o = o.substring(0, o.length() - 4);
        return o;
    }
}

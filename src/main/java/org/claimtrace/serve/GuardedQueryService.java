package org.claimtrace.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.eclipse.jetty.http.HttpException;

/**
 * Fuseki's SPARQL query service with two guards. The time-out covers parsing: Fuseki parses
 * before its time-out starts, and a large query can take minutes to parse ({@link
 * DeadlineQueryParser}); here the parse gets the time-out and execution what is left of it. And
 * SERVICE (a call from the server to any address, which a query can build from the store's data
 * and so send it out) is refused before anything runs unless serve --allow-service; the endpoint
 * context also turns SERVICE off in Jena itself (ARQ.httpServiceAllowed), for what this check
 * cannot see.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {
    private final boolean allowService;

    GuardedQueryService(boolean allowService) {
        this.allowService = allowService;
    }

    /** The query from a form or the URL; a form body past the server's cap is 413, not Fuseki's 500. */
    @Override
    protected void executeWithParameter(HttpAction action) {
        withBodyCap(() -> super.executeWithParameter(action));
    }

    /** The query as the request body; a body past the server's cap is 413, not Fuseki's 500. */
    @Override
    protected void executeBody(HttpAction action) {
        withBodyCap(() -> super.executeBody(action));
    }

    /**
     * Jetty's SizeLimitHandler refuses a body by its Content-Length before anything reads it; a
     * body without one (chunked) fails while Fuseki reads it, and Fuseki answers 500 with a
     * wrapped exception: the answer should say what was wrong.
     */
    private static void withBodyCap(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException h && h.getCode() == 413) ServletOps.error(413, "request body too large: " + t.getMessage());
            }
            throw e;
        }
    }

    /** As Fuseki's SPARQLQueryProcessor.execute(String, HttpAction) (Jena 6.0.0), with the parse inside the time-out. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) ServletOps.errorBadRequest("Error: empty query string");
        String forLog = ServletOps.formatForLog(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, forLog));
        long timeoutMillis = timeoutMillis(action);
        long start = System.nanoTime();
        Query query = null;
        try {
            query = DeadlineQueryParser.parse(queryString, Fuseki.BaseParserSPARQL, start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        } catch (DeadlineQueryParser.TooSlow e) {
            ServletOps.error(Fuseki.SC_QueryCancelled, "query stopped while being parsed: it ran past the time-out of "
                    + timeoutMillis / 1000.0 + " s (a query of " + queryString.length() + " characters)");
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        }
        if (!allowService && ServiceCalls.any(query)) {
            ServletOps.error(403, "SERVICE is off on this server: a query may not make the server call another address "
                    + "(start it with --allow-service to allow that)");
        }
        long left = timeoutMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (left <= 0) ServletOps.error(Fuseki.SC_QueryCancelled, "query stopped: parsing it took the whole time-out");
        action.getContext().set(ARQ.queryTimeout, Long.toString(left));
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, forLog);
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec exec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, forLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** The endpoint's time-out (ClaimtraceServer puts it in the endpoint context). */
    private static long timeoutMillis(HttpAction action) {
        String t = action.getContext().getAsString(ARQ.queryTimeout);
        try {
            return t == null ? Long.MAX_VALUE / 2_000_000 : Long.parseLong(t.split(",")[0].strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE / 2_000_000;
        }
    }
}

package org.claimtrace.bench;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.store.GraphStore;

/**
 * Stored-query latency: each query with its defaults (the whole store; a listing with all rows),
 * then, for each of its IRI parameters, bound to the busiest value the store holds (the entity,
 * event or article with the most facts: the worst case a researcher meets); one warm-up, then
 * median and p95. The closing line counts the questions (every run but the whole-store dumps of
 * listings) answered in under a second.
 */
public final class QueryBench {
    /** A query still running after this is reported as over the limit, not timed further. */
    static final int TIMEOUT_SECONDS = 30;

    public void run(GraphStore store, QueryLibrary library, List<String> only, int runs, BenchReport report) {
        QueryRunner runner = new QueryRunner(store.dataset()).timeout(TIMEOUT_SECONDS);
        report.line("| query | bound to | rows | median ms | p95 ms |");
        report.line("|---|---|---|---|---|");
        // Each parameter's busiest value is found once: "event" alone is a parameter of seven queries.
        Map<String, java.util.Optional<Node>> busiestOf = new java.util.HashMap<>();
        List<String> slow = new java.util.ArrayList<>();
        int questions = 0;
        for (StoredQuery q : library.all().values()) {
            if (!only.isEmpty() && !only.contains(q.name())) continue;
            double all = time(runner, q, q.isListing() ? "--all (listing: every row)" : "(all)", Map.of(), runs, report);
            if (!q.isListing()) {
                questions++;
                if (!(all < 1000)) slow.add(q.name() + " (all)");
            }
            for (String param : q.paramNames()) {
                Node busiest = busiestOf.computeIfAbsent(param, p -> java.util.Optional.ofNullable(busiest(runner, p))).orElse(null);
                if (busiest == null) continue;
                questions++;
                if (!(time(runner, q, param + " = " + shortName(busiest), Map.of(param, busiest), runs, report) < 1000)) {
                    slow.add(q.name() + " (" + param + ")");
                }
            }
        }
        report.line("");
        report.line("Questions answered in under 1 s (median): %d of %d%s. Listings' --all runs are whole-store dumps, "
                + "not counted.", questions - slow.size(), questions, slow.isEmpty() ? "" : "; slower: " + String.join(", ", slow));
        report.line("");
    }

    /** Median milliseconds of the runs, or NaN when the query failed or ran past the time-out. */
    private static double time(QueryRunner runner, StoredQuery q, String label, Map<String, Node> params, int runs, BenchReport report) {
        var parsed = QueryRunner.parse(q.text());
        double[] ms = new double[runs];
        try {
            long rows = rows(runner.run(parsed, params));
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                rows = rows(runner.run(parsed, params));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            report.line("| %s | %s | %,d | %.0f | %.0f |", q.name(), label, rows, Timing.median(ms), Timing.percentile(ms, 95));
            return Timing.median(ms);
        } catch (org.apache.jena.query.QueryCancelledException e) {
            report.line("| %s | %s | | > %,d | (stopped at the %d s time-out) |", q.name(), label, TIMEOUT_SECONDS * 1000, TIMEOUT_SECONDS);
        } catch (RuntimeException e) {
            report.line("| %s | %s | failed: %s | | |", q.name(), label, String.valueOf(e.getMessage()).replace('|', '/'));
        }
        return Double.NaN;
    }

    /** What each IRI parameter points at, as the property whose busiest object is the worst case. */
    private static final Map<String, String> PARAMETER_PROPERTY = Map.ofEntries(
            Map.entry("event", "ct:event"), Map.entry("claimant", "ct:claimant"), Map.entry("denier", "ct:denier"),
            Map.entry("attributedTo", "ct:attributedParty"), Map.entry("reporter", "ct:reporter"), Map.entry("source", "ct:source"),
            Map.entry("speaker", "ct:source"), Map.entry("threatener", "ct:threatener"), Map.entry("target", "ct:target"),
            Map.entry("subject", "ct:subjectEntity"), Map.entry("object", "ct:objectEntity"), Map.entry("outlet", "schema:publisher"),
            Map.entry("entity", "itsrdf:taIdentRef"), Map.entry("fact", "ct:reported"));

    static Node busiest(QueryRunner runner, String param) {
        String prefixes = "PREFIX ct: <https://claimtrace.org/ns#> PREFIX schema: <https://schema.org/> "
                + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";
        String sparql;
        if (param.equals("article")) {
            sparql = prefixes + "SELECT ?v (COUNT(?f) AS ?n) WHERE { GRAPH ?v { ?f ct:evidence ?e } } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1";
        } else if (PARAMETER_PROPERTY.containsKey(param)) {
            sparql = prefixes + "SELECT ?v (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s " + PARAMETER_PROPERTY.get(param) + " ?v } FILTER (isIRI(?v)) } "
                    + "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1";
        } else {
            return null; // a literal parameter (kind, type, relation): the whole-store run covers it
        }
        List<QuerySolution> rows = runner.select(sparql, Map.of());
        return rows.isEmpty() ? null : rows.getFirst().get("v").asNode();
    }

    private static String shortName(Node n) {
        String last = n.isURI() ? n.getURI().replaceAll("^.*/", "") : n.toString();
        return last.length() > 24 ? last.substring(0, 12) + "…" : last;
    }

    private static long rows(QueryRunner.Result r) {
        return r instanceof QueryRunner.Result.Rows rows ? rows.rows().size() : 1;
    }
}

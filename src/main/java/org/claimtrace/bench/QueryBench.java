package org.claimtrace.bench;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.store.GraphStore;

/** Stored-query latency: each query with its defaults, one warm-up, then median and p95 of the timed runs. */
public final class QueryBench {
    /** A query still running after this is reported as over the limit, not timed further. */
    static final int TIMEOUT_SECONDS = 30;

    public void run(GraphStore store, QueryLibrary library, int runs, BenchReport report) {
        QueryRunner runner = new QueryRunner(store.dataset()).timeout(TIMEOUT_SECONDS);
        report.line("| query | rows | median ms | p95 ms |");
        report.line("|---|---|---|---|");
        for (StoredQuery q : library.all().values()) {
            var parsed = QueryRunner.parse(q.text());
            double[] ms = new double[runs];
            long rows = 0;
            try {
                rows = rows(runner.run(parsed, Map.<String, Node>of()));
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    rows = rows(runner.run(parsed, Map.<String, Node>of()));
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                report.line("| %s | %,d | %.0f | %.0f |", q.name(), rows, Timing.median(ms), Timing.percentile(ms, 95));
            } catch (org.apache.jena.query.QueryCancelledException e) {
                report.line("| %s | | > %,d | (stopped at the %d s time-out) |", q.name(), TIMEOUT_SECONDS * 1000, TIMEOUT_SECONDS);
            } catch (RuntimeException e) {
                report.line("| %s | failed: %s | | |", q.name(), String.valueOf(e.getMessage()).replace('|', '/'));
            }
        }
        report.line("");
    }

    private static long rows(QueryRunner.Result r) {
        return r instanceof QueryRunner.Result.Rows rows ? rows.rows().size() : 1;
    }
}

package org.claimtrace.cli;

import java.io.PrintWriter;
import org.claimtrace.ingest.ArticleOutcome;
import org.claimtrace.ingest.Progress;
import org.claimtrace.util.Printable;

/** Ingest progress on stderr: one line per article (its name made printable), and when resolution starts. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final long t0 = System.nanoTime();

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void articleDone(int done, int total, String sourceName, ArticleOutcome outcome) {
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf("[%d/%d] %-9s %s  (%.2f articles/s)%n", done, total, outcome.name().toLowerCase(), Printable.of(sourceName), done / secs);
        err.flush();
    }

    @Override
    public void resolving() {
        err.println("claimtrace: resolving entities and events across articles...");
        err.flush();
    }
}

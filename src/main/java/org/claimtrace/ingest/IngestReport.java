package org.claimtrace.ingest;

import java.util.List;
import org.claimtrace.source.Skipped;

/** What an ingest did: articles added, left unchanged (already in the store), and skipped with reasons. */
public record IngestReport(int added, int unchanged, List<Skipped> skipped, long quads, double seconds) {
    public boolean anySkipped() {
        return !skipped.isEmpty();
    }
}

package org.claimtrace.ingest;

import java.util.List;
import org.claimtrace.source.Skipped;

/**
 * What an ingest did: articles added, left unchanged (already in the store), skipped with reasons,
 * and what cross-article resolution then did (null when nothing was added).
 */
public record IngestReport(int added, int unchanged, List<Skipped> skipped, Reconciler.Outcome resolution, double seconds) {
    public boolean anySkipped() {
        return !skipped.isEmpty();
    }
}

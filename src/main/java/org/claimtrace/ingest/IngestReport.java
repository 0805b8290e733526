package org.claimtrace.ingest;

import java.util.List;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.Skipped;

/**
 * What an ingest did: articles added, left unchanged (already in the store), skipped with reasons,
 * notes on added articles ("name: note", e.g. sentences cut), and what cross-article resolution
 * then did (null when it did not run: nothing added and nothing pending).
 */
public record IngestReport(int added, int unchanged, List<Skipped> skipped, List<String> notes, StoreResolver.Outcome resolution,
                           double seconds) {
    public boolean anySkipped() {
        return !skipped.isEmpty();
    }
}

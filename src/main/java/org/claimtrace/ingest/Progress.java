package org.claimtrace.ingest;

/** Hears of each article as it is done. */
@FunctionalInterface
public interface Progress {
    void articleDone(int done, int total, String sourceName, ArticleOutcome outcome);

    Progress NONE = (d, t, n, o) -> {};
}

package org.claimtrace.ingest;

/** Hears of each article as it is done. */
@FunctionalInterface
public interface Progress {
    void articleDone(int done, int total, String sourceName, ArticleOutcome outcome);

    /** Cross-article resolution starts (after the last article, or to finish an interrupted one). */
    default void resolving() {}

    Progress NONE = (d, t, n, o) -> {};
}

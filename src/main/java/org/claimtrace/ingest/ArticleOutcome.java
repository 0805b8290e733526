package org.claimtrace.ingest;

/** What happened to one article, for progress reports. */
public enum ArticleOutcome { ADDED, UNCHANGED, SKIPPED }

package org.claimtrace.query;

/** Output formats for query results. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML
}

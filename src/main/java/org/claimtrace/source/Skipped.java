package org.claimtrace.source;

/**
 * An input that was not ingested, and why (for the one-line report on stderr). Serializable: the
 * Spark job's tasks send theirs to the driver.
 */
public record Skipped(String where, String reason) implements java.io.Serializable {
    @Override
    public String toString() {
        return org.claimtrace.util.Printable.of(where) + ": " + reason + ", skipped";
    }
}

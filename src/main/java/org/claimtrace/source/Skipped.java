package org.claimtrace.source;

/** An input that was not ingested, and why (for the one-line report on stderr). */
public record Skipped(String where, String reason) {
    @Override
    public String toString() {
        return org.claimtrace.util.Printable.of(where) + ": " + reason + ", skipped";
    }
}

package org.claimtrace.map;

import java.time.Instant;
import java.util.List;

/**
 * What the PROV record of an ingest says: the tool, its version, its annotators, when it ran, and
 * notes on what it did differently for this article (ct:annotationNote).
 */
public record IngestInfo(String toolVersion, String annotators, Instant startedAt, Instant endedAt, List<String> notes) {
    public IngestInfo {
        notes = List.copyOf(notes);
    }
}

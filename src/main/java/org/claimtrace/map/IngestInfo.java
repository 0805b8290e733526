package org.claimtrace.map;

import java.time.Instant;

/** What the PROV record of an ingest says: the tool, its version, its annotators and when it ran. */
public record IngestInfo(String toolVersion, String annotators, Instant startedAt, Instant endedAt) {}

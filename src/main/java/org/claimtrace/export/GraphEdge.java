package org.claimtrace.export;

import java.math.BigDecimal;

/**
 * One relation of the mission between two nodes (claimed-by, attributed-to, blames, reported-by,
 * threatened, media-outlet-of, branch-of, denied-by), aggregated over the facts that state it:
 * how many distinct articles, their first and last publication day (null when none is dated) and
 * the highest confidence of the facts. A blames edge (attributor to the party blamed) is about one
 * event, given by its IRI and label; the other kinds have none (null).
 */
public record GraphEdge(String source, String target, String kind, int sources, String firstDate, String lastDate,
        BigDecimal maxConfidence, String event, String eventLabel) {}

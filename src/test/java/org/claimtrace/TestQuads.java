package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimtrace.bench.StoreQuads;

/** Comparing whole stores: every quad but the ingest times (which differ by run). */
final class TestQuads {
    private TestQuads() {}

    static Set<Quad> of(DatasetGraph dsg) {
        return StoreQuads.of(dsg);
    }

    /** Equal sets, reported as their differences rather than thousands of quads. */
    static void assertSame(Set<Quad> expected, Set<Quad> actual) {
        String difference = StoreQuads.difference(expected, actual);
        assertTrue(difference.isEmpty(), difference);
    }
}

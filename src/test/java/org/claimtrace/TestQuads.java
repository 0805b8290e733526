package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Comparing whole stores: every quad but the ingest times (which differ by run). */
final class TestQuads {
    private TestQuads() {}

    static Set<Quad> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> s = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                String p = q.getPredicate().getURI();
                if (!p.endsWith("startedAtTime") && !p.endsWith("endedAtTime")) s.add(q);
            });
            return s;
        });
    }

    /** Equal sets, reported as their differences rather than thousands of quads. */
    static void assertSame(Set<Quad> expected, Set<Quad> actual) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing.size() + ": "
                + missing.stream().limit(8).toList() + "\nextra " + extra.size() + ": " + extra.stream().limit(8).toList());
    }
}

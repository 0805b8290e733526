package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Comparing whole stores: every quad but the ingest times (which differ by run), decimals in canonical form. */
final class TestQuads {
    private TestQuads() {}

    static Set<Quad> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> s = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                String p = q.getPredicate().getURI();
                if (!p.endsWith("startedAtTime") && !p.endsWith("endedAtTime")) s.add(canonical(q));
            });
            return s;
        });
    }

    /** TDB2 keeps xsd:decimal values in canonical form ("0.9"); an in-memory dataset keeps "0.90". */
    private static Quad canonical(Quad q) {
        Node o = q.getObject();
        if (!o.isLiteral() || !XSDDatatype.XSDdecimal.equals(o.getLiteralDatatype())) return q;
        String v = new BigDecimal(o.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal));
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

package org.claimtrace.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.ResolutionState;

/**
 * What "the same store" means when two stores were built by different runs: the same quads, the
 * times of the ingest runs (prov:startedAtTime, prov:endedAtTime) and the token naming the saved
 * resolution inputs set aside.
 */
public final class StoreQuads {
    private StoreQuads() {}

    public static Set<Quad> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> s = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                String p = q.getPredicate().getURI();
                if (!p.endsWith("startedAtTime") && !p.endsWith("endedAtTime") && !ResolutionState.isBookkeeping(q)) s.add(q);
            });
            return s;
        });
    }

    /** The quads of the store in {@code dir}, opened and closed again. */
    public static Set<Quad> of(Path dir) {
        try (GraphStore gs = GraphStore.openExisting(dir)) {
            return of(gs.dataset().asDatasetGraph());
        }
    }

    /** Empty when equal; else how many quads are missing and extra, with a few of each. */
    public static String difference(Set<Quad> expected, Set<Quad> actual) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        if (missing.isEmpty() && extra.isEmpty()) return "";
        return "missing " + missing.size() + ": " + missing.stream().limit(8).toList() + "\nextra " + extra.size() + ": "
                + extra.stream().limit(8).toList();
    }
}

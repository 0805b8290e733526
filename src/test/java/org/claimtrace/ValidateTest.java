package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimtrace.CliTest.Run;
import org.claimtrace.cli.Claimtrace;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimtrace validate: the seeds store conforms to ontology/shapes.ttl; a fact without its evidence is named with its article. */
class ValidateTest {
    static final String ARTICLE = "https://claimtrace.org/id/article/2a1505cb121c286d2eb8cba3e5887f1237e276fab0bb25e346d1d948c216c37c";
    static final String CT = "https://claimtrace.org/ns#";

    @Test
    void theSeedsStoreConformsAndAFactMissingItsEvidenceIsReportedReadably(@TempDir Path tmp) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(SeedStore.store().dataset(), () -> SeedStore.store().dataset().asDatasetGraph().find().forEachRemaining(copy::add));
        Path broken = tmp.resolve("broken");
        try (GraphStore gs = GraphStore.open(broken)) {
            Txn.executeWrite(gs.dataset(), () -> {
                DatasetGraph dsg = gs.dataset().asDatasetGraph();
                copy.find().forEachRemaining(dsg::add);
                Node g = NodeFactory.createURI(ARTICLE);
                Node claim = NodeFactory.createURI(ARTICLE + "#claim-1409-1578");
                dsg.deleteAny(g, claim, NodeFactory.createURI(CT + "evidence"), Node.ANY);
                dsg.deleteAny(g, claim, NodeFactory.createURI(CT + "evidenceText"), Node.ANY);
            });
        }

        String db = SeedStore.store().dir().toString();
        SeedStore.store().close();
        try {
            Run ok = CliTest.run("validate", "--store", db);
            assertEquals(0, ok.code(), ok.out() + ok.err());
            assertTrue(ok.out().startsWith("the store conforms to ontology/shapes.ttl: 6 graphs checked, no violations"), ok.out());
        } finally {
            SeedStore.reopen();
        }

        Run bad = CliTest.run("validate", "--store", broken.toString());
        assertEquals(Claimtrace.EXIT_INVALID, bad.code(), bad.out() + bad.err());
        System.out.println("validate on a store with a fact missing its evidence:\n" + bad.out() + bad.err());
        assertTrue(bad.out().startsWith("004_0586ed6de2ad9625.txt  (" + ARTICLE + ")\n"), bad.out());
        assertTrue(bad.out().contains("  #claim-1409-1578  ct:evidence: a fact names the one sentence it was read from"), bad.out());
        assertTrue(bad.out().contains("  #claim-1409-1578  ct:evidenceText: a fact keeps the text of its evidence"), bad.out());
        assertEquals("claimtrace: the store does not conform to ontology/shapes.ttl: 2 violations in 1 of 6 graphs (listed above)",
                bad.err().strip());
    }
}

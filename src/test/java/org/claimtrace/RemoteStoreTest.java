package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest, query and remove through a real Fuseki on 127.0.0.1: the same graph as the embedded store. */
class RemoteStoreTest {

    @Test
    void ingestQueryAndRemoveThroughASparqlEndpoint(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "CAIRO (Reuters) - The Sinai Front claimed responsibility for the bombing in Cairo, "
                + "according to Reuters. Officials blamed the attack on the Sinai Front.\n");
        Files.writeString(in.resolve("b.txt"), "Senator Maria Delgado said that the bill would pass next week.\n");
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", remote, true).build().start();
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
            var ingest = CliTest.run("ingest", in.toString(), "--endpoint", url);
            assertEquals(0, ingest.code(), ingest.err());
            String local = tmp.resolve("local").toString();
            assertEquals(0, CliTest.run("ingest", in.toString(), "--store", local).code());
            try (GraphStore gs = GraphStore.open(Path.of(local))) {
                TestQuads.assertSame(TestQuads.of(gs.dataset().asDatasetGraph()), TestQuads.of(remote));
            }

            var claims = CliTest.run("query", "claims", "--endpoint", url, "--format", "csv");
            assertEquals(0, claims.code(), claims.err());
            assertTrue(claims.out().contains("Sinai Front"), claims.out());

            var again = CliTest.run("ingest", in.toString(), "--endpoint", url);
            assertTrue(again.err().contains("0 added, 2 unchanged"), again.err());

            var remove = CliTest.run("remove", "b.txt", "--endpoint", url);
            assertEquals(0, remove.code(), remove.err());
            var left = CliTest.run("sparql", "--endpoint", url, "--format", "csv",
                    "SELECT ?src WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?src } }");
            assertFalse(left.out().contains("b.txt"), left.out());
            assertTrue(left.out().contains("a.txt"), left.out());

            var stats = CliTest.run("stats", "--endpoint", url);
            assertEquals(1, stats.code());
            assertTrue(stats.err().contains("local --store only"), stats.err());
        } finally {
            server.stop();
        }
    }

    @Test
    void anUnreachableEndpointIsAOneLineError() {
        var r = CliTest.run("query", "claims", "--endpoint", "http://127.0.0.1:9/ds");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("claimtrace: cannot reach SPARQL endpoint"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }


}

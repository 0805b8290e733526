package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user gazetteer lasts: given once with --gazetteer it is kept in the store, so a later plain
 * `resolve` still merges its aliases and links its ids, the property-graph exports carry the
 * links, and `resolve --forget-gazetteer` drops them. Real CoreNLP, real TDB2.
 */
class UserGazetteerTest {
    static final String SAME = "https://example.org/ids/42";

    /** Two articles naming one group two ways (in tmp/in), and a gazetteer (tmp/mine.ttl) joining the names and linking an id. */
    static Path sinaiFront(Path tmp) throws java.io.IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The Sinai Front claimed responsibility for the bombing in Cairo on Monday.\n");
        Files.writeString(in.resolve("b.txt"), "Officials in Cairo blamed the Sinai Liberation Army for the bombing.\n");
        Path gaz = tmp.resolve("mine.ttl");
        Files.writeString(gaz, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix ct: <https://claimtrace.org/ns#> .\n"
                + "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                + "<https://example.org/g/sinai-front> a skos:Concept ; ct:entityType \"ORGANIZATION\" ; skos:prefLabel \"Sinai Front\" ;\n"
                + "  skos:altLabel \"Sinai Liberation Army\" ; owl:sameAs <" + SAME + "> .\n");
        return gaz;
    }

    @Test
    void aGazetteerGivenOnceIsUsedByEveryLaterResolveAndExportUntilForgotten(@TempDir Path tmp) throws Exception {
        Path gaz = sinaiFront(tmp);
        Path in = tmp.resolve("in");
        String db = tmp.resolve("db").toString();
        assertEquals(0, CliTest.run("ingest", in.toString(), "--store", db).code());
        var r = CliTest.run("resolve", "--store", db, "--gazetteer", gaz.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, linked(db), "the gazetteer's link after resolve --gazetteer");

        r = CliTest.run("resolve", "--store", db);
        assertEquals(0, r.code(), r.err());
        assertEquals(1, linked(db), "a plain resolve keeps the stored gazetteer's link");
        for (String format : List.of("graphml", "gexf")) {
            var out = CliTest.run("export", "--store", db, "--format", format);
            assertEquals(0, out.code(), out.err());
            assertTrue(out.out().contains(SAME), format + " carries the sameAs link");
            assertTrue(out.out().contains("sameAs"), format + " declares the sameAs attribute");
        }

        r = CliTest.run("resolve", "--store", db, "--forget-gazetteer", "mine.ttl");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("forgot gazetteer mine.ttl"), r.err());
        assertEquals(0, linked(db), "forgotten, the link is gone");
        r = CliTest.run("resolve", "--store", db, "--forget-gazetteer", "mine.ttl");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no stored gazetteer named [mine.ttl]"), r.err());
    }

    private static int linked(String db) {
        try (GraphStore store = GraphStore.open(Path.of(db))) {
            List<QuerySolution> rows = QueryRunner.over(store).select(
                    "SELECT ?e WHERE { GRAPH ?r { ?e <http://www.w3.org/2002/07/owl#sameAs> <" + SAME + "> } }", Map.of());
            return rows.size();
        }
    }
}

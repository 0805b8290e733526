package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimtrace.CliTest.Run;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table format is for people: prefixed names, articles by file name, plain literals, at most
 * 160 columns (or a note on stderr saying how to see the rest), and parameters that name nothing
 * in the store said so with the closest IRIs.
 */
class ReadableTablesTest {
    static final Pattern HEX_IRI = Pattern.compile("[0-9a-f]{64}");
    static String db;

    @BeforeAll
    static void closeTheSharedStore() {
        db = SeedStore.store().dir().toString();
        SeedStore.store().close();
    }

    @AfterAll
    static void reopen() {
        SeedStore.reopen();
    }

    @Test
    void everyStoredQueryFitsIn160ColumnsWithArticlesByNameAndSaysHowToSeeTheRest() {
        List<String> report = new ArrayList<>();
        for (StoredQuery q : QueryLibrary.load(null).all().values()) {
            Run r = CliTest.run("query", q.name(), "--store", db, "--all");
            assertEquals(0, r.code(), q.name() + ": " + r.err());
            int widest = r.out().lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
            report.add(q.name() + " " + widest);
            assertTrue(widest <= 160 || r.err().contains("--wide"), q.name() + " is " + widest + " wide:\n" + r.out());
            assertFalse(HEX_IRI.matcher(r.out()).find(), q.name() + " shows an article IRI:\n" + r.out());
            assertFalse(r.out().contains("^^") || r.out().contains("\"@"), q.name() + " shows literal syntax:\n" + r.out());
            if (r.out().contains("…")) assertTrue(r.err().contains("--wide shows everything"), q.name() + ": " + r.err());
        }
        System.out.println("table widths on the seeds: " + report);
    }

    @Test
    void aTableShowsPrefixedNamesFileNamesAndPlainDatesAndWideShowsEverything() {
        Run claims = CliTest.run("query", "claims", "--store", db);
        assertTrue(claims.out().contains("004_0586ed6de2ad9625.txt") && claims.out().contains("attack in Moscow"), claims.out());
        assertTrue(claims.err().contains("leaves out event, claimant (their labels are shown)"), claims.err());
        Run wide = CliTest.run("query", "claims", "--store", db, "--wide");
        assertTrue(wide.out().contains("ev:attack-moscow") && wide.out().contains("ent:islamic-state"), wide.out());
        assertTrue(wide.out().contains("with the United States confirming the group’s involvement in the attack."), wide.out());
        assertTrue(wide.err().isEmpty(), wide.err());
        Run timeline = CliTest.run("query", "timeline", "--store", db, "--param", "event=ev:attack-moscow", "--wide");
        assertTrue(timeline.out().lines().skip(2).anyMatch(l -> l.startsWith("2024-03-2")), timeline.out());
        Run csv = CliTest.run("query", "claims", "--store", db, "--format", "csv");
        assertTrue(csv.out().contains("https://claimtrace.org/id/article/2a1505cb"), "csv keeps the IRIs: " + csv.out());
    }

    @Test
    void aBareNameIsLookedUpAndAValueThatNamesNothingSaysSoWithTheClosestIris() {
        Run byName = CliTest.run("query", "claims", "--store", db, "--param", "event=attack-moscow", "--format", "csv");
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.err().contains("event=attack-moscow taken as ev:attack-moscow (attack in Moscow)"), byName.err());
        assertTrue(byName.out().lines().count() > 2, byName.out());
        Run byLabel = CliTest.run("query", "claims", "--store", db, "--param", "claimant=islamic state khorasan province", "--format", "csv");
        assertTrue(byLabel.out().lines().skip(1).allMatch(l -> l.contains("/entity/iskp,")) && byLabel.out().lines().count() > 1,
                byLabel.out());

        Run typo = CliTest.run("query", "claims", "--store", db, "--param", "event=attack-moskow", "--format", "csv");
        assertEquals(0, typo.code(), "empty rows are no error: " + typo.err());
        assertEquals(1, typo.out().lines().count(), typo.out());
        assertTrue(typo.err().contains("event=attack-moskow names nothing in the store; closest: ev:attack-moscow (attack in Moscow)"),
                typo.err());
        Run iri = CliTest.run("query", "claims", "--store", db, "--param", "event=https://claimtrace.org/id/event/attack-moskow");
        assertEquals(0, iri.code());
        assertTrue(iri.err().contains("names nothing in the store; closest: ev:attack-moscow"), iri.err());

        Run byFile = CliTest.run("query", "mentions", "--store", db, "--param", "article=004_0586ed6de2ad9625.txt", "--format", "csv");
        assertEquals(0, byFile.code(), byFile.err());
        assertTrue(byFile.out().lines().count() > 10 && byFile.out().lines().skip(1).allMatch(l -> l.contains("2a1505cb")), byFile.out());
    }

    @Test
    void aNameOfSeveralThingsIsAOneLineErrorListingThem(@TempDir Path tmp) {
        Path store = tmp.resolve("db");
        try (GraphStore gs = GraphStore.open(store)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString("""
                    PREFIX ct: <https://claimtrace.org/ns#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    <https://claimtrace.org/id/entity/front-a> ct:mentionCount 1 ; skos:prefLabel "Northern Front" .
                    <https://claimtrace.org/id/entity/front-b> ct:mentionCount 1 ; skos:prefLabel "Northern Front (Mali)" ;
                        skos:altLabel "Northern Front" .
                    """, Lang.TURTLE).parse(m);
            gs.putResolution("https://claimtrace.org/id/graph/resolution", m);
        }
        Run r = CliTest.run("query", "claims", "--store", store.toString(), "--param", "claimant=northern front");
        assertEquals(1, r.code(), r.err());
        assertEquals("claimtrace: claimant=northern front is a name of 2 things: ent:front-a (Northern Front), "
                + "ent:front-b (Northern Front (Mali)); give one of them", r.err().strip());
    }
}

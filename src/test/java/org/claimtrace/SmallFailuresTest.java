package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smaller failures of issue 18, each as it was met: a folder lost for one unreadable
 * sub-folder, a parameter pasted into a remote query, a mistyped --store created empty, a
 * read-only or damaged store reported as in use, an empty JSON text, a NUL after the first 8 KB,
 * a newline in a file name.
 */
class SmallFailuresTest {
    static final String ARTICLE = "Reuters reported that the Northern Front claimed responsibility for the bombing in Lagos.\n";

    @Test
    void anUnreadableSubFolderIsSkippedAloneAndTheFilesBesideItAreIngested(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Senator Maria Delgado said that the bill would pass next week.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ChildJvm.Result r = ChildJvm.run(true, 180, tmp, "ingest", in.toString(), "--store", tmp.resolve("db").toString());
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().contains(locked + ": cannot list folder (permission denied), skipped"), r.err());
            assertTrue(r.err().contains("1 added"), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aParameterThatIsNoIriIsRefusedNotPastedIntoTheRemoteQuery() throws Exception {
        try (RecordingEndpoint endpoint = new RecordingEndpoint("{\"head\":{},\"boolean\":false}")) {
            String url = "http://127.0.0.1:" + endpoint.port() + "/ds";
            for (String value : List.of("<x> } UNION { ?s ?p ?o } <y>", "http://x>}UNION{?s?p?o}<y")) {
                var r = CliTest.run("query", "claims", "--endpoint", url, "--param", "event=" + value);
                assertEquals(1, r.code(), r.err());
                assertTrue(r.err().contains("is not an IRI"), r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
            }
            assertTrue(endpoint.received.stream().noneMatch(q -> q.contains("UNION")), "sent: " + endpoint.received);
        }
    }

    @Test
    void commandsThatReadNeverCreateAStore(@TempDir Path tmp) {
        Path typo = tmp.resolve("typo-db");
        String[][] commands = {{"query", "claims"}, {"sparql", "ASK {}"}, {"stats"}, {"export", "--format", "nq"},
                {"eval", "--gold", SeedStore.SEEDS_GOLD.toString()}, {"remove", "a.txt"}, {"resolve"}, {"compact"},
                {"serve", "--port", "0"}};
        for (String[] c : commands) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c), java.util.stream.Stream.of("--store", typo.toString()))
                    .toArray(String[]::new);
            var r = CliTest.run(args);
            assertEquals(1, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().startsWith("claimtrace: no store in " + typo + " (no such folder)"), c[0] + ": " + r.err());
            assertFalse(Files.exists(typo), c[0] + " created " + typo);
        }
    }

    /** A small store of its own, closed. */
    static Path smallStore(Path tmp) {
        Path dir = tmp.resolve("db");
        try (GraphStore gs = GraphStore.open(dir)) {
            Model m = ModelFactory.createDefaultModel();
            for (int i = 0; i < 500; i++) m.add(m.createResource("urn:x:s" + i), m.createProperty("urn:x:p"), "value " + i);
            gs.put("urn:x:g", m);
        }
        return dir;
    }

    @Test
    void aDamagedDataFileIsReportedAsDamagedNotAsInUse(@TempDir Path tmp) throws Exception {
        Path dir = smallStore(tmp);
        Files.write(dir.resolve("Data-0001/nodes.dat"), new byte[100]);
        var stats = CliTest.run("stats", "--store", dir.toString());
        assertEquals(1, stats.code(), stats.err());
        assertTrue(stats.err().startsWith("claimtrace: store " + dir + " is damaged (") && stats.err().contains("restore a backup"), stats.err());
        assertFalse(stats.err().contains("in use"), stats.err());
        assertEquals(1, stats.err().strip().lines().count(), stats.err());

        Path other = smallStore(Files.createDirectories(tmp.resolve("second")));
        Files.writeString(other.resolve("Data-0001/GSPO.bpt"), "x".repeat(24));
        var query = CliTest.run("sparql", "--store", other.toString(), "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(1, query.code(), query.err());
        assertTrue(query.err().startsWith("claimtrace: store " + other + " is damaged ("), query.err());
        assertEquals(1, query.err().strip().lines().count(), query.err());
    }

    @Test
    void aStoreThatIsNotWritableIsReportedAsSuchNotAsInUse(@TempDir Path tmp) throws Exception {
        Path dir = smallStore(tmp);
        try (var files = Files.walk(dir)) {
            for (Path p : files.toList()) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        }
        try {
            ChildJvm.Result r = ChildJvm.run(true, 60, tmp, "stats", "--store", dir.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("store " + dir + " is not writable by this user") && !r.err().contains("in use"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.toList()) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @Test
    void aJsonLineWithEmptyTextSaysSo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("f.jsonl"), "{\"text\": \"\"}\n{\"title\": \"x\"}\n{\"text\": 12}\n{\"text\": \"a\\u0000b\"}\n");
        var b = new ArticleReader().read(List.of(tmp.resolve("f.jsonl")));
        assertEquals(List.of("\"text\" is empty", "no \"text\" field", "\"text\" is not a string", "\"text\" holds a NUL character (at 1)"),
                b.skipped().stream().map(s -> s.reason()).toList());
    }

    @Test
    void aNulByteAnywhereMakesAFileBinary(@TempDir Path tmp) throws Exception {
        byte[] text = (ARTICLE.repeat(200) + "\0" + ARTICLE).getBytes(StandardCharsets.UTF_8);
        Files.write(tmp.resolve("late-nul.txt"), text);
        var b = new ArticleReader().read(List.of(tmp.resolve("late-nul.txt")));
        assertTrue(b.articles().isEmpty(), "stored with a NUL");
        assertTrue(b.skipped().getFirst().reason().startsWith("binary file (NUL byte at offset " + ARTICLE.repeat(200).length()), b.skipped().toString());
    }

    @Test
    void aNewlineInAFileNameKeepsEachProgressLineOneLine(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("two\nlines.txt"), ARTICLE);
        Files.writeString(in.resolve("empty\rname.txt"), "");
        var r = CliTest.run("ingest", in.toString(), "--store", tmp.resolve("db").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("[1/1] added     two\\nlines.txt"), r.err());
        assertTrue(r.err().contains("empty\\rname.txt: empty file, skipped"), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("claimtrace: ") || l.startsWith("[")), r.err());
    }
}

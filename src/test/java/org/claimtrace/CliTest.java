package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtrace.cli.Claimtrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, in process: bad input is named and skipped, the rest goes on; errors are one line. */
class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Claimtrace.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badFilesAreNamedAndSkippedAndTheRestIsIngested(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Reuters reported that the Northern Front claimed responsibility for the bombing in Lagos.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait in Par\u00eds".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("huge.txt"), "word ".repeat(3000));
        Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
        Files.writeString(in.resolve("feed.jsonl"),
                "{\"text\": \"The ministry said that the blast in Nairobi killed at least 12 people.\", \"published\": \"2025-05-03\"}\n"
                        + "{not json\n");
        Files.writeString(in.resolve("sheet.csv"), "title,text\nFire,\"Officials said that the fire in Accra, which began overnight, was put out.\"\nNone,\n");
        Path pdf = Files.writeString(tmp.resolve("report.pdf"), "%PDF-1.7");
        Run r = run("ingest", in.toString(), pdf.toString(), "--store", tmp.resolve("db").toString(), "--max-size", "10000");
        assertEquals(Claimtrace.EXIT_SKIPPED, r.code(), r.err());
        for (String name : new String[] {"empty.txt: empty file", "binary.txt: binary file", "latin1.txt: not UTF-8",
                "huge.txt: too large", "dangling.txt: no such file", "feed.jsonl:2: malformed JSON", "sheet.csv:row 3: no text",
                "report.pdf: not a kind of file claimtrace reads (.pdf)"}) {
            assertTrue(r.err().contains(name), "stderr names " + name + ":\n" + r.err());
        }
        assertTrue(r.err().contains("3 added"), r.err());
        assertTrue(r.err().matches("(?s).* in [0-9.]+ s \\([0-9.]+ s reading and loading CoreNLP, [0-9.]+ s ingesting\\).*"), r.err());
        Run stats = run("stats", "--store", tmp.resolve("db").toString());
        assertTrue(stats.out().contains("articles") && stats.out().matches("(?s).*articles\\s+3\\b.*"), stats.out());
    }

    @Test
    void aFolderThatIsNotATdb2StoreIsAOneLineError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "not a store");
        Run r = run("stats", "--store", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("claimtrace: store ") && r.err().contains("not a TDB2 store"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
    }

    @Test
    void removeDropsOneArticlesGraphAndKeepsTheOthers(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Hackers of the Black Lotus group claimed responsibility for the cyberattack on Lisbon's metro.\n");
        Files.writeString(in.resolve("b.txt"), "Senator Maria Delgado said that the bill would pass next week.\n");
        String db = tmp.resolve("db").toString();
        assertEquals(0, run("ingest", in.toString(), "--store", db).code());
        Run removed = run("remove", "a.txt", "--store", db);
        assertEquals(0, removed.code(), removed.err());
        Run left = run("sparql", "--store", db, "--format", "csv",
                "SELECT ?src WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?src } }");
        assertTrue(left.out().contains("b.txt"), left.out());
        assertFalse(left.out().contains("a.txt"), left.out());
        Run again = run("remove", "a.txt", "--store", db);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("no article 'a.txt'"), again.err());
        // Resolution after remove left the store resolved: running it again rewrites nothing.
        Run resolve = run("resolve", "--store", db);
        assertEquals(0, resolve.code(), resolve.err());
        assertTrue(resolve.err().contains("rewrote 0 article graphs"), resolve.err());
    }

    @Test
    void storedQueriesAnswerWithTheDesignedColumnsAndBindParametersSafely() {
        String db = SeedStore.store().dir().toString();
        SeedStore.store().close();
        try {
            Run entities = run("query", "entities", "--store", db, "--format", "csv");
            assertEquals(0, entities.code(), entities.err());
            assertTrue(entities.out().startsWith("entity,label,type,aliases,mentions,articles"), entities.out());
            assertTrue(entities.out().contains("Vladimir Putin"), entities.out());
            Run unscoped = run("query", "mentions", "--store", db, "--format", "tsv");
            assertEquals(1, unscoped.code(), unscoped.err());
            assertTrue(unscoped.err().contains("article, entity") && unscoped.err().contains("--all") && unscoped.out().isEmpty(),
                    unscoped.err());
            Run mentions = run("query", "mentions", "--all", "--store", db, "--format", "tsv");
            assertEquals(0, mentions.code(), mentions.err());
            assertTrue(mentions.out().startsWith("?article\t?entity\t?label\t?type\t?text\t?begin\t?end"), mentions.out());
            long rows = mentions.out().lines().count() - 1;
            Run oneEntity = run("query", "mentions", "--store", db, "--format", "tsv",
                    "--param", "entity=https://claimtrace.org/id/entity/vladimir-putin");
            assertEquals(0, oneEntity.code(), oneEntity.err());
            long putin = oneEntity.out().lines().count() - 1;
            assertTrue(putin > 0 && putin < rows, putin + " of " + rows);
            Run nasty = run("query", "entities", "--store", db, "--param", "type=PERSON\" } } DROP ALL {",
                    "--format", "json");
            assertEquals(0, nasty.code(), nasty.err());
            assertTrue(nasty.out().contains("\"bindings\"") && !nasty.out().contains("\"type\": \"uri\""), nasty.out());
            Run unknown = run("query", "no-such-query", "--store", db);
            assertEquals(1, unknown.code());
            assertTrue(unknown.err().contains("available:"), unknown.err());
        } finally {
            SeedStore.reopen();
        }
    }
}

package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once stalled a batch, with the time they may take now: a text of megabytes without
 * a sentence break (minutes in the dependency parser at 4.2 GB before), and a sentence of
 * thousands of tokens. (The bar of issue 18, a 4 MB line beside a normal article done in under a
 * minute with the default 30 s budget, is measured with the command itself: see the README.)
 */
class PathologicalInputTest {
    static final String NORMAL = "CAIRO (Reuters) - The Sinai Front claimed responsibility for the bombing in Cairo, "
            + "according to Reuters. Officials blamed the attack on the Sinai Front.\n";

    /** Corpus words run together without a sentence break, {@code chars} characters of them. */
    static String oneLine(int chars) throws Exception {
        StringBuilder words = new StringBuilder();
        try (var files = Files.list(SeedStore.CORPUS)) {
            for (Path p : files.sorted().toList()) words.append(Files.readString(p).replaceAll("[.!?\"\u201c\u201d\\s]+", " "));
        }
        StringBuilder out = new StringBuilder(chars + words.length());
        while (out.length() < chars) out.append(words);
        return out.substring(0, chars);
    }

    @Test
    void aFourMegabyteLineIsSkippedAtItsTimeBudgetAndTheOtherArticleIsStored(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("one-line.txt"), oneLine(4_000_000));
        Files.writeString(in.resolve("normal.txt"), NORMAL);
        long t0 = System.nanoTime();
        var r = CliTest.run("ingest", in.toString(), "--store", tmp.resolve("db").toString(), "--article-timeout", "5");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("one-line.txt: took longer than the 5 s an article may take (stopped while"), r.err());
        assertTrue(r.err().contains("1 added, 0 unchanged, 1 skipped"), r.err());
        assertTrue(seconds < 30, "the batch took " + seconds + " s");
    }

    @Test
    void aSentenceOfThousandsOfTokensIsCutIntoPiecesAndNoted(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String longSentence = "The Sinai Front claimed responsibility for the bombing in Cairo " + oneLine(15_000) + "\n";
        Files.writeString(in.resolve("long-sentence.txt"), longSentence);
        long t0 = System.nanoTime();
        var r = CliTest.run("ingest", in.toString(), "--store", tmp.resolve("db").toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*long-sentence\\.txt: 1 sentence longer than 250 tokens \\(the longest [0-9,]+\\) cut into "
                + "\\d+ pieces for annotation.*"), r.err());
        assertTrue(seconds < 60, "took " + seconds + " s");
        try (GraphStore gs = GraphStore.open(tmp.resolve("db"))) {
            List<String> notes = Txn.calculateRead(gs.dataset(), () -> gs.dataset().asDatasetGraph().stream()
                    .filter(q -> q.getPredicate().getURI().endsWith("#annotationNote")).map(q -> q.getObject().getLiteralLexicalForm()).toList());
            assertEquals(1, notes.size(), notes.toString());
            long sentences = Txn.calculateRead(gs.dataset(), () -> gs.dataset().asDatasetGraph().stream()
                    .filter(q -> q.getObject().isURI() && q.getObject().getURI().endsWith("#Sentence")).count());
            assertTrue(sentences >= 10, "pieces stored as sentences: " + sentences);
        }
    }
}

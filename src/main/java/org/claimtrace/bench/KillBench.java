package org.claimtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.claimtrace.source.Article;
import org.claimtrace.store.GraphStore;

/**
 * kill -9 at random moments of an ingest: an ingest of {@code articles} articles (the real ones
 * and their later editions, as files) runs in a child JVM and is killed with SIGKILL at a random
 * moment, most often while it writes articles (within a second of a random article's progress
 * line), some while it resolves across articles; one more ingest follows, and the store is
 * compared with a clean build (every quad, the times of ingest runs set aside). Each kill starts
 * from an empty store, so each is a first ingest cut short.
 */
public final class KillBench {
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final String RESOLVING = "resolving entities and events";

    public void run(List<Article> real, int articles, int kills, long seed, Path work, BenchReport report) throws IOException {
        Path corpus = corpus(real, articles, work.resolve("kill-corpus"));
        Path cleanDir = work.resolve("kill-clean");
        Trees.delete(cleanDir);
        ChildRun.Outcome full = ChildRun.run(ingest(corpus, cleanDir), null, null, LIMIT);
        if (full.exitCode() != 0) throw new IllegalStateException("the clean ingest failed:\n" + full.err());
        double first = secondsOf(full, "[1/");
        double resolving = secondsOf(full, RESOLVING);
        Set<Quad> clean = StoreQuads.of(cleanDir);
        report.line("### kill -9 during ingest");
        report.line("");
        report.line("An ingest of %d articles (%d real ones and their later editions) in a child JVM: a clean run took %.1f s "
                + "(first article stored at %.1f s, after loading CoreNLP; resolution from %.1f s), %,d quads. Each of %d runs "
                + "below starts from an empty store and is killed with SIGKILL at a random moment (seed %d): two in three while it "
                + "writes, up to a second after it reports a random article stored, one in three a random part of the clean run's "
                + "resolution time after it says it is resolving (moments tied to what the run says, not to the clock, so that a "
                + "machine slower or faster than during the clean run still kills it where meant). Then 'claimtrace ingest' runs once "
                + "more and the store is compared with the clean one, quad by quad (the times of ingest runs set aside).", articles,
                real.size(), full.seconds(), first, resolving, clean.size(), kills, seed);
        report.line("");
        report.line("| run | killed | last line before the kill | articles stored | resolution pending | one more ingest | equal to clean |");
        report.line("|---|---|---|---|---|---|---|");
        Random random = new Random(seed);
        int equal = 0;
        for (int i = 0; i < kills; i++) {
            boolean duringResolution = i % 3 == 2;
            Path db = work.resolve("kill-" + (i + 1));
            Trees.delete(db);
            ChildRun.Outcome killed;
            String when;
            if (duringResolution) {
                double after = random.nextDouble() * (full.seconds() - resolving);
                killed = ChildRun.run(ingest(corpus, db), l -> l.contains(RESOLVING), after, null, LIMIT);
                when = "%.2f s into resolution".formatted(after);
            } else {
                int k = 1 + random.nextInt(articles - 1);
                double after = random.nextDouble();
                killed = ChildRun.run(ingest(corpus, db), l -> l.startsWith("[" + k + "/"), after, null, LIMIT);
                when = "%.2f s after article %d".formatted(after, k);
            }
            String state = state(db);
            ChildRun.Outcome again = ChildRun.run(ingest(corpus, db), null, null, LIMIT);
            String difference = again.exitCode() == 0 ? StoreQuads.difference(clean, StoreQuads.of(db)) : "exit " + again.exitCode();
            if (difference.isEmpty()) equal++;
            report.line("| %d | %s%s | %s | %s | %s | %s |", i + 1, when, killed.killed() ? "" : " (had finished)",
                    cell(killed.last()), state, cell(summary(again)), difference.isEmpty() ? "yes" : "NO: " + cell(difference));
            Trees.delete(db);
        }
        report.line("");
        report.line("Equal to the clean build after one more ingest: %d of %d.", equal, kills);
        report.line("");
    }

    private static List<String> ingest(Path corpus, Path db) {
        return List.of("ingest", corpus.toString(), "--store", db.toString());
    }

    /** The real articles and their later editions, {@code n} in all, as text files. */
    private static Path corpus(List<Article> real, int n, Path dir) throws IOException {
        Trees.delete(dir);
        Files.createDirectories(dir);
        List<Article> all = IngestBench.editions(real, (n + real.size() - 1) / real.size());
        for (int i = 0; i < n; i++) Files.writeString(dir.resolve("%03d.txt".formatted(i + 1)), all.get(i).text());
        return dir;
    }

    private static double secondsOf(ChildRun.Outcome o, String prefix) {
        return o.lines().stream().filter(l -> l.text().startsWith(prefix) || l.text().contains(prefix)).findFirst()
                .map(ChildRun.Line::seconds).orElseThrow(() -> new IllegalStateException("no line '" + prefix + "' in:\n" + o.err()));
    }

    /** Articles stored and whether resolution is pending, as two table cells. */
    private static String state(Path db) {
        if (!Files.isDirectory(db)) return "0 (no store yet) | no";
        try (GraphStore gs = GraphStore.openExisting(db)) {
            long stored = gs.graphNames().stream().filter(g -> g.contains("/article/")).count();
            return stored + " | " + (gs.resolutionPending() ? "yes" : "no");
        } catch (RuntimeException e) {
            return "store not opened: " + cell(e.getMessage()) + " | ?";
        }
    }

    private static String summary(ChildRun.Outcome o) {
        return o.lines().stream().map(ChildRun.Line::text).filter(l -> l.matches("claimtrace: \\d+ added.*")).findFirst()
                .orElse("exit " + o.exitCode() + ": " + o.last()).replaceFirst(" into .*\\(", " (");
    }

    private static String cell(String s) {
        String one = s.replace('\n', ' ').replace("|", "\\|");
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}

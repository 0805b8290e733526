package org.claimtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.ResolutionState;

/**
 * Incremental resolution against a full one on the synthetic store: two copies of the store are
 * given the same new articles (as ingest writes them), one resolved as ingest resolves (reading
 * the changed graphs), the other with {@code resolve --full}; then the articles are removed
 * again from both, resolved the same two ways. After each step both copies must hold the same
 * quads, graph by graph.
 */
public final class ResolveBench {
    private final StoreResolver resolver;

    public ResolveBench(StoreResolver resolver) {
        this.resolver = resolver;
    }

    public void run(Path base, Map<String, Model> added, Path work, BenchReport report) throws IOException {
        report.line("### Cross-article resolution in proportion to the batch");
        report.line("");
        try (GraphStore store = GraphStore.open(base)) {
            // The base must hold rows saved by this version: one resolution makes sure (full when they are missing or stale).
            StoreResolver.Outcome prepared = resolver.resolve(store);
            report.line("The synthetic store (%s); a resolution to start from took %.1f s (%s).", base.getFileName(), prepared.seconds(),
                    prepared.read());
        }
        Path incremental = copy(base, work.resolve("resolve-incremental"));
        Path full = copy(base, work.resolve("resolve-full"));
        report.line("");
        report.line("| step | incremental | full | full / incremental | rewritten (incr., full) | stores equal |");
        report.line("|---|---|---|---|---|---|");
        List<StoreResolver.Outcome> outcomes = new ArrayList<>();
        for (boolean adding : List.of(true, false)) {
            StoreResolver.Outcome inc = step(incremental, added, adding, false);
            StoreResolver.Outcome all = step(full, added, adding, true);
            outcomes.add(inc);
            outcomes.add(all);
            String equal = digest(incremental).equals(digest(full)) ? "yes" : "NO";
            report.line("| %s %d articles | %.2f s (%s) | %.2f s | %.1f | %d, %d | %s |", adding ? "add" : "remove", added.size(),
                    inc.seconds(), inc.incremental() ? "incremental" : "fell back to full", all.seconds(), all.seconds() / inc.seconds(),
                    inc.articlesRewritten(), all.articlesRewritten(), equal);
        }
        report.line("");
        report.line("Steps of the resolutions (seconds):");
        report.line("");
        String[] names = {"incremental add", "full add", "incremental remove", "full remove"};
        for (int i = 0; i < outcomes.size(); i++) {
            StringBuilder b = new StringBuilder();
            outcomes.get(i).phases().forEach((phase, s) -> b.append(b.isEmpty() ? "" : "; ").append(phase).append(String.format(" %.2f", s)));
            report.line("- %s: %s.", names[i], b);
        }
        report.line("");
        Trees.delete(incremental);
        Trees.delete(full);
    }

    /** Adds or removes the articles, then resolves; returns the resolution's outcome. */
    private StoreResolver.Outcome step(Path dir, Map<String, Model> added, boolean adding, boolean fullRead) {
        try (GraphStore store = GraphStore.open(dir)) {
            if (adding) store.putAll(added);
            else added.keySet().forEach(store::remove);
            return resolver.resolve(store, fullRead);
        }
    }

    /**
     * Per graph, how many quads and an order-free sum of their hashes (the ingest times and the
     * token of saved resolution inputs set aside, as {@link StoreQuads} does): equal stores give
     * equal digests, and two stores of millions of quads need not be held in memory to compare.
     */
    static Map<String, List<Long>> digest(Path dir) {
        try (GraphStore store = GraphStore.openExisting(dir)) {
            var dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Map<String, long[]> sums = new TreeMap<>();
                dsg.find().forEachRemaining(q -> {
                    String p = q.getPredicate().getURI();
                    if (p.endsWith("startedAtTime") || p.endsWith("endedAtTime") || ResolutionState.isBookkeeping(q)) return;
                    long[] s = sums.computeIfAbsent(q.isDefaultGraph() ? "" : q.getGraph().getURI(), g -> new long[2]);
                    s[0]++;
                    s[1] += hash(q);
                });
                Map<String, List<Long>> out = new LinkedHashMap<>();
                sums.forEach((g, s) -> out.put(g, List.of(s[0], s[1])));
                return out;
            });
        }
    }

    private static long hash(Quad q) {
        long h = 0;
        for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
            h = h * 0x9E3779B97F4A7C15L + (n.isLiteral() ? (n.getLiteralLexicalForm() + "^^" + n.getLiteralDatatypeURI() + "@"
                    + n.getLiteralLanguage()).hashCode() : n.toString().hashCode());
            h ^= h >>> 29;
        }
        return h * 0xBF58476D1CE4E5B9L;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Trees.delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}

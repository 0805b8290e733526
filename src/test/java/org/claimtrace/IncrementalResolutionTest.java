package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.bench.StoreQuads;
import org.claimtrace.bench.SyntheticCorpus;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental resolution leaves the store a full resolution leaves: after every step of random
 * histories of adding, replacing and removing articles, each followed by the resolution ingest
 * and remove run (which reads only the changed graphs), the store holds the same quads, article
 * graphs and resolution graph, as a new store given the same articles and resolved in full.
 *
 * <p>The articles: real ones annotated once on the shared pipeline (the seeds, test articles of
 * claims, blame, denials and relays, and three short ones where an acronym one article defines
 * names a compound another article uses), and synthetic copies of them as the benchmark makes
 * ({@link SyntheticCorpus}): copies of one article are hubs (every copy names the same things)
 * and tell one event, variant copies rename the entities and move the dates, so adding and
 * removing copies merges and splits entities and events and makes and frees slugs. The seed of
 * each history is in the failure message; -Dclaimtrace.incremental.seed=N replays one.
 */
class IncrementalResolutionTest {
    private static final int STEPS = 8;

    /** Short articles in which "NLF" is learned in one and expands "NLF-South" in another. */
    private static final Map<String, String> ACRONYM_ARTICLES = Map.of(
            "nlf-defined.txt", "KABUL, March 3 (Reuters) - The Northern Liberation Front (NLF) claimed responsibility for the "
                    + "bombing in Kabul on Monday. The NLF said in a statement that its fighters carried out the attack.",
            "nlf-south.txt", "KABUL, March 4 (AP) - Officials blamed NLF-South for the bombing in Kabul on Monday. "
                    + "Police said Karimi, a commander of NLF-South, was arrested.",
            "nlf-south-long.txt", "KABUL, March 5 - The Northern Liberation Front South denied any role in the bombing in "
                    + "Kabul, its spokesman Ahmad Karimi said.");

    /** Each article's graph as ingest writes it, by graph IRI, in a fixed order. */
    private static final Map<String, Model> GRAPHS = new LinkedHashMap<>();
    private static final StoreResolver RESOLVER = SeedStore.ingester().storeResolver();

    @BeforeAll
    static void articlesOnce(@TempDir Path tmp) throws IOException {
        Ingester ingester = SeedStore.ingester();
        List<Path> files = new ArrayList<>(List.of("102_bombing_blame", "103_report_chain", "104_cairo_wire_denial",
                "109_affiliate", "112_rival_claims").stream().map(n -> SeedStore.CORPUS.resolve(n + ".txt")).toList());
        for (var a : new java.util.TreeMap<>(ACRONYM_ARTICLES).entrySet()) files.add(Files.writeString(tmp.resolve(a.getKey()), a.getValue()));
        List<Article> articles = new ArrayList<>(new ArticleReader().read(List.of(SeedStore.SEEDS)).articles());
        articles.addAll(new ArticleReader().read(files).articles());
        Dataset real = DatasetFactory.createTxnMem();
        for (Article a : articles) {
            String g = ingester.iris().article(a.id());
            Model graph = ingester.graphOf(a, Duration.ofMinutes(1)).graph();
            GRAPHS.put(g, graph);
            Txn.executeWrite(real, () -> real.addNamedModel(g, graph));
        }
        // Copies: runs of seven tell one story, half of them a variant one (SyntheticCorpus).
        Path copies = tmp.resolve("copies.nq");
        new SyntheticCorpus(ingester.iris(), 2).write(SyntheticCorpus.templates(real, ingester.iris()), 28, copies);
        Dataset read = DatasetFactory.create();
        RDFDataMgr.read(read, copies.toString(), Lang.NQUADS);
        read.listNames().forEachRemaining(g -> GRAPHS.put(g, ModelFactory.createDefaultModel().add(read.getNamedModel(g))));
    }

    @Test
    void everyHistoryResolvedIncrementallyEqualsItsArticlesResolvedInFull(@TempDir Path tmp) {
        String replay = System.getProperty("claimtrace.incremental.seed");
        List<Long> seeds = replay != null ? List.of(Long.parseLong(replay)) : List.of(21L, 22L, new Random().nextLong());
        for (long seed : seeds) {
            Random random = new Random(seed);
            List<String> history = new ArrayList<>();
            Set<String> present = new TreeSet<>();
            int incremental = 0;
            try (GraphStore store = GraphStore.open(tmp.resolve("history-" + seed))) {
                for (int step = 0; step < STEPS; step++) {
                    history.add(change(store, present, random));
                    StoreResolver.Outcome outcome = RESOLVER.resolve(store);
                    if (outcome.incremental()) incremental++;
                    String difference = StoreQuads.difference(resolvedInFull(present, tmp.resolve("full-" + seed + "-" + step)),
                            StoreQuads.of(store.dataset().asDatasetGraph()));
                    if (!difference.isEmpty()) {
                        throw new AssertionError("history seed " + seed + " " + history + ": the store resolved incrementally differs "
                                + "from its articles resolved in full\n" + difference);
                    }
                }
            }
            assertTrue(incremental >= STEPS / 2, "history seed " + seed + " " + history + ": only " + incremental
                    + " incremental resolutions");
        }
    }

    /** The store is changed by other means, or the saved rows are lost: the next resolution reads the whole store. */
    @Test
    void withoutItsSavedRowsOrTokenResolutionReadsTheWholeStore(@TempDir Path tmp) throws IOException {
        List<String> graphs = new ArrayList<>(GRAPHS.keySet()).subList(0, 12);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Map<String, Model> first = new LinkedHashMap<>();
            for (String g : graphs.subList(0, 10)) first.put(g, GRAPHS.get(g));
            store.putAll(first);
            assertFalse(RESOLVER.resolve(store).incremental(), "the first resolution");
            store.put(graphs.get(10), GRAPHS.get(graphs.get(10)));
            assertTrue(RESOLVER.resolve(store).incremental(), "a resolution after adding one article");
            assertFalse(RESOLVER.resolve(store, true).incremental(), "resolve --full");

            // Saved rows damaged: the whole store, and the same store.
            Path saved = store.dir().resolve("claimtrace-resolution-inputs.bin");
            Files.write(saved, new byte[] {1, 2, 3});
            store.put(graphs.get(11), GRAPHS.get(graphs.get(11)));
            assertFalse(RESOLVER.resolve(store).incremental(), "a resolution with damaged saved rows");
            Set<String> all = new TreeSet<>(graphs);
            TestQuads.assertSame(resolvedInFull(all, tmp.resolve("full-1")), StoreQuads.of(store.dataset().asDatasetGraph()));

            // A writer that names no graphs (the bulk loader, a remote store) drops the token.
            store.forgetResolutionInputs();
            store.remove(graphs.get(0));
            all.remove(graphs.get(0));
            assertFalse(RESOLVER.resolve(store).incremental(), "a resolution after the token was dropped");
            TestQuads.assertSame(resolvedInFull(all, tmp.resolve("full-2")), StoreQuads.of(store.dataset().asDatasetGraph()));
            assertEquals(0, RESOLVER.resolve(store).articlesRewritten(), "article graphs rewritten by a second resolution");
        }
    }

    /** The bulk loader names the graphs of the files it loads (read once more first), so the resolution after it reads only those. */
    @Test
    void aSmallBulkLoadIsResolvedIncrementally(@TempDir Path tmp) throws IOException {
        List<String> graphs = new ArrayList<>(GRAPHS.keySet());
        Set<String> all = new TreeSet<>(graphs.subList(0, 14));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Map<String, Model> first = new LinkedHashMap<>();
            for (String g : graphs.subList(0, 10)) first.put(g, GRAPHS.get(g));
            store.putAll(first);
            RESOLVER.resolve(store);
            Dataset batch = DatasetFactory.create();
            for (String g : graphs.subList(10, 14)) batch.addNamedModel(g, GRAPHS.get(g));
            Path nq = tmp.resolve("batch.nq");
            try (var out = Files.newOutputStream(nq)) {
                RDFDataMgr.write(out, batch, Lang.NQUADS);
            }
            org.claimtrace.store.BulkLoader.load(store, List.of(nq));
            assertTrue(RESOLVER.resolve(store).incremental(), "the resolution after a small bulk load");
            TestQuads.assertSame(resolvedInFull(all, tmp.resolve("full")), StoreQuads.of(store.dataset().asDatasetGraph()));
        }
    }

    private enum Change { ADD, REPLACE, REMOVE }

    /** One step: one to five articles added, one replaced by another article's graph under its IRI, or one to three removed. */
    private static String change(GraphStore store, Set<String> present, Random random) {
        List<String> absent = GRAPHS.keySet().stream().filter(g -> !present.contains(g)).toList();
        int roll = random.nextInt(10);
        Change change = present.size() < 3 ? Change.ADD : absent.isEmpty() ? Change.REMOVE
                : roll < 5 ? Change.ADD : roll < 7 ? Change.REPLACE : Change.REMOVE;
        List<String> chosen = new ArrayList<>(change == Change.ADD ? absent : present);
        Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, Math.min(chosen.size(), change == Change.REPLACE ? 1 : 1 + random.nextInt(change == Change.ADD ? 5 : 3)));
        switch (change) {
            case ADD -> {
                Map<String, Model> batch = new LinkedHashMap<>();
                for (String g : chosen) batch.put(g, GRAPHS.get(g));
                store.putAll(batch);
                present.addAll(chosen);
            }
            // Re-ingesting writes the article's graph as new (its own IRIs, labels and types) over the rewritten one.
            case REPLACE -> store.put(chosen.getFirst(), GRAPHS.get(chosen.getFirst()));
            case REMOVE -> {
                chosen.forEach(store::remove);
                present.removeAll(chosen);
            }
        }
        return change + " " + chosen.stream().map(g -> g.substring(g.length() - 8)).toList();
    }

    /** The quads of a new store given these articles in one batch and resolved in full. */
    private static Set<Quad> resolvedInFull(Set<String> articles, Path dir) {
        try (GraphStore fresh = GraphStore.open(dir)) {
            Map<String, Model> batch = new LinkedHashMap<>();
            for (String g : articles) batch.put(g, GRAPHS.get(g));
            if (!batch.isEmpty()) fresh.putAll(batch);
            RESOLVER.resolve(fresh, true);
            return StoreQuads.of(fresh.dataset().asDatasetGraph());
        }
    }
}

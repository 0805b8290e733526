package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.bench.IngestBench;
import org.claimtrace.bench.StoreQuads;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.map.Iris;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution depends on the articles in the store, never on how they came: after any random
 * history of ingests, forced re-ingests and removals, each followed by resolution as ingest and
 * remove run it, the store holds the same quads (article graphs and resolution graph) as a new
 * store given the same articles at once and resolved once. This is the oracle an incremental
 * resolution must pass: it resolves after every step of the history, the fresh store in full.
 * Small real articles (the seeds, with an edition of one, and short test articles of claims,
 * blame, denials and relays), annotated once on the shared pipeline; the seed of each history is
 * in the failure message, and -Dclaimtrace.history.seed=N replays one.
 */
class ResolutionHistoryTest {
    private static final int STEPS = 6;

    /** Each article's graph as ingest writes it, by graph IRI, in a fixed order. */
    private static final Map<String, Model> GRAPHS = new LinkedHashMap<>();
    private static final StoreResolver RESOLVER = SeedStore.ingester().storeResolver();

    @BeforeAll
    static void annotateOnce() {
        Ingester ingester = SeedStore.ingester();
        List<Path> corpus = List.of("102_bombing_blame", "103_report_chain", "104_cairo_wire_denial", "105_hedged_accusation",
                "109_affiliate", "112_rival_claims").stream().map(n -> SeedStore.CORPUS.resolve(n + ".txt")).toList();
        List<Article> seeds = new ArticleReader().read(List.of(SeedStore.SEEDS)).articles();
        List<Article> articles = new ArrayList<>(seeds);
        articles.add(IngestBench.editions(seeds.subList(0, 1), 2).getLast());
        articles.addAll(new ArticleReader().read(corpus).articles());
        for (Article a : articles) {
            GRAPHS.put(ingester.iris().article(a.id()), ingester.graphOf(a, Duration.ofMinutes(1)).graph());
        }
    }

    @Test
    void everyHistoryOfIngestsAndRemovalsResolvesAsItsArticlesAtOnce(@TempDir Path tmp) {
        String replay = System.getProperty("claimtrace.history.seed");
        // One history the same in every run, one new in every run.
        List<Long> seeds = replay != null ? List.of(Long.parseLong(replay)) : List.of(21L, new Random().nextLong());
        for (long seed : seeds) {
            Random random = new Random(seed);
            List<String> history = new ArrayList<>();
            Set<String> present = new TreeSet<>();
            try (GraphStore store = GraphStore.open(tmp.resolve("history-" + seed))) {
                for (int step = 0; step < STEPS; step++) {
                    history.add(change(store, present, random));
                    RESOLVER.resolve(store);
                    Set<Quad> fresh = resolvedAtOnce(present, tmp.resolve("fresh-" + seed + "-" + step));
                    String difference = StoreQuads.difference(fresh, TestQuads.of(store.dataset().asDatasetGraph()));
                    if (!difference.isEmpty()) {
                        throw new AssertionError("history seed " + seed + " " + history + ": the store differs from its articles "
                                + "resolved at once\n" + difference);
                    }
                }
            }
        }
    }

    /**
     * A party one article writes without capitals (so its own graph types it a described party)
     * and another names: resolution makes it one named entity, and the two articles then tell the
     * same story. The first resolution must find that, not only the next one, once the first has
     * rewritten the graph (on the bench store, the resolution after adding 50 articles to 3,000 kept
     * two events apart that the next resolution joined).
     */
    @Test
    void aPartyDescribedInOneArticleAndNamedInAnotherResolvesAlikeBeforeAndAfterRewriting(@TempDir Path tmp) {
        StoreResolver resolver = new StoreResolver(new Iris("https://example.org/id/"), Gazetteer.load(List.of()));
        try (GraphStore store = GraphStore.open(tmp)) {
            Txn.executeWrite(store.dataset(), () -> RDFParser.source(Path.of("src/test/resources/cases/described-here-named-there.trig"))
                    .parse(store.dataset()));
            StoreResolver.Outcome first = resolver.resolve(store);
            assertEquals(1, first.events(), "one attack, told by both articles");
            Set<Quad> once = TestQuads.of(store.dataset().asDatasetGraph());
            assertEquals(0, resolver.resolve(store).articlesRewritten(), "article graphs rewritten by a second resolution");
            TestQuads.assertSame(once, TestQuads.of(store.dataset().asDatasetGraph()));
        }
    }

    private enum Change { ADD, REINGEST, REMOVE }

    /** One step of a history: one to three articles ingested, one re-ingested (--force) or one to three removed; says which. */
    private static String change(GraphStore store, Set<String> present, Random random) {
        List<String> absent = GRAPHS.keySet().stream().filter(g -> !present.contains(g)).toList();
        int roll = random.nextInt(10);
        Change change = present.isEmpty() ? Change.ADD : absent.isEmpty() ? Change.REMOVE
                : roll < 5 ? Change.ADD : roll < 7 ? Change.REINGEST : Change.REMOVE;
        List<String> chosen = new ArrayList<>(change == Change.ADD ? absent : present);
        Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, Math.min(chosen.size(), change == Change.REINGEST ? 1 : 1 + random.nextInt(3)));
        Map<String, Model> batch = new LinkedHashMap<>();
        for (String g : chosen) batch.put(g, GRAPHS.get(g));
        switch (change) {
            case ADD -> {
                store.putAll(batch);
                present.addAll(chosen);
            }
            case REINGEST -> store.putAll(batch);
            case REMOVE -> {
                chosen.forEach(store::remove);
                present.removeAll(chosen);
            }
        }
        return change + " " + chosen.stream().map(g -> g.substring(g.length() - 8)).toList();
    }

    /** The quads of a new store given these articles in one batch and resolved once. */
    private static Set<Quad> resolvedAtOnce(Set<String> articles, Path dir) {
        try (GraphStore fresh = GraphStore.open(dir)) {
            Map<String, Model> batch = new LinkedHashMap<>();
            for (String g : articles) batch.put(g, GRAPHS.get(g));
            if (!batch.isEmpty()) fresh.putAll(batch);
            RESOLVER.resolve(fresh);
            return TestQuads.of(fresh.dataset().asDatasetGraph());
        }
    }
}

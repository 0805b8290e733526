package org.claimtrace.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.FactExtractor;
import org.claimtrace.map.ArticleGraph;
import org.claimtrace.map.IngestInfo;
import org.claimtrace.map.Iris;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.ResolvedArticle;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.GraphStore;

/**
 * Runs the pipeline over a batch: source, annotate, extract, resolve, map, store. One write
 * transaction per article; an article already in the store (same id) is left unchanged unless
 * {@code force} is set; an article that fails anywhere is reported and the batch goes on.
 */
public final class Ingester {
    private final NlpPipeline nlp;
    private final FactExtractor extractor;
    private final EntityResolver resolver = new EntityResolver();
    private final ArticleGraph mapper;
    private final Iris iris;
    private final String version;

    private final Reconciler reconciler;

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version) {
        this(nlp, extractor, iris, version, Gazetteer.load(List.of()));
    }

    public Ingester(NlpPipeline nlp, FactExtractor extractor, Iris iris, String version, Gazetteer gazetteer) {
        this.reconciler = new Reconciler(iris, gazetteer);
        this.nlp = Objects.requireNonNull(nlp);
        this.extractor = Objects.requireNonNull(extractor);
        this.iris = Objects.requireNonNull(iris);
        this.mapper = new ArticleGraph(iris);
        this.version = version;
    }

    public IngestReport ingest(List<Path> paths, ArticleReader reader, GraphStore store, boolean force, Progress progress) {
        ArticleReader.Batch batch = reader.read(paths);
        return ingest(batch.articles(), batch.skipped(), store, force, progress);
    }

    public IngestReport ingest(List<Article> articles, List<Skipped> alreadySkipped, GraphStore store, boolean force,
                               Progress progress) {
        long t0 = System.nanoTime();
        List<Skipped> skipped = new ArrayList<>(alreadySkipped);
        Set<String> seen = new HashSet<>();
        int added = 0;
        int unchanged = 0;
        int done = 0;
        for (Article a : articles) {
            ArticleOutcome outcome;
            String graph = iris.article(a.id());
            if (!seen.add(a.id()) || (!force && store.contains(graph))) {
                unchanged++;
                outcome = ArticleOutcome.UNCHANGED;
            } else {
                try {
                    store.put(graph, graphOf(a));
                    added++;
                    outcome = ArticleOutcome.ADDED;
                } catch (RuntimeException e) {
                    skipped.add(new Skipped(a.sourceName(), "failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
                    outcome = ArticleOutcome.SKIPPED;
                }
            }
            progress.articleDone(++done, articles.size(), a.sourceName(), outcome);
        }
        // Cross-article resolution runs once per batch, after every article's own transaction.
        Reconciler.Outcome resolution = added > 0 ? reconciler.reconcile(store) : null;
        return new IngestReport(added, unchanged, skipped, resolution, (System.nanoTime() - t0) / 1e9);
    }

    /** The whole pipeline for one article, up to its graph (no store access). */
    public Model graphOf(Article a) {
        Instant start = Instant.now();
        AnnotatedArticle annotated = nlp.annotate(a);
        ExtractedArticle extracted = extractor.extract(annotated);
        ResolvedArticle resolved = resolver.resolve(annotated, extracted.extraMentions());
        return mapper.build(resolved, extracted, new IngestInfo(version, NlpPipeline.ANNOTATORS, start, Instant.now()));
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    public Iris iris() {
        return iris;
    }
}

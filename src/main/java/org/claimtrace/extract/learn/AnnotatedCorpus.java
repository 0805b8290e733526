package org.claimtrace.extract.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.source.ArticleReader;

/** A PolNeAR split run through claimtrace's annotate stage (every sentence parsed), with progress on stderr. */
public final class AnnotatedCorpus {
    private AnnotatedCorpus() {}

    public static List<GoldArticle> annotate(List<PolnearCorpus.Document> docs, NlpPipeline nlp, Path cache, int threads,
                                         PrintWriter progress) {
        AnnotationCache annotations = new AnnotationCache(cache, nlp);
        ArticleReader reader = new ArticleReader();
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<GoldArticle>> futures = new ArrayList<>();
            for (PolnearCorpus.Document d : docs) {
                futures.add(pool.submit(() -> {
                    GoldArticle ex = new GoldArticle(annotations.annotate(reader.fromText(d.name() + ".txt", d.text())), d.attributions());
                    int n = done.incrementAndGet();
                    if (n % 20 == 0 || n == docs.size()) {
                        progress.printf("annotated %d/%d articles (%.1f articles/s)%n", n, docs.size(),
                                n / ((System.nanoTime() - t0) / 1e9));
                        progress.flush();
                    }
                    return ex;
                }));
            }
            List<GoldArticle> out = new ArrayList<>();
            for (Future<GoldArticle> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The examples as the product's pipeline would annotate them: sentences it would not parse
     * lose their parse (parses are made sentence by sentence, so this equals annotating with it).
     */
    public static List<GoldArticle> asParsedBy(List<GoldArticle> examples, java.util.function.Predicate<java.util.Set<String>> parseNeeded) {
        List<GoldArticle> out = new ArrayList<>();
        for (GoldArticle g : examples) {
            List<org.claimtrace.annotate.AnnotatedSentence> sentences = new ArrayList<>();
            for (var s : g.article().sentences()) {
                sentences.add(!s.parsed() || org.claimtrace.annotate.NlpPipeline.selects(s.coreTokens(), parseNeeded) ? s
                        : new org.claimtrace.annotate.AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), null, s.coreTokens()));
            }
            out.add(new GoldArticle(new org.claimtrace.annotate.AnnotatedArticle(g.article().article(), sentences, g.article().mentions(),
                    g.article().notes()), g.gold()));
        }
        return out;
    }
}

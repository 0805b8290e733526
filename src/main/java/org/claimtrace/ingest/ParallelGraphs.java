package org.claimtrace.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.claimtrace.source.Article;

/**
 * Builds article graphs on several worker threads over the one shared pipeline and hands them
 * back on the calling thread in the order given ({@link Ingester#workOrder}), so a single writer
 * can store them. The workers run ahead of the caller by up to
 * {@code 2 x threads + writerBatch} articles: enough that they go on annotating while the caller
 * commits a batch of {@code writerBatch} graphs (on one worker thread the commit then runs on the
 * other core), and few enough to bound memory on a large batch. When only the last articles are
 * left, one on each worker, the caller is told before it waits for the next graph
 * ({@code beforeWaitingAtEnd}), so it can commit what it holds while the workers finish them
 * instead of after them.
 */
final class ParallelGraphs {

    /** What became of one article: its graph, or why it failed; both null when it was not to be built. */
    record Built(Article article, ArticleResult result, Throwable failure) {}

    private record Pending(Article article, Future<ArticleResult> graph) {}

    private ParallelGraphs() {}

    static void run(List<Article> articles, Predicate<Article> build, Function<Article, ArticleResult> graphOf, int threads,
                    Consumer<Built> sink) {
        run(articles, build, graphOf, threads, 1, sink, () -> {});
    }

    static void run(List<Article> articles, Predicate<Article> build, Function<Article, ArticleResult> graphOf, int threads,
                    int writerBatch, Consumer<Built> sink, Runnable beforeWaitingAtEnd) {
        int ahead = 2 * threads + writerBatch;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimtrace-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            for (Article a : articles) {
                inFlight.add(new Pending(a, build.test(a) ? pool.submit(() -> graphOf.apply(a)) : null));
                while (inFlight.size() > ahead) sink.accept(await(inFlight.poll()));
            }
            while (!inFlight.isEmpty()) {
                Pending next = inFlight.poll();
                // Only the last articles, each on its own worker, are left: what the caller holds will not grow by a full batch.
                if (inFlight.size() < threads && next.graph() != null && !next.graph().isDone()) beforeWaitingAtEnd.run();
                sink.accept(await(next));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Built await(Pending p) {
        if (p.graph() == null) return new Built(p.article(), null, null);
        try {
            return new Built(p.article(), p.graph().get(), null);
        } catch (ExecutionException e) {
            return new Built(p.article(), null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

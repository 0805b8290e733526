package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent reads of the store side by side, one per core: TDB2 read transactions do not
 * block each other, so resolution's whole-store queries and its per-article graph rewrites need
 * not wait for one another. A failure comes back as the reader's own exception.
 */
final class ParallelReads implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "claimtrace-resolve");
        t.setDaemon(true);
        return t;
    });

    <T> Future<T> submit(Callable<T> read) {
        return pool.submit(read);
    }

    /** {@code f} of every item, in the items' order. */
    <A, B> List<B> map(List<A> items, Function<A, B> f) {
        List<Future<B>> pending = new ArrayList<>();
        for (A a : items) pending.add(pool.submit(() -> f.apply(a)));
        List<B> out = new ArrayList<>(items.size());
        for (Future<B> p : pending) out.add(get(p));
        return out;
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

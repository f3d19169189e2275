package dev.feedcard.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one step over many items on every core, keeping the items' order. */
final class Parallel {
    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> step) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, items.size()));
        if (threads <= 1) return items.stream().map(step).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "feedcard-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> step.apply(item)));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.feedcard.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on every core ({@link #map}, {@link #forEach}), and tasks in the background beside it ({@link #inBackground}):
 * the one way feedcard runs things in parallel.
 * <p>
 * The threads of a {@code map} or {@code forEach} end with it, so what a step keeps per thread (the card maker's
 * pixels, reused from one card to the next) goes with them; a {@code map} or {@code forEach} called from one of
 * their steps shares its threads. A step that fails stops the steps not started yet; the others are waited for,
 * then the first failure in the items' order is thrown as it was.
 */
public final class Cores {
    /** How many cores there are. */
    public static final int COUNT = Runtime.getRuntime().availableProcessors();

    /** Threads beside the cores, for tasks that mostly wait (on the disk) or that overlap what their caller does next. */
    private static final ExecutorService BACKGROUND = background(Math.max(2, COUNT));

    private Cores() {
    }

    /** A step that may fail with a checked exception. */
    @FunctionalInterface
    public interface Step<T, E extends Exception> {
        void run(T item) throws E;
    }

    /** {@code step} applied to every item, on every core, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> step) {
        List<R> results = new ArrayList<>(items.size());
        Outcome<?>[] outcomes = run(items, step::apply);
        for (Outcome<?> outcome : outcomes) {
            @SuppressWarnings("unchecked") R value = (R) outcome.value;
            results.add(value);
        }
        return results;
    }

    /** Runs {@code step} on every item, on every core; returns once every step has finished. */
    public static <T, E extends Exception> void forEach(Collection<T> items, Step<? super T, E> step) throws E {
        Cores.<T, Object, E>run(List.copyOf(items), item -> {
            step.run(item);
            return null;
        });
    }

    /**
     * Starts {@code task} on a thread beside the cores (one of a few, kept for a while between tasks) and returns at
     * once; the future completes with its result or its failure.
     */
    public static <T> CompletableFuture<T> inBackground(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        BACKGROUND.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** A step's result, or how it failed (null when it did not, or was not run). */
    private record Outcome<R>(R value, Throwable failure) {
    }

    /** A step that may throw anything, as {@link Step} and {@link Function} both are. */
    private interface AnyStep<T, R> {
        R apply(T item) throws Exception;
    }

    /** Every item's outcome, in the items' order; throws the first failure once every started step has finished. */
    private static <T, R, E extends Exception> Outcome<?>[] run(List<T> items, AnyStep<? super T, R> step) throws E {
        Outcome<?>[] outcomes = new Outcome<?>[items.size()];
        AtomicBoolean failed = new AtomicBoolean();
        List<ForkJoinTask<?>> tasks = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            tasks.add(ForkJoinTask.adapt(() -> {
                outcomes[index] = outcome(items.get(index), step, failed);
            }));
        }
        int threads = Math.min(COUNT, items.size());
        if (threads <= 1) {
            for (ForkJoinTask<?> task : tasks) task.invoke();
        } else if (ForkJoinTask.getPool() instanceof Pool) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            Pool pool = new Pool(threads);
            try {
                pool.invoke(ForkJoinTask.adapt(() -> {
                    ForkJoinTask.invokeAll(tasks);
                }));
            } finally {
                pool.shutdownNow();
            }
        }
        for (Outcome<?> outcome : outcomes) {
            if (outcome != null && outcome.failure() != null) throw Cores.<E>rethrown(outcome.failure());
        }
        return outcomes;
    }

    private static <T, R> Outcome<R> outcome(T item, AnyStep<? super T, R> step, AtomicBoolean failed) {
        if (failed.get()) return new Outcome<>(null, null);
        try {
            return new Outcome<>(step.apply(item), null);
        } catch (Throwable e) {
            failed.set(true);
            return new Outcome<>(null, e);
        }
    }

    /** {@code failure} as it was thrown: unchecked, or the checked exception of the step. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(Throwable failure) throws E {
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        throw (E) failure;
    }

    /** The threads of one {@code map} or {@code forEach} (and of those its steps call). */
    private static final class Pool extends ForkJoinPool {
        private static final AtomicInteger NUMBER = new AtomicInteger();

        Pool(int threads) {
            super(threads, pool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setName("feedcard-worker-" + NUMBER.incrementAndGet());
                return thread;
            }, null, false);
        }
    }

    private static ExecutorService background(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "feedcard-background-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}

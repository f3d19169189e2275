package dev.feedcard.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        for (Object result : run(items, step::apply)) {
            @SuppressWarnings("unchecked") R value = (R) result;
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

    /** A step that may throw anything, as {@link Step} and {@link Function} both are. */
    private interface AnyStep<T, R> {
        R apply(T item) throws Exception;
    }

    /** The pool of the {@code map} or {@code forEach} this thread works for; null on other threads. */
    private static final ThreadLocal<ExecutorService> WORKING_FOR = new ThreadLocal<>();

    /** Every item's result, in the items' order; throws the first failure once every started step has finished. */
    private static <T, R, E extends Exception> Object[] run(List<T> items, AnyStep<? super T, R> step) throws E {
        Batch<T, R> batch = new Batch<>(items, step);
        int threads = Math.min(COUNT, items.size());
        ExecutorService shared = WORKING_FOR.get();
        if (threads <= 1) {
            batch.work();
        } else if (shared != null) {
            // called from a step: the pool's threads help once their own items are done, while this one works
            for (int i = 1; i < threads; i++) shared.execute(batch::work);
            batch.work();
            batch.await();
        } else {
            ExecutorService pool = pool(threads);
            try {
                for (int i = 0; i < threads; i++) pool.execute(batch::work);
                batch.await();
            } finally {
                pool.shutdown();
            }
        }
        for (Throwable failure : batch.failures) {
            if (failure != null) throw Cores.<E>rethrown(failure);
        }
        return batch.results;
    }

    /**
     * One {@code map} or {@code forEach}: each thread that works on it takes the next item not taken yet, until none
     * is left (or a step has failed: the items left are skipped).
     */
    private static final class Batch<T, R> {
        private final List<T> items;
        private final AnyStep<? super T, R> step;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean failed = new AtomicBoolean();
        private final CountDownLatch finished;

        Batch(List<T> items, AnyStep<? super T, R> step) {
            this.items = items;
            this.step = step;
            this.results = new Object[items.size()];
            this.failures = new Throwable[items.size()];
            this.finished = new CountDownLatch(items.size());
        }

        void work() {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    if (!failed.get()) results[i] = step.apply(items.get(i));
                } catch (Throwable e) {
                    failures[i] = e;
                    failed.set(true);
                } finally {
                    finished.countDown();
                }
            }
        }

        /** Returns once every item's step has finished (or been skipped). */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** {@code failure} as it was thrown: unchecked, or the checked exception of the step. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(Throwable failure) throws E {
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        throw (E) failure;
    }

    /** The threads of one {@code map} or {@code forEach}, and of those its steps call. */
    private static ExecutorService pool(int threads) {
        ExecutorService[] pool = new ExecutorService[1];
        pool[0] = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(() -> {
                WORKING_FOR.set(pool[0]);
                task.run();
            }, "feedcard-worker");
            thread.setDaemon(true);
            return thread;
        });
        return pool[0];
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

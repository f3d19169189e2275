package dev.feedcard.preview;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that answer the server's requests, with a watch on each: a client that sends its request line and
 * headers too slowly (within {@code headerTimeout} of its first byte), or stops reading a response for
 * {@code idleTimeout}, has its connection closed, so that it frees its thread for the others.
 *
 * <p>The JDK's server reads a request on the thread it hands the request to, from a socket channel in blocking
 * mode; such a channel is interruptible, so interrupting the thread closes the connection and ends the wait.
 * Connections between requests (keep-alive) wait in the server's selector and hold no thread; more requests than
 * threads wait in a queue for the next free one.
 */
final class GuardedThreads implements Executor, AutoCloseable {
    /** One request being answered: its thread, and when it must have made progress by. */
    private static final class Watch {
        final Thread thread;
        volatile long deadline;
        boolean over;

        Watch(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }
    }

    private final long headerNanos;
    private final long idleNanos;
    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService watcher;
    private final Map<Thread, Watch> running = new ConcurrentHashMap<>();

    GuardedThreads(int count, Duration headerTimeout, Duration idleTimeout) {
        this.headerNanos = headerTimeout.toNanos();
        this.idleNanos = idleTimeout.toNanos();
        this.threads = new ThreadPoolExecutor(count, count, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> daemon(r, "feedcard-http"));
        threads.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "feedcard-http-timeouts"));
        w.setRemoveOnCancelPolicy(true);
        this.watcher = w;
        long tick = Math.max(50, Math.min(1000, Math.min(headerTimeout.toMillis(), idleTimeout.toMillis()) / 4));
        watcher.scheduleWithFixedDelay(this::closeStalled, tick, tick, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Runs a request of the server's (reading its headers first) on a free thread, under the header timeout. */
    @Override
    public void execute(Runnable request) {
        threads.execute(() -> {
            Thread self = Thread.currentThread();
            Watch watch = new Watch(self, System.nanoTime() + headerNanos);
            running.put(self, watch);
            try {
                request.run();
            } finally {
                synchronized (watch) {
                    running.remove(self);
                    watch.over = true;
                }
                Thread.interrupted(); // an interrupt that came too late for this request is not the next one's
            }
        });
    }

    /**
     * The request on this thread has been read, or part of its response was sent: it has {@code idleTimeout} from
     * now to make further progress.
     */
    void progressed() {
        Watch watch = running.get(Thread.currentThread());
        if (watch != null) watch.deadline = System.nanoTime() + idleNanos;
    }

    private void closeStalled() {
        long now = System.nanoTime();
        for (Watch watch : running.values()) {
            if (now - watch.deadline < 0) continue;
            synchronized (watch) {
                if (!watch.over && now - watch.deadline >= 0) {
                    watch.over = true;
                    watch.thread.interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        threads.shutdownNow();
    }
}

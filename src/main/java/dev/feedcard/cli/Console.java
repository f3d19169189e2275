package dev.feedcard.cli;

import dev.feedcard.build.Progress;

import java.io.PrintWriter;

/** What feedcard says: a progress line when stderr is a terminal, nothing with --quiet, plain lines otherwise. */
final class Console implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private long lastDraw;
    private boolean drawn;

    Console(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        if (quiet || !terminal || total < 50) return;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        err.print("\r\033[K" + stage + " " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    /** Notices explain a wait or a delay, so they are printed even with --quiet. */
    @Override
    public synchronized void notice(String message) {
        clearProgress();
        err.println("feedcard: " + message);
        err.flush();
    }

    synchronized void clearProgress() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}

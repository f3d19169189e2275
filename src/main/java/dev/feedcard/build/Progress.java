package dev.feedcard.build;

/** Told how far a long build has got, for a progress line on a terminal. Stages never print themselves. */
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    void update(String stage, int done, int total);

    /** Something the person running the build should know while it runs, such as why it is waiting. */
    default void notice(String message) {
    }
}

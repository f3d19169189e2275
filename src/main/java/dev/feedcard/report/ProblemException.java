package dev.feedcard.report;

/** Thrown inside a stage to give up on one input, carrying the problem to report for it. */
public final class ProblemException extends Exception {
    private final transient Problem problem;

    /** Stops the work at hand with {@code problem}, which is the message. */
    public ProblemException(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    /** The problem that stopped the work. */
    public Problem problem() {
        return problem;
    }
}

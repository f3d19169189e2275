package dev.feedcard.report;

/** Thrown inside a stage to give up on one input, carrying the problem to report for it. */
public final class ProblemException extends Exception {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

/**
 * Problems, told to a person: what any stage found wrong with its input ({@link dev.feedcard.report.Problem}, in the
 * style of compilers, with a hint: an error, a warning or advice), advice for many posts told once ({@link
 * dev.feedcard.report.AdviceGroup}), the exception a stage gives up on one input with ({@link
 * dev.feedcard.report.ProblemException}), and input or output errors with their path and what to do ({@link
 * dev.feedcard.report.IoFailure}).
 *
 * <p>Public surface: those four types.
 *
 * <p>Depends on no other feedcard package; every stage may depend on it.
 */
package dev.feedcard.report;

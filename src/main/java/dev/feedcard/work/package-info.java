/**
 * How feedcard runs work in parallel, the one way every stage does: {@link dev.feedcard.work.Cores}. Depends on
 * nothing of feedcard's.
 */
package dev.feedcard.work;

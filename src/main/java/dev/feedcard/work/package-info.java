/**
 * How feedcard runs work in parallel, the one way every stage does: {@link dev.feedcard.work.Cores}; and a value made
 * once, when some thread first needs it: {@link dev.feedcard.work.Lazy}. Depends on nothing of feedcard's.
 */
package dev.feedcard.work;

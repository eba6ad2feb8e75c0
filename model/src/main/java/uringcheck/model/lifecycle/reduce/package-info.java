/**
 * State-space reductions of the lifecycle model: the symmetry of interchangeable commands and of the
 * running contexts' order ({@link uringcheck.model.lifecycle.reduce.LifecycleSymmetry}, behind
 * {@link uringcheck.model.Model#canonical}), and the static analysis that decides which driver statements
 * keep command symmetry ({@link uringcheck.model.lifecycle.reduce.CommandSymmetry}). A statement type this
 * package does not know breaks symmetry: the safe answer.
 */
package uringcheck.model.lifecycle.reduce;

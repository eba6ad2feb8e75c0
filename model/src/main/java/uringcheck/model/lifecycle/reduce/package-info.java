/**
 * State-space reductions of the lifecycle model: the symmetry of interchangeable commands and of the
 * running contexts' order ({@link uringcheck.model.lifecycle.reduce.LifecycleSymmetry}, behind
 * {@link uringcheck.model.Model#canonical}), and the static analysis that decides which driver statements
 * keep command symmetry ({@link uringcheck.model.lifecycle.reduce.CommandSymmetry}); the partial-order
 * reduction's singleton ample sets ({@link uringcheck.model.lifecycle.reduce.AmpleSets}, behind
 * {@link uringcheck.model.Model#ample}) with the static read/write sets of the statements
 * ({@link uringcheck.model.lifecycle.reduce.Footprints}). A statement type this package does not know breaks
 * symmetry and is dependent on everything: the safe answers.
 */
package uringcheck.model.lifecycle.reduce;

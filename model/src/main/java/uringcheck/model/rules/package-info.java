/**
 * The kernel vocabulary of the uring_cmd lifecycle, shared by the explicit-state model
 * ({@code uringcheck.model.lifecycle}) and the concurrent runtime ({@code uringcheck.model.concurrent}):
 * a leaf package that depends on nothing else in {@code model} but {@link uringcheck.model.Obligation}.
 *
 * <p>Entry points: {@link uringcheck.model.rules.Phase}, {@link uringcheck.model.rules.Transition} and
 * {@link uringcheck.model.rules.TransitionTable} (SPEC §3: the phases of one request and its legal
 * moves); {@link uringcheck.model.rules.IssueFlags} (SPEC §1: the issue_flags bits and their one
 * rendering); {@link uringcheck.model.rules.Errno} (the result codes the lifecycle gives a meaning to);
 * {@link uringcheck.model.rules.ExecContext} (SPEC §2: the contexts C1-C7, their issue_flags and
 * {@code uring_lock} state); {@link uringcheck.model.rules.FlagRules} (the O5 flag and lock rules).
 */
package uringcheck.model.rules;

package uringcheck.model.lifecycle.abstraction;

import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What an API lets a driver write: the static rules a program must obey to compile against it (in safe
 * Rust for the Rust abstractions), which the scenario validator applies and the soundness sweep
 * enumerates. Its twin {@link AbstractionSemantics} says what the same API does at run time;
 * {@link Abstraction#api()} gives the rules of each abstraction. The rules and their Rust reasons are
 * listed in docs/scenario-format.md and docs/soundness.md.
 *
 * <p>Flow analysis (which locals are bound, moved or held on a path) is the validator's; these rules
 * answer from one statement, handler or declaration, plus the type of the local a statement acts on.
 * Messages say what was found and how to fix it; the validator prints them at the element's position.
 */
public interface ApiRules {

    /** The prefix of a rule that only the Rust type system enforces. */
    String NOT_SAFE_RUST = "would not compile in safe Rust: ";

    /**
     * The type of the local {@code cmd} in a handler of {@code kind}: the fresh command in
     * {@code uring_cmd}, the cancelled one in {@code cancel}, the one a task-work callback is handed.
     * Empty for handlers that receive no command (release, kworker, irq).
     */
    Optional<LocalType> cmd(HandlerKind kind);

    /** Whether {@code UringCmdAction} tokens exist: {@code queue()} returns one besides the handle. */
    boolean hasTokens();

    /** Whether {@code uring_cmd} may return a raw integer ({@code return: {raw: ...}}). */
    boolean rawReturns();

    /**
     * Whether the API can run handlers of {@code kind} (seed binds no cancel and no task work); by
     * default every kind.
     */
    default boolean binds(HandlerKind kind) {
        return true;
    }

    /** Why handler {@code h} cannot be written against this API, if it cannot; by default it can. */
    default Optional<String> reject(Handler h) {
        return Optional.empty();
    }

    /** Why device field {@code f} cannot be declared under this API, if it cannot; by default it can. */
    default Optional<String> reject(FieldDecl f) {
        return Optional.empty();
    }

    /**
     * Why PDU field {@code f} of the driver's {@code pdu:} layout cannot be declared under this API, if it
     * cannot; by default it can.
     */
    default Optional<String> reject(PduField f) {
        return Optional.empty();
    }

    /**
     * Why statement {@code s} has no binding in this API, if it has none (by default every statement has
     * one). Such a statement is reported and not checked further.
     */
    default Optional<String> absent(Statement s) {
        return Optional.empty();
    }

    /**
     * Why statement {@code s}, which the API has, cannot be written this way in a handler of kind
     * {@code in} (its arguments or issue flags), if it cannot.
     */
    Optional<String> reject(Statement s, HandlerKind in);

    /**
     * Why statement {@code s} cannot act on a local of type {@code receiver} (a method the receiver's
     * type lacks), if it cannot.
     */
    Optional<String> reject(Statement s, LocalType receiver);

    /**
     * What to add to the message for a local of type {@code found} used by {@code what} where
     * {@code accepted} is needed: the API's reason, or the empty string.
     */
    String mismatchHint(LocalType found, List<LocalType> accepted, String what);

    /**
     * The issue-flags choices a driver has at hand for {@code done} and {@code mark_cancelable}, the ones
     * the soundness sweep enumerates (docs/soundness.md "Vocabulary").
     */
    List<FlagsChoice> flagChoices();

    /** The issue-flags choices of the cancel binding ({@code mark_cancelable}, {@code done} in cancel). */
    List<FlagsChoice> cancelFlagChoices();

    /** Whether the API has types that can rule programs out: the soundness sweep proves only such APIs. */
    boolean typed();

    /**
     * The Rust type of the issue-flags capability the callbacks the core calls with a mask receive
     * (docs/soundness.md F3), or empty when they receive the {@code u32} itself.
     */
    Optional<String> capability();
}

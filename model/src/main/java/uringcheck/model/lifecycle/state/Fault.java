package uringcheck.model.lifecycle.state;

import java.util.List;
import uringcheck.model.Obligation;

/**
 * A recorded breach of an obligation: the first one per obligation is kept. A fault is a fact, not a
 * sentence: its {@link Cause} (a closed set, each with its SPEC §7 hole where there is one) and the
 * values the breach concerns ({@code subject}, in the order its cause documents). The ALWAYS properties
 * O1, O3-O9, O12, O13 check that none is recorded. The message is rendered from the cause when a trace
 * is printed ({@link #message}); state identity ({@code StateHash}) hashes the values, not the words.
 *
 * @param obligation the obligation broken; null for the breach of a {@link DriverProperty}, which is rendered
 *                   from a fault but kept in {@link LifecycleState#objects}, never in {@link LifecycleState#faults}
 * @param cause      the breach
 * @param subject    what the breach concerns: {@link Integer}s, enum constants, {@link Act}s and
 *                   {@link Holder}s only
 */
public record Fault(Obligation obligation, Cause cause, List<Object> subject) {

    public Fault {
        subject = List.copyOf(subject);
        for (Object o : subject) {
            if (!(o instanceof Integer || o instanceof Enum<?> || o instanceof Act || o instanceof Holder)) {
                throw new IllegalArgumentException("a fault's subject holds values, not " + o.getClass());
            }
        }
        if (subject.size() != cause.arity()) {
            throw new IllegalArgumentException(cause + " takes " + cause.arity() + " values, got " + subject);
        }
    }

    /** The breach in kernel vocabulary, with the program's names. */
    public String message(ProgramNames names) {
        return cause.render(this, names);
    }

    /** Subject value {@code i}, an integer. */
    int number(int i) {
        return (Integer) subject.get(i);
    }

    /** Subject value {@code i}, an act. */
    Act act(int i) {
        return (Act) subject.get(i);
    }

    /** Subject value {@code i}, a constant of {@code type}. */
    <E extends Enum<E>> E constant(int i, Class<E> type) {
        return type.cast(subject.get(i));
    }

    /** Subject value {@code i}, a holder. */
    Holder holder(int i) {
        return (Holder) subject.get(i);
    }
}

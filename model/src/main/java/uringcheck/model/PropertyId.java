package uringcheck.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a {@link Property}: a proof obligation of SPEC §6 ({@code O5}), an obligation's twin
 * (a companion property about the same obligation: a reachability witness such as
 * {@code O9?reach-cancel-call}, a {@link Property.Kind#SOMETIMES} property guarding the obligation against a
 * vacuous pass, or another reading of it such as {@code O2?recoverable}), or, for models outside the lifecycle (the toys, test models), a plain
 * name ({@code mutex}). {@link #toString()} is the spelling used in reports, scenario files and replay
 * output; {@link #parse} reads it back, and is the only place that does.
 *
 * <p>Order ({@link #compareTo}): obligations by number, each before its twins (sorted by witness name),
 * then plain names alphabetically; so a list reads {@code [O1, O3, O12, O12?reach-x, mutex]}.
 */
public sealed interface PropertyId extends Comparable<PropertyId> {

    /** A twin's witness name: lower-case words joined by {@code -}. */
    Pattern WITNESS = Pattern.compile("[a-z0-9-]+");

    /** The spelling of an obligation ({@code O5}) or of a twin (the id, {@code ?}, the witness name). */
    Pattern SPELLING = Pattern.compile("(O[0-9]+)(?:\\?(" + WITNESS.pattern() + "))?");

    /** The obligation itself, e.g. {@code O5}. */
    record Of(Obligation obligation) implements PropertyId {
        @Override
        public String toString() {
            return obligation.name();
        }
    }

    /** A twin of an obligation, e.g. {@code O9?reach-cancel-call} or {@code O2?recoverable}. */
    record Twin(Obligation obligation, String witness) implements PropertyId {
        public Twin {
            if (!WITNESS.matcher(witness).matches()) {
                throw new IllegalArgumentException("a twin's witness is lower-case words joined by '-', not '"
                        + witness + "'");
            }
        }

        @Override
        public String toString() {
            return obligation.name() + "?" + witness;
        }
    }

    /** A property of a model that is not about the io_uring obligations, e.g. {@code mutex}. */
    record Named(String name) implements PropertyId {
        public Named {
            if (name.isEmpty() || SPELLING.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a plain property name");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The obligation this property is about: of an obligation or of its twin; empty for a plain name. */
    default Optional<Obligation> about() {
        if (this instanceof Of o) {
            return Optional.of(o.obligation());
        }
        if (this instanceof Twin t) {
            return Optional.of(t.obligation());
        }
        return Optional.empty();
    }

    /** The obligation, when this is the obligation itself (not a twin, not a plain name). */
    default Optional<Obligation> asObligation() {
        return this instanceof Of o ? Optional.of(o.obligation()) : Optional.empty();
    }

    /** The id of obligation {@code o}. */
    static PropertyId of(Obligation o) {
        return new Of(o);
    }

    /** The id of obligation {@code o}'s reachability twin witnessing {@code witness}. */
    static PropertyId twin(Obligation o, String witness) {
        return new Twin(o, witness);
    }

    /**
     * Reads the spelling {@link #toString()} writes: {@code O5}, {@code O9?reach-cancel-call}, or a plain
     * name.
     *
     * @throws IllegalArgumentException for an obligation spelling whose obligation does not exist
     *     (e.g. {@code O16}), or an empty name
     */
    static PropertyId parse(String text) {
        Matcher m = SPELLING.matcher(text);
        if (!m.matches()) {
            return new Named(text);
        }
        Obligation o = Obligation.byId(m.group(1));
        return m.group(2) == null ? new Of(o) : new Twin(o, m.group(2));
    }

    /** Obligations by number then twin witness, then plain names. */
    @Override
    default int compareTo(PropertyId other) {
        return ORDER.compare(this, other);
    }

    /** The order of {@link #compareTo}. */
    Comparator<PropertyId> ORDER = Comparator
            .comparing((PropertyId p) -> p.about().map(Obligation::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p instanceof Twin t ? t.witness() : "")
            .thenComparing(p -> p instanceof Named n ? n.name() : "");
}

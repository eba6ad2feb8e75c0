package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * {@code choose:} a nondeterministic choice among named alternatives, each a block of statements: where
 * the real code's path depends on something the model does not track (whether the block layer has a
 * request for the tag, what the server answered), every alternative is explored. The choice is one atomic
 * step with one outcome per alternative; the chosen block then runs statement by statement.
 *
 * @param names        the alternatives' names, in file order (traces and replay name the one taken)
 * @param alternatives the alternatives' statements, parallel to {@code names}
 * @param pos          where {@code choose:} is written
 */
public record Choose(List<String> names, List<List<Statement>> alternatives, Pos pos) implements Statement {

    public Choose {
        names = List.copyOf(names);
        alternatives = alternatives.stream().map(List::copyOf).toList();
        if (names.size() != alternatives.size() || names.size() < 2) {
            throw new IllegalArgumentException("a choice needs at least two named alternatives");
        }
    }

    @Override
    public List<List<Statement>> blocks() {
        return alternatives;
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.choose(this);
    }
}

package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.program.Handler;

/**
 * A handler flattened into a list of {@link Op}s, with the table of its locals ({@code cmd} first).
 *
 * @param index   the handler's index in the driver program
 * @param handler the source handler
 * @param ops     the instructions; the handler ends when the program counter reaches {@code ops.size()}
 * @param locals  local names by index; index 0 is {@link Handler#CMD}
 */
public record CompiledHandler(int index, Handler handler, List<Op> ops, List<String> locals) {

    public CompiledHandler {
        ops = List.copyOf(ops);
        locals = List.copyOf(locals);
    }

    /** The index of local {@code name}. */
    public int local(String name) {
        int i = locals.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("handler " + handler.name() + " has no local " + name);
        }
        return i;
    }

    /** The handler's name. */
    public String name() {
        return handler.name();
    }
}

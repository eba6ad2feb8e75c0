package uringcheck.model.lifecycle;

import java.util.List;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.Statement;

/** Searches a driver program's statements, including every block nested in one ({@link Statement#blocks}). */
public final class Statements {

    private Statements() {
    }

    /** Whether some handler of {@code program} contains a statement of type {@code type}. */
    public static boolean contains(DriverProgram program, Class<? extends Statement> type) {
        for (Handler h : program.handlers()) {
            if (contains(h.body(), type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code body} contains a statement of type {@code type}. */
    static boolean contains(List<Statement> body, Class<? extends Statement> type) {
        for (Statement s : body) {
            if (type.isInstance(s)) {
                return true;
            }
            for (List<Statement> block : s.blocks()) {
                if (contains(block, type)) {
                    return true;
                }
            }
        }
        return false;
    }
}

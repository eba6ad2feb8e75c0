package uringcheck.checks.lincheck;

import uringcheck.model.concurrent.Cmd;

/**
 * {@link RuntimeOperations} with the C view of the handle (no generation check): a kworker's late
 * {@code done} lands on whichever submission now occupies the slot. The specification says such a call
 * breaks O3; this variant must therefore be reported by Lincheck, which proves the linearizability check
 * can fail.
 */
public class UncheckedHandleOperations extends RuntimeOperations {
    @Override
    protected Cmd handle(Cmd cmd) {
        return cmd.unchecked();
    }
}

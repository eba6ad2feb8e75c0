package uringcheck.model.lifecycle.abstraction;

import uringcheck.model.lifecycle.program.Abstraction;

/**
 * The seed with v5 2/4 on top (SPEC §7 D): {@code QueuedIoUringCmd::complete_in_task} and a public
 * task-work issue-flags constant, usable from any context. The vtable is the seed's: it zeroes the PDU
 * whenever REISSUE is clear and trusts whatever {@code UringCmdAction} it is handed. The cancel binding
 * the sweep adds to v5 (docs/soundness.md) is a vocabulary matter: under these semantics a cancel call
 * enters the same vtable, so it zeroes the PDU (SPEC §7 E).
 */
final class V5Semantics implements AbstractionSemantics {

    @Override
    public Abstraction abstraction() {
        return Abstraction.V5;
    }

    @Override
    public boolean movesValues() {
        return true;
    }

    @Override
    public boolean zeroesPduWithoutReissue() {
        return true;
    }

    @Override
    public boolean queuedResultNeedsHandle() {
        return true;
    }
}

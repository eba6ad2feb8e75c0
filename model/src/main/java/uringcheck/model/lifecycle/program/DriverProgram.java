package uringcheck.model.lifecycle.program;

import java.util.List;
import java.util.Optional;

/**
 * A driver: its device fields, its locks, its handlers (ARCHITECTURE "driver programs"), the stimuli
 * from outside the ring that start some of them, and the layout of its PDU. Lists keep the file's order,
 * which fixes the order of actions and of fields in traces.
 *
 * @param fields   the device fields
 * @param locks    the driver locks
 * @param handlers the handlers
 * @param stimuli  what outside the ring starts handlers
 * @param pdu      the named fields of the PDU ({@code pdu:}); empty when the driver treats the PDU as one
 *                 anonymous value
 */
public record DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers,
                            List<Stimulus> stimuli, List<PduField> pdu) {

    public DriverProgram {
        fields = List.copyOf(fields);
        locks = List.copyOf(locks);
        handlers = List.copyOf(handlers);
        stimuli = List.copyOf(stimuli);
        pdu = List.copyOf(pdu);
    }

    /** A driver whose PDU is one anonymous value. */
    public DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers,
                         List<Stimulus> stimuli) {
        this(fields, locks, handlers, stimuli, List.of());
    }

    /** A driver without stimuli. */
    public DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers) {
        this(fields, locks, handlers, List.of());
    }

    /** How many PDU fields the model keeps for each request: one when no layout is declared. */
    public int pduCells() {
        return Math.max(1, pdu.size());
    }

    /**
     * The index of PDU field {@code name} ({@code null}: the PDU as a whole, valid only without a layout),
     * or -1 when there is no such field.
     */
    public int pduField(String name) {
        if (name == null) {
            return pdu.isEmpty() ? 0 : -1;
        }
        for (int i = 0; i < pdu.size(); i++) {
            if (pdu.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The handler named {@code name}, if declared. */
    public Optional<Handler> handler(String name) {
        return handlers.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    /** The first handler of kind {@code kind} (for {@code uring_cmd}, {@code cancel}, {@code release}). */
    public Optional<Handler> handler(HandlerKind kind) {
        return handlers.stream().filter(h -> h.kind() == kind).findFirst();
    }
}

package uringcheck.model.lifecycle.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.state.ProgramNames;
import uringcheck.model.lifecycle.state.Value;

/**
 * A driver program prepared for interpretation: each handler flattened into {@link Op}s, device fields
 * laid out as one list of instances (a per-command field has one instance per command), locks as bits.
 * Built once per model; it is not part of any state. The driver's own objects are laid out by
 * {@link ObjectLayout}.
 */
public final class CompiledProgram implements ProgramNames {

    /** The first bit of {@link uringcheck.model.lifecycle.state.Slot#fetched} that records user data. */
    private static final int USER_DATA_BIT = 16;

    private final DriverProgram program;
    private final List<CompiledHandler> handlers = new ArrayList<>();
    /** By kind, the first handler of that kind, if declared. */
    private final Map<HandlerKind, Optional<CompiledHandler>> firstOfKind = new EnumMap<>(HandlerKind.class);
    private final List<Integer> fieldOffsets = new ArrayList<>();
    private final List<Value> initialFields = new ArrayList<>();
    private final List<String> sqeFields = new ArrayList<>();
    private final List<String> userData = new ArrayList<>();
    private final int commands;
    private final List<Integer> stimulusHandlers = new ArrayList<>();
    private final List<Integer> fireOffsets = new ArrayList<>();
    private int fireCounters;
    private final ObjectLayout objects;

    /** Compiles {@code program} for {@code commands} commands. */
    public CompiledProgram(DriverProgram program, int commands) {
        this.program = program;
        this.commands = commands;
        if (program.locks().size() > 30) {
            throw new IllegalArgumentException("at most 30 driver locks are supported");
        }
        for (FieldDecl f : program.fields()) {
            fieldOffsets.add(initialFields.size());
            int instances = f.perCommand() ? commands : 1;
            for (int i = 0; i < instances; i++) {
                initialFields.add(f.kind() == FieldDecl.Kind.INT ? Value.integer(f.initial()) : Value.EMPTY);
            }
        }
        this.objects = new ObjectLayout(program);
        Names names = new Names(this);
        for (Handler h : program.handlers()) {
            List<Op> ops = new ArrayList<>();
            List<String> locals = new ArrayList<>();
            locals.add(Handler.CMD);
            flatten(h.body(), names, ops, locals, -1);
            handlers.add(new CompiledHandler(handlers.size(), h, ops, locals));
            for (Op op : ops) {
                String sqeField = op.statement() instanceof ReadSqe r ? r.field()
                        : op.kind() == Op.Kind.BRANCH && op.branch().condition().kind() == Condition.Kind.SQE_EQUALS
                        ? op.branch().condition().field() : null;
                if (sqeField != null && !sqeFields.contains(sqeField)) {
                    sqeFields.add(sqeField);
                } else if (op.statement() instanceof CopyFromUser c && !userData.contains(c.buffer())) {
                    userData.add(c.buffer());
                }
            }
        }
        for (HandlerKind kind : HandlerKind.values()) {
            firstOfKind.put(kind, handlers.stream().filter(h -> h.handler().kind() == kind).findFirst());
        }
        for (Stimulus st : program.stimuli()) {
            boolean irq = program.handler(st.handler()).filter(h -> h.kind() == HandlerKind.IRQ).isPresent();
            stimulusHandlers.add(handlerIndex(st.handler(), irq ? HandlerKind.IRQ : HandlerKind.KWORKER, st.line()));
            fireOffsets.add(fireCounters);
            fireCounters += st.target() == Stimulus.Target.COMMAND ? commands : 1;
        }
        if (sqeFields.size() > USER_DATA_BIT || userData.size() > USER_DATA_BIT) {
            throw new IllegalArgumentException("at most " + USER_DATA_BIT + " SQE fields and " + USER_DATA_BIT
                    + " user data are supported");
        }
    }

    /** The bit of {@link uringcheck.model.lifecycle.state.Slot#fetched} recording SQE field {@code field}. */
    public int sqeFieldBit(String field) {
        return 1 << sqeFields.indexOf(field);
    }

    /** The bit of {@link uringcheck.model.lifecycle.state.Slot#fetched} recording user data {@code buffer}. */
    public int userDataBit(String buffer) {
        return 1 << (USER_DATA_BIT + userData.indexOf(buffer));
    }

    @Override
    public String fetchName(int bit) {
        int i = Integer.numberOfTrailingZeros(bit);
        return i < USER_DATA_BIT ? "sqe->" + sqeFields.get(i) : userData.get(i - USER_DATA_BIT);
    }

    @Override
    public String pduFieldName(int field) {
        return program.pdu().get(field).name();
    }

    /** Whether the program declares a PDU layout (named fields) rather than one anonymous PDU. */
    public boolean pduLayout() {
        return !program.pdu().isEmpty();
    }

    /** How many PDU fields each request slot keeps ({@link DriverProgram#pduCells}). */
    public int pduCells() {
        return program.pduCells();
    }

    /**
     * The index of PDU field {@code name} (null: the PDU as a whole), as a precondition: the validator
     * admits only declared fields, and no field name without a layout.
     */
    public int pduField(String name, int line) {
        int i = program.pduField(name);
        if (i < 0) {
            throw new IllegalArgumentException("line " + line + ": " + (name == null
                    ? "the PDU has a layout: name one of its fields" : "no PDU field '" + name + "' is declared"));
        }
        return i;
    }

    /** Whether some device field is declared plain (so {@link DataRaces} has something to look at). */
    public boolean anyPlainField() {
        return program.fields().stream().anyMatch(FieldDecl::plain);
    }

    /** The stimuli the program declares, in file order. */
    public List<Stimulus> stimuli() {
        return program.stimuli();
    }

    /** The handler stimulus {@code stimulus} starts (an irq or kworker handler). */
    public CompiledHandler stimulusHandler(int stimulus) {
        return handlers.get(stimulusHandlers.get(stimulus));
    }

    /**
     * The counter of {@link uringcheck.model.lifecycle.state.LifecycleState#fires} that counts stimulus
     * {@code stimulus} fired for {@code command} (ignored for a device-level stimulus).
     */
    public int fireCounter(int stimulus, int command) {
        return fireOffsets.get(stimulus)
                + (program.stimuli().get(stimulus).target() == Stimulus.Target.COMMAND ? command : 0);
    }

    /** The initial fire counters: all zero, none when the program declares no stimuli. */
    public List<Integer> initialFires() {
        return Collections.nCopies(fireCounters, 0);
    }

    /**
     * Appends {@code body}'s ops to {@code ops} and the locals it mentions to {@code locals}; {@code index}
     * is the local of the innermost enclosing loop's variable, or -1.
     */
    private static void flatten(List<Statement> body, Names names, List<Op> ops, List<String> locals, int index) {
        for (Statement s : body) {
            for (String name : s.accept(names)) {
                if (name != null && !locals.contains(name)) {
                    locals.add(name);
                }
            }
            if (s instanceof If branch) {
                int at = ops.size();
                ops.add(null);
                flatten(branch.then(), names, ops, locals, index);
                if (branch.otherwise().isEmpty()) {
                    ops.set(at, new Op(Op.Kind.BRANCH, s, ops.size(), index));
                } else {
                    int jump = ops.size();
                    ops.add(null);
                    ops.set(at, new Op(Op.Kind.BRANCH, s, ops.size(), index));
                    flatten(branch.otherwise(), names, ops, locals, index);
                    ops.set(jump, new Op(Op.Kind.JUMP, s, ops.size(), index));
                }
            } else if (s instanceof Choose choice) {
                flattenChoice(choice, names, ops, locals, index);
            } else if (s instanceof MayFail call) {
                flattenMayFail(call, names, ops, locals, index);
            } else if (s instanceof ForEach loop) {
                int var = locals.indexOf(loop.var());
                ops.add(new Op(Op.Kind.LOOP_ENTER, s, -1, var));
                int first = ops.size();
                flatten(loop.body(), names, ops, locals, var);
                ops.add(new Op(Op.Kind.LOOP_NEXT, s, first, var));
            } else {
                ops.add(new Op(Op.Kind.EXEC, s, -1, index));
            }
        }
    }

    /**
     * A choice op, the success block and a jump past the failure block (when the success block is not
     * empty), then the failure block: success continues at the success block (or after the statement),
     * every errno at the failure block.
     */
    private static void flattenMayFail(MayFail call, Names names, List<Op> ops, List<String> locals,
                                       int index) {
        int at = ops.size();
        ops.add(null);
        flatten(call.onSuccess(), names, ops, locals, index);
        int jump = -1;
        if (!call.onSuccess().isEmpty()) {
            jump = ops.size();
            ops.add(null);
        }
        int failure = ops.size();
        flatten(call.onFailure(), names, ops, locals, index);
        int end = ops.size();
        if (jump >= 0) {
            ops.set(jump, new Op(Op.Kind.JUMP, call, end, index));
        }
        List<Integer> outcomes = new ArrayList<>();
        outcomes.add(call.onSuccess().isEmpty() ? end : at + 1);
        call.errnos().forEach(e -> outcomes.add(failure));
        ops.set(at, new Op(Op.Kind.CHOICE, call, -1, index, outcomes));
    }

    /** A choice op, then each alternative followed by a jump to the end (the last one falls through). */
    private static void flattenChoice(Choose choice, Names names, List<Op> ops, List<String> locals,
                                      int index) {
        int at = ops.size();
        ops.add(null);
        List<Integer> starts = new ArrayList<>();
        List<Integer> jumps = new ArrayList<>();
        List<List<Statement>> alternatives = choice.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            starts.add(ops.size());
            flatten(alternatives.get(i), names, ops, locals, index);
            if (i < alternatives.size() - 1) {
                jumps.add(ops.size());
                ops.add(null);
            }
        }
        ops.set(at, new Op(Op.Kind.CHOICE, choice, -1, index, starts));
        for (int jump : jumps) {
            ops.set(jump, new Op(Op.Kind.JUMP, choice, ops.size(), index));
        }
    }

    /** Where the driver's own objects, lists and breaches sit in the state. */
    public ObjectLayout objects() {
        return objects;
    }

    @Override
    public String objectName(int object) {
        return objects.objectName(object);
    }

    @Override
    public String listName(int list) {
        return objects.listName(list);
    }

    /** The number of commands: the bound of every {@link ForEach}. */
    public int commands() {
        return commands;
    }

    /** How many handlers the program has: their indices run from 0 up to this, excluded. */
    public int handlerCount() {
        return handlers.size();
    }

    /** The compiled handler with index {@code index}. */
    public CompiledHandler handler(int index) {
        return handlers.get(index);
    }

    /** The first handler of {@code kind}, if declared. */
    public Optional<CompiledHandler> handler(HandlerKind kind) {
        return firstOfKind.get(kind);
    }

    /** The handler named {@code name}, which must exist and be of {@code kind}. */
    public CompiledHandler handler(String name, HandlerKind kind, int line) {
        return handlers.get(handlerIndex(name, kind, line));
    }

    /** The index of the handler named {@code name}, which must be declared and be of {@code kind}. */
    int handlerIndex(String name, HandlerKind kind, int line) {
        List<Handler> declared = program.handlers();
        for (int i = 0; i < declared.size(); i++) {
            Handler h = declared.get(i);
            if (h.name().equals(name)) {
                if (h.kind() != kind) {
                    throw new IllegalArgumentException("line " + line + ": handler '" + name + "' is a " + h.kind()
                            + " handler, expected " + kind);
                }
                return i;
            }
        }
        throw new IllegalArgumentException("line " + line + ": no handler named '" + name + "'; declare a "
                + kind.name().toLowerCase() + " handler with that name");
    }

    /** The initial device field instances. */
    public List<Value> initialFields() {
        return List.copyOf(initialFields);
    }

    /** The declaration of field {@code name}. */
    public FieldDecl field(String name, int line) {
        for (FieldDecl f : program.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("line " + line + ": no device field named '" + name + "'");
    }

    /** The instance index of field {@code name} for a handler running for {@code command}. */
    public int fieldInstance(String name, int command, int line) {
        for (int i = 0; i < program.fields().size(); i++) {
            FieldDecl f = program.fields().get(i);
            if (f.name().equals(name)) {
                return fieldOffsets.get(i) + (f.perCommand() ? Math.max(0, Math.min(command, commands - 1)) : 0);
            }
        }
        throw new IllegalArgumentException("line " + line + ": no device field named '" + name + "'");
    }

    @Override
    public String handlerName(int handler) {
        return handler(handler).name();
    }

    /** A printable name of field instance {@code instance}, e.g. {@code claim[1]}. */
    @Override
    public String fieldName(int instance) {
        for (int i = program.fields().size() - 1; i >= 0; i--) {
            if (instance >= fieldOffsets.get(i)) {
                FieldDecl f = program.fields().get(i);
                return f.perCommand() ? f.name() + "[" + (instance - fieldOffsets.get(i)) + "]" : f.name();
            }
        }
        throw new IllegalArgumentException("no field instance " + instance);
    }

    /** The bit of driver lock {@code name}. */
    public int lockBit(String name, int line) {
        for (int i = 0; i < program.locks().size(); i++) {
            if (program.locks().get(i).name().equals(name)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("line " + line + ": no driver lock named '" + name + "'");
    }

    /** The declaration of the lock with bit {@code bit}. */
    public LockDecl lock(int bit) {
        return program.locks().get(Integer.numberOfTrailingZeros(bit));
    }
}

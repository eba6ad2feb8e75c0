package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.rules.Errno;

/**
 * Seeded random driver programs over the whole vocabulary, explored breadth-first up to a state bound:
 * whatever a scenario file says, the model never throws, every action it lists is enabled, the successors the
 * search computes one after another (reusing one working copy) equal the described ones, and the
 * exploration is the same on a second run (the seed is printed on failure).
 */
class RandomProgramsTest {

    private static final long SEED = 20261121L;
    private static final int PROGRAMS = 40;
    private static final int STATE_BOUND = 1500;
    private static final List<String> LOCALS = List.of("cmd", "q", "t", "x");

    @Test
    void randomProgramsNeverCrashTheModelAndExploreDeterministically() {
        Random random = new Random(SEED);
        for (int i = 0; i < PROGRAMS; i++) {
            DriverProgram program = program(random);
            Abstraction abstraction = random.nextBoolean() ? Abstraction.SEED : Abstraction.C;
            List<SubmitMode> modes = List.of(random.nextBoolean() ? SubmitMode.INLINE : SubmitMode.IOWQ,
                    random.nextBoolean() ? SubmitMode.INLINE : SubmitMode.IOWQ);
            int slots = 1 + random.nextInt(2);
            boolean ringExit = random.nextBoolean();
            Environment env = new Environment(modes, slots, ringExit, random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean(), !ringExit && random.nextBoolean());
            try {
                int first = explore(new LifecycleModel("random-" + i, abstraction, program, env));
                int second = explore(new LifecycleModel("random-" + i, abstraction, program, env));
                assertEquals(first, second, "program " + i + " of seed " + SEED);
            } catch (RuntimeException e) {
                fail("program " + i + " of seed " + SEED + " (" + abstraction + ", " + env + "): " + program, e);
            }
        }
    }

    private static int explore(LifecycleModel m) {
        Set<LifecycleState> seen = new HashSet<>(m.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(m.initialStates());
        while (!queue.isEmpty() && seen.size() < STATE_BOUND) {
            LifecycleState s = queue.poll();
            for (var p : m.properties()) {
                p.predicate().test(s);
            }
            m.fields(s);
            List<LifecycleAction> actions = m.actions(s);
            List<LifecycleState> successors = new ArrayList<>();
            for (LifecycleAction a : actions) {
                successors.add(m.next(s, a));
            }
            for (int k = 0; k < actions.size(); k++) {
                LifecycleState t = successors.get(k);
                assertEquals(m.step(s, actions.get(k)).state(), t,
                        "the search's successor (computed before its siblings') differs from the described one");
                if (seen.add(t)) {
                    queue.add(t);
                }
            }
        }
        return seen.size();
    }

    private static DriverProgram program(Random r) {
        List<FieldDecl> fields = List.of(new FieldDecl("h", FieldDecl.Kind.HANDLE, true, 0, Pos.atLine(1)),
                new FieldDecl("tok", FieldDecl.Kind.TOKEN, false, 0, Pos.atLine(2)),
                        new FieldDecl("n", FieldDecl.Kind.INT, true, 0, Pos.atLine(3)));
        List<LockDecl> locks = List.of(new LockDecl("spin", LockDecl.Kind.SPIN, Pos.atLine(4)),
                new LockDecl("m", LockDecl.Kind.MUTEX, Pos.atLine(5)));
        List<Handler> handlers = new ArrayList<>();
        handlers.add(new Handler("uring_cmd", HandlerKind.URING_CMD, body(r, 4, true), Pos.atLine(10)));
        handlers.add(new Handler("cancel", HandlerKind.CANCEL, body(r, 3, false), Pos.atLine(20)));
        handlers.add(new Handler("release", HandlerKind.RELEASE, body(r, 2, false), Pos.atLine(30)));
        handlers.add(new Handler("work", HandlerKind.KWORKER, body(r, 3, false), Pos.atLine(40)));
        handlers.add(new Handler("irq", HandlerKind.IRQ, body(r, 2, false), Pos.atLine(50)));
        handlers.add(new Handler("tw", HandlerKind.TASK_WORK, body(r, 2, false), Pos.atLine(60)));
        return new DriverProgram(fields, locks, handlers);
    }

    private static List<Statement> body(Random r, int length, boolean issue) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            out.add(statement(r, 2));
        }
        if (issue) {
            out.add(new Return(switch (r.nextInt(3)) {
                case 0 -> ReturnValue.token("t");
                case 1 -> ReturnValue.err(Errno.LIFECYCLE.get(r.nextInt(Errno.LIFECYCLE.size())).value());
                default -> ReturnValue.raw(r.nextInt(2) == 0 ? 0 : Errno.EIOCBQUEUED.value());
            }, Pos.atLine(99)));
        }
        return out;
    }

    private static Statement statement(Random r, int depth) {
        String local = LOCALS.get(r.nextInt(LOCALS.size()));
        FlagsChoice flags = FlagsChoice.values()[r.nextInt(FlagsChoice.values().length)];
        String field = r.nextBoolean() ? "h" : "tok";
        Pos line = Pos.atLine(100 + r.nextInt(100));
        return switch (r.nextInt(depth > 0 ? 21 : 20)) {
            case 0 -> new ReadPdu(local, line);
            case 1 -> new WritePdu(local, r.nextInt(3), line);
            case 2 -> new AssertPdu(local, r.nextInt(2), line);
            case 3 -> new ReadCmdOp(local, line);
            case 4 -> new ReadSqe(local, line);
            case 5 -> new Queue("cmd", "q", r.nextBoolean() ? "t" : null, line);
            case 6 -> new Complete("cmd", r.nextBoolean() ? 0 : Errno.EIOCBQUEUED.value(), "t", line);
            case 7 -> new Done(local, 0, flags, line);
            case 8 -> new CompleteInTask(local, "tw", line);
            case 9 -> new MarkCancelable(local, flags, line);
            case 10 -> new ScheduleWork("work", line);
            case 11 -> new RaiseIrq("irq", line);
            case 12 -> new Store(field, local, line);
            case 13 -> new Load(field, local, line);
            case 14 -> new SetField("n", r.nextInt(2), line);
            case 15 -> new Lock(r.nextBoolean() ? "spin" : "m", line);
            case 16 -> new Unlock(r.nextBoolean() ? "spin" : "m", line);
            case 17 -> new Return(ReturnValue.token("t"), line);
            case 18 -> new Done("cmd", Errno.ECANCELED.value(), FlagsChoice.CURRENT, line);
            case 19 -> new Load("h", "q", line);
            default -> new If(switch (r.nextInt(3)) {
                case 0 -> Condition.testAndSet("n");
                case 1 -> Condition.empty(field);
                default -> Condition.equalsValue("n", r.nextInt(2));
            }, List.of(statement(r, depth - 1)), r.nextBoolean() ? List.of() : List.of(statement(r, depth - 1)), line);
        };
    }
}

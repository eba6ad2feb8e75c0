package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.ForwardingModel;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Model;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.interp.CompiledProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.Sqe;
import uringcheck.model.lifecycle.reduce.LifecycleSymmetry;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * Commands that send different SQEs are different inputs: symmetry reduction must not rename one into the
 * other. c-cmd-op-loser-returns-eagain shows its bug only when the cmd_op 2 command claims the device
 * first; a symmetry that groups commands by submit mode alone merges that order with the other one.
 */
class SqeSymmetryTest {

    private static final String RUN = "c-cmd-op-loser-returns-eagain";

    @Test
    void commandsWithDifferentSqesAreNotInterchangeable() {
        Environment e = CatalogueRun.named(RUN).scenario().environment();
        assertTrue(!e.interchangeable(0, 1), "cmd_op 1 and cmd_op 2 were taken for interchangeable");
        assertTrue(e.withSubmissions(e.submissions(), e.slots()).interchangeable(0, 0));
        assertEquals(Optional.empty(), ReductionEquivalence.of(model()).difference());
    }

    /**
     * The seeded unsound symmetry, the SQE contents left out of the grouping, renames commands in reachable
     * states; the model's own never does here. (It misses no verdict on this file: slots keep their index,
     * so the states it merges are ones the search reaches the same way.)
     */
    @Test
    void ignoringTheSqeContentsRenamesCommands() {
        LifecycleModel m = model();
        Scenario s = CatalogueRun.named(RUN).scenario();
        assertEquals(0, renamed(m, m::canonical));
        assertEquals(27, renamed(m, new IgnoresSqeContents(m, s)::canonical));
    }

    /** How many reachable states of {@code m} {@code canonical} gives with other commands in the slots. */
    private static int renamed(LifecycleModel m, UnaryOperator<LifecycleState> canonical) {
        Set<LifecycleState> seen = new HashSet<>(m.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(seen);
        int renamed = 0;
        while (!queue.isEmpty()) {
            LifecycleState x = queue.poll();
            if (!canonical.apply(x).slots().equals(x.slots())) {
                renamed++;
            }
            for (LifecycleAction a : m.actions(x)) {
                LifecycleState t = m.next(x, a);
                if (seen.add(t)) {
                    queue.add(t);
                }
            }
        }
        return renamed;
    }

    private static LifecycleModel model() {
        return ScenarioTargets.model(CatalogueRun.named(RUN).scenario());
    }

    private static final class IgnoresSqeContents extends ForwardingModel<LifecycleState, LifecycleAction> {

        private final LifecycleSymmetry symmetry;

        IgnoresSqeContents(Model<LifecycleState, LifecycleAction> model, Scenario s) {
            super(model);
            Environment e = s.environment();
            Environment sameSqes = new Environment(e.submissions(), e.slots(), e.ringExit(), e.taskExit(),
                    e.fileClose(), e.sqReuse(), e.exec(), e.sharedRing(),
                    Collections.nCopies(e.commands(), Sqe.NONE));
            this.symmetry = new LifecycleSymmetry(s.driver(), new CompiledProgram(s.driver(), e.commands()), sameSqes);
        }

        @Override
        public LifecycleState canonical(LifecycleState s) {
            return symmetry.canonical(s);
        }
    }
}

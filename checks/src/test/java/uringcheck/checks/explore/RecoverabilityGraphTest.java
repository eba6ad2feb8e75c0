package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The always-recoverable decision ({@link RecoverabilityGraph#findTrap}) on a hand-drawn graph with several
 * goals: each goal gets its own trap, whichever was decided first (the reversed edges are shared).
 */
class RecoverabilityGraphTest {

    /** 0 → 1 → 1 and 0 → 2 → 3 → 3: from 1 nothing but 1 is reachable, from 2 and 3 nothing but 2 and 3. */
    private static RecoverabilityGraph graph() {
        RecoverabilityGraph g = new RecoverabilityGraph(3);
        g.root(0);
        g.node(0, 2);
        g.edge(1);
        g.edge(2);
        g.node(1, 1);
        g.edge(1);
        g.node(2, 1);
        g.edge(3);
        g.node(3, 1);
        g.edge(3);
        g.goal(0, 3);
        g.goal(1, 1);
        g.goal(2, 1);
        g.goal(2, 3);
        return g;
    }

    @Test
    void everyGoalHasItsOwnTrapWhateverTheOrder() {
        for (int[] order : new int[][] {{0, 1, 2}, {2, 1, 0}, {1, 0, 2}}) {
            RecoverabilityGraph g = graph();
            for (int goal : order) {
                RecoverabilityGraph.Counterexample trap = g.findTrap(goal, 4);
                switch (goal) {
                    case 0 -> {
                        assertArrayEquals(new int[] {0, 0}, trap.actions(), "goal 3: state 1 is the trap");
                        assertEquals(new Trap(1, 1, 1), trap.trap());
                    }
                    case 1 -> {
                        assertArrayEquals(new int[] {1, 0, 0}, trap.actions(), "goal 1: states 2 and 3 are the trap");
                        assertEquals(new Trap(1, 2, 2), trap.trap());
                    }
                    default -> assertNull(trap, "goals 1 and 3: every state reaches one");
                }
            }
        }
    }
}

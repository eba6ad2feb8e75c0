package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;
import uringcheck.model.Successor;

/** A counterexample trace executes each of its transitions exactly once ({@link Model#step}). */
class TraceBuilderTest {

    /** A counter that counts how often its transitions are executed, by which entry point. */
    private static final class Counting implements Model<Integer, String> {
        int steps;
        int nexts;
        int describes;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public List<String> actions(Integer state) {
            return List.of("inc", "twice");
        }

        @Override
        public Integer next(Integer state, String action) {
            nexts++;
            return apply(state, action);
        }

        @Override
        public String describe(Integer state, String action) {
            describes++;
            return action + " from " + state;
        }

        @Override
        public Successor<Integer> step(Integer state, String action) {
            steps++;
            return new Successor<>(apply(state, action), action + " from " + state);
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of();
        }

        @Override
        public Map<String, String> fields(Integer state) {
            return Map.of("n", Integer.toString(state));
        }

        private static int apply(int state, String action) {
            return action.equals("inc") ? state + 1 : state * 2;
        }
    }

    @Test
    void eachTraceStepExecutesItsTransitionOnce() {
        Counting model = new Counting();
        Trace trace = TraceBuilder.build(model, new ActionPath(0, new int[] {0, 0, 1}), Optional.empty(),
                PropertyId.parse("any"));
        assertEquals(3, trace.length());
        assertEquals(3, model.steps);
        assertEquals(0, model.nexts);
        assertEquals(0, model.describes);
        assertEquals("twice from 2", trace.steps().get(2).action());
        assertEquals(Map.of("n", "2 -> 4"), trace.steps().get(2).changes());
    }

    @Test
    void theDefaultStepIsNextThenDescribe() {
        Counting counting = new Counting();
        Model<Integer, String> withoutOwnStep = new Model<>() {
            @Override
            public String name() {
                return counting.name();
            }

            @Override
            public List<Integer> initialStates() {
                return counting.initialStates();
            }

            @Override
            public List<String> actions(Integer state) {
                return counting.actions(state);
            }

            @Override
            public Integer next(Integer state, String action) {
                return counting.next(state, action);
            }

            @Override
            public String describe(Integer state, String action) {
                return counting.describe(state, action);
            }

            @Override
            public List<Property<Integer>> properties() {
                return List.of();
            }
        };
        assertEquals(new Successor<>(6, "twice from 3"), withoutOwnStep.step(3, "twice"));
        assertEquals(1, counting.nexts);
        assertEquals(1, counting.describes);
        assertEquals(0, counting.steps);
    }
}

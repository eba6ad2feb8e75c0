package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.Stepper;

/**
 * The state of one search, shared by every {@link Strategy}: the fingerprint store, the limits,
 * the property checks, the violations found and the counters.
 *
 * <p>Per-step contract, relied on by the strategies: {@link #addInitial} and {@link #addSuccessor} store
 * a state's fingerprint and, for a new state, evaluate the always-properties (so breadth-first search
 * reports each at its smallest depth), the sometimes-witnesses and the goals of the always-recoverable and
 * eventually properties; {@link #expand} checks the time and heap limits (the heap as last sampled by
 * {@link HeapWatch}), evaluates the at-quiescence properties on a state with no enabled action, applies the
 * depth limit and, when a graph is kept, records the state's edges (labelled for fairness if an eventually
 * property needs them). A state that violates a property is expanded like any other.
 * The state limit is checked on every insertion.
 * Property predicates are called directly, without boxing or intermediate collections.
 */
final class Search<S, A> {

    private final Model<S, A> model;
    /** The partial-order reduction the searched model applies, or null: counterexamples are translated. */
    private final PartialOrderReduced<S, A> partialOrder;
    private final SearchOptions options;
    private final Limits limits;
    private final List<Property<S>> properties;
    private final int[] alwaysIndex;
    private final Predicate<S>[] always;
    private final int[] quiescenceIndex;
    private final Predicate<S>[] quiescence;
    private final int[] sometimesIndex;
    private final Predicate<S>[] sometimes;
    private final boolean[] witnessed;
    private final int[] goalIndex;
    private final Predicate<S>[] goals;
    private final FingerprintStore store;
    private final RecoverabilityGraph graph;
    private final ActionLabels<S, A> labels;
    private final Violation[] violations;
    private final long start = System.nanoTime();
    private final long deadline;
    private final long maxStates;
    private final SearchListener listener;
    private long nextProgress;
    private long expanded;
    private IntFunction<ActionPath> paths;
    private long generated;
    private long transitions;
    private int maxDepth;
    private int violated;
    private boolean stopped;
    private boolean exhausted;
    private String limitReached;
    private String notExhaustive;

    Search(Model<S, A> model, SearchOptions options, SearchListener listener) {
        this.model = model;
        this.partialOrder = partialOrder(model);
        this.options = options;
        this.limits = options.limits();
        this.properties = List.copyOf(model.properties());
        this.alwaysIndex = indices(Property.Kind.ALWAYS);
        this.always = predicates(alwaysIndex);
        this.quiescenceIndex = indices(Property.Kind.AT_QUIESCENCE);
        this.quiescence = predicates(quiescenceIndex);
        this.sometimesIndex = indices(Property.Kind.SOMETIMES);
        this.sometimes = predicates(sometimesIndex);
        this.witnessed = new boolean[sometimesIndex.length];
        this.goalIndex = indices(Property.Kind.ALWAYS_RECOVERABLE, Property.Kind.EVENTUALLY);
        this.goals = predicates(goalIndex);
        boolean keepGraph = goalIndex.length > 0 && options.strategy().coversTheGraph();
        this.graph = keepGraph ? new RecoverabilityGraph(goalIndex.length) : null;
        this.labels = keepGraph && indices(Property.Kind.EVENTUALLY).length > 0 ? new ActionLabels<>(model) : null;
        this.store = new FingerprintStore(keepGraph);
        this.violations = new Violation[properties.size()];
        this.deadline = start + budgetNanos(limits);
        this.maxStates = Math.min(limits.maxStates(), FingerprintStore.MAX_STATES);
        this.listener = listener;
        this.nextProgress = start + listener.periodNanos();
        HeapWatch.sample();
    }

    /** The time budget in nanoseconds, saturated at about 73 years (a longer Duration overflows a long). */
    private static long budgetNanos(Limits limits) {
        try {
            return Math.min(limits.maxTime().toNanos(), Long.MAX_VALUE / 4);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    private int[] indices(Property.Kind... kinds) {
        List<Property.Kind> wanted = List.of(kinds);
        return IntStream.range(0, properties.size())
                .filter(i -> wanted.contains(properties.get(i).kind())).toArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<S>[] predicates(int[] index) {
        Predicate<S>[] out = new Predicate[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = properties.get(index[i]).predicate();
        }
        return out;
    }

    /** The partial-order reduction {@code model} applies, directly or under the symmetry reduction, or null. */
    private static <S, A> PartialOrderReduced<S, A> partialOrder(Model<S, A> model) {
        Model<S, A> inner = model instanceof SymmetryReduced<S, A> reduced ? reduced.model : model;
        return inner instanceof PartialOrderReduced<S, A> por ? por : null;
    }

    Model<S, A> model() {
        return model;
    }

    SearchOptions options() {
        return options;
    }

    FingerprintStore store() {
        return store;
    }

    /** Sets how a counterexample path to a state id is obtained (predecessor links, or the current walk). */
    void usePaths(IntFunction<ActionPath> pathSource) {
        this.paths = pathSource;
    }

    /** Whether the search must stop: a hard limit was reached, or there is nothing left to find. */
    boolean stopped() {
        return stopped;
    }

    /** Stores initial state number {@code index}; returns its id, or {@link FingerprintStore#NOT_NEW}. */
    int addInitial(S state, int index) {
        generated++;
        int id = insert(state, null, model.fingerprint(state), -1 - index, 0);
        if (id >= 0 && graph != null) {
            graph.root(id);
        }
        return id;
    }

    /** Stores a successor reached by action {@code action} of state {@code parent}; returns its id or NOT_NEW. */
    int addSuccessor(S state, int parent, int action, int depth) {
        return addSuccessor(state, model.fingerprint(state), false, parent, action, depth);
    }

    /**
     * {@link #addSuccessor(Object, int, int, int)} with the successor's fingerprint computed beforehand;
     * {@code stored} says that {@code fingerprint} was found in the store then (stores only grow, so it
     * still is): without a recoverability graph, which needs the stored state's id, the store is not
     * consulted again. The result is the same as if the fingerprint were computed here. A stored successor
     * is never read, so {@code state} may then be null (not built).
     */
    int addSuccessor(S state, long fingerprint, boolean stored, int parent, int action, int depth) {
        return addSuccessor(state, null, fingerprint, stored, parent, action, depth);
    }

    /**
     * {@link #addSuccessor(Object, int, int, int)} for the successor {@code stepper} has just stepped to, whose
     * fingerprint its step returned: the successor is built ({@link Stepper#successor}) only if it is new.
     */
    int addSuccessor(Stepper<S, A> stepper, long fingerprint, int parent, int action, int depth) {
        return addSuccessor(null, stepper, fingerprint, false, parent, action, depth);
    }

    /** A successor given as {@code state}, or when that is null, as the last step of {@code stepper}. */
    private int addSuccessor(S state, Stepper<S, A> stepper, long fingerprint, boolean stored, int parent,
                             int action, int depth) {
        generated++;
        transitions++;
        if (stored && graph == null) {
            return FingerprintStore.NOT_NEW;
        }
        int id = insert(state, stepper, fingerprint, parent, action);
        if (graph != null && !stopped) {
            graph.edge(id >= 0 ? id : store.lastFoundId());
        }
        if (id >= 0 && depth > maxDepth) {
            maxDepth = depth;
        }
        return id;
    }

    /** Stores {@code fp}; for a new state, checks {@code state}, or when that is null, {@code stepper}'s successor. */
    private int insert(S state, Stepper<S, A> stepper, long fp, int parent, int action) {
        if (store.size() >= maxStates && !store.contains(fp)) {
            limit(maxStates == limits.maxStates() ? "state limit " + maxStates + " reached"
                    : "store capacity of " + maxStates + " states reached");
            return FingerprintStore.NOT_NEW;
        }
        int id = store.insert(fp, parent, action);
        if (id >= 0) {
            onNewState(state != null ? state : stepper.successor(), id);
        }
        return id;
    }

    private void onNewState(S state, int id) {
        for (int k = 0; k < always.length; k++) {
            if (violations[alwaysIndex[k]] == null && !always[k].test(state)) {
                record(alwaysIndex[k], paths.apply(id), null);
            }
        }
        for (int k = 0; k < sometimes.length; k++) {
            if (!witnessed[k] && sometimes[k].test(state)) {
                witnessed[k] = true;
            }
        }
        if (graph != null) {
            for (int k = 0; k < goals.length; k++) {
                if (goals[k].test(state)) {
                    graph.goal(k, id);
                }
            }
        }
    }

    /**
     * Checks for an {@link Interrupt} and the time and heap limits, then returns the enabled actions of {@code state}, after checking
     * the at-quiescence properties if there are none. Returns null when the state must not be expanded:
     * a limit stopped the search, or {@code depth} is the depth limit (which is then recorded as reached
     * if the state has enabled actions).
     */
    List<A> expand(S state, int id, int depth) {
        return expand(state, id, depth, null);
    }

    /**
     * {@link #expand(Object, int, int)} with the enabled actions of {@code state} listed beforehand in
     * {@code enabled} (null: list them here, once the limits have been checked).
     */
    List<A> expand(S state, int id, int depth, List<A> enabled) {
        if (Interrupt.requested()) {
            limit(Interrupt.LIMIT);
            return null;
        }
        long now = System.nanoTime();
        if (now - nextProgress >= 0) {
            nextProgress = now + listener.periodNanos();
            listener.progress(new SearchProgress(store.size(), transitions, store.size() - expanded, depth, now - start));
        }
        expanded++;
        if (now - deadline > 0) {
            limit("time limit " + limits.describeTime() + " reached");
            return null;
        }
        if (HeapWatch.used() > limits.maxHeapBytes() && HeapWatch.collectAndSample() > limits.maxHeapBytes()) {
            limit("heap limit " + limits.maxHeapBytes() + " bytes reached");
            return null;
        }
        List<A> actions = enabled != null ? enabled : model.actions(state);
        if (actions.isEmpty()) {
            for (int k = 0; k < quiescence.length; k++) {
                if (violations[quiescenceIndex[k]] == null && !quiescence[k].test(state)) {
                    record(quiescenceIndex[k], paths.apply(id), null);
                }
            }
        } else if (depth >= limits.maxDepth()) {
            if (limitReached == null) {
                limitReached = "depth limit " + limits.maxDepth() + " reached";
            }
            return null;
        }
        if (graph != null) {
            graph.node(id, actions.size());
            if (labels != null) {
                graph.label(labels.of(state, actions));
            }
        }
        return actions;
    }

    private void limit(String what) {
        if (limitReached == null) {
            limitReached = what;
        }
        stopped = true;
    }

    /** The strategy explored every reachable state it was allowed to (limits may still have cut it). */
    void exhausted() {
        exhausted = true;
    }

    /** The strategy cannot prove properties; {@code reason} says why, and makes the verdict INCOMPLETE. */
    void notExhaustive(String reason) {
        if (notExhaustive == null) {
            notExhaustive = reason;
        }
    }

    /** Records an always-recoverable violation found by re-deciding a replayed trap. */
    void recordTrap(int propertyIndex, Trap trap) {
        record(propertyIndex, paths.apply(-1), trap);
    }

    /** Records an eventually violation: a lasso whose loop starts at state {@code loopStart} of {@code path}. */
    void recordLasso(int propertyIndex, ActionPath path, int loopStart) {
        record(propertyIndex, path, null, loopStart);
    }

    private void record(int index, ActionPath path, Trap trap) {
        record(index, path, trap, -1);
    }

    private void record(int index, ActionPath path, Trap trap, int loopStart) {
        Property<S> property = properties.get(index);
        Model<S, A> concrete = model;
        if (partialOrder != null) {
            path = partialOrder.unreduced(path);
            concrete = partialOrder.unreduced();
        }
        Trace trace = TraceBuilder.build(concrete, path, Optional.ofNullable(trap), property.id(), loopStart);
        String token = property.kind() == Property.Kind.SOMETIMES ? ""
                : ReplayToken.encode(concrete, path, trap != null ? trap.entryStep() : loopStart);
        violations[index] = new Violation(property.id(), property.kind(), property.description(), trace, token);
        violated++;
        if (options.stopAtFirstViolation() || violated == properties.size()) {
            stopped = true;
        }
    }

    /** Decides the end-of-search properties and assembles the result. */
    CheckResult result() {
        model.incomplete().ifPresent(this::notExhaustive);
        boolean exhaustive = exhausted && limitReached == null && !stopped && notExhaustive == null;
        if (exhaustive) {
            for (int k = 0; k < sometimes.length; k++) {
                if (!witnessed[k]) {
                    record(sometimesIndex[k], new ActionPath(0, new int[0]), null);
                }
            }
            if (graph != null) {
                for (int k = 0; k < goals.length; k++) {
                    if (properties.get(goalIndex[k]).kind() == Property.Kind.EVENTUALLY) {
                        FairCycles.Counterexample lasso = FairCycles.find(graph, k, store.size());
                        if (lasso != null) {
                            ActionPath prefix = store.pathTo(lasso.rootId());
                            ActionPath path = new ActionPath(prefix.initialIndex(), lasso.actions());
                            int loopStart = lasso.loopStart();
                            if (model instanceof SymmetryReduced<S, A> reduced) {
                                SymmetryReduced.Concrete c = reduced.concrete(graph, store, lasso.rootId(), path,
                                        lasso.stops() ? -1 : loopStart, true);
                                path = c.path();
                                loopStart = lasso.stops() ? loopStart : c.returnTo();
                            }
                            recordLasso(goalIndex[k], path, loopStart);
                        }
                        continue;
                    }
                    RecoverabilityGraph.Counterexample trap = graph.findTrap(k, store.size());
                    if (trap != null) {
                        ActionPath prefix = store.pathTo(trap.rootId());
                        ActionPath path = new ActionPath(prefix.initialIndex(), trap.actions());
                        Trap found = trap.trap();
                        if (model instanceof SymmetryReduced<S, A> reduced) {
                            SymmetryReduced.Concrete c = reduced.concrete(graph, store, trap.rootId(), path,
                                    found.backTo(), false);
                            path = c.path();
                            found = new Trap(found.entryStep(), c.returnTo(), found.size());
                        }
                        record(goalIndex[k], path, found);
                    }
                }
            }
        }
        List<Violation> found = new ArrayList<>();
        for (Violation v : violations) {
            if (v != null) {
                found.add(v);
            }
        }
        Verdict verdict = !found.isEmpty() ? Verdict.VIOLATED : exhaustive ? Verdict.HOLDS : Verdict.INCOMPLETE;
        Optional<String> why = Optional.ofNullable(limitReached != null ? limitReached : notExhaustive);
        if (why.isEmpty() && !exhaustive) {
            why = Optional.of(options.stopAtFirstViolation() ? "the search stopped at the first violation"
                    : "the search stopped once every property was violated");
        }
        long elapsed = Math.max(1, System.nanoTime() - start);
        long states = store.size();
        Stats stats = new Stats(states, transitions, maxDepth, elapsed, states / (elapsed / 1e9),
                states == 0 ? 0 : (double) store.bytesAllocated() / states,
                Stats.collisionProbability(states, generated));
        return new CheckResult(model.name(), verdict, found, stats, why, exhaustive,
                options.describe());
    }
}

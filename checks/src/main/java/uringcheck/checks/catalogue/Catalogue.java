package uringcheck.checks.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.model.toy.CancelLivelock;
import uringcheck.model.toy.ToyMutex;

/**
 * An ordered list of {@link CheckTarget}s with unique names. {@link #builtIn()} is what
 * {@code uringcheck check} runs without arguments; adding a target there is one line.
 */
public final class Catalogue {

    private final Map<String, CheckTarget> targets = new LinkedHashMap<>();

    /** A catalogue of {@code targets}, in order; names must be unique. */
    public Catalogue(List<CheckTarget> targets) {
        for (CheckTarget t : targets) {
            if (this.targets.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("two check targets are named '" + t.name() + "'");
            }
        }
    }

    /** The built-in targets: the toy models with their known verdicts. */
    public static Catalogue builtIn() {
        return new Catalogue(List.of(
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.CORRECT),
                        "three threads take a lock once each (20 states)", Expectation.holds()),
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET),
                        "seeded bug: check the lock, then take it, in two steps", Expectation.violated("mutex")),
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.LEAKED_LOCK),
                        "seeded bug: thread 0 never releases the lock", Expectation.violated("all-done")),
                CheckTarget.of(new CancelLivelock(CancelLivelock.Variant.REARM),
                        "seeded bug: the cancel handler re-arms forever (livelock)",
                        Expectation.violated("can-complete")),
                CheckTarget.of(new CancelLivelock(CancelLivelock.Variant.COMPLETE),
                        "the cancel handler completes with -ECANCELED", Expectation.holds())));
    }

    /** This catalogue followed by {@code more} (names must stay unique). */
    public Catalogue plus(Catalogue more) {
        List<CheckTarget> all = new ArrayList<>(targets.values());
        all.addAll(more.targets());
        return new Catalogue(all);
    }

    /** The targets, in order. */
    public List<CheckTarget> targets() {
        return List.copyOf(targets.values());
    }

    /** The target named {@code name}. */
    public Optional<CheckTarget> find(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    /** The first target whose model is named {@code modelName} (what a replay token names). */
    public Optional<CheckTarget> findByModel(String modelName) {
        return targets.values().stream().filter(t -> t.model().name().equals(modelName)).findFirst();
    }
}

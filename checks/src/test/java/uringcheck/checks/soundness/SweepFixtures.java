package uringcheck.checks.soundness;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Explanation;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.state.Cause;

/** Helpers shared by the soundness tests. */
final class SweepFixtures {

    private SweepFixtures() {
    }

    /** The sweep of {@code vocabulary} up to {@code l}, with generous limits. */
    static SweepResult sweep(SweepVocabulary vocabulary, int l) {
        return new Sweep(Limits.defaults().withMaxStates(2_000_000), (done, total, states, nanos) -> { }).run(vocabulary, l);
    }

    /** The obligations (not reachability twins) {@code program} breaks in the sweep's environment. */
    static Set<String> violated(Abstraction abstraction, DriverProgram program) {
        LifecycleModel model = new LifecycleModel("targeted", abstraction, program, SweepVocabulary.environment());
        CheckResult r = Explorer.check(model, SearchOptions.bfs());
        Set<String> out = new TreeSet<>();
        for (Violation v : r.violations()) {
            v.property().asObligation().ifPresent(o -> out.add(o.name()));
        }
        return out;
    }

    /**
     * The obligations {@code p} breaks, each with the SPEC §7 hole its shortest counterexample shows
     * ({@code O12/A}; {@code O2} when the cause names no hole): what the sweep's report keeps of a program.
     */
    static Set<String> breaches(SweptProgram p) {
        CheckResult r = Explorer.check(Sweep.model(p), SearchOptions.bfs());
        Set<String> out = new TreeSet<>();
        for (Violation v : r.violations()) {
            v.property().asObligation().ifPresent(o -> out.add(o.name() + v.trace().explanation()
                    .map(Explanation::cause).filter(Cause.class::isInstance).map(Cause.class::cast)
                    .flatMap(Cause::hole).map(h -> "/" + h.name()).orElse("")));
        }
        return out;
    }

    /** The obligations {@code p} breaks. */
    static Set<String> violated(SweptProgram p) {
        return violated(p.abstraction(), p.driver());
    }

    /** A program with the sweep's fields and the given handlers. */
    static DriverProgram program(Handler... handlers) {
        return new DriverProgram(SweepVocabulary.fields(), List.of(), List.of(handlers));
    }
}

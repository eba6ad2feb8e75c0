package uringcheck.checks.bench;

import java.util.ArrayList;
import java.util.List;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * A catalogue scenario the benchmark measures with its environment changed to some number of commands:
 * the commands take the file's submit modes in turn (inline, io-wq, inline, ... for a file that lists
 * {@code [inline, iowq]}), with as many request slots as the file gives and the commands allow, so the
 * file's own number of commands is the file itself.
 *
 * @param label    how the table names it, e.g. {@code P7}
 * @param scenario the catalogue file, e.g. {@code p07-ublk-cancel-claim.yaml}
 * @param what     what the scenario is, in a few words, for the table's heading
 */
public record Workload(String label, String scenario, String what) {

    /** Catalogue P7, the ublk-style cancel claim: the lifecycle model's reference workload. */
    public static final Workload P7 = new Workload("P7", "p07-ublk-cancel-claim.yaml", "ublk-style cancel claim");

    /**
     * A real driver: nvme passthrough's {@code nvme_uring_cmd_io} and {@code nvme_uring_cmd_end_io}
     * ({@code drivers/nvme/host/ioctl.c}, v6.17) with every field of its PDU, inline and io-wq commands
     * (docs/real-drivers.md). Of the real-driver catalogue it is a file whose search takes seconds at 3
     * commands (74,540 states with both reductions, 173,790 without) and which symmetry shrinks; the fuse
     * files with 3 commands run at about 1,000 states per CPU second, too slow for a benchmark row.
     */
    public static final Workload REAL_DRIVER = new Workload("r80", "r80-nvme-uring-cmd-pdu-fields.yaml",
            "nvme passthrough, a real driver");

    /** This scenario's model with {@code commands} commands. */
    public LifecycleModel model(int commands) {
        if (commands < 1) {
            throw new IllegalArgumentException("a workload needs at least one command, got " + commands);
        }
        Scenario s = ScenarioCatalogue.load(scenario);
        Environment e = s.environment();
        List<SubmitMode> modes = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            modes.add(e.submissions().get(i % e.submissions().size()));
        }
        Environment changed = e.withSubmissions(modes, Math.min(e.slots(), commands));
        return new LifecycleModel(s.name() + "-" + commands + "-commands", s.abstraction(), s.driver(), changed);
    }
}

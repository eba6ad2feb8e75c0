package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * {@code check} reduces by default and each flag turns one reduction off: catalogue P7 has 1,758 states
 * with symmetry and partial-order reduction, 2,417 with {@code --no-por}, 1,758 with {@code --no-symmetry}
 * (the reduced graph meets no two states that differ only by a symmetry) and 3,189 with both flags, always
 * with the same verdict (counts as in {@code golden/reduction-catalogue.txt}).
 */
class ReductionFlagsTest {

    @Test
    void eachFlagTurnsOneReductionOff() {
        Catalogue shipped = ScenarioTargets.shipped();
        List<List<String>> flags = List.of(List.of(), List.of("--no-por"), List.of("--no-symmetry"),
                List.of("--no-symmetry", "--no-por"));
        List<String> states = List.of("1758 states, 3237 transitions", "2417 states, 6802 transitions",
                "1758 states, 3237 transitions", "3189 states, 8906 transitions");
        for (int i = 0; i < flags.size(); i++) {
            String[] args = new String[3 + flags.get(i).size()];
            args[0] = "check";
            args[1] = "-t";
            args[2] = "P7-ublk-cancel-claim";
            for (int k = 0; k < flags.get(i).size(); k++) {
                args[3 + k] = flags.get(i).get(k);
            }
            MainTest.Run run = MainTest.run(shipped, args);
            assertEquals(Main.OK, run.status(), run.out());
            assertTrue(run.out().contains("HOLDS") && run.out().contains("(" + states.get(i) + ","), flags.get(i)
                    + ": " + run.out());
        }
    }
}

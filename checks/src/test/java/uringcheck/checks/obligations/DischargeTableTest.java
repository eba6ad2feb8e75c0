package uringcheck.checks.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/** discharge.yaml covers every (abstraction, obligation) pair, and a gap or a malformed entry is caught. */
class DischargeTableTest {

    @Test
    void everyAbstractionAndObligationHasExactlyOneEntry() {
        DischargeTable table = DischargeTable.shipped();
        assertEquals(List.of(), table.missing(), "add them to " + DischargeTable.RESOURCE);
        assertEquals(Abstraction.values().length, table.entries().size());
        for (Map<Obligation, Discharge> row : table.entries().values()) {
            assertEquals(Obligation.values().length, row.size());
        }
    }

    @Test
    void underCEveryObligationIsTheDriversAndUnderFixedTheVtableKeepsO1() {
        DischargeTable table = DischargeTable.shipped();
        for (Obligation o : Obligation.values()) {
            assertEquals(List.of(Discharger.DRIVER), table.of(Abstraction.C, o).by(), o.name());
        }
        assertEquals(List.of(Discharger.VTABLE), table.of(Abstraction.FIXED, Obligation.O1).by());
        assertEquals(List.of(Discharger.TYPE_SYSTEM), table.of(Abstraction.FIXED, Obligation.O5).by());
        assertEquals(Map.of(Obligation.O7, table.sweepLimits().get(Obligation.O7), Obligation.O10,
                table.sweepLimits().get(Obligation.O10)), table.sweepLimits());
    }

    @Test
    void aMissingPairIsReported() {
        DischargeTable partial = DischargeTable.parse(Map.of("seed", Map.of("O1",
                Map.of("by", List.of("driver"), "how", "by hand"))));
        List<String> missing = partial.missing();
        assertEquals(Abstraction.values().length * Obligation.values().length - 1, missing.size());
        assertTrue(missing.contains("seed/O2") && missing.contains("c/O1") && !missing.contains("seed/O1"), missing.toString());
        assertThrows(IllegalStateException.class, () -> partial.of(Abstraction.SEED, Obligation.O2));
    }

    @Test
    void malformedEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DischargeTable.parse(Map.of("seed", Map.of("O1",
                Map.of("by", List.of("the compiler"), "how", "x")))));
        assertThrows(IllegalArgumentException.class, () -> DischargeTable.parse(Map.of("seed", Map.of("O1",
                Map.of("by", List.of("driver"))))));
        assertThrows(IllegalArgumentException.class, () -> DischargeTable.parse(Map.of("seed", Map.of("O1",
                Map.of("by", List.of(), "how", "nobody")))));
        assertThrows(IllegalArgumentException.class, () -> DischargeTable.parse(Map.of("seed", Map.of("O16",
                Map.of("by", List.of("driver"), "how", "x")))));
    }
}

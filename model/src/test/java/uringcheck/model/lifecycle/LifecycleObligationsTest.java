package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uringcheck.model.Obligation;
import uringcheck.model.Property;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.state.LifecycleState;

/** Which obligations are checked, under which names and kinds, and which are out of scope. */
class LifecycleObligationsTest {

    @Test
    void outOfScopeListsO11O14O15InIdOrder() {
        assertEquals(List.of(Obligation.O11, Obligation.O14, Obligation.O15),
                new ArrayList<>(LifecycleObligations.outOfScope().keySet()));
    }

    @Test
    void everyOtherObligationIsAPropertyNamedByItsId() {
        LifecycleModel m = new LifecycleModel("p", Abstraction.C, Programs.program(List.of(), List.of(),
                Programs.uringCmd(Programs.ret(ReturnValue.raw(0)))), Programs.inline(1));
        List<String> names = new ArrayList<>();
        List<Property.Kind> kinds = new ArrayList<>();
        for (Property<LifecycleState> p : m.properties()) {
            names.add(p.name());
            kinds.add(p.kind());
        }
        assertEquals(List.of("O1", "O2", "O2?recoverable", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "O10", "O12",
                "O13", "O1?reach-issue-return", "O2?reach-in-flight"), names);
        assertEquals(Property.Kind.EVENTUALLY, kinds.get(1));
        assertEquals(Property.Kind.ALWAYS_RECOVERABLE, kinds.get(2));
        assertEquals(Property.Kind.ALWAYS_RECOVERABLE, kinds.get(10));
        assertEquals(Property.Kind.SOMETIMES, kinds.get(13));
    }
}

package uringcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Property ids: one spelling, read back by one parser, ordered by obligation number. */
class PropertyIdTest {

    @Test
    void spellingsRoundTrip() {
        for (String spelling : List.of("O1", "O12", "O9?reach-cancel-call", "mutex", "O1-exactly-once")) {
            assertEquals(spelling, PropertyId.parse(spelling).toString());
        }
        assertEquals(PropertyId.twin(Obligation.O9, "reach-cancel-call"), PropertyId.parse("O9?reach-cancel-call"));
        assertEquals(PropertyId.of(Obligation.O5), PropertyId.parse("O5"));
    }

    @Test
    void aTwinIsAboutItsObligationButIsNotIt() {
        PropertyId twin = PropertyId.parse("O2?reach-ring-exit");
        assertEquals(Optional.of(Obligation.O2), twin.about());
        assertEquals(Optional.empty(), twin.asObligation());
        assertEquals(Optional.of(Obligation.O2), PropertyId.parse("O2").asObligation());
        assertEquals(Optional.empty(), PropertyId.parse("mutex").about());
    }

    @Test
    void listsSortByObligationNumberThenTwinThenName() {
        TreeSet<PropertyId> ids = new TreeSet<>();
        for (String s : List.of("O12", "mutex", "O2?reach-ring-exit", "O3", "O2", "O1", "O13", "O2?reach-in-flight")) {
            ids.add(PropertyId.parse(s));
        }
        assertEquals("[O1, O2, O2?reach-in-flight, O2?reach-ring-exit, O3, O12, O13, mutex]",
                ids.stream().map(PropertyId::toString).collect(Collectors.joining(", ", "[", "]")));
    }

    @Test
    void anObligationThatDoesNotExistIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PropertyId.parse("O16"));
        assertThrows(IllegalArgumentException.class, () -> PropertyId.twin(Obligation.O9, "Reach Cancel"));
        assertThrows(IllegalArgumentException.class, () -> new PropertyId.Named("O5"));
    }
}

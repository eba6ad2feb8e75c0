package uringcheck.model.lifecycle.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The factories that share one instance per value hand out records equal to the ones they stand for. */
class SharedRecordsTest {

    @Test
    void commandRecordsEqualTheirComponents() {
        for (int bits = 0; bits < 8; bits++) {
            for (int cqes = 0; cqes < 6; cqes++) {
                for (int doneBy = 0; doneBy < 6; doneBy++) {
                    boolean submitted = (bits & 1) != 0;
                    boolean returned = (bits & 2) != 0;
                    boolean reused = (bits & 4) != 0;
                    CommandRecord r = CommandRecord.of(submitted, returned, cqes, doneBy, reused);
                    assertEquals(new CommandRecord(submitted, returned, cqes, doneBy, reused), r);
                    if (cqes < 4 && doneBy < 4) {
                        assertSame(r, CommandRecord.of(submitted, returned, cqes, doneBy, reused));
                    }
                }
            }
        }
        assertEquals(new CommandRecord(false, false, 0, 0, false), CommandRecord.unsubmitted());
    }

    @Test
    void actsEqualTheirComponents() {
        for (Act.Kind kind : Act.Kind.values()) {
            for (int command = -1; command < 10; command++) {
                Act a = Act.of(kind, command);
                assertEquals(new Act(kind, command, 0, 0, -1, null), a);
                if (command >= 0 && command < 8) {
                    assertSame(a, Act.of(kind, command));
                }
            }
        }
    }

    @Test
    void integersEqualTheirNumber() {
        for (int n = -300; n < 300; n++) {
            Value v = Value.integer(n);
            assertEquals(new Value(Value.Kind.INT, -1, 0, -1, 0, n), v);
            if (n >= -128 && n < 128) {
                assertSame(v, Value.integer(n));
            }
        }
    }
}

package uringcheck.model.lifecycle.state;

import java.util.Optional;
import uringcheck.model.PropertyId;

/**
 * The properties of a driver's own objects and assertions: not obligations of the io_uring contract
 * (SPEC §6) but of the driver's code, so they carry plain names rather than O-numbers. A program that
 * declares no pool and writes no {@code assert:} has none of them. The first breach of each ALWAYS one is
 * kept in {@link LifecycleState#objects} (the line of the statement), not in {@link LifecycleState#faults}.
 */
public enum DriverProperty {
    /** A {@code WARN_ON} the driver writes ({@code assert:}) never fires. */
    DRIVER_ASSERT("driver-assert", "no WARN_ON of the driver fires (every assert: holds when it runs)"),
    /**
     * Every use of a driver object is of a live one: no use after {@code kfree}, no double free, no free of
     * an object still on a list, no use through a NULL pointer, no {@code list_add} of an object already on
     * a list.
     */
    OBJECT_LIFETIME("object-lifetime", "no driver object is used after kfree, freed twice, freed while still on a"
            + " list, used through a NULL pointer or added to a list it is already on"),
    /**
     * At quiescence after teardown (release has run and no context is left) every allocated driver object
     * has been freed: nothing leaks.
     */
    OBJECTS_FREED("objects-freed", "once release has run and no context is left, every driver object allocated"
            + " has been freed (no leak)");

    private final String name;
    private final String statement;

    DriverProperty(String name, String statement) {
        this.name = name;
        this.statement = statement;
    }

    /** The property's id, as reports and {@code expect:} spell it. */
    public PropertyId id() {
        return new PropertyId.Named(name);
    }

    /** Its one-line statement. */
    public String statement() {
        return statement;
    }

    /** The constant named {@code id}, if any (e.g. {@code driver-assert}). */
    public static Optional<DriverProperty> of(PropertyId id) {
        for (DriverProperty p : values()) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

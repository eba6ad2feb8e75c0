package uringcheck.checks.obligations;

/** Who keeps an obligation under an abstraction (SPEC §7): checked at compile time, at run time, or not at all. */
public enum Discharger {
    /** Safe Rust cannot express the breach: ownership, lifetimes, or an API that does not exist. */
    TYPE_SYSTEM("type-system", "the type system"),
    /** The miscdevice vtable glue keeps it at run time, whatever the driver does. */
    VTABLE("vtable", "a vtable rule"),
    /** The driver's author must keep it; nothing checks it. */
    DRIVER("driver", "the driver");

    private final String id;
    private final String label;

    Discharger(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used in discharge.yaml. */
    public String id() {
        return id;
    }

    /** The phrase used in documents. */
    public String label() {
        return label;
    }

    /** The discharger named {@code id} in discharge.yaml. */
    static Discharger byId(String id) {
        for (Discharger d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown discharger '" + id + "': expected type-system, vtable or driver");
    }
}

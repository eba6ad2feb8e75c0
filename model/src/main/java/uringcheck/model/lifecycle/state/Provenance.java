package uringcheck.model.lifecycle.state;

/**
 * Where the PDU's current bytes came from (SPEC §4): io_uring never initialises the 32-byte PDU, so a
 * read is only meaningful after a write in the same request's life.
 */
public enum Provenance {
    /**
     * Fresh from the slab ({@code __io_alloc_req_refill}: no {@code __GFP_ZERO}, no constructor;
     * {@code io_preinit_req} leaves the PDU alone): unspecified. The model keeps the value 0 and never lets
     * it decide anything: every read of a PDU of this provenance is already an O6 breach.
     */
    SLAB,
    /** Left by the previous user of this request slot ({@code free_list} does not zero). */
    STALE,
    /** Written by the driver in this request's life. */
    WRITTEN,
    /** Zeroed by the seed vtable ({@code miscdevice.rs}) because REISSUE was clear. */
    ZEROED;

    /** Whether the bytes were put there during this request's life (by the driver or its wrapper). */
    public boolean initialised() {
        return this == WRITTEN || this == ZEROED;
    }
}

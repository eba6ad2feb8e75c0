package uringcheck.model.lifecycle.state;

/**
 * One field of a request's PDU ({@code io_uring_cmd_to_pdu(cmd, struct my_pdu)}, SPEC §4): what it holds
 * and who put it there. A driver that declares no PDU layout has one anonymous field, the whole PDU.
 *
 * @param value      the contents, as a small integer
 * @param provenance where the contents came from
 */
public record PduCell(int value, Provenance provenance) {

    /** A field of a request fresh from the slab: unspecified, modelled as 0. */
    public static final PduCell SLAB = new PduCell(0, Provenance.SLAB);

    /** A field the seed vtable zeroed. */
    public static final PduCell ZEROED = new PduCell(0, Provenance.ZEROED);

    /** This field as the next user of a recycled request finds it: same bytes, stale (slab bytes stay slab). */
    public PduCell stale() {
        return provenance == Provenance.SLAB || provenance == Provenance.STALE ? this
                : new PduCell(value, Provenance.STALE);
    }
}

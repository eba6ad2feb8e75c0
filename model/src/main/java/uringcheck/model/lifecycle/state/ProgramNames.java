package uringcheck.model.lifecycle.state;

/**
 * The names a driver program gives to what states refer to by index, for messages: device field
 * instances, handlers, PDU fields, and what an issue fetches from memory userspace may change.
 */
public interface ProgramNames {

    /** The printable name of device field instance {@code instance}, e.g. {@code slots[1]}. */
    String fieldName(int instance);

    /** The name of handler {@code handler}, as the scenario declares it. */
    String handlerName(int handler);

    /**
     * The name of what bit {@code bit} of {@link Slot#fetched} records: an SQE field ({@code sqe->addr}) or
     * user data ({@code args}).
     */
    String fetchName(int bit);

    /** The name of PDU field {@code field} as the program's {@code pdu:} layout declares it. */
    String pduFieldName(int field);
}

package uringcheck.model.lifecycle.program;

/**
 * One field of the driver's PDU layout, the struct it overlays on {@code io_uring_cmd}'s 32-byte
 * {@code pdu} with {@code io_uring_cmd_to_pdu(cmd, struct my_pdu)} (SPEC §4), e.g. nvme's
 * {@code struct nvme_uring_cmd_pdu { struct request *req; struct bio *bio; u64 result; int status; }}.
 * Each field has its own contents and provenance in the model; the model still stores a small integer
 * per field whatever its type, which only sizes the struct and decides what the Rust binding can carry.
 *
 * @param name the field's name
 * @param type its C type
 * @param pos  where in the scenario file it was declared
 */
public record PduField(String name, Type type, Pos pos) {

    /** The C types a PDU field may have, with their size and alignment in bytes (x86-64, arm64). */
    public enum Type {
        U8(1), U16(2), U32(4), I32(4), U64(8), I64(8),
        /** A kernel pointer ({@code struct request *}, {@code void *}). */
        PTR(8);

        private final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }

        /** Its size, which is also its alignment. */
        public int bytes() {
            return bytes;
        }
    }

    /** The bytes of {@code io_uring_cmd.pdu} ({@code include/linux/io_uring_types.h}: {@code u8 pdu[32]}). */
    public static final int PDU_BYTES = 32;

    /**
     * The size of a C struct with {@code fields} in this order: each field at the next multiple of its
     * alignment, the whole rounded up to the largest alignment (what {@code BUILD_BUG_ON(sizeof(pdu_type) >
     * sizeof_field(struct io_uring_cmd, pdu))} in {@code io_uring_cmd_to_pdu} measures).
     */
    public static int structBytes(java.util.List<PduField> fields) {
        int offset = 0;
        int align = 1;
        for (PduField f : fields) {
            int b = f.type().bytes();
            offset = (offset + b - 1) / b * b + b;
            align = Math.max(align, b);
        }
        return (offset + align - 1) / align * align;
    }
}

package uringcheck.model.lifecycle.program;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What userspace puts in one command's SQE: {@code sqe->cmd_op} ({@code cmd_op}, which
 * {@code io_uring_cmd_prep} copies into {@code ioucmd->cmd_op}) and fields of the SQE or of its command
 * payload ({@code sqe->cmd}, e.g. ublk's {@code struct ublksrv_io_cmd} {@code tag}), as small integers. A
 * field the scenario does not give reads 0. Two commands with different contents are different inputs:
 * the driver may branch on them, so they are never interchangeable (symmetry reduction keeps them apart).
 *
 * @param fields the given fields by name, in name order
 */
public record Sqe(Map<String, Integer> fields) {

    /** The field that holds the command's opcode, {@code sqe->cmd_op}. */
    public static final String CMD_OP = "cmd_op";

    /** The SQE of a command the scenario says nothing about: every field reads 0. */
    public static final Sqe NONE = new Sqe(Map.of());

    public Sqe {
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** The value of field {@code name} (0 when not given). */
    public int value(String name) {
        return fields.getOrDefault(name, 0);
    }
}

package uringcheck.checks.explore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The replay token format: {@code uc1.<model>.<payload>.<checksum>}, printable and safe to paste in a
 * shell. The payload is base64url (no padding) of unsigned LEB128 varints: the initial-state index, the
 * trap entry step plus one (0 when the counterexample has no trap), the number of steps, then each
 * step's action index. The checksum is the CRC-32 of {@code <model>.<payload>} in 8 hex digits, so a
 * mistyped or truncated token is rejected instead of replaying a different path.
 */
public final class ReplayToken {

    /** The token format's prefix, including its version. */
    public static final String PREFIX = "uc1.";

    /**
     * A decoded token.
     *
     * @param modelName the model the path belongs to
     * @param path      the action path
     * @param trapStep  the trap entry step, or -1
     */
    public record Decoded(String modelName, ActionPath path, int trapStep) {
    }

    private ReplayToken() {
    }

    /** Encodes a path of model {@code modelName}, with its trap entry step or -1. */
    public static String encode(String modelName, ActionPath path, int trapStep) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        varint(bytes, path.initialIndex());
        varint(bytes, trapStep + 1);
        varint(bytes, path.length());
        for (int i = 0; i < path.length(); i++) {
            varint(bytes, path.action(i));
        }
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        return PREFIX + modelName + "." + payload + "." + checksum(modelName + "." + payload);
    }

    /** Decodes {@code token}, or throws a {@link ReplayException} saying what is wrong with it. */
    public static Decoded decode(String token) {
        String t = token.strip();
        if (!t.startsWith(PREFIX)) {
            throw bad(token, "it does not start with '" + PREFIX + "'");
        }
        int last = t.lastIndexOf('.');
        int middle = t.lastIndexOf('.', last - 1);
        if (middle < PREFIX.length()) {
            throw bad(token, "expected uc1.<model>.<payload>.<checksum>");
        }
        String model = t.substring(PREFIX.length(), middle);
        String payload = t.substring(middle + 1, last);
        String sum = t.substring(last + 1);
        if (model.isEmpty() || !sum.equals(checksum(model + "." + payload))) {
            throw bad(token, "its checksum does not match (the token was truncated or mistyped)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw bad(token, "its payload is not base64url");
        }
        int[] cursor = {0};
        int initial = read(bytes, cursor, token);
        int trap = read(bytes, cursor, token) - 1;
        int length = read(bytes, cursor, token);
        if (length > bytes.length) {
            throw bad(token, "it declares " + length + " steps but carries fewer");
        }
        int[] actions = new int[length];
        for (int i = 0; i < length; i++) {
            actions[i] = read(bytes, cursor, token);
        }
        if (cursor[0] != bytes.length) {
            throw bad(token, "it has trailing bytes after the last step");
        }
        if (trap > length) {
            throw bad(token, "its trap step " + trap + " lies beyond its " + length + " steps");
        }
        return new Decoded(model, new ActionPath(initial, actions), trap);
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int read(byte[] bytes, int[] cursor, String token) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (cursor[0] >= bytes.length) {
                throw bad(token, "its payload ends in the middle of a number");
            }
            int b = bytes[cursor[0]++] & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    break;
                }
                return value;
            }
        }
        throw bad(token, "its payload holds a number out of range");
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static ReplayException bad(String token, String why) {
        return new ReplayException("bad replay token '" + token + "': " + why
                + "; copy the whole token from the 'replay:' line of a check report");
    }
}

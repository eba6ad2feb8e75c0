package uringcheck.checks.explore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.CRC32;

import uringcheck.model.Model;

/**
 * The replay token format: {@code uc2.<model>.<origin>.<payload>.<checksum>}, printable and safe to paste
 * in a shell. The origin says which model the path was found in: {@value #DIGEST_HEX} hex digits of the
 * SHA-256 of {@link Explorer#VERSION}, then as many of each of the model's {@link Model#parts()} (sorted
 * by part name), so a token replayed on a model of the same name built from another scenario, abstraction
 * or environment, or by another version, is refused with the part named. The payload is base64url (no
 * padding) of unsigned LEB128 varints: the initial-state index, the trap entry step plus one (0 when the
 * counterexample has no trap), the number of steps, then each step's action index. The checksum is the
 * CRC-32 of {@code <model>.<origin>.<payload>} in 8 hex digits, so a mistyped or truncated token is
 * rejected instead of replaying a different path.
 */
public final class ReplayToken {

    /** The token format's prefix, including its version. */
    public static final String PREFIX = "uc2.";

    /** Hex digits of each digest in a token's origin. */
    public static final int DIGEST_HEX = 6;

    /**
     * A decoded token.
     *
     * @param modelName the model the path belongs to
     * @param origin    the digests of the tool version and of the model's parts
     * @param path      the action path
     * @param trapStep  the trap entry step, or -1
     */
    public record Decoded(String modelName, String origin, ActionPath path, int trapStep) {
    }

    private ReplayToken() {
    }

    /** Encodes a path of {@code model}, with its trap entry step or -1. */
    public static String encode(Model<?, ?> model, ActionPath path, int trapStep) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        varint(bytes, path.initialIndex());
        varint(bytes, trapStep + 1);
        varint(bytes, path.length());
        for (int i = 0; i < path.length(); i++) {
            varint(bytes, path.action(i));
        }
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        String body = model.name() + "." + origin(model) + "." + payload;
        return PREFIX + body + "." + checksum(body);
    }

    /** The origin field of a token for {@code model}: the digest of the tool version, then of each part. */
    static String origin(Model<?, ?> model) {
        StringBuilder out = new StringBuilder(digest(Explorer.VERSION));
        new TreeMap<>(model.parts()).values().forEach(text -> out.append(digest(text)));
        return out.toString();
    }

    /**
     * Checks that {@code token} was printed for {@code model}: the same name, version and parts.
     *
     * @throws ReplayException naming what differs, and how to get a token that fits
     */
    static void checkOrigin(Decoded token, Model<?, ?> model) {
        if (!token.modelName().equals(model.name())) {
            throw new ReplayException("replay token is for model '" + token.modelName() + "', not for '"
                    + model.name() + "'");
        }
        String origin = origin(model);
        if (origin.equals(token.origin())) {
            return;
        }
        String differs;
        if (origin.length() != token.origin().length()) {
            differs = "a model built from other parts";
        } else if (!origin.startsWith(token.origin().substring(0, DIGEST_HEX))) {
            differs = "another version of uringcheck (this is " + Explorer.VERSION + ")";
        } else {
            List<String> names = new ArrayList<>(new TreeMap<>(model.parts()).keySet());
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                int at = DIGEST_HEX * (i + 1);
                if (!origin.regionMatches(at, token.origin(), at, DIGEST_HEX)) {
                    changed.add(names.get(i));
                }
            }
            differs = "a '" + model.name() + "' with another " + String.join(" and another ", changed);
        }
        throw new ReplayException("replay token was printed by " + differs + " than the one it is replayed on;"
                + " a token from a scenario file needs --scenario with that file, unchanged; or re-run the"
                + " check for a fresh token");
    }

    /** Decodes {@code token}, or throws a {@link ReplayException} saying what is wrong with it. */
    public static Decoded decode(String token) {
        String t = token.strip();
        if (!t.startsWith(PREFIX)) {
            throw bad(token, "it does not start with '" + PREFIX + "'");
        }
        int last = t.lastIndexOf('.');
        int middle = t.lastIndexOf('.', last - 1);
        int first = middle < 0 ? -1 : t.lastIndexOf('.', middle - 1);
        if (first < PREFIX.length()) {
            throw bad(token, "expected " + PREFIX + "<model>.<origin>.<payload>.<checksum>");
        }
        String model = t.substring(PREFIX.length(), first);
        String origin = t.substring(first + 1, middle);
        String payload = t.substring(middle + 1, last);
        String sum = t.substring(last + 1);
        if (model.isEmpty() || !sum.equals(checksum(t.substring(PREFIX.length(), last)))) {
            throw bad(token, "its checksum does not match (the token was truncated or mistyped)");
        }
        if (origin.isEmpty() || origin.length() % DIGEST_HEX != 0) {
            throw bad(token, "its origin field is not a list of " + DIGEST_HEX + "-digit digests");
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
        return new Decoded(model, origin, new ActionPath(initial, actions), trap);
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

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static ReplayException bad(String token, String why) {
        return new ReplayException("bad replay token '" + token + "': " + why
                + "; copy the whole token from the 'replay:' line of a check report");
    }
}

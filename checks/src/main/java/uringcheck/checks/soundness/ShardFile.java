package uringcheck.checks.soundness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uringcheck.checks.explore.UsageException;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Hole;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The JSON file a shard writes ({@code uringcheck soundness --shard K/N}) and {@code soundness merge}
 * reads: {@code {"format": "uringcheck-soundness-shard/1", "sweeps": [...]}}, one entry per abstraction
 * swept, each with the fields of {@link ShardResult} and its outcomes
 * ({@code {"program", "states", "transitions", "limit"?, "breaches": [{"obligation", "hole"?}]}}).
 * Reading reports any malformed file as a {@link UsageException} naming the file and the field.
 */
public final class ShardFile {

    /** The format tag; a file with another tag is refused. */
    public static final String FORMAT = "uringcheck-soundness-shard/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ShardFile() {
    }

    /** The JSON text of {@code results}. */
    public static String write(List<ShardResult> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode sweeps = root.putArray("sweeps");
        for (ShardResult r : results) {
            ObjectNode s = sweeps.addObject();
            s.put("abstraction", r.abstraction().name().toLowerCase(Locale.ROOT));
            s.put("maxStatements", r.maxStatements());
            s.put("maxStates", r.maxStates());
            s.put("shard", r.shard().index());
            s.put("shards", r.shard().count());
            s.put("candidates", r.candidates());
            s.put("programs", r.programs());
            s.put("digest", r.digest());
            s.put("interrupted", r.interrupted());
            s.put("elapsedNanos", r.elapsedNanos());
            s.put("cpuNanos", r.cpuNanos());
            ArrayNode outcomes = s.putArray("outcomes");
            for (ProgramOutcome o : r.outcomes()) {
                ObjectNode n = outcomes.addObject();
                n.put("program", o.number());
                n.put("states", o.states());
                n.put("transitions", o.transitions());
                o.limitReached().ifPresent(l -> n.put("limit", l));
                ArrayNode breaches = n.putArray("breaches");
                for (ProgramOutcome.Breach b : o.breaches()) {
                    ObjectNode bn = breaches.addObject();
                    bn.put("obligation", b.obligation().name());
                    b.hole().ifPresent(h -> bn.put("hole", h.name()));
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Reads the shard results of {@code file}. */
    public static List<ShardResult> read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read a shard result (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); give the JSON files written by soundness --shard K/N -o FILE");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new UsageException(file + ": not a shard result (expected \"format\": \"" + FORMAT + "\");"
                    + " give the JSON files written by soundness --shard K/N -o FILE");
        }
        List<ShardResult> out = new ArrayList<>();
        for (JsonNode s : root.path("sweeps")) {
            List<ProgramOutcome> outcomes = new ArrayList<>();
            for (JsonNode n : s.path("outcomes")) {
                List<ProgramOutcome.Breach> breaches = new ArrayList<>();
                for (JsonNode b : n.path("breaches")) {
                    breaches.add(new ProgramOutcome.Breach(constant(file, Obligation.class, b, "obligation"),
                            b.has("hole") ? Optional.of(constant(file, Hole.class, b, "hole")) : Optional.empty()));
                }
                outcomes.add(new ProgramOutcome(integer(file, n, "program"), number(file, n, "states"),
                        number(file, n, "transitions"),
                        n.has("limit") ? Optional.of(n.get("limit").asText()) : Optional.empty(), breaches));
            }
            int index = integer(file, s, "shard");
            int count = integer(file, s, "shards");
            if (count < 1 || index < 0 || index >= count) {
                throw new UsageException(file + ": shard " + index + "/" + count + " is not K/N with 0 <= K < N");
            }
            out.add(new ShardResult(constant(file, Abstraction.class, s, "abstraction"),
                    integer(file, s, "maxStatements"), number(file, s, "maxStates"), new Shard(index, count),
                    integer(file, s, "candidates"), integer(file, s, "programs"), text(file, s, "digest"),
                    outcomes, s.path("interrupted").asBoolean(false), number(file, s, "elapsedNanos"),
                    number(file, s, "cpuNanos")));
        }
        if (out.isEmpty()) {
            throw new UsageException(file + ": a shard result without sweeps; give the JSON files written by"
                    + " soundness --shard K/N -o FILE");
        }
        return out;
    }

    private static JsonNode field(Path file, JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new UsageException(file + ": field \"" + name + "\" missing in a shard result; the file is"
                    + " damaged: run that shard again");
        }
        return v;
    }

    private static long number(Path file, JsonNode node, String name) {
        JsonNode v = field(file, node, name);
        if (!v.canConvertToLong()) {
            throw new UsageException(file + ": field \"" + name + "\" is " + v + ", expected an integer");
        }
        return v.asLong();
    }

    private static int integer(Path file, JsonNode node, String name) {
        JsonNode v = field(file, node, name);
        if (!v.canConvertToInt()) {
            throw new UsageException(file + ": field \"" + name + "\" is " + v + ", expected an integer");
        }
        return v.asInt();
    }

    private static String text(Path file, JsonNode node, String name) {
        return field(file, node, name).asText();
    }

    private static <E extends Enum<E>> E constant(Path file, Class<E> type, JsonNode node, String name) {
        String word = text(file, node, name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(word)) {
                return e;
            }
        }
        throw new UsageException(file + ": field \"" + name + "\" is '" + word + "', not a known "
                + type.getSimpleName());
    }
}

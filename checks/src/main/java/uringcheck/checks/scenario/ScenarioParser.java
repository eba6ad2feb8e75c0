package uringcheck.checks.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import uringcheck.checks.catalogue.Expectation;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleObligations;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.Sqe;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * Reads a scenario file (YAML, format in docs/scenario-format.md) into a {@link Scenario}, then runs
 * {@link ScenarioValidator} on it. Every problem is reported with file, line and column; a file with
 * problems throws one {@link ScenarioException} carrying all of them.
 *
 * <p>Entry points: {@link #parse(Path)}, {@link #parse(String, Reader)}.
 */
public final class ScenarioParser {

    /** The keys of an {@code expect:} mapping: exactly these violated, or at least these. */
    private static final List<String> EXPECT_KEYS = List.of("violates", "violates_at_least");
    private static final Pattern SCENARIO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** The largest {@code max:} of a stimulus: each fire adds states. */
    private static final int MAX_FIRES = 4;

    private static final List<String> TOP_KEYS =
            List.of("scenario", "description", "abstraction", "environment", "device", "pdu", "handlers",
                    "stimuli", "expect");

    private final Problems problems;
    private final YamlReader yaml;
    private final StatementParser statements;

    private ScenarioParser(String source) {
        this.problems = new Problems(source);
        this.yaml = new YamlReader(problems);
        this.statements = new StatementParser(yaml);
    }

    /** Reads the scenario file at {@code path}; messages name it as given. */
    public static Scenario parse(Path path) throws ScenarioException {
        String source = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(source, reader);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new ScenarioError(source, 0, 0,
                    "no such file: check the path (scenario files are YAML, see docs/scenario-format.md)")));
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(List.of(new ScenarioError(source, 0, 0,
                    "cannot read the scenario file: " + e.getMessage())));
        }
    }

    /** Reads a scenario from {@code reader}; {@code source} names it in messages. */
    public static Scenario parse(String source, Reader reader) throws ScenarioException {
        return new ScenarioParser(source).read(reader);
    }

    /** The statement words the format knows, in documentation order. */
    public static Set<String> statementWords() {
        return new ScenarioParser("-").statements.statementNames();
    }

    private Scenario read(Reader reader) throws ScenarioException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (ComposerException e) {
            if ("but found another document".equals(e.getProblem()) && e.getProblemMark() != null) {
                problems.at(e.getProblemMark(), "a scenario file is one YAML document, but another one starts here:"
                        + " remove this '---' and what follows, or put each scenario in its own file");
                throw problems.exception();
            }
            throw syntax(e);
        } catch (MarkedYAMLException e) {
            throw syntax(e);
        } catch (YAMLException e) {
            problems.at(1, 0, "cannot read YAML: " + e.getMessage());
            throw problems.exception();
        }
        if (root == null) {
            problems.at(1, 1, "empty scenario file: expected a mapping with the keys scenario, abstraction,"
                    + " environment and handlers (see docs/scenario-format.md)");
            throw problems.exception();
        }
        Scenario scenario = scenario(root);
        problems.throwIfAny();
        new ScenarioValidator(problems).check(scenario);
        problems.throwIfAny();
        return scenario;
    }

    private ScenarioException syntax(MarkedYAMLException e) {
        problems.at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                "YAML syntax error: " + e.getProblem()
                        + (e.getContext() != null ? " (" + e.getContext()
                        + (e.getContextMark() != null ? " that starts at line " + (e.getContextMark().getLine() + 1)
                        + ", column " + (e.getContextMark().getColumn() + 1) : "") + ")" : "")
                        + ": " + syntaxHint(e.getProblem()));
        return problems.exception();
    }

    private static String syntaxHint(String problem) {
        if (problem != null && problem.endsWith("but got ?")) {
            return "inside [...] a name with '?' needs quotes, e.g. [O9, \"O9?reach-cancel-call\"]";
        }
        return "check the indentation and that every 'key: value' has a space after the colon";
    }

    private Scenario scenario(Node root) {
        Entries top = yaml.mapping(root, "the scenario file", TOP_KEYS,
                List.of("scenario", "abstraction", "environment", "handlers"));
        if (top == null) {
            return null;
        }
        String name = top.has("scenario") ? scenarioName(top.get("scenario")) : null;
        String description = top.has("description") ? yaml.text(top.get("description"), "description") : "";
        Abstraction abstraction = top.has("abstraction")
                ? yaml.choice(top.get("abstraction"), "abstraction", Vocabulary.ABSTRACTIONS) : null;
        Environment environment = top.has("environment") ? environment(top.get("environment")) : null;
        List<FieldDecl> fields = new ArrayList<>();
        List<LockDecl> locks = new ArrayList<>();
        if (top.has("device")) {
            device(top.get("device"), fields, locks);
        }
        List<PduField> pdu = top.has("pdu") ? pdu(top.get("pdu")) : List.of();
        List<Handler> handlers = top.has("handlers") ? handlers(top.get("handlers")) : null;
        List<Stimulus> stimuli = top.has("stimuli") ? stimuli(top.get("stimuli")) : List.of();
        Expectation expected = top.has("expect") ? expectation(top.get("expect")) : null;
        if (name == null || description == null || abstraction == null || environment == null
                || pdu == null || handlers == null || stimuli == null || !problems.isEmpty()) {
            return null;
        }
        return new Scenario(name, description, abstraction, environment,
                new DriverProgram(fields, locks, handlers, stimuli, pdu), expected, problems.source(),
                ScenarioOrigin.of(top));
    }

    private String scenarioName(Node node) {
        String name = yaml.text(node, "scenario (the scenario's name)");
        if (name != null && !SCENARIO_NAME.matcher(name).matches()) {
            problems.at(node, "scenario name '" + name + "' may use only letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit (it appears in replay tokens)");
            return null;
        }
        return name;
    }

    private Environment environment(Node node) {
        Entries e = yaml.mapping(node, "environment", List.of("commands", "slots", "events"), List.of("commands"));
        if (e == null || !e.has("commands")) {
            return null;
        }
        List<SubmitMode> submissions = new ArrayList<>();
        List<Sqe> sqes = new ArrayList<>();
        List<Node> modes = yaml.sequence(e.get("commands"), "environment commands (one submit mode per command,"
                + " e.g. [inline, iowq])");
        if (modes == null) {
            return null;
        }
        if (modes.isEmpty()) {
            problems.at(e.get("commands"), "environment commands is empty: list one submit mode (inline or iowq)"
                    + " per command, e.g. [inline]");
            return null;
        }
        for (Node mode : modes) {
            command(mode, submissions, sqes);
        }
        Integer slots = e.has("slots") ? yaml.integer(e.get("slots"), "slots") : Integer.valueOf(modes.size());
        if (slots != null && (slots < 1 || slots > modes.size())) {
            problems.at(e.get("slots"), "slots must be between 1 and the number of commands (" + modes.size()
                    + "), found " + slots + ": fewer slots than commands makes a later command reuse a slot");
            slots = null;
        }
        Set<String> events = new LinkedHashSet<>();
        List<Node> eventNodes = yaml.sequence(e.get("events"), "environment events");
        if (eventNodes != null) {
            for (Node ev : eventNodes) {
                String word = yaml.choice(ev, "event", Vocabulary.EVENTS);
                if (word != null && !events.add(word)) {
                    problems.at(ev, "event '" + word + "' is listed twice: list each event once");
                }
            }
        }
        if (events.contains("ring_exit") && events.contains("shared_ring")) {
            problems.at(e.get("events"), "events list both ring_exit and shared_ring: a shared ring is closed by"
                    + " the other process that holds it, not by the task; keep one of them");
            return null;
        }
        if (slots == null || submissions.size() != modes.size() || eventNodes == null) {
            return null;
        }
        return new Environment(submissions, slots, events.contains("ring_exit"), events.contains("task_exit"),
                events.contains("file_close"), events.contains("sq_reuse"), events.contains("exec"),
                events.contains("shared_ring"), sqes);
    }

    /**
     * One entry of {@code commands:}: a submit mode ({@code inline}), or a mapping with the mode and the
     * SQE's contents ({@code {mode: inline, sqe: {cmd_op: 1, tag: 0}}}); adds both or neither.
     */
    private void command(Node node, List<SubmitMode> submissions, List<Sqe> sqes) {
        if (node instanceof ScalarNode) {
            SubmitMode m = yaml.choice(node, "submit mode", Vocabulary.SUBMIT_MODES);
            if (m != null) {
                submissions.add(m);
                sqes.add(Sqe.NONE);
            }
            return;
        }
        Entries c = yaml.mapping(node, "a command (a submit mode, or {mode: inline, sqe: {cmd_op: 1, tag: 0}})",
                List.of("mode", "sqe"), List.of("mode"));
        if (c == null || !c.has("mode")) {
            return;
        }
        SubmitMode m = yaml.choice(c.get("mode"), "submit mode", Vocabulary.SUBMIT_MODES);
        Map<String, Integer> values = new LinkedHashMap<>();
        if (c.has("sqe")) {
            Entries fields = yaml.anyMapping(c.get("sqe"), "the command's SQE ({cmd_op: 1, tag: 0}: field names"
                    + " and integer values)");
            if (fields == null) {
                return;
            }
            for (String name : fields.keys()) {
                Integer v = yaml.integer(fields.get(name), "the SQE's " + name);
                if (v == null) {
                    return;
                }
                values.put(name, v);
            }
        }
        if (m != null) {
            submissions.add(m);
            sqes.add(new Sqe(values));
        }
    }

    private void device(Node node, List<FieldDecl> fields, List<LockDecl> locks) {
        Entries e = yaml.mapping(node, "device", List.of("fields", "locks"), List.of());
        if (e == null) {
            return;
        }
        Map<String, Node> names = new LinkedHashMap<>();
        List<Node> fieldNodes = yaml.sequence(e.get("fields"), "device fields");
        for (Node f : fieldNodes == null ? List.<Node>of() : fieldNodes) {
            FieldDecl decl = field(f);
            if (decl != null && unique(names, decl.name(), f)) {
                fields.add(decl);
            }
        }
        List<Node> lockNodes = yaml.sequence(e.get("locks"), "device locks");
        for (Node l : lockNodes == null ? List.<Node>of() : lockNodes) {
            LockDecl decl = lock(l);
            if (decl != null && unique(names, decl.name(), l)) {
                locks.add(decl);
            }
        }
    }

    private boolean unique(Map<String, Node> names, String name, Node node) {
        Node first = names.putIfAbsent(name, node);
        if (first != null) {
            problems.at(node, "'" + name + "' is declared twice in device (first at line "
                    + (first.getStartMark().getLine() + 1) + "): fields and locks share one namespace");
            return false;
        }
        if (name.equals(Handler.CMD)) {
            problems.at(node, "'cmd' is reserved for the command a handler runs for: choose another name");
            return false;
        }
        return true;
    }

    private FieldDecl field(Node node) {
        Entries e = yaml.mapping(node,
                "a device field ({name: f, holds: handle|token|int, per_command: true, plain: true})",
                List.of("name", "holds", "per_command", "initial", "plain"), List.of("name", "holds"));
        if (e == null || !e.has("name") || !e.has("holds")) {
            return null;
        }
        String name = yaml.name(e.get("name"), "the field's name");
        FieldDecl.Kind kind = yaml.choice(e.get("holds"), "field kind", Vocabulary.FIELD_KINDS);
        Boolean perCommand = e.has("per_command") ? yaml.bool(e.get("per_command"), "per_command") : Boolean.FALSE;
        Boolean plain = e.has("plain") ? yaml.bool(e.get("plain"), "plain") : Boolean.FALSE;
        Integer initial = 0;
        if (e.has("initial")) {
            initial = yaml.integer(e.get("initial"), "initial");
            if (kind != null && kind != FieldDecl.Kind.INT) {
                problems.at(e.keyNode("initial"), "only an int field has an initial value; a " + Vocabulary.word(kind)
                        + " field starts empty: remove 'initial'");
                initial = null;
            }
        }
        if (name == null || kind == null || perCommand == null || initial == null || plain == null) {
            return null;
        }
        return new FieldDecl(name, kind, perCommand, initial, YamlReader.pos(node), plain);
    }

    /**
     * The {@code pdu:} layout: the fields of the struct the driver overlays on the PDU, unique names, at
     * most 32 bytes in all ({@code io_uring_cmd_to_pdu}'s {@code BUILD_BUG_ON}).
     */
    private List<PduField> pdu(Node node) {
        List<Node> items = yaml.sequence(node, "pdu (the PDU's fields, a list of {name: f, type: u32})");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(node, "pdu is empty: list the PDU's fields, e.g. [{name: status, type: i32}], or remove"
                    + " pdu: to treat the PDU as one value");
            return null;
        }
        List<PduField> out = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (Node item : items) {
            Entries e = yaml.mapping(item, "a PDU field ({name: f, type: u8|u16|u32|i32|u64|i64|ptr})",
                    List.of("name", "type"), List.of("name", "type"));
            if (e == null || !e.has("name") || !e.has("type")) {
                return null;
            }
            String name = yaml.name(e.get("name"), "the PDU field's name");
            PduField.Type type = yaml.choice(e.get("type"), "PDU field type", Vocabulary.PDU_TYPES);
            if (name == null || type == null) {
                return null;
            }
            Node first = names.putIfAbsent(name, item);
            if (first != null) {
                problems.at(item, "PDU field '" + name + "' is declared twice (first at line "
                        + (first.getStartMark().getLine() + 1) + "): give each field its own name");
                return null;
            }
            out.add(new PduField(name, type, YamlReader.pos(item)));
        }
        int bytes = PduField.structBytes(out);
        if (bytes > PduField.PDU_BYTES) {
            problems.at(node, "the PDU layout takes " + bytes + " bytes, more than the " + PduField.PDU_BYTES
                    + " of io_uring_cmd's pdu (io_uring_cmd_to_pdu's BUILD_BUG_ON would fail the build): drop or"
                    + " narrow fields, or keep the rest in a driver object the PDU points to");
            return null;
        }
        return out;
    }

    /** The {@code stimuli:} list; names are unique. */
    private List<Stimulus> stimuli(Node node) {
        List<Node> items = yaml.sequence(node, "stimuli (a list of {name: s, handler: h, target: command, max: 1})");
        if (items == null) {
            return null;
        }
        List<Stimulus> out = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (Node item : items) {
            Stimulus st = stimulus(item);
            if (st == null) {
                continue;
            }
            Node first = names.putIfAbsent(st.name(), item);
            if (first != null) {
                problems.at(item, "stimulus '" + st.name() + "' is declared twice (first at line "
                        + (first.getStartMark().getLine() + 1) + "): give each stimulus its own name");
                continue;
            }
            out.add(st);
        }
        return out;
    }

    private Stimulus stimulus(Node node) {
        Entries e = yaml.mapping(node, "a stimulus ({name: s, handler: h, target: command|device, max: 1})",
                List.of("name", "handler", "target", "max"), List.of("name", "handler", "target", "max"));
        if (e == null || !e.has("name") || !e.has("handler") || !e.has("target") || !e.has("max")) {
            return null;
        }
        String name = yaml.name(e.get("name"), "the stimulus's name");
        String handler = yaml.name(e.get("handler"), "the stimulus's handler (a kworker or irq handler)");
        Stimulus.Target target = yaml.choice(e.get("target"), "stimulus target", Vocabulary.STIMULUS_TARGETS);
        Integer max = yaml.integer(e.get("max"), "max");
        if (max != null && (max < 1 || max > MAX_FIRES)) {
            problems.at(e.get("max"), "a stimulus fires between 0 and max times, and max must be between 1 and "
                    + MAX_FIRES + ", found " + max + ": each fire adds states, so keep it small");
            max = null;
        }
        if (name == null || handler == null || target == null || max == null) {
            return null;
        }
        return new Stimulus(name, handler, target, max, YamlReader.pos(node));
    }

    private LockDecl lock(Node node) {
        Entries e = yaml.mapping(node, "a device lock ({name: l, kind: spin|mutex})", List.of("name", "kind"),
                List.of("name", "kind"));
        if (e == null || !e.has("name") || !e.has("kind")) {
            return null;
        }
        String name = yaml.name(e.get("name"), "the lock's name");
        LockDecl.Kind kind = yaml.choice(e.get("kind"), "lock kind", Vocabulary.LOCK_KINDS);
        return name == null || kind == null ? null : new LockDecl(name, kind, YamlReader.pos(node));
    }

    private List<Handler> handlers(Node node) {
        Entries e = yaml.anyMapping(node, "handlers");
        if (e == null) {
            return null;
        }
        List<Handler> handlers = new ArrayList<>();
        for (String name : e.keys()) {
            Node keyNode = e.keyNode(name);
            Node value = e.get(name);
            Pos pos = YamlReader.pos(keyNode);
            HandlerKind fixed = Vocabulary.FIXED_HANDLERS.get(name);
            if (fixed != null) {
                List<Statement> body = statements.block(value, "the body of " + name
                        + " (its context is fixed: write '" + name + ":' followed by '- statement' lines)");
                if (body != null) {
                    handlers.add(new Handler(name, fixed, body, pos));
                }
                continue;
            }
            if (yaml.name(keyNode, "a handler name") == null) {
                continue;
            }
            Handler h = namedHandler(name, value, pos);
            if (h != null) {
                handlers.add(h);
            }
        }
        if (!e.has("uring_cmd")) {
            problems.at(node, "handlers has no 'uring_cmd': every driver needs the uring_cmd handler, the"
                    + " f_op->uring_cmd the core calls to issue a command");
        }
        return handlers;
    }

    private Handler namedHandler(String name, Node value, Pos pos) {
        if (!(value instanceof MappingNode)) {
            problems.at(value, "handler '" + name + "' needs a context: write '" + name
                    + ": {context: kworker|irq|task_work, body: [...]}' (only uring_cmd, cancel and release"
                    + " take a bare list" + Suggestions.didYouMean(name, Vocabulary.FIXED_HANDLERS.keySet()) + ")");
            return null;
        }
        Entries e = yaml.mapping(value, "handler '" + name + "'", List.of("context", "scope", "body"),
                List.of("context", "body"));
        if (e == null || !e.has("context") || !e.has("body")) {
            return null;
        }
        HandlerKind kind = yaml.choice(e.get("context"), "context", Vocabulary.CONTEXTS);
        Boolean device = e.has("scope") ? yaml.choice(e.get("scope"), "handler scope", Vocabulary.SCOPES) : false;
        List<Statement> body = statements.block(e.get("body"), "the body of " + name);
        if (kind == HandlerKind.TASK_WORK && Boolean.TRUE.equals(device)) {
            problems.at(e.get("scope"), "a task_work handler runs for the command it was queued with, so it"
                    + " cannot have scope: device; make '" + name + "' a kworker (or irq) handler, or remove scope");
            return null;
        }
        return kind == null || device == null || body == null ? null : new Handler(name, kind, body, pos, device);
    }

    private Expectation expectation(Node node) {
        if (node instanceof ScalarNode) {
            String word = yaml.text(node, "expect");
            if ("holds".equals(word)) {
                return Expectation.holds();
            }
            if (word != null) {
                problems.at(node, "unknown expectation '" + word + "': write 'expect: holds',"
                        + " 'expect: {violates: [O1, O3]}' or 'expect: {violates_at_least: [O1]}'"
                        + Suggestions.didYouMean(word, List.of("holds")));
            }
            return null;
        }
        Entries e = yaml.mapping(node, "expect (holds, {violates: [O1, ...]} or {violates_at_least: [O1, ...]})",
                EXPECT_KEYS, List.of());
        if (e == null) {
            return null;
        }
        if (e.has("violates") == e.has("violates_at_least")) {
            if (e.has("violates") || e.size() == 0) {
                problems.at(node, "expect needs exactly one of 'violates' (exactly these violated) and"
                        + " 'violates_at_least' (these violated, maybe more)");
            }
            return null;
        }
        boolean atLeast = e.has("violates_at_least");
        String key = atLeast ? "violates_at_least" : "violates";
        List<PropertyId> properties = propertyIds(e.get(key), key);
        if (properties == null) {
            return null;
        }
        PropertyId[] ids = properties.toArray(new PropertyId[0]);
        return atLeast ? Expectation.violatedAtLeast(ids) : Expectation.violated(ids);
    }

    /** The property ids listed under {@code key}, or null after reporting why they are not valid. */
    private List<PropertyId> propertyIds(Node list, String key) {
        List<Node> ids = yaml.sequence(list, key + " (a list of obligation ids, e.g. [O1, O9])");
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty()) {
            problems.at(list, key + " is empty: list the obligations expected to break, or write"
                    + " 'expect: holds'");
            return null;
        }
        List<PropertyId> properties = new ArrayList<>();
        for (Node id : ids) {
            String text = yaml.text(id, "a property name");
            if (text == null) {
                continue;
            }
            PropertyId property = propertyId(id, text);
            if (property == null) {
                continue;
            }
            if (properties.contains(property)) {
                problems.at(id, "'" + text + "' is listed twice: list each property once");
            } else {
                properties.add(property);
            }
        }
        return properties.size() == ids.size() ? properties : null;
    }

    /** The id spelled {@code text}: an obligation the lifecycle model checks, or a twin of one. */
    private PropertyId propertyId(Node node, String text) {
        PropertyId property;
        try {
            property = PropertyId.parse(text);
        } catch (IllegalArgumentException ex) {
            property = null;
        }
        if (property == null || property.about().isEmpty()) {
            problems.at(node, "unknown obligation '" + text + "': expected an id O1..O15, or a reachability twin"
                    + " such as O9?reach-cancel-call (uringcheck obligations lists them)");
            return null;
        }
        Obligation o = property.about().get();
        String why = LifecycleObligations.outOfScope().get(o);
        if (why != null) {
            problems.at(node, o + " is not checked by uringcheck (" + why + "), so no run can violate it:"
                    + " remove it from expect (uringcheck obligations lists what is checked)");
            return null;
        }
        return property;
    }
}

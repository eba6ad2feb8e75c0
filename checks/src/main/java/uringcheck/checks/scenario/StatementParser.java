package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadFile;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.rules.Errno;

/**
 * Reads handler bodies: lists of statements, each a one-key mapping ({@code - done: {...}}), an
 * {@code if}/{@code then}/{@code else} mapping or a {@code may_fail}/{@code on_failure} mapping. Checks the
 * shape of every statement (keys, types, errno and flag words); whether names resolve and values are still
 * owned is {@link ScenarioValidator}'s job.
 */
final class StatementParser {

    /** How one statement is read from its value node. */
    private interface Form {
        Statement read(Node value, Pos pos);
    }

    private final YamlReader yaml;
    private final Map<String, Form> forms = new LinkedHashMap<>();
    private final Map<String, String> usages = new LinkedHashMap<>();

    /** A reader of statements that reports problems to {@code yaml}. */
    StatementParser(YamlReader yaml) {
        this.yaml = yaml;
        define("read_pdu", "read_pdu: cmd  or  read_pdu: {handle: cmd, field: status}", this::readPdu);
        define("write_pdu", "write_pdu: {handle: cmd, field: status, value: 1}", this::writePdu);
        define("assert_pdu", "assert_pdu: {handle: cmd, field: status, equals: 1}", this::assertPdu);
        define("read_cmd_op", "read_cmd_op: cmd", (v, p) -> local(v, "read_cmd_op", p, ReadCmdOp::new));
        define("read_sqe", "read_sqe: cmd  or  read_sqe: {handle: cmd, field: addr}", this::readSqe);
        define("copy_from_user", "copy_from_user: args", this::copyFromUser);
        define("read_file", "read_file: cmd", (v, p) -> local(v, "read_file", p, ReadFile::new));
        define("queue", "queue: {handle: h, token: t}", this::queue);
        define("complete", "complete: {ret: 0, token: t}", this::complete);
        define("return", "return: {ok: t}  or  return: {err: EINVAL}  or  return: {raw: -EIOCBQUEUED}  or"
                + "  return: {local: ret}", this::returnStatement);
        define("done", "done: {handle: h, ret: 0, flags: unlocked}", this::done);
        define("complete_in_task", "complete_in_task: {handle: h, handler: tw_handler}", this::completeInTask);
        define("mark_cancelable", "mark_cancelable: {handle: h, flags: current}", this::markCancelable);
        define("schedule_work", "schedule_work: work_handler",
                (v, p) -> handlerName(v, "schedule_work", p, ScheduleWork::new));
        define("raise_irq", "raise_irq: irq_handler", (v, p) -> handlerName(v, "raise_irq", p, RaiseIrq::new));
        define("store", "store: {field: f, from: h}", this::store);
        define("load", "load: {field: f, into: h}", this::load);
        define("clear", "clear: {field: f}", this::clear);
        define("set", "set: {field: f, value: 1}", this::set);
        define("add", "add: {field: f, value: 1}", (v, p) -> add(v, p, "add", 1));
        define("subtract", "subtract: {field: f, value: 1}", (v, p) -> add(v, p, "subtract", -1));
        usages.put("if", "if: {test_and_set: f}  then: [...]  else: [...]");
        define("choose", "choose: {ok: [...], fails: [...]}", this::choose);
        usages.put("may_fail", "may_fail: {call: kzalloc, errno: ENOMEM, into: ret}  on_failure: [...]"
                + "  on_success: [...]");
        define("for_each", "for_each: {var: t, do: [statements]}", this::forEach);
        define("lock", "lock: l", (v, p) -> lockName(v, "lock", p, Lock::new));
        define("unlock", "unlock: l", (v, p) -> lockName(v, "unlock", p, Unlock::new));
    }

    private void define(String name, String usage, Form form) {
        forms.put(name, form);
        usages.put(name, usage);
    }

    /** The statement words, in documentation order. */
    Set<String> statementNames() {
        return usages.keySet();
    }

    /** Reads a list of statements; returns null when the node is not a list. */
    List<Statement> block(Node node, String what) {
        List<Node> items = yaml.sequence(node, what);
        if (items == null) {
            return null;
        }
        List<Statement> body = new ArrayList<>();
        for (Node item : items) {
            Statement s = statement(item);
            if (s != null) {
                body.add(s);
            }
        }
        return body;
    }

    private Statement statement(Node node) {
        Entries entries = yaml.anyMapping(node, "a statement (e.g. '- done: {handle: h, ret: 0, flags: unlocked}')");
        if (entries == null) {
            return null;
        }
        if (entries.has("if")) {
            return ifStatement(entries);
        }
        if (entries.has("may_fail")) {
            return mayFail(entries);
        }
        if (entries.size() != 1) {
            List<String> keys = new ArrayList<>();
            entries.keys().forEach(keys::add);
            String first = keys.get(0);
            String hint = YamlReader.isNull(entries.get(first))
                    ? "'" + first + "' has no value: indent its arguments deeper than '" + first + "', or write "
                    + first + ": {" + keys.get(1) + ": ...}"
                    : "start each statement with '- ', and write its arguments as {key: value}";
            yaml.problems().at(node, "a statement has exactly one key, found " + keys.size() + " ("
                    + String.join(", ", keys) + "): " + hint);
            return null;
        }
        String word = entries.keys().iterator().next();
        Node keyNode = entries.keyNode(word);
        Form form = forms.get(word);
        if (form == null) {
            yaml.problems().at(keyNode, "unknown statement '" + word + "': expected one of "
                    + Suggestions.list(usages.keySet()) + Suggestions.didYouMean(word, usages.keySet()));
            return null;
        }
        return form.read(entries.get(word), YamlReader.pos(keyNode));
    }

    private Statement ifStatement(Entries entries) {
        Node keyNode = entries.keyNode("if");
        for (String key : entries.keys()) {
            if (!key.equals("if") && !key.equals("then") && !key.equals("else")) {
                yaml.problems().at(entries.keyNode(key), "unknown key '" + key + "' in an if statement: expected"
                        + " if, then, else" + Suggestions.didYouMean(key, List.of("then", "else")));
            }
        }
        if (!entries.has("then")) {
            yaml.problems().at(keyNode, "if statement is missing 'then:' (a list of statements run when the"
                    + " test is true), written at the same indentation as 'if:'");
        }
        Condition condition = condition(entries.get("if"));
        List<Statement> then = entries.has("then") ? block(entries.get("then"), "'then'") : List.of();
        List<Statement> otherwise = entries.has("else") ? block(entries.get("else"), "'else'") : List.of();
        if (condition == null || then == null || otherwise == null) {
            return null;
        }
        return new If(condition, then, otherwise, YamlReader.pos(keyNode));
    }

    /**
     * {@code choose:} a mapping from alternative names to blocks, at least two, in file order. An empty
     * block ({@code []}) is an alternative in which nothing happens.
     */
    private Statement choose(Node value, Pos pos) {
        Entries e = yaml.anyMapping(value, "choose's alternatives (" + usages.get("choose") + ")");
        if (e == null) {
            return null;
        }
        if (e.size() < 2) {
            yaml.problems().at(value, "choose needs at least two alternatives, found " + e.size() + ": name each"
                    + " one and give its statements, e.g. " + usages.get("choose")
                    + " (an alternative may be [] for 'nothing happens')");
            return null;
        }
        List<String> names = new ArrayList<>();
        List<List<Statement>> alternatives = new ArrayList<>();
        boolean ok = true;
        for (String key : e.keys()) {
            String name = yaml.name(e.keyNode(key), "the name of a choose alternative");
            List<Statement> block = block(e.get(key), "alternative '" + key + "'");
            ok &= name != null && block != null;
            names.add(key);
            alternatives.add(block);
        }
        return ok ? new Choose(names, alternatives, pos) : null;
    }

    /**
     * {@code may_fail: {call: f, errno: E or [E, ...], into: r}} with optional {@code on_failure:} and
     * {@code on_success:} blocks.
     */
    private Statement mayFail(Entries entries) {
        Node keyNode = entries.keyNode("may_fail");
        for (String key : entries.keys()) {
            if (!key.equals("may_fail") && !key.equals("on_failure") && !key.equals("on_success")) {
                yaml.problems().at(entries.keyNode(key), "unknown key '" + key + "' in a may_fail statement:"
                        + " expected may_fail, on_failure, on_success"
                        + Suggestions.didYouMean(key, List.of("on_failure", "on_success")));
            }
        }
        Entries e = args(entries.get("may_fail"), "may_fail", List.of("call", "errno", "into"),
                List.of("call", "errno"));
        List<Statement> onFailure = entries.has("on_failure") ? block(entries.get("on_failure"), "'on_failure'")
                : List.of();
        List<Statement> onSuccess = entries.has("on_success") ? block(entries.get("on_success"), "'on_success'")
                : List.of();
        if (e == null || !e.has("call") || !e.has("errno") || onFailure == null || onSuccess == null) {
            return null;
        }
        String call = yaml.name(e.get("call"), "may_fail's call (the kernel function that may fail)");
        String into = e.has("into") ? yaml.name(e.get("into"), "may_fail's into") : null;
        List<Integer> errnos = new ArrayList<>();
        Node errnoNode = e.get("errno");
        List<Node> words = errnoNode instanceof ScalarNode ? List.of(errnoNode)
                : yaml.sequence(errnoNode, "may_fail's errno (an errno name or a list of them)");
        if (words == null) {
            return null;
        }
        if (words.isEmpty()) {
            yaml.problems().at(errnoNode, "may_fail's errno lists no errno: name what the call fails with,"
                    + " e.g. errno: ENOMEM or errno: [EAGAIN, ENOENT]");
            return null;
        }
        for (Node word : words) {
            Errno errno = errno(word, "may_fail's errno");
            if (errno == null) {
                return null;
            }
            if (errnos.contains(errno.value())) {
                yaml.problems().at(word, "errno " + errno.name() + " is listed twice in may_fail: list each"
                        + " failure once");
                return null;
            }
            errnos.add(errno.value());
        }
        if (into != null && !entries.has("on_failure")) {
            yaml.problems().at(e.keyNode("into"), "may_fail's into names the errno inside on_failure, and this"
                    + " may_fail has none: add on_failure: [...] at the indentation of may_fail, or remove into");
            return null;
        }
        return call == null || (e.has("into") && into == null) ? null
                : new MayFail(call, errnos, into, onSuccess, onFailure, YamlReader.pos(keyNode));
    }

    private Condition condition(Node node) {
        String usage = "write {test_and_set: f}, {empty: f}, {field: f, equals: 1} (or not_equals, less_than,"
                + " at_most), {issue_flags: NONBLOCK}, {cmd_flags: REISSUE}, {tw: cancel}, {cmd_op: 1} or"
                + " {sqe: tag, equals: 1}";
        List<String> keys = new ArrayList<>(List.of("test_and_set", "empty", "field", "issue_flags", "cmd_flags",
                "tw", "cmd_op", "sqe"));
        keys.addAll(Vocabulary.COMPARISONS.keySet());
        Entries e = yaml.mapping(node, "an if test (" + usage + ")", keys, List.of());
        if (e == null) {
            return null;
        }
        if (e.has("test_and_set") && e.size() == 1) {
            String f = yaml.name(e.get("test_and_set"), "the field of test_and_set");
            return f == null ? null : Condition.testAndSet(f);
        }
        if (e.has("empty") && e.size() == 1) {
            String f = yaml.name(e.get("empty"), "the field of empty");
            return f == null ? null : Condition.empty(f);
        }
        if (e.has("issue_flags") && e.size() == 1) {
            Integer bit = yaml.choice(e.get("issue_flags"), "issue_flags bit", Vocabulary.ISSUE_FLAG_BITS);
            return bit == null ? null : Condition.issueFlag(bit);
        }
        if (e.has("cmd_flags") && e.size() == 1) {
            Integer bit = yaml.choice(e.get("cmd_flags"), "cmd->flags bit", Vocabulary.CMD_FLAG_BITS);
            return bit == null ? null : Condition.cmdFlag(bit);
        }
        if (e.has("tw") && e.size() == 1) {
            String state = yaml.choice(e.get("tw"), "task-work state", Map.of("cancel", "cancel"));
            return state == null ? null : Condition.twCancel();
        }
        if (e.has("cmd_op") && e.size() == 1) {
            Integer op = yaml.integer(e.get("cmd_op"), "cmd_op");
            return op == null ? null : Condition.cmdOp(op);
        }
        if (e.has("sqe") && e.has("equals") && e.size() == 2) {
            String f = yaml.name(e.get("sqe"), "the SQE field of the test");
            Integer v = yaml.integer(e.get("equals"), "equals");
            return f == null || v == null ? null : Condition.sqeEquals(f, v);
        }
        if (e.has("field") && e.size() == 2) {
            for (Map.Entry<String, Condition.Kind> c : Vocabulary.COMPARISONS.entrySet()) {
                if (e.has(c.getKey())) {
                    String f = yaml.name(e.get("field"), "the field of " + c.getKey());
                    Integer v = yaml.integer(e.get(c.getKey()), c.getKey());
                    return f == null || v == null ? null : Condition.compare(c.getValue(), f, v);
                }
            }
        }
        yaml.problems().at(node, "an if test takes exactly one form: " + usage);
        return null;
    }

    private interface LocalStatement {
        Statement make(String local, Pos pos);
    }

    private Statement local(Node value, String word, Pos pos, LocalStatement make) {
        String local = yaml.name(value, word + "'s handle (" + usages.get(word) + ")");
        return local == null ? null : make.make(local, pos);
    }

    private Statement handlerName(Node value, String word, Pos pos, LocalStatement make) {
        String name = yaml.name(value, word + "'s handler (" + usages.get(word) + ")");
        return name == null ? null : make.make(name, pos);
    }

    private Statement lockName(Node value, String word, Pos pos, LocalStatement make) {
        String name = yaml.name(value, word + "'s lock (" + usages.get(word) + ")");
        return name == null ? null : make.make(name, pos);
    }

    private Entries args(Node value, String word, List<String> allowed, List<String> required) {
        return yaml.mapping(value, word + " (" + usages.get(word) + ")", allowed, required);
    }

    /** The {@code handle:} argument, {@code cmd} when absent. */
    private String handle(Entries e, String word) {
        return e.has("handle") ? yaml.name(e.get("handle"), word + "'s handle") : Handler.CMD;
    }

    private Statement readSqe(Node value, Pos pos) {
        if (value instanceof ScalarNode) {
            return local(value, "read_sqe", pos, ReadSqe::new);
        }
        Entries e = args(value, "read_sqe", List.of("handle", "field"), List.of("field"));
        if (e == null || !e.has("field")) {
            return null;
        }
        String h = handle(e, "read_sqe");
        String field = yaml.name(e.get("field"), "read_sqe's SQE field");
        return h == null || field == null ? null : new ReadSqe(h, field, pos);
    }

    private Statement copyFromUser(Node value, Pos pos) {
        String buffer = yaml.name(value, "copy_from_user's user data (" + usages.get("copy_from_user") + ")");
        return buffer == null ? null : new CopyFromUser(buffer, pos);
    }

    private Statement readPdu(Node value, Pos pos) {
        if (value instanceof ScalarNode) {
            return local(value, "read_pdu", pos, ReadPdu::new);
        }
        Entries e = args(value, "read_pdu", List.of("handle", "field"), List.of("field"));
        if (e == null || !e.has("field")) {
            return null;
        }
        String h = handle(e, "read_pdu");
        String field = yaml.name(e.get("field"), "read_pdu's PDU field");
        return h == null || field == null ? null : new ReadPdu(h, field, pos);
    }

    /** The {@code field:} argument of a PDU statement: a field of the {@code pdu:} layout, or null for the whole PDU. */
    private String pduField(Entries e, String word) {
        return e.has("field") ? yaml.name(e.get("field"), word + "'s PDU field") : null;
    }

    private Statement writePdu(Node value, Pos pos) {
        Entries e = args(value, "write_pdu", List.of("handle", "field", "value"), List.of("value"));
        if (e == null) {
            return null;
        }
        String h = handle(e, "write_pdu");
        String field = pduField(e, "write_pdu");
        Integer v = e.has("value") ? yaml.integer(e.get("value"), "write_pdu's value") : null;
        return h == null || v == null || e.has("field") && field == null ? null : new WritePdu(h, field, v, pos);
    }

    private Statement assertPdu(Node value, Pos pos) {
        Entries e = args(value, "assert_pdu", List.of("handle", "field", "equals"), List.of("equals"));
        if (e == null) {
            return null;
        }
        String h = handle(e, "assert_pdu");
        String field = pduField(e, "assert_pdu");
        Integer v = e.has("equals") ? yaml.integer(e.get("equals"), "assert_pdu's equals") : null;
        return h == null || v == null || e.has("field") && field == null ? null : new AssertPdu(h, field, v, pos);
    }

    private Statement queue(Node value, Pos pos) {
        Entries e = args(value, "queue", List.of("handle", "token"), List.of("handle"));
        if (e == null || !e.has("handle")) {
            return null;
        }
        String h = yaml.name(e.get("handle"), "queue's handle");
        String t = e.has("token") ? yaml.name(e.get("token"), "queue's token") : null;
        return h == null || (e.has("token") && t == null) ? null : new Queue(Handler.CMD, h, t, pos);
    }

    private Statement complete(Node value, Pos pos) {
        Entries e = args(value, "complete", List.of("ret", "token"), List.of("ret", "token"));
        if (e == null || !e.has("ret") || !e.has("token")) {
            return null;
        }
        Integer ret = result(e.get("ret"), "complete's ret");
        String t = yaml.name(e.get("token"), "complete's token");
        return ret == null || t == null ? null : new Complete(Handler.CMD, ret, t, pos);
    }

    private Statement returnStatement(Node value, Pos pos) {
        Entries e = args(value, "return", List.of("ok", "err", "raw", "local"), List.of());
        if (e == null) {
            return null;
        }
        if (e.size() != 1) {
            yaml.problems().at(value, "return takes exactly one of ok, err, raw, local: " + usages.get("return"));
            return null;
        }
        if (e.has("local")) {
            String r = yaml.name(e.get("local"), "return's local (the errno a may_fail bound)");
            return r == null ? null : new Return(ReturnValue.local(r), pos);
        }
        if (e.has("ok")) {
            String t = yaml.name(e.get("ok"), "return's token");
            return t == null ? null : new Return(ReturnValue.token(t), pos);
        }
        if (e.has("err")) {
            Errno errno = errno(e.get("err"), "return's err");
            return errno == null ? null : new Return(ReturnValue.err(errno.value()), pos);
        }
        Integer raw = result(e.get("raw"), "return's raw value");
        return raw == null ? null : new Return(ReturnValue.raw(raw), pos);
    }

    private Statement done(Node value, Pos pos) {
        Entries e = args(value, "done", List.of("handle", "ret", "flags"), List.of("ret", "flags"));
        if (e == null || !e.has("ret") || !e.has("flags")) {
            return null;
        }
        String h = handle(e, "done");
        FlagsChoice flags = yaml.choice(e.get("flags"), "issue flags", Vocabulary.FLAGS);
        String local = localName(e.get("ret"));
        if (local != null) {
            return h == null || flags == null ? null : new Done(h, 0, flags, pos, local);
        }
        Integer ret = result(e.get("ret"), "done's ret");
        return h == null || ret == null || flags == null ? null : new Done(h, ret, flags, pos);
    }

    private Statement completeInTask(Node value, Pos pos) {
        Entries e = args(value, "complete_in_task", List.of("handle", "handler"), List.of("handler"));
        if (e == null || !e.has("handler")) {
            return null;
        }
        String h = handle(e, "complete_in_task");
        String handler = yaml.name(e.get("handler"), "complete_in_task's handler");
        return h == null || handler == null ? null : new CompleteInTask(h, handler, pos);
    }

    private Statement markCancelable(Node value, Pos pos) {
        Entries e = args(value, "mark_cancelable", List.of("handle", "flags"), List.of("flags"));
        if (e == null || !e.has("flags")) {
            return null;
        }
        String h = handle(e, "mark_cancelable");
        FlagsChoice flags = yaml.choice(e.get("flags"), "issue flags", Vocabulary.FLAGS);
        return h == null || flags == null ? null : new MarkCancelable(h, flags, pos);
    }

    private Statement store(Node value, Pos pos) {
        Entries e = args(value, "store", List.of("field", "from"), List.of("field", "from"));
        if (e == null || !e.has("field") || !e.has("from")) {
            return null;
        }
        String f = yaml.name(e.get("field"), "store's field");
        String from = yaml.name(e.get("from"), "store's from");
        return f == null || from == null ? null : new Store(f, from, pos);
    }

    private Statement load(Node value, Pos pos) {
        Entries e = args(value, "load", List.of("field", "into"), List.of("field", "into"));
        if (e == null || !e.has("field") || !e.has("into")) {
            return null;
        }
        String f = yaml.name(e.get("field"), "load's field");
        String into = yaml.name(e.get("into"), "load's into");
        return f == null || into == null ? null : new Load(f, into, pos);
    }

    private Statement clear(Node value, Pos pos) {
        Entries e = args(value, "clear", List.of("field"), List.of("field"));
        if (e == null || !e.has("field")) {
            return null;
        }
        String f = yaml.name(e.get("field"), "clear's field");
        return f == null ? null : new Clear(f, pos);
    }

    private Statement add(Node value, Pos pos, String word, int sign) {
        Entries e = args(value, word, List.of("field", "value"), List.of("field", "value"));
        if (e == null || !e.has("field") || !e.has("value")) {
            return null;
        }
        String f = yaml.name(e.get("field"), word + "'s field");
        Integer v = yaml.integer(e.get("value"), word + "'s value");
        return f == null || v == null ? null : new AddField(f, sign * v, pos);
    }

    private Statement set(Node value, Pos pos) {
        Entries e = args(value, "set", List.of("field", "value"), List.of("field", "value"));
        if (e == null || !e.has("field") || !e.has("value")) {
            return null;
        }
        String f = yaml.name(e.get("field"), "set's field");
        Integer v = yaml.integer(e.get("value"), "set's value");
        return f == null || v == null ? null : new SetField(f, v, pos);
    }

    /**
     * The local a result names ({@code ret: err}: a lowercase name, the errno a {@code may_fail} bound), or
     * null for a number or an errno word.
     */
    private static String localName(Node node) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
                && scalar.getValue().matches("[a-z_][a-z0-9_]*")) {
            return scalar.getValue();
        }
        return null;
    }

    /** {@code for_each: {var: t, do: [...]}}: a walk over every command of the device. */
    private Statement forEach(Node value, Pos pos) {
        Entries e = args(value, "for_each", List.of("var", "do"), List.of("var", "do"));
        if (e == null || !e.has("var") || !e.has("do")) {
            return null;
        }
        String var = yaml.name(e.get("var"), "for_each's var (the index of the command of each iteration)");
        List<Statement> body = block(e.get("do"), "the body of for_each (its 'do:' list)");
        if (var == null || body == null) {
            return null;
        }
        if (body.isEmpty()) {
            yaml.problems().at(e.get("do"), "for_each's 'do:' list is empty: give it the statements one"
                    + " iteration runs for command " + var + ", or remove the loop");
            return null;
        }
        return new ForEach(var, body, pos);
    }

    /** A result value: a decimal integer or a negative errno such as {@code -EINVAL}. */
    private Integer result(Node node, String what) {
        if (node instanceof ScalarNode && ((ScalarNode) node).getTag().equals(Tag.STR)) {
            String text = ((ScalarNode) node).getValue();
            if (text.startsWith("-")) {
                Errno errno = errnoWord(node, text.substring(1), what);
                return errno == null ? null : errno.value();
            }
            if (Vocabulary.ERRNOS.containsKey(text)) {
                yaml.problems().at(node, what + " is a return value: write -" + text + " (negative), not " + text);
                return null;
            }
        }
        return yaml.integer(node, what + " (an integer or a negative errno such as -EINVAL)");
    }

    /** An errno name, with or without its minus sign ({@code EINVAL}, {@code -EINVAL}). */
    private Errno errno(Node node, String what) {
        String text = yaml.text(node, what);
        if (text == null) {
            return null;
        }
        return errnoWord(node, text.startsWith("-") ? text.substring(1) : text, what);
    }

    private Errno errnoWord(Node node, String word, String what) {
        Errno errno = Vocabulary.ERRNOS.get(word);
        if (errno == null) {
            List<String> common = Errno.LIFECYCLE.stream().map(Errno::name).toList();
            yaml.problems().at(node, "unknown errno '" + word + "' for " + what + ": expected an errno name of"
                    + " include/uapi/asm-generic/errno-base.h or errno.h, such as " + Suggestions.list(common)
                    + Suggestions.didYouMean(word, Vocabulary.ERRNOS.keySet()));
        }
        return errno;
    }
}

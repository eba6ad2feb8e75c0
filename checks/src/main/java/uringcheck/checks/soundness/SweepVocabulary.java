package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uringcheck.checks.scenario.Vocabulary;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.ApiRules;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The finite vocabulary the sweep enumerates driver programs over, for one abstraction, and the small
 * environment every program is checked in (docs/soundness.md "Vocabulary"). The templates are a
 * superset of what each abstraction can express; the scenario validator decides which sequences compile
 * in safe Rust under the abstraction, so the enumerated programs are exactly the well-typed ones.
 *
 * <p>Constants: results {@code 0}, {@code -EAGAIN}, {@code -EIOCBQUEUED} for {@code complete};
 * {@code Err(EINVAL)}, {@code Err(EAGAIN)}, {@code Err(EIOCBQUEUED)}; PDU value 1; {@code done} result 0
 * (−ECANCELED in cancel); the issue-flags choices of the abstraction's API ({@link ApiRules#flagChoices()},
 * {@link ApiRules#cancelFlagChoices()} for the cancel binding); one per-command handle
 * field {@code h}, one device-wide token field {@code tf}; one kworker handler {@code work}, one task-work
 * handler {@code tw} and the cancel handler where the abstraction binds them.
 *
 * <p>The {@link Language#DRIVER} vocabulary adds the driver-language constructs the Rust abstraction can
 * express (docs/soundness.md §2): flag tests on what the core gave the running call ({@code issue_flags}
 * through the {@code u32} or the {@code IssueCap}, {@code cmd.flags()}) and a walk over the driver's own
 * handles ({@code for_each}, {@code Option::take} of each tag's parked handle). It is a separate language
 * so the {@link Language#BASE} sweep, whose counts are pinned, is unchanged.
 */
public final class SweepVocabulary {

    /** The kworker handler's name. */
    public static final String WORK = "work";
    /** The task-work handler's name. */
    public static final String TASK_WORK = "tw";
    /** The cancel handler's name. */
    public static final String CANCEL = "cancel";
    /** The per-command handle field. */
    public static final String HANDLE_FIELD = "h";
    /** The device-wide token field. */
    public static final String TOKEN_FIELD = "tf";

    /** The loop variable of a walk over the driver's handles. */
    public static final String TAG = "tag";
    /** The local a walk takes each tag's handle into. */
    public static final String EACH = "e";

    private static final String CMD = Handler.CMD;

    /** Which statement forms are enumerated (docs/soundness.md §2). */
    public enum Language {
        /** The straight-line vocabulary of docs/soundness.md §2 (the default; its sweep counts are pinned). */
        BASE,
        /**
         * {@link #BASE} plus flag tests ({@code if issue_flags & NONBLOCK { return Err(EAGAIN) }}, {@code if
         * cmd.flags() & REISSUE == 0 { cmd.write_pdu(1) }}) and a walk over every tag's handle in a work item
         * or cancel call ({@code for tag { if let Some(e) = h[tag].take() { e.done(..) } }}).
         */
        DRIVER
    }

    private final Abstraction abstraction;
    private final Language language;
    private final Map<HandlerKind, List<Template>> templates = new LinkedHashMap<>();

    private SweepVocabulary(Abstraction abstraction, Language language) {
        this.abstraction = abstraction;
        this.language = language;
        ApiRules api = abstraction.api();
        List<FlagsChoice> flags = api.flagChoices();
        List<FlagsChoice> cancelFlags = api.cancelFlagChoices();
        boolean taskWork = api.binds(HandlerKind.TASK_WORK);
        boolean cancel = api.binds(HandlerKind.CANCEL);

        List<Template> u = new ArrayList<>();
        u.add(new Template("queue", HandlerKind.URING_CMD, false, l -> new Queue(CMD, "q", "t", Pos.atLine(l))));
        for (int r : List.of(0, Errno.EAGAIN.value(), Errno.EIOCBQUEUED.value())) {
            u.add(new Template("complete(" + Errno.describe(r) + ")", HandlerKind.URING_CMD, false,
                    l -> new Complete(CMD, r, "c", Pos.atLine(l))));
        }
        u.add(new Template("write_pdu(cmd)", HandlerKind.URING_CMD, false, l -> new WritePdu(CMD, 1, Pos.atLine(l))));
        u.add(new Template("store(h,q)", HandlerKind.URING_CMD, false,
                l -> new Store(HANDLE_FIELD, "q", Pos.atLine(l))));
        u.add(new Template("store(tf,t)", HandlerKind.URING_CMD, false,
                l -> new Store(TOKEN_FIELD, "t", Pos.atLine(l))));
        u.add(new Template("load(tf,u)", HandlerKind.URING_CMD, false, l -> new Load(TOKEN_FIELD, "u", Pos.atLine(l))));
        u.add(new Template("schedule_work", HandlerKind.URING_CMD, false, l -> new ScheduleWork(WORK, Pos.atLine(l))));
        for (FlagsChoice f : flags) {
            u.add(new Template("done(q," + word(f) + ")", HandlerKind.URING_CMD, false,
                    l -> new Done("q", 0, f, Pos.atLine(l))));
        }
        if (taskWork) {
            u.add(new Template("complete_in_task(q)", HandlerKind.URING_CMD, false,
                    l -> new CompleteInTask("q", TASK_WORK, Pos.atLine(l))));
        }
        if (cancel) {
            for (FlagsChoice f : cancelFlags) {
                u.add(new Template("mark_cancelable(q," + word(f) + ")", HandlerKind.URING_CMD, false,
                        l -> new MarkCancelable("q", f, Pos.atLine(l))));
            }
        }
        if (language == Language.DRIVER) {
            u.add(new Template("if(issue_flags&NONBLOCK){return Err(EAGAIN)}", HandlerKind.URING_CMD, false,
                    l -> new If(Condition.issueFlag(IssueFlags.NONBLOCK),
                            List.of(new Return(ReturnValue.err(Errno.EAGAIN.value()), Pos.atLine(l))), List.of(),
                            Pos.atLine(l))));
            u.add(new Template("if(cmd.flags&REISSUE){}else{write_pdu(cmd)}", HandlerKind.URING_CMD, false,
                    l -> new If(Condition.cmdFlag(IssueFlags.CMD_REISSUE), List.of(),
                            List.of(new WritePdu(CMD, 1, Pos.atLine(l))), Pos.atLine(l))));
        }
        for (String token : List.of("t", "c", "u")) {
            u.add(new Template("return Ok(" + token + ")", HandlerKind.URING_CMD, true,
                    l -> new Return(ReturnValue.token(token), Pos.atLine(l))));
        }
        for (Errno e : List.of(Errno.EINVAL, Errno.EAGAIN, Errno.EIOCBQUEUED)) {
            u.add(new Template("return Err(" + e.name() + ")", HandlerKind.URING_CMD, true,
                    l -> new Return(ReturnValue.err(e.value()), Pos.atLine(l))));
        }
        templates.put(HandlerKind.URING_CMD, List.copyOf(u));

        List<Template> w = new ArrayList<>();
        w.add(new Template("load(h,q)", HandlerKind.KWORKER, false, l -> new Load(HANDLE_FIELD, "q", Pos.atLine(l))));
        for (FlagsChoice f : flags) {
            w.add(new Template("done(q," + word(f) + ")", HandlerKind.KWORKER, false,
                    l -> new Done("q", 0, f, Pos.atLine(l))));
        }
        if (taskWork) {
            w.add(new Template("complete_in_task(q)", HandlerKind.KWORKER, false,
                    l -> new CompleteInTask("q", TASK_WORK, Pos.atLine(l))));
        }
        if (language == Language.DRIVER) {
            for (FlagsChoice f : flags) {
                w.add(walk(HandlerKind.KWORKER, 0, f));
            }
        }
        templates.put(HandlerKind.KWORKER, List.copyOf(w));

        if (taskWork) {
            List<Template> t = new ArrayList<>();
            for (FlagsChoice f : flags) {
                t.add(new Template("done(cmd," + word(f) + ")", HandlerKind.TASK_WORK, false,
                        l -> new Done(CMD, 0, f, Pos.atLine(l))));
            }
            templates.put(HandlerKind.TASK_WORK, List.copyOf(t));
        }
        if (cancel) {
            int canceled = Errno.ECANCELED.value();
            List<Template> c = new ArrayList<>();
            for (FlagsChoice f : cancelFlags) {
                c.add(new Template("done(cmd," + word(f) + ")", HandlerKind.CANCEL, false,
                        l -> new Done(CMD, canceled, f, Pos.atLine(l))));
            }
            c.add(new Template("load(h,q)", HandlerKind.CANCEL, false,
                    l -> new Load(HANDLE_FIELD, "q", Pos.atLine(l))));
            for (FlagsChoice f : cancelFlags) {
                c.add(new Template("done(q," + word(f) + ")", HandlerKind.CANCEL, false,
                        l -> new Done("q", canceled, f, Pos.atLine(l))));
            }
            if (language == Language.DRIVER) {
                for (FlagsChoice f : cancelFlags) {
                    c.add(walk(HandlerKind.CANCEL, canceled, f));
                }
            }
            templates.put(HandlerKind.CANCEL, List.copyOf(c));
        }
    }

    /**
     * The walk over every tag's parked handle ({@code ublk_abort_queue}'s loop over {@code ubq->ios[tag]},
     * fuse's teardown of its entries): take the tag's handle and complete it with {@code ret} and
     * {@code flags}; a tag whose field is empty is skipped ({@code if let Some}).
     */
    private static Template walk(HandlerKind kind, int ret, FlagsChoice flags) {
        return new Template(WALK + word(flags) + ")}", kind, false,
                l -> new ForEach(TAG, List.of(new Load(HANDLE_FIELD, EACH, Pos.atLine(l)),
                        new Done(EACH, ret, flags, Pos.atLine(l))), Pos.atLine(l)));
    }

    /** The name prefix of the walk templates. */
    static final String WALK = "for_each{take(h);done(e,";

    private SweepVocabulary(SweepVocabulary all, Collection<String> names) {
        this.abstraction = all.abstraction;
        this.language = all.language;
        for (Map.Entry<HandlerKind, List<Template>> e : all.templates.entrySet()) {
            List<Template> kept = new ArrayList<>();
            for (Template t : e.getValue()) {
                if (names.contains(t.name())) {
                    kept.add(t);
                }
            }
            templates.put(e.getKey(), List.copyOf(kept));
        }
    }

    /**
     * This vocabulary with only the templates named in {@code names} (in every handler kind that has
     * them): a targeted sweep over a sub-language, e.g. to show in a fast test that the enumeration
     * itself reaches a hole that needs more statements than the full sweep can afford there.
     */
    public SweepVocabulary restrictedTo(Collection<String> names) {
        return new SweepVocabulary(this, names);
    }

    /** The base vocabulary for {@code abstraction}, one whose API is typed (the C API has no typestate to prove). */
    public static SweepVocabulary of(Abstraction abstraction) {
        return of(abstraction, Language.BASE);
    }

    /** The vocabulary of {@code language} for {@code abstraction}, one whose API is typed. */
    public static SweepVocabulary of(Abstraction abstraction, Language language) {
        if (!abstraction.api().typed()) {
            throw new IllegalArgumentException("the soundness sweep is for the Rust abstractions (seed, v5, fixed);"
                    + " the C API has no types that could rule anything out");
        }
        return new SweepVocabulary(abstraction, language);
    }

    /** The scenario-format word of a flags choice. */
    static String word(FlagsChoice f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The abstractions the sweep can prove (those whose API is typed), by their scenario-format word, in
     * the word table's order.
     */
    public static Map<String, Abstraction> sweepable() {
        Map<String, Abstraction> out = new LinkedHashMap<>();
        Vocabulary.ABSTRACTIONS.forEach((word, a) -> {
            if (a.api().typed()) {
                out.put(word, a);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The abstraction. */
    public Abstraction abstraction() {
        return abstraction;
    }

    /** The language enumerated. */
    public Language language() {
        return language;
    }

    /** The templates of handlers of {@code kind}, in enumeration order (empty if the kind is not swept). */
    public List<Template> templates(HandlerKind kind) {
        return templates.getOrDefault(kind, List.of());
    }

    /** The handler kinds swept, in program order: uring_cmd, kworker, then task work and cancel if bound. */
    public List<HandlerKind> kinds() {
        return List.copyOf(templates.keySet());
    }

    /** The device fields every program declares. */
    public static List<FieldDecl> fields() {
        return List.of(new FieldDecl(HANDLE_FIELD, FieldDecl.Kind.HANDLE, true, 0, Pos.NONE),
                new FieldDecl(TOKEN_FIELD, FieldDecl.Kind.TOKEN, false, 0, Pos.NONE));
    }

    /**
     * The small environment of the sweep: two commands, cmd#0 inline and cmd#1 through io-wq
     * ({@code IOSQE_ASYNC}), two request slots, and userspace may close the ring or exit the task at any
     * point.
     */
    public static Environment environment() {
        return new Environment(List.of(SubmitMode.INLINE, SubmitMode.IOWQ), 2, true, true, false, false);
    }

    /** The language in one line, for reports (docs/soundness.md §2). */
    public static String describe(Language language) {
        return switch (language) {
            case BASE -> "base (straight-line statements, docs/soundness.md §2)";
            case DRIVER -> "driver (base plus flag tests on issue_flags and cmd.flags() and a walk over every tag's"
                    + " handle, docs/soundness.md §2)";
        };
    }

    /** The environment in one line, for reports. */
    public static String describeEnvironment() {
        return "2 commands (cmd#0 inline, cmd#1 io-wq via IOSQE_ASYNC), 2 request slots, ring exit and task exit"
                + " at any point";
    }
}

package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Alloc;
import uringcheck.model.lifecycle.program.Free;
import uringcheck.model.lifecycle.program.ListAdd;
import uringcheck.model.lifecycle.program.ListDel;
import uringcheck.model.lifecycle.program.ListFirst;
import uringcheck.model.lifecycle.program.ListMove;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.DriverProperty;
import uringcheck.model.lifecycle.state.Value;

/**
 * The steps on the driver's own objects ({@code kmalloc}/{@code kfree} of a pool object, the
 * {@code list_head} operations of {@code include/linux/list.h}) and the test {@code list_empty}, on the
 * {@link World}'s object entries laid out by {@link ObjectLayout}. A misuse (use after free, double free,
 * free while still linked, NULL pointer, double add) is a breach of
 * {@link DriverProperty#OBJECT_LIFETIME}; the step still does what the kernel would do with the memory
 * (the list is linked, the object freed), except through a NULL pointer, which oopses and changes nothing.
 */
final class DriverObjects {

    private final ObjectLayout layout;
    private final World w;
    private final ContextKind actor;

    DriverObjects(ObjectLayout layout, World w, ContextKind actor) {
        this.layout = layout;
        this.w = w;
        this.actor = actor;
    }

    /** Allocates the lowest-numbered free object of the pool ({@link Interpreter#enabled} waits for one). */
    Value alloc(Alloc s) {
        int start = layout.poolStart(s.pool(), s.line());
        for (int i = start; i < start + layout.poolSize(s.pool(), s.line()); i++) {
            if (w.objects.get(i) == 0) {
                w.objects.set(i, 1);
                if (w.describes()) {
                    w.say(s.into() + " = alloc(" + s.pool() + ") gives " + layout.objectName(i));
                }
                return Value.object(i);
            }
        }
        throw new IllegalStateException("alloc from an exhausted pool must wait");
    }

    /** {@code kfree(v)}. */
    void free(Value v, int line) {
        if (v.kind() != Value.Kind.OBJECT) {
            w.say("kfree(NULL)");
            return;
        }
        int o = v.number();
        if (w.describes()) {
            w.say("kfree(" + layout.objectName(o) + ")");
        }
        if (w.objects.get(o) == 0) {
            breach(line, Cause.OBJECT_DOUBLE_FREE, actor, o);
            return;
        }
        int on = listOf(o);
        if (on >= 0) {
            breach(line, Cause.OBJECT_FREED_ON_LIST, actor, o, on);
        }
        w.objects.set(o, 0);
    }

    /** {@code list_add} / {@code list_add_tail} of {@code v} into list {@code name}. */
    void add(ListAdd s, Value v) {
        int o = live(v, s.line());
        if (o < 0) {
            return;
        }
        int list = layout.list(s.list(), s.line());
        int on = listOf(o);
        if (w.describes()) {
            w.say((s.tail() ? "list_add_tail(" : "list_add(") + layout.objectName(o) + ", " + s.list() + ")");
        }
        if (on >= 0) {
            breach(s.line(), Cause.LIST_DOUBLE_ADD, actor, o, on);
            unlink(o, on);
        }
        link(o, list, s.tail());
    }

    /** {@code list_del_init} of {@code v}. */
    void del(ListDel s, Value v) {
        int o = live(v, s.line());
        if (o < 0) {
            return;
        }
        int on = listOf(o);
        if (on >= 0) {
            unlink(o, on);
            if (w.describes()) {
                w.say("list_del_init(" + layout.objectName(o) + ") from " + layout.listName(on));
            }
        } else if (w.describes()) {
            w.say("list_del_init(" + layout.objectName(o) + "): on no list, nothing changes");
        }
    }

    /** {@code list_move} / {@code list_move_tail} of {@code v} into list {@code name}. */
    void move(ListMove s, Value v) {
        int o = live(v, s.line());
        if (o < 0) {
            return;
        }
        int list = layout.list(s.list(), s.line());
        int on = listOf(o);
        if (on >= 0) {
            unlink(o, on);
        }
        link(o, list, s.tail());
        if (w.describes()) {
            w.say((s.tail() ? "list_move_tail(" : "list_move(") + layout.objectName(o) + ", " + s.list() + ")"
                    + (on >= 0 ? " from " + layout.listName(on) : ""));
        }
    }

    /** {@code list_first_entry_or_null}: the first member of the list, or nothing. */
    Value first(ListFirst s) {
        int list = layout.list(s.list(), s.line());
        int head = w.objects.get(layout.listStart(list));
        Value v = head == 0 ? Value.EMPTY : Value.object(head - 1);
        if (w.describes()) {
            w.say(s.into() + " = list_first_entry_or_null(" + s.list() + ") (" + (head == 0 ? "NULL"
                    : layout.objectName(head - 1)) + ")");
        }
        return v;
    }

    /** {@code list_empty(&list)}. */
    boolean empty(String list, int line) {
        return w.objects.get(layout.listStart(layout.list(list, line))) == 0;
    }

    /** The object {@code v} points to, or -1 after recording a NULL pointer; a freed one is a use after free. */
    private int live(Value v, int line) {
        if (v.kind() != Value.Kind.OBJECT) {
            breach(line, Cause.OBJECT_NULL, actor);
            return -1;
        }
        int o = v.number();
        if (w.objects.get(o) == 0) {
            breach(line, Cause.OBJECT_USE_AFTER_FREE, actor, o);
        }
        return o;
    }

    /** The list object {@code o} is on, or -1. */
    private int listOf(int o) {
        for (int l = 0; l < layout.lists(); l++) {
            int start = layout.listStart(l);
            for (int i = start; i < start + layout.objects(); i++) {
                if (w.objects.get(i) == o + 1) {
                    return l;
                }
            }
        }
        return -1;
    }

    private void unlink(int o, int list) {
        int start = layout.listStart(list);
        int end = start + layout.objects();
        int at = start;
        while (w.objects.get(at) != o + 1) {
            at++;
        }
        for (int i = at; i < end - 1; i++) {
            w.objects.set(i, w.objects.get(i + 1));
        }
        w.objects.set(end - 1, 0);
    }

    private void link(int o, int list, boolean tail) {
        int start = layout.listStart(list);
        int end = start + layout.objects();
        if (tail) {
            int at = start;
            while (w.objects.get(at) != 0) {
                at++;
            }
            w.objects.set(at, o + 1);
        } else {
            for (int i = end - 1; i > start; i--) {
                w.objects.set(i, w.objects.get(i - 1));
            }
            w.objects.set(start, o + 1);
        }
    }

    private void breach(int line, Cause cause, Object... subject) {
        w.driverBreach(DriverProperty.OBJECT_LIFETIME, layout.breachAt(DriverProperty.OBJECT_LIFETIME), line, cause,
                subject);
    }
}

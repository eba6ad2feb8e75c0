package uringcheck.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * A structural 64-bit fingerprint of immutable model values.
 *
 * <p>Covers records (component by component, in declaration order), enums (by declaring class name
 * and ordinal, so the value is the same in every JVM run), boxed primitives, strings, lists and other
 * ordered collections, {@link Optional} and {@code null}. A {@code Map} or an unordered {@code Set} is
 * rejected: its iteration order is not part of its value, so it has no place in a model state.
 *
 * <p>Every input word is folded in with a multiply-xorshift step and the result goes through the
 * SplitMix64 finaliser, so equal values give equal fingerprints in every run and distinct values
 * behave like independent 64-bit draws for the collision bound an explorer reports.
 */
public final class Fingerprints {

    private static final long SEED = 0x6A09E667F3BCC909L;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    components[i].getAccessor().setAccessible(true);
                    handles[i] = MethodHandles.lookup().unreflect(components[i].getAccessor());
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read record component "
                            + type.getName() + "." + components[i].getName(), e);
                }
            }
            return handles;
        }
    };

    private Fingerprints() {
    }

    /** The fingerprint of {@code value}. */
    public static long of(Object value) {
        return finish(fold(SEED, value));
    }

    /** Folds one 64-bit word into a running hash. */
    public static long mix(long hash, long word) {
        long h = (hash ^ word) * MULTIPLIER;
        return h ^ (h >>> 29);
    }

    /** The SplitMix64 finaliser: turns a running hash into a well-spread fingerprint. */
    public static long finish(long hash) {
        long z = hash;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fold(long hash, Object value) {
        if (value == null) {
            return mix(hash, 0x5A5A5A5A5A5A5A5AL);
        }
        if (value instanceof Integer i) {
            return mix(hash, i);
        }
        if (value instanceof Long l) {
            return mix(mix(hash, 1), l);
        }
        if (value instanceof Boolean b) {
            return mix(hash, b ? 0x1F : 0x2F);
        }
        if (value instanceof Enum<?> e) {
            return mix(mix(hash, e.getDeclaringClass().getName().hashCode()), e.ordinal());
        }
        if (value instanceof String s) {
            long h = mix(hash, s.length());
            for (int i = 0; i < s.length(); i++) {
                h = mix(h, s.charAt(i));
            }
            return h;
        }
        if (value instanceof Record r) {
            long h = mix(hash, r.getClass().getName().hashCode());
            for (MethodHandle accessor : ACCESSORS.get(r.getClass())) {
                try {
                    h = fold(h, accessor.invoke(r));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
            return h;
        }
        if (value instanceof Map<?, ?> || value instanceof Set<?> && !(value instanceof SortedSet<?>)) {
            throw new IllegalArgumentException("unordered collection in a model state: "
                    + value.getClass().getName() + "; use a List or a SortedSet");
        }
        if (value instanceof Collection<?> c) {
            long h = mix(hash, 0xC0L + c.size());
            for (Object element : c) {
                h = fold(h, element);
            }
            return h;
        }
        if (value instanceof Optional<?> o) {
            return fold(mix(hash, 0x0F), o.orElse(null));
        }
        if (value instanceof Number n) {
            return mix(mix(hash, 2), n.longValue());
        }
        if (value instanceof Character c) {
            return mix(mix(hash, 3), c);
        }
        throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
                + " in a model state: use records, enums, primitives, strings and lists");
    }
}

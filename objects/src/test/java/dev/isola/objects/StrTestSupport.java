package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the str/bytes/bytearray tests: Java values become Python objects (String → str,
 * Long/Integer → int, Double → float, Boolean → bool, null → None, {@link #b} → bytes,
 * {@link #ba} → bytearray, Object[] → tuple, List → list, {@link Slice} → slice), a method call
 * is checked by the {@code repr} of its result or by {@code "ExcType: message"} of what it
 * raises. The expected texts were printed by CPython 3.11.
 */
abstract class StrTestSupport extends ObjectsTestSupport {
    /** Marks bytes given as latin-1 text. */
    record Bytes(String latin1) {}

    /** Marks a bytearray given as latin-1 text. */
    record ByteArray(String latin1) {}

    /** An object that already exists (borrowed), passed through as is. */
    record Ref(long addr) {}

    /** A slice; null bounds are None. */
    record Slice(Long start, Long stop, Long step) {}

    static Bytes b(String latin1) {
        return new Bytes(latin1);
    }

    static ByteArray ba(String latin1) {
        return new ByteArray(latin1);
    }

    static Slice sl(Long start, Long stop, Long step) {
        return new Slice(start, stop, step);
    }

    static Object[] tup(Object... items) {
        return items;
    }

    /** A dict literal: keys and values alternating (nulls allowed, order kept). */
    @SuppressWarnings("unchecked")
    static <K> Map<K, Object> dict(Object... keysAndValues) {
        Map<K, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A new (tracked) object for a Java value. */
    protected long obj(Object v) {
        if (v == null) {
            return space.none();
        }
        if (v instanceof Ref ref) {
            return ref.addr();
        }
        if (v instanceof BuiltinType type) {
            return space.type(type);
        }
        if (v instanceof String t) {
            return str(t);
        }
        if (v instanceof Long l) {
            return integer(l);
        }
        if (v instanceof Integer i) {
            return integer(i);
        }
        if (v instanceof java.math.BigInteger big) {
            return track(IntType.fromBig(s, big));
        }
        if (v instanceof Boolean bool) {
            return space.bool(bool);
        }
        if (v instanceof Double d) {
            return track(FloatType.fromDouble(s, d));
        }
        if (v instanceof Bytes bytes) {
            return track(BytesType.fromBytes(s, bytes.latin1().getBytes(StandardCharsets.ISO_8859_1)));
        }
        if (v instanceof ByteArray bytes) {
            return track(ByteArrayType.fromBytes(s, bytes.latin1().getBytes(StandardCharsets.ISO_8859_1)));
        }
        if (v instanceof Slice slice) {
            return track(SliceType.newSlice(s, slice.start() == null ? 0 : obj(slice.start()),
                    slice.stop() == null ? 0 : obj(slice.stop()), slice.step() == null ? 0 : obj(slice.step())));
        }
        if (v instanceof Object[] items) {
            long[] addrs = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                addrs[i] = obj(items[i]);
            }
            return tuple(addrs);
        }
        if (v instanceof List<?> items) {
            long list = track(ListType.newList(s));
            for (Object item : items) {
                ListType.append(s, list, obj(item));
            }
            return list;
        }
        if (v instanceof Map<?, ?> map) {
            long dict = track(DictType.newDict(s));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                DictType.setItem(s, dict, obj(e.getKey()), obj(e.getValue()));
            }
            return dict;
        }
        throw new IllegalArgumentException("no Python value for " + v);
    }

    /** {@code repr(self.method(*args))}, or {@code "ExcType: str(exc)"} when it raises. */
    protected String call(Object self, String method, Object... args) {
        return callKw(self, method, null, args);
    }

    /** As {@link #call} with keyword arguments. */
    protected String callKw(Object self, String method, Map<String, ?> kwargs, Object... args) {
        long target = obj(self);
        long[] addrs = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            addrs[i] = obj(args[i]);
        }
        long tuple = tuple(addrs);
        long kw = kwargs == null ? 0 : obj(kwargs);
        return outcome(() -> {
            long m = track(Abstract.getAttr(s, target, method));
            return Abstract.call(s, m, tuple, kw);
        });
    }

    /** The repr of what {@code action} returns (a new reference, released here) or the exception text. */
    protected String outcome(java.util.function.LongSupplier action) {
        try {
            long r = action.getAsLong();
            try {
                return Abstract.reprJava(s, r);
            } finally {
                Objects.decref(s, r);
            }
        } catch (PyException e) {
            return exceptionText(e);
        }
    }

    /** {@code "Type: message"} of a caught exception, which is released. */
    protected String exceptionText(PyException e) {
        try {
            long exc = e.exception();
            String type = Objects.typeNameOf(exc);
            long args = ExceptionTypes.args(exc);
            String message;
            if (Objects.isInstance(exc, space.type(BuiltinType.UNICODE_ERROR)) && TupleType.size(args) == 5) {
                message = StrType.toJava(track(Codecs.unicodeErrorStr(s, exc)));
            } else {
                message = Abstract.strJava(s, exc);
            }
            return message.isEmpty() ? type : type + ": " + message;
        } finally {
            e.release(s);
        }
    }

    /** Asserts {@code repr(self.method(*args))} (or the exception text) is {@code expected}. */
    protected void eq(String expected, Object self, String method, Object... args) {
        assertEquals(expected, call(self, method, args), () -> "repr(" + show(self) + "." + method + "(...))");
    }

    /** As {@link #eq} with keyword arguments. */
    protected void eqKw(String expected, Object self, String method, Map<String, ?> kwargs, Object... args) {
        assertEquals(expected, callKw(self, method, kwargs, args), () -> "repr(" + show(self) + "." + method + "(...))");
    }

    /** Asserts the repr of {@code a op b} for a binary protocol call. */
    protected void op(String expected, java.util.function.LongSupplier action) {
        assertEquals(expected, outcome(action));
    }

    /** Python's repr of a Java-side value, for messages. */
    private String show(Object v) {
        try {
            return repr(obj(v));
        } catch (RuntimeException e) {
            return String.valueOf(v);
        }
    }

    /** Fails unless {@code action} raises; returns "Type: message". */
    protected String raisesText(Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            return exceptionText(e);
        }
        return fail("expected an exception");
    }
}

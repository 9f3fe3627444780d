package dev.isola.interp.modules;

import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.immortal.Refcount;
import java.math.BigInteger;
import java.util.List;

/**
 * Objects crossing between interpreters (CPython's cross-interpreter data, PEP 734's
 * "shareable" objects): immortal objects ({@code None}, {@code True}, small ints, the static
 * types …) are the same object in every interpreter and pass as they are; exact {@code int},
 * {@code float}, {@code str}, {@code bytes} and tuples of shareable objects are copied, by way
 * of an immutable Java value, from one interpreter's memory into the other's. Nothing else
 * crosses (queues and pickling come later).
 *
 * <p>{@link #export} runs under the source interpreter's lock, {@link #importInto} under the
 * target's; the Java value in between belongs to neither.
 */
final class Crossing {
    private Crossing() {}

    /** An immortal object, by address (valid in every interpreter of the runtime). */
    record Immortal(long addr) {}

    /**
     * The Java value of a shareable object; a TypeError-like NotShareableError (raised as
     * {@code notShareable}) names the first object that is not.
     */
    static Object export(ObjectState s, long o, long notShareable) {
        if (Refcount.isImmortal(o)) {
            return new Immortal(o);
        }
        long t = Objects.type(o);
        if (t == s.space().intType()) {
            return IntType.fitsLong(o) ? (Object) IntType.longValue(o) : IntType.toBig(o);
        }
        if (t == s.space().type(BuiltinType.FLOAT)) {
            return FloatType.value(o);
        }
        if (t == s.space().type(BuiltinType.STR)) {
            return StrType.toJava(o);
        }
        if (t == s.space().type(BuiltinType.BYTES)) {
            return BytesType.toArray(o);
        }
        if (t == s.space().type(BuiltinType.TUPLE)) {
            int n = (int) TupleType.size(o);
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = export(s, TupleType.getItem(o, i), notShareable);
            }
            return List.of(items);
        }
        throw Errors.raise(s, notShareable, "'" + Objects.typeNameOf(o) + "' object is not shareable between interpreters");
    }

    /** A new reference, in the interpreter of {@code s}, to a copy of an exported value. */
    static long importInto(ObjectState s, Object v) {
        return switch (v) {
            case Immortal im -> im.addr();
            case Long l -> IntType.fromLong(s, l);
            case BigInteger b -> IntType.fromBig(s, b);
            case Double d -> FloatType.fromDouble(s, d);
            case String str -> StrType.fromJava(s, str);
            case byte[] bytes -> BytesType.fromBytes(s, bytes);
            case List<?> items -> {
                long t = TupleType.allocate(s, items.size());
                for (int i = 0; i < items.size(); i++) {
                    TupleType.initItem(s, t, i, importInto(s, items.get(i)));
                }
                yield t;
            }
            default -> throw new IllegalArgumentException("not an exported value: " + v.getClass());
        };
    }
}

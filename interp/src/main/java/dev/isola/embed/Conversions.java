package dev.isola.embed;

import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.DictType;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value conversions between Java and Python: null↔None, Boolean↔bool, Integer/Long↔int
 * (BigInteger beyond a long), Double/Float↔float, String↔str, byte[]↔bytes, List↔list,
 * Map↔dict; Java arrays become lists and tuples Lists. A Python object of any other type comes
 * back as a {@link PyObject} handle; a Java object of any other type is refused.
 */
final class Conversions {
    private Conversions() {
    }

    /** A new reference to the Python form of {@code value}. */
    static long toPython(PyInterpreter owner, ObjectState s, Object value) {
        return switch (value) {
            case null -> Objects.newRef(s.space().none());
            case Boolean b -> Objects.newRef(s.space().bool(b));
            case Integer i -> IntType.fromLong(s, i);
            case Long l -> IntType.fromLong(s, l);
            case Short v -> IntType.fromLong(s, v);
            case Byte v -> IntType.fromLong(s, v);
            case BigInteger b -> IntType.fromBig(s, b);
            case Double d -> FloatType.fromDouble(s, d);
            case Float f -> FloatType.fromDouble(s, f);
            case String str -> StrType.fromJava(s, str);
            case Character c -> StrType.fromJava(s, c.toString());
            case byte[] bytes -> BytesType.fromBytes(s, bytes);
            case PyObject o -> Objects.newRef(o.addressFor(owner));
            case List<?> list -> listOf(owner, s, list, list.size());
            case Map<?, ?> map -> dictOf(owner, s, map);
            default -> {
                if (value.getClass().isArray()) {
                    int n = Array.getLength(value);
                    List<Object> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        items.add(Array.get(value, i));
                    }
                    yield listOf(owner, s, items, n);
                }
                throw new IllegalArgumentException(
                        "cannot convert a Java " + value.getClass().getName() + " to a Python object");
            }
        };
    }

    private static long listOf(PyInterpreter owner, ObjectState s, Iterable<?> items, int n) {
        long list = ListType.newList(s);
        try {
            for (Object item : items) {
                long v = toPython(owner, s, item);
                try {
                    ListType.append(s, list, v);
                } finally {
                    Objects.decref(s, v);
                }
            }
        } catch (RuntimeException | Error e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    private static long dictOf(PyInterpreter owner, ObjectState s, Map<?, ?> map) {
        long dict = DictType.newDict(s);
        try {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                long k = toPython(owner, s, e.getKey());
                try {
                    long v = toPython(owner, s, e.getValue());
                    try {
                        DictType.setItem(s, dict, k, v);
                    } finally {
                        Objects.decref(s, v);
                    }
                } finally {
                    Objects.decref(s, k);
                }
            }
        } catch (RuntimeException | Error e) {
            Objects.decref(s, dict);
            throw e;
        }
        return dict;
    }

    /** The Java form of {@code addr} (borrowed); other types as a new {@link PyObject} handle. */
    static Object toJava(PyInterpreter owner, ObjectState s, long addr) {
        long type = Objects.type(addr);
        if (addr == s.space().none()) {
            return null;
        }
        if (type == s.space().type(BuiltinType.BOOL)) {
            return addr == s.space().trueObject();
        }
        if (type == s.space().type(BuiltinType.INT)) {
            return IntType.fitsLong(addr) ? (Object) IntType.longValue(addr) : IntType.toBig(addr);
        }
        if (type == s.space().type(BuiltinType.FLOAT)) {
            return FloatType.value(addr);
        }
        if (type == s.space().type(BuiltinType.STR)) {
            return StrType.toJava(addr);
        }
        if (type == s.space().type(BuiltinType.BYTES)) {
            return BytesType.toArray(addr);
        }
        if (type == s.space().type(BuiltinType.LIST)) {
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < ListType.size(addr); i++) {
                out.add(toJava(owner, s, ListType.getItem(addr, i)));
            }
            return out;
        }
        if (type == s.space().type(BuiltinType.TUPLE)) {
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < TupleType.size(addr); i++) {
                out.add(toJava(owner, s, TupleType.getItem(addr, i)));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        if (type == s.space().type(BuiltinType.DICT)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            long[] cursor = new long[3];
            while (DictType.next(addr, cursor)) {
                out.put(toJava(owner, s, cursor[1]), toJava(owner, s, cursor[2]));
            }
            return out;
        }
        if (owner == null) {
            // An interpreter not made by the embedding API (one made from Python) has no handles.
            throw dev.isola.objects.Errors.typeError(s, "a '" + Objects.typeNameOf(addr)
                    + "' object cannot be passed to Java in this interpreter (only None, bool, int, float, str, "
                    + "bytes, list, tuple and dict can)");
        }
        return new PyObject(owner, addr);
    }
}

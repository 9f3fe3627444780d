package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Iterators over a dict ({@code dict_keyiterator}, {@code dict_valueiterator},
 * {@code dict_itemiterator} and their {@code dict_reverse…} counterparts) and the views
 * {@code dict_keys}, {@code dict_values}, {@code dict_items}. Stateless.
 *
 * <pre>
 *   iterator (GC)                                 view (GC)
 *   +16  dict        dict, or 0 once exhausted      +16  dict   dict (owned)
 *   +24  used        the dict's size at creation    +24  flags  int64, bit 0: repr in progress
 *   +32  position    next entry index (reverse:     (32 bytes)
 *                    the one before, down to -1)
 *   +40  remaining   items still expected
 *   (48 bytes)
 * </pre>
 *
 * <p>As CPython's {@code dictiter_iternext*}: a dict whose size differs from {@code used}
 * raises {@code RuntimeError: dictionary changed size during iteration} (and keeps raising);
 * a forward iterator that finds more items than {@code remaining} — keys replaced at equal
 * size — raises {@code dictionary keys changed during iteration}. The view and reverse
 * iterator types are found by name ({@link #registeredType}) until their BuiltinType entries
 * exist; before that, asking for one raises SystemError.
 */
final class DictViews {
    static final int DICT_OFFSET = 16;
    static final int USED_OFFSET = 24;
    static final int POSITION_OFFSET = 32;
    static final int REMAINING_OFFSET = 40;
    static final int ITERATOR_SIZE = 48;
    static final int VIEW_FLAGS_OFFSET = 24;
    static final int VIEW_SIZE = 32;

    private DictViews() {}

    // ---------------------------------------------------------------- iterators

    /** Slots of one of the dict iterator types, forward or reverse, chosen by the type's name. */
    static TypeSlots iteratorSlots(BuiltinType t) {
        char yields = yields(t);
        boolean reverse = isReverse(t);
        return TypeSlots.builder()
                .iter((s, it) -> Objects.newRef(it))
                .next(reverse ? (s, it) -> reverseNext(s, it, yields) : (s, it) -> iterNext(s, it, yields))
                .dealloc((s, it) -> {
                    Objects.xdecref(s, Memory.getLong(it + DICT_OFFSET));
                    s.freeGcObject(it);
                })
                .traverse((s, it, visitor) -> {
                    long d = Memory.getLong(it + DICT_OFFSET);
                    if (d != 0) {
                        visitor.visit(d);
                    }
                })
                .method("__length_hint__", (s, it, args, kwargs) -> {
                    DictOps.noArguments(s, "__length_hint__", args, kwargs);
                    long d = Memory.getLong(it + DICT_OFFSET);
                    long n = d != 0 && Memory.getLong(it + USED_OFFSET) == DictType.size(d)
                            ? Memory.getLong(it + REMAINING_OFFSET) : 0;
                    return IntType.fromLong(s, n);
                })
                .build();
    }

    /** What iterators of type {@code t} yield: 'k'eys, 'v'alues or 'i'tems (by the type's name). */
    private static char yields(BuiltinType t) {
        String name = t.pyName();
        return name.contains("key") ? 'k' : name.contains("value") ? 'v' : 'i';
    }

    private static boolean isReverse(BuiltinType t) {
        return t.pyName().startsWith("dict_reverse");
    }

    /** A new iterator of type {@code kind} (a dict iterator type, forward or reverse) over {@code dict}. */
    static long newIterator(ObjectState s, long dict, BuiltinType kind) {
        long it = s.allocGcObject(s.space().type(kind), ITERATOR_SIZE);
        Objects.checkReference(s, it, dict);
        long keys = DictType.keys(dict);
        long start = !isReverse(kind) ? 0 : keys == 0 ? -1 : DictKeys.nentries(keys) - 1;
        Memory.putLong(it + DICT_OFFSET, Objects.newRef(dict));
        Memory.putLong(it + USED_OFFSET, DictType.size(dict));
        Memory.putLong(it + POSITION_OFFSET, start);
        Memory.putLong(it + REMAINING_OFFSET, DictType.size(dict));
        return it;
    }

    /** The dict of a live iterator after the size check; 0 when exhausted. */
    private static long checkedDict(ObjectState s, long it) {
        long d = Memory.getLong(it + DICT_OFFSET);
        if (d != 0 && Memory.getLong(it + USED_OFFSET) != DictType.size(d)) {
            Memory.putLong(it + USED_OFFSET, -1);
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        return d;
    }

    private static long exhausted(ObjectState s, long it, long d) {
        Memory.putLong(it + DICT_OFFSET, 0);
        Objects.decref(s, d);
        return 0;
    }

    private static long produce(ObjectState s, char yields, long key, long value) {
        return switch (yields) {
            case 'k' -> Objects.newRef(key);
            case 'v' -> Objects.newRef(value);
            default -> TupleType.pack(s, key, value);
        };
    }

    static long iterNext(ObjectState s, long it, char yields) {
        long d = checkedDict(s, it);
        if (d == 0) {
            return 0;
        }
        long[] cursor = {Memory.getLong(it + POSITION_OFFSET), 0, 0};
        if (!DictType.next(d, cursor)) {
            return exhausted(s, it, d);
        }
        long remaining = Memory.getLong(it + REMAINING_OFFSET);
        if (remaining == 0) {
            exhausted(s, it, d);
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "dictionary keys changed during iteration");
        }
        Memory.putLong(it + POSITION_OFFSET, cursor[0]);
        Memory.putLong(it + REMAINING_OFFSET, remaining - 1);
        return produce(s, yields, cursor[1], cursor[2]);
    }

    /** CPython's {@code dictreviter_iternext}: entries from the last towards the first. */
    static long reverseNext(ObjectState s, long it, char yields) {
        long d = checkedDict(s, it);
        if (d == 0) {
            return 0;
        }
        long keys = DictType.keys(d);
        long i = keys == 0 ? -1 : Math.min(Memory.getLong(it + POSITION_OFFSET), DictKeys.nentries(keys) - 1);
        while (i >= 0 && DictKeys.entryKey(keys, i) == 0) {
            i--;
        }
        if (i < 0) {
            return exhausted(s, it, d);
        }
        Memory.putLong(it + POSITION_OFFSET, i - 1);
        Memory.putLong(it + REMAINING_OFFSET, Memory.getLong(it + REMAINING_OFFSET) - 1);
        return produce(s, yields, DictKeys.entryKey(keys, i), DictKeys.entryValue(keys, i));
    }

    /** {@code reversed(...)} of a dict or view: an iterator of the registered reverse type {@code typeName}. */
    static long newReverseIterator(ObjectState s, long dict, String typeName) {
        BuiltinType t = registeredType(typeName);
        if (t == null) {
            throw Errors.raise(s, BuiltinType.SYSTEM_ERROR, "dict reverse iterators are not registered: " + typeName);
        }
        return newIterator(s, dict, t);
    }

    // ---------------------------------------------------------------- views

    /**
     * The BuiltinType constant called {@code name} ("DICT_KEYS" …), or null while it is not
     * registered: the view and reverse-iterator types are looked up by name until their entries exist.
     */
    static BuiltinType registeredType(String name) {
        for (BuiltinType t : BuiltinType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    static long newView(ObjectState s, long dict, String typeName) {
        BuiltinType t = registeredType(typeName);
        if (t == null) {
            throw Errors.raise(s, BuiltinType.SYSTEM_ERROR, "dict views are not registered: " + typeName);
        }
        long v = s.allocGcObject(s.space().type(t), VIEW_SIZE);
        Objects.checkReference(s, v, dict);
        Memory.putLong(v + DICT_OFFSET, Objects.newRef(dict));
        Memory.putLong(v + VIEW_FLAGS_OFFSET, 0);
        return v;
    }

    static long dictOf(long view) {
        return Memory.getLong(view + DICT_OFFSET);
    }

    /** Slots of a view type; {@code t.pyName()} is {@code dict_keys}, {@code dict_values} or {@code dict_items}. */
    static TypeSlots viewSlots(BuiltinType t) {
        String name = t.pyName();
        BuiltinType iterator = switch (name) {
            case "dict_keys" -> BuiltinType.DICT_KEY_ITERATOR;
            case "dict_values" -> BuiltinType.DICT_VALUE_ITERATOR;
            default -> BuiltinType.DICT_ITEM_ITERATOR;
        };
        String reverse = switch (name) {
            case "dict_keys" -> "DICT_REVERSE_KEY_ITERATOR";
            case "dict_values" -> "DICT_REVERSE_VALUE_ITERATOR";
            default -> "DICT_REVERSE_ITEM_ITERATOR";
        };
        TypeSlots.Builder b = TypeSlots.builder()
                .repr((s, v) -> DictViewOps.repr(s, v, name))
                .length((s, v) -> DictType.size(dictOf(v)))
                .iter((s, v) -> newIterator(s, dictOf(v), iterator))
                .dealloc((s, v) -> {
                    Objects.decref(s, dictOf(v));
                    s.freeGcObject(v);
                })
                .traverse((s, v, visitor) -> visitor.visit(dictOf(v)))
                .method("__reversed__", (s, v, args, kwargs) -> {
                    DictOps.noArguments(s, name + ".__reversed__", args, kwargs);
                    return newReverseIterator(s, dictOf(v), reverse);
                });
        if (!name.equals("dict_values")) {
            boolean items = name.equals("dict_items");
            b.contains(items ? DictViewOps::itemsContains : (s, v, key) -> DictType.contains(s, dictOf(v), key))
                    .richCompare(DictViewOps::richCompare)
                    .number(NumberOp.AND, DictViewOps::and)
                    .number(NumberOp.OR, DictViewOps::or)
                    .number(NumberOp.SUBTRACT, DictViewOps::subtract)
                    .number(NumberOp.XOR, DictViewOps::xor)
                    .method("isdisjoint", DictViewOps::isDisjoint);
        }
        return b.build();
    }
}

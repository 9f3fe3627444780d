package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The Python-visible behaviour of {@code set} and {@code frozenset}: slots, methods,
 * construction, repr, hash. {@link SetType} holds the layout and table, {@link SetAlgebra} and
 * {@link SetUpdate} the operations between sets, {@link SetIterator} the iterator. Stateless.
 */
final class SetOps {
    private SetOps() {}

    static TypeSlots slots(boolean frozen) {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr(SetOps::repr)
                .richCompare(SetOps::richCompare)
                .length((s, so) -> SetType.size(so))
                .contains(SetOps::containsOperator)
                .iter(SetIterator::newIterator)
                .number(NumberOp.OR, (s, a, b2) -> binary(s, a, b2, NumberOp.OR))
                .number(NumberOp.AND, (s, a, b2) -> binary(s, a, b2, NumberOp.AND))
                .number(NumberOp.SUBTRACT, (s, a, b2) -> binary(s, a, b2, NumberOp.SUBTRACT))
                .number(NumberOp.XOR, (s, a, b2) -> binary(s, a, b2, NumberOp.XOR))
                .newInstance(frozen ? SetOps::newFrozenSet : SetOps::newSet)
                .dealloc(SetOps::dealloc)
                .clear(SetType::clear)
                .traverse((s, so, visitor) -> {
                    long[] cursor = new long[3];
                    while (SetType.next(so, cursor)) {
                        visitor.visit(cursor[1]);
                    }
                })
                .method("__contains__", (s, so, args, kw) -> {
                    DictOps.exactlyOne(s, name(s, so, "__contains__"), args, kw);
                    return s.space().bool(containsOperator(s, so, TupleType.getItem(args, 0)));
                })
                .method("copy", (s, so, args, kw) -> {
                    DictOps.noArguments(s, name(s, so, "copy"), args, kw);
                    if (Objects.type(so) == s.space().type(BuiltinType.FROZENSET)) {
                        return Objects.newRef(so);
                    }
                    return SetAlgebra.copy(s, so);
                })
                .method("difference", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "difference"), kw);
                    return SetAlgebra.differenceMulti(s, so, args);
                })
                .method("intersection", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "intersection"), kw);
                    return SetAlgebra.intersectionMulti(s, so, args);
                })
                .method("isdisjoint", (s, so, args, kw) -> s.space().bool(
                        SetAlgebra.isDisjoint(s, so, one(s, so, "isdisjoint", args, kw))))
                .method("issubset", (s, so, args, kw) -> s.space().bool(
                        SetAlgebra.isSubset(s, so, one(s, so, "issubset", args, kw))))
                .method("issuperset", (s, so, args, kw) -> s.space().bool(
                        SetAlgebra.isSuperset(s, so, one(s, so, "issuperset", args, kw))))
                .method("symmetric_difference", (s, so, args, kw) ->
                        SetAlgebra.symmetricDifference(s, so, one(s, so, "symmetric_difference", args, kw)))
                .method("union", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "union"), kw);
                    return SetAlgebra.union(s, so, args);
                })
                .method("__sizeof__", (s, so, args, kw) -> {
                    DictOps.noArguments(s, name(s, so, "__sizeof__"), args, kw);
                    return IntType.fromLong(s, SetType.sizeOf(so) - ObjectLayout.GC_PREFIX_SIZE);
                });
        if (frozen) {
            return b.hash(SetOps::frozenSetHash).build();
        }
        return b.inplace(NumberOp.OR, (s, a, b2) -> inplaceOp(s, a, b2, NumberOp.OR))
                .inplace(NumberOp.AND, (s, a, b2) -> inplaceOp(s, a, b2, NumberOp.AND))
                .inplace(NumberOp.SUBTRACT, (s, a, b2) -> inplaceOp(s, a, b2, NumberOp.SUBTRACT))
                .inplace(NumberOp.XOR, (s, a, b2) -> inplaceOp(s, a, b2, NumberOp.XOR))
                .method("add", (s, so, args, kw) -> {
                    SetType.add(s, so, one(s, so, "add", args, kw));
                    return s.space().none();
                })
                .method("clear", (s, so, args, kw) -> {
                    DictOps.noArguments(s, name(s, so, "clear"), args, kw);
                    SetType.clear(s, so);
                    return s.space().none();
                })
                .method("discard", (s, so, args, kw) -> {
                    discard(s, so, one(s, so, "discard", args, kw));
                    return s.space().none();
                })
                .method("remove", (s, so, args, kw) -> {
                    long key = one(s, so, "remove", args, kw);
                    if (!discard(s, so, key)) {
                        throw Errors.keyError(s, key);
                    }
                    return s.space().none();
                })
                .method("pop", (s, so, args, kw) -> {
                    DictOps.noArguments(s, name(s, so, "pop"), args, kw);
                    return pop(s, so);
                })
                .method("update", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "update"), kw);
                    for (long i = 0, n = TupleType.size(args); i < n; i++) {
                        SetUpdate.update(s, so, TupleType.getItem(args, i));
                    }
                    return s.space().none();
                })
                .method("difference_update", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "difference_update"), kw);
                    for (long i = 0, n = TupleType.size(args); i < n; i++) {
                        SetAlgebra.differenceUpdate(s, so, TupleType.getItem(args, i));
                    }
                    return s.space().none();
                })
                .method("intersection_update", (s, so, args, kw) -> {
                    DictOps.noKeywords(s, name(s, so, "intersection_update"), kw);
                    SetUpdate.replaceContents(s, so, SetAlgebra.intersectionMulti(s, so, args));
                    return s.space().none();
                })
                .method("symmetric_difference_update", (s, so, args, kw) -> {
                    SetAlgebra.symmetricDifferenceUpdate(s, so, one(s, so, "symmetric_difference_update", args, kw));
                    return s.space().none();
                })
                .build();
    }

    /** {@code set.name} or {@code frozenset.name}, for messages. */
    private static String name(ObjectState s, long so, String method) {
        return (SetType.isFrozen(s, so) ? "frozenset." : "set.") + method;
    }

    /** The single positional argument of a one-argument method. */
    private static long one(ObjectState s, long so, String method, long args, long kwargs) {
        DictOps.exactlyOne(s, name(s, so, method), args, kwargs);
        return TupleType.getItem(args, 0);
    }

    // ---------------------------------------------------------------- construction

    /** A new instance of {@code type} filled from {@code iterable} (0 for none). */
    static long makeNew(ObjectState s, long type, long iterable) {
        long so = SetType.newInstance(s, type);
        if (iterable != 0) {
            try {
                SetUpdate.update(s, so, iterable);
            } catch (PyException e) {
                Objects.decref(s, so);
                throw e;
            }
        }
        return so;
    }

    static long newSet(ObjectState s, long type, long args, long kwargs) {
        if (type == s.space().type(BuiltinType.SET)) {
            DictOps.noKeywords(s, "set", kwargs);
        }
        DictOps.positional(s, "set", args, 0, 1);
        return makeNew(s, type, TupleType.size(args) == 1 ? TupleType.getItem(args, 0) : 0);
    }

    /** {@code frozenset(x)}: an exact frozenset argument is returned itself. */
    static long newFrozenSet(ObjectState s, long type, long args, long kwargs) {
        long frozen = s.space().type(BuiltinType.FROZENSET);
        if (type == frozen) {
            DictOps.noKeywords(s, "frozenset", kwargs);
        }
        DictOps.positional(s, "frozenset", args, 0, 1);
        long iterable = TupleType.size(args) == 1 ? TupleType.getItem(args, 0) : 0;
        if (type == frozen && iterable != 0 && Objects.type(iterable) == frozen) {
            return Objects.newRef(iterable);
        }
        return makeNew(s, type, iterable);
    }

    static void dealloc(ObjectState s, long so) {
        if (Objects.DEBUG) {
            SetType.checkInvariants(so);
        }
        long table = SetType.table(so);
        SetType.releaseSlots(s, table, SetType.mask(so), SetType.size(so));
        if (table != so + SetType.SMALLTABLE_OFFSET) {
            s.freeBytes(table);
        }
        s.freeGcObject(so);
    }

    // ---------------------------------------------------------------- slots

    /** {@code {1, 2}}, {@code set()}, {@code frozenset({1})}; {@code set(...)} when recursive. */
    static long repr(ObjectState s, long so) {
        String typeName = Objects.typeNameOf(so);
        int flags = Memory.getInt(so + SetType.FLAGS_OFFSET);
        if ((flags & SetType.FLAG_IN_REPR) != 0) {
            return StrType.fromJava(s, typeName + "(...)");
        }
        long n = SetType.size(so);
        if (n == 0) {
            return StrType.fromJava(s, typeName + "()");
        }
        Memory.putInt(so + SetType.FLAGS_OFFSET, flags | SetType.FLAG_IN_REPR);
        long[] keys = new long[(int) n];
        int count = 0;
        long[] cursor = new long[3];
        while (count < n && SetType.next(so, cursor)) {
            keys[count++] = Objects.newRef(cursor[1]);
        }
        try {
            StringBuilder out = new StringBuilder();
            boolean exact = Objects.type(so) == s.space().type(BuiltinType.SET);
            out.append(exact ? "{" : typeName + "({");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(Abstract.reprJava(s, keys[i]));
            }
            return StrType.fromJava(s, out.append(exact ? "}" : "})").toString());
        } finally {
            for (int i = 0; i < count; i++) {
                Objects.decref(s, keys[i]);
            }
            Memory.putInt(so + SetType.FLAGS_OFFSET,
                    Memory.getInt(so + SetType.FLAGS_OFFSET) & ~SetType.FLAG_IN_REPR);
        }
    }

    /** CPython's {@code frozenset_hash}: xor of shuffled entry hashes, then dispersed; cached. */
    static long frozenSetHash(ObjectState s, long so) {
        long cached = Memory.getLong(so + SetType.HASH_OFFSET);
        if (cached != -1) {
            return cached;
        }
        long hash = 0;
        long[] cursor = new long[3];
        while (SetType.next(so, cursor)) {
            long h = cursor[2];
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= (SetType.size(so) + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        Memory.putLong(so + SetType.HASH_OFFSET, hash);
        return hash;
    }

    static long richCompare(ObjectState s, long v, long w, CompareOp op) {
        if (!SetType.check(s, w)) {
            return s.space().notImplemented();
        }
        long nv = SetType.size(v);
        long nw = SetType.size(w);
        boolean result = switch (op) {
            case EQ, NE -> {
                boolean eq;
                long hv = Memory.getLong(v + SetType.HASH_OFFSET);
                long hw = Memory.getLong(w + SetType.HASH_OFFSET);
                if (nv != nw || hv != -1 && hw != -1 && hv != hw) {
                    eq = false;
                } else {
                    eq = SetAlgebra.isSubset(s, v, w);
                }
                yield eq == (op == CompareOp.EQ);
            }
            case LE -> SetAlgebra.isSubset(s, v, w);
            case GE -> SetAlgebra.isSuperset(s, v, w);
            case LT -> nv < nw && SetAlgebra.isSubset(s, v, w);
            case GT -> nv > nw && SetAlgebra.isSuperset(s, v, w);
        };
        return s.space().bool(result);
    }

    /** True when {@code key} is a set (not a frozenset) — such keys are retried as frozensets. */
    private static boolean isMutableSet(ObjectState s, long key) {
        return Objects.isSubtype(Objects.type(key), s.space().type(BuiltinType.SET));
    }

    /** {@code key in so}: an unhashable set key is looked up as the equal frozenset. */
    static boolean containsOperator(ObjectState s, long so, long key) {
        try {
            return SetType.contains(s, so, key);
        } catch (PyException e) {
            if (!isMutableSet(s, key) || !e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
        }
        long tmp = SetType.newFrozenSet(s, key);
        try {
            return SetType.contains(s, so, tmp);
        } finally {
            Objects.decref(s, tmp);
        }
    }

    /** {@code so.discard(key)} with the same frozenset retry; true when the key was present. */
    static boolean discard(ObjectState s, long so, long key) {
        try {
            return SetType.discard(s, so, key);
        } catch (PyException e) {
            if (!isMutableSet(s, key) || !e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
        }
        long tmp = SetType.newFrozenSet(s, key);
        try {
            return SetType.discard(s, so, tmp);
        } finally {
            Objects.decref(s, tmp);
        }
    }

    /** CPython's {@code set_pop}: from the finger onwards, wrapping; the slot becomes dummy. */
    static long pop(ObjectState s, long so) {
        if (SetType.size(so) == 0) {
            long message = StrType.fromJava(s, "pop from an empty set");
            try {
                throw Errors.keyError(s, message);
            } finally {
                Objects.decref(s, message);
            }
        }
        long table = SetType.table(so);
        long mask = SetType.mask(so);
        long i = Memory.getLong(so + SetType.FINGER_OFFSET) & mask;
        for (;;) {
            long key = Memory.getLong(table + i * SetType.ENTRY_SIZE);
            if (key != 0 && key != SetType.DUMMY) {
                break;
            }
            i = i == mask ? 0 : i + 1;
        }
        long entry = table + i * SetType.ENTRY_SIZE;
        long key = Memory.getLong(entry + SetType.ENTRY_KEY);
        Memory.putLong(entry + SetType.ENTRY_KEY, SetType.DUMMY);
        Memory.putLong(entry + SetType.ENTRY_HASH, -1);
        Memory.putLong(so + SetType.USED_OFFSET, SetType.size(so) - 1);
        Memory.putLong(so + SetType.FINGER_OFFSET, i + 1);
        return key;
    }

    /** {@code | & - ^}: NotImplemented unless both operands are sets or frozensets. */
    static long binary(ObjectState s, long a, long b, NumberOp op) {
        if (!SetType.check(s, a) || !SetType.check(s, b)) {
            return s.space().notImplemented();
        }
        return switch (op) {
            case OR -> {
                long result = SetAlgebra.copy(s, a);
                if (a != b) {
                    try {
                        SetUpdate.update(s, result, b);
                    } catch (PyException e) {
                        Objects.decref(s, result);
                        throw e;
                    }
                }
                yield result;
            }
            case AND -> SetAlgebra.intersection(s, a, b);
            case SUBTRACT -> SetAlgebra.difference(s, a, b);
            default -> SetAlgebra.symmetricDifference(s, a, b);
        };
    }

    /** {@code |= &= -= ^=} of a set: in place, returning the set itself. */
    static long inplaceOp(ObjectState s, long so, long other, NumberOp op) {
        if (!SetType.check(s, other)) {
            return s.space().notImplemented();
        }
        switch (op) {
            case OR -> SetUpdate.update(s, so, other);
            case AND -> SetUpdate.replaceContents(s, so, SetAlgebra.intersection(s, so, other));
            case SUBTRACT -> SetAlgebra.differenceUpdate(s, so, other);
            default -> SetAlgebra.symmetricDifferenceUpdate(s, so, other);
        }
        return Objects.newRef(so);
    }
}

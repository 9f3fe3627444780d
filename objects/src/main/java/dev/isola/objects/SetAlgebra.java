package dev.isola.objects;


/**
 * The set algebra of {@code set} and {@code frozenset} — update, union, intersection,
 * difference, symmetric difference, subset tests — following {@code setobject.c} step for step,
 * since which set is iterated and which is probed decides the result's table, and with it its
 * iteration order. Stateless; arguments borrowed, results new references.
 */
final class SetAlgebra {
    private SetAlgebra() {}

    /** set or frozenset: the builtin base of {@code so}'s type, for results of operations. */
    static long baseType(ObjectState s, long so) {
        long t = Objects.type(so);
        long set = s.space().type(BuiltinType.SET);
        long frozen = s.space().type(BuiltinType.FROZENSET);
        if (t == set || t == frozen) {
            return t;
        }
        return Objects.isSubtype(t, set) ? set : frozen;
    }

    /** A new empty set of {@code so}'s base type. */
    static long newLike(ObjectState s, long so) {
        return SetType.newInstance(s, baseType(s, so));
    }

    // ---------------------------------------------------------------- union, intersection

    /** {@code so.copy()} as a set or frozenset (never a subclass). */
    static long copy(ObjectState s, long so) {
        long result = newLike(s, so);
        try {
            SetUpdate.merge(s, result, so);
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    /** {@code so.union(*others)}. */
    static long union(ObjectState s, long so, long others) {
        long result = copy(s, so);
        try {
            for (long i = 0, n = TupleType.size(others); i < n; i++) {
                long other = TupleType.getItem(others, i);
                if (other != so) {
                    SetUpdate.update(s, result, other);
                }
            }
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    /** CPython's {@code set_intersection}: iterate the smaller set, probe the larger. */
    static long intersection(ObjectState s, long so, long other) {
        if (so == other) {
            return copy(s, so);
        }
        long result = newLike(s, so);
        try {
            if (SetType.check(s, other)) {
                if (SetType.size(other) > SetType.size(so)) {
                    long t = so;
                    so = other;
                    other = t;
                }
                long[] cursor = new long[3];
                while (SetType.next(other, cursor)) {
                    long key = Objects.newRef(cursor[1]);
                    try {
                        if (SetType.containsEntry(s, so, key, cursor[2])) {
                            SetType.addEntry(s, result, key, cursor[2]);
                        }
                    } finally {
                        Objects.decref(s, key);
                    }
                }
                return result;
            }
            long it = Abstract.iter(s, other);
            try {
                for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                    try {
                        long hash = DictType.hashOf(s, key);
                        if (SetType.containsEntry(s, so, key, hash)) {
                            SetType.addEntry(s, result, key, hash);
                            if (SetType.size(result) >= SetType.size(so)) {
                                break;
                            }
                        }
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
            return result;
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
    }

    /** {@code so.intersection(*others)}. */
    static long intersectionMulti(ObjectState s, long so, long others) {
        long n = TupleType.size(others);
        if (n == 0) {
            return copy(s, so);
        }
        long result = Objects.newRef(so);
        for (long i = 0; i < n; i++) {
            long next;
            try {
                next = intersection(s, result, TupleType.getItem(others, i));
            } catch (PyException e) {
                Objects.decref(s, result);
                throw e;
            }
            Objects.decref(s, result);
            result = next;
        }
        return result;
    }

    // ---------------------------------------------------------------- difference

    /** CPython's {@code set_difference_update_internal}; purges dummies when over a quarter of the table. */
    static void differenceUpdate(ObjectState s, long so, long other) {
        if (so == other) {
            SetType.clear(s, so);
            return;
        }
        if (SetType.check(s, other)) {
            long source = SetType.size(other) >> 3 > SetType.size(so) ? intersection(s, so, other) : Objects.newRef(other);
            try {
                long[] cursor = new long[3];
                while (SetType.next(source, cursor)) {
                    long key = Objects.newRef(cursor[1]);
                    try {
                        SetType.discardEntry(s, so, key, cursor[2]);
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, source);
            }
        } else {
            long it = Abstract.iter(s, other);
            try {
                for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                    try {
                        SetType.discard(s, so, key);
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        }
        if (SetType.fill(so) - SetType.size(so) > SetType.mask(so) / 4) {
            long used = SetType.size(so);
            SetType.resize(s, so, used > 50000 ? used * 2 : used * 4);
        }
    }

    /** CPython's {@code set_difference}: copy-and-discard when {@code so} is much larger, else filter. */
    static long difference(ObjectState s, long so, long other) {
        long otherSize;
        boolean otherDict = Objects.type(other) == s.space().type(BuiltinType.DICT);
        if (SetType.check(s, other)) {
            otherSize = SetType.size(other);
        } else if (otherDict) {
            otherSize = DictType.size(other);
        } else {
            otherSize = -1;
        }
        if (otherSize < 0 || SetType.size(so) >> 2 > otherSize) {
            long result = copy(s, so);
            try {
                differenceUpdate(s, result, other);
            } catch (PyException e) {
                Objects.decref(s, result);
                throw e;
            }
            return result;
        }
        long result = newLike(s, so);
        try {
            long[] cursor = new long[3];
            while (SetType.next(so, cursor)) {
                long key = Objects.newRef(cursor[1]);
                try {
                    boolean present = otherDict ? DictType.getItem(s, other, key, cursor[2]) != 0
                            : SetType.containsEntry(s, other, key, cursor[2]);
                    if (!present) {
                        SetType.addEntry(s, result, key, cursor[2]);
                    }
                } finally {
                    Objects.decref(s, key);
                }
            }
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    /** {@code so.difference(*others)}. */
    static long differenceMulti(ObjectState s, long so, long others) {
        long n = TupleType.size(others);
        if (n == 0) {
            return copy(s, so);
        }
        long result = difference(s, so, TupleType.getItem(others, 0));
        try {
            for (long i = 1; i < n; i++) {
                differenceUpdate(s, result, TupleType.getItem(others, i));
            }
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    // ---------------------------------------------------------------- symmetric difference

    /** CPython's {@code set_symmetric_difference_update}. */
    static void symmetricDifferenceUpdate(ObjectState s, long so, long other) {
        if (so == other) {
            SetType.clear(s, so);
            return;
        }
        if (Objects.type(other) == s.space().type(BuiltinType.DICT)) {
            long[] cursor = new long[4];
            while (DictType.next(other, cursor)) {
                toggle(s, so, cursor[1], cursor[3]);
            }
        } else if (SetType.check(s, other)) {
            toggleAll(s, so, other);
        } else {
            long otherSet = SetType.newInstance(s, baseType(s, so));
            try {
                SetUpdate.update(s, otherSet, other);
                toggleAll(s, so, otherSet);
            } finally {
                Objects.decref(s, otherSet);
            }
        }
    }

    private static void toggleAll(ObjectState s, long so, long other) {
        long[] cursor = new long[3];
        while (SetType.next(other, cursor)) {
            toggle(s, so, cursor[1], cursor[2]);
        }
    }

    private static void toggle(ObjectState s, long so, long key, long hash) {
        Objects.incref(key);
        try {
            if (!SetType.discardEntry(s, so, key, hash)) {
                SetType.addEntry(s, so, key, hash);
            }
        } finally {
            Objects.decref(s, key);
        }
    }

    /** {@code so ^ other}: a new set of {@code other}'s elements, then toggled by {@code so}'s. */
    static long symmetricDifference(ObjectState s, long so, long other) {
        long result = newLike(s, so);
        try {
            SetUpdate.update(s, result, other);
            toggleAll(s, result, so);
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    // ---------------------------------------------------------------- comparisons

    static boolean isSubset(ObjectState s, long so, long other) {
        if (!SetType.check(s, other)) {
            long tmp = intersection(s, so, other);
            try {
                return SetType.size(tmp) == SetType.size(so);
            } finally {
                Objects.decref(s, tmp);
            }
        }
        if (SetType.size(so) > SetType.size(other)) {
            return false;
        }
        long[] cursor = new long[3];
        while (SetType.next(so, cursor)) {
            long key = Objects.newRef(cursor[1]);
            try {
                if (!SetType.containsEntry(s, other, key, cursor[2])) {
                    return false;
                }
            } finally {
                Objects.decref(s, key);
            }
        }
        return true;
    }

    static boolean isSuperset(ObjectState s, long so, long other) {
        if (SetType.check(s, other)) {
            return isSubset(s, other, so);
        }
        long it = Abstract.iter(s, other);
        try {
            for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                try {
                    if (!SetType.contains(s, so, key)) {
                        return false;
                    }
                } finally {
                    Objects.decref(s, key);
                }
            }
            return true;
        } finally {
            Objects.decref(s, it);
        }
    }

    static boolean isDisjoint(ObjectState s, long so, long other) {
        if (so == other) {
            return SetType.size(so) == 0;
        }
        if (SetType.check(s, other)) {
            if (SetType.size(other) > SetType.size(so)) {
                long t = so;
                so = other;
                other = t;
            }
            long[] cursor = new long[3];
            while (SetType.next(other, cursor)) {
                long key = Objects.newRef(cursor[1]);
                try {
                    if (SetType.containsEntry(s, so, key, cursor[2])) {
                        return false;
                    }
                } finally {
                    Objects.decref(s, key);
                }
            }
            return true;
        }
        long it = Abstract.iter(s, other);
        try {
            for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                try {
                    if (SetType.contains(s, so, key)) {
                        return false;
                    }
                } finally {
                    Objects.decref(s, key);
                }
            }
            return true;
        } finally {
            Objects.decref(s, it);
        }
    }
}

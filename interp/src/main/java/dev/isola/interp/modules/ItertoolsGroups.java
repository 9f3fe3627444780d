package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;
import static dev.isola.objects.ModuleObjectLayout.takeRef;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * The {@code itertools} iterators with shared or positional state: groupby and its
 * {@code _grouper}, tee, islice and zip_longest. Fields over {@link ModuleObjectLayout}:
 *
 * <pre>
 *   type          ref 0         ref 1           ref 2    ref 3    ref 4      longs
 *   groupby       iterator      key func or     tgtkey   currkey  currvalue  0: address of the current
 *                               None                                         _grouper (borrowed; only compared)
 *   _grouper      parent        tgtkey          -        -        -          -
 *                 groupby
 *   _tee          iterator      block (list)    -        -        -          0: index into the block
 *   islice        iterator (0   -               -        -        -          0: cnt  1: next  2: stop (-1: None)
 *                 once done)                                                 3: step
 *   zip_longest   iterators     fillvalue       -        -        -          0: number still active
 *                 (tuple; None
 *                 once drained)
 * </pre>
 *
 * <p>Tee buffer: the iterators made by one {@code tee()} share the source iterator and a chain
 * of blocks, each a list of up to {@link #BLOCK} items followed, once full, by the next block.
 * A tee holds its current block and the index of its next item there; a block nobody holds
 * any more is freed by its refcount, so the buffer keeps only what the slowest tee still needs.
 * Advancing a groupby forgets its current {@code _grouper}: the old group then yields nothing
 * more, as in CPython.
 */
final class ItertoolsGroups {
    static final int BLOCK = 57;

    private ItertoolsGroups() {}

    static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = ModuleObjectLayout.iteratorBuilder();
        return switch (t) {
            case GROUPBY -> b.newInstance(ItertoolsGroups::newGroupby).next(ItertoolsGroups::groupbyNext).build();
            case GROUPER -> b.newInstance(ItertoolsGroups::newGrouper).next(ItertoolsGroups::grouperNext).build();
            case TEE -> b.newInstance((s, type, a, k) -> teeFromIterable(s,
                            Args.positional(s, "_tee", a, k, 1, 1)[0]))
                    .next(ItertoolsGroups::teeNext)
                    .method("__copy__", (s, tee, a, k) -> teeCopy(s, tee))
                    .build();
            case ISLICE -> b.newInstance(ItertoolsGroups::newIslice).next(ItertoolsGroups::isliceNext).build();
            case ZIP_LONGEST -> b.newInstance(ItertoolsGroups::newZipLongest).next(ItertoolsGroups::zipLongestNext)
                    .build();
            default -> throw new IllegalArgumentException("not an itertools group type: " + t);
        };
    }

    // ---------------------------------------------------------------- groupby

    private static long newGroupby(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "groupby", args, kwargs, 0, 1, "iterable", "key");
        long it = Abstract.iter(s, a[0]);
        return ItertoolsBasic.create(s, BuiltinType.GROUPBY, it, Objects.newRef(a[1] == 0 ? s.space().none() : a[1]));
    }

    /** Pulls the next value and computes its key; false when the source is exhausted. */
    private static boolean groupbyStep(ObjectState s, long g) {
        long value = Abstract.next(s, ref(g, 0));
        if (value == 0) {
            return false;
        }
        long key;
        try {
            key = ref(g, 1) == s.space().none() ? Objects.newRef(value) : Invoke.call(s, ref(g, 1), value);
        } catch (RuntimeException e) {
            Objects.decref(s, value);
            throw e;
        }
        long oldValue = takeRef(g, 4);
        setRef(s, g, 4, value);
        setRef(s, g, 3, key);
        Objects.xdecref(s, oldValue);
        return true;
    }

    private static long groupbyNext(ObjectState s, long g) {
        putLong(g, 0, 0);
        while (true) {
            if (ref(g, 3) != 0) {
                if (ref(g, 2) == 0 || !Abstract.richCompareBool(s, ref(g, 2), ref(g, 3), CompareOp.EQ)) {
                    break;
                }
            }
            if (!groupbyStep(s, g)) {
                return 0;
            }
        }
        setRef(s, g, 2, Objects.newRef(ref(g, 3)));
        long grouper = ItertoolsBasic.create(s, BuiltinType.GROUPER, Objects.newRef(g), Objects.newRef(ref(g, 2)));
        putLong(g, 0, grouper);
        long pair = TupleType.allocate(s, 2);
        TupleType.initItem(s, pair, 0, Objects.newRef(ref(g, 3)));
        TupleType.initItem(s, pair, 1, grouper);
        return pair;
    }

    private static long newGrouper(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.positional(s, "_grouper", args, kwargs, 2, 2);
        if (Objects.type(a[0]) != s.space().type(BuiltinType.GROUPBY)) {
            throw Errors.typeError(s, "_grouper() argument 1 must be itertools.groupby, not "
                    + Objects.typeNameOf(a[0]));
        }
        return ItertoolsBasic.create(s, BuiltinType.GROUPER, Objects.newRef(a[0]), Objects.newRef(a[1]));
    }

    private static long grouperNext(ObjectState s, long grouper) {
        long g = ref(grouper, 0);
        if (g == 0 || getLong(g, 0) != grouper) {
            return 0;
        }
        if (ref(g, 4) == 0 && !groupbyStep(s, g)) {
            return 0;
        }
        if (!Abstract.richCompareBool(s, ref(grouper, 1), ref(g, 3), CompareOp.EQ)) {
            return 0;
        }
        long value = takeRef(g, 4);
        setRef(s, g, 3, 0);
        return value;
    }

    // ---------------------------------------------------------------- tee

    /** {@code itertools.tee(iterable, n=2)}. */
    static long tee(ObjectState s, long module, long args, long kwargs) {
        Args.noKeywords(s, "itertools.tee", kwargs);
        long[] a = Args.positional(s, "tee", args, 0, 1, 2);
        long n = a[1] == 0 ? 2 : Args.ssize(s, a[1]);
        if (n < 0) {
            throw Errors.valueError(s, "n must be >= 0");
        }
        long result = TupleType.allocate(s, n);
        if (n == 0) {
            return result;
        }
        try {
            long first = teeFromIterable(s, a[0]);
            TupleType.initItem(s, result, 0, first);
            for (long i = 1; i < n; i++) {
                TupleType.initItem(s, result, i, teeCopy(s, first));
            }
        } catch (RuntimeException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    private static long teeFromIterable(ObjectState s, long iterable) {
        long it = Abstract.iter(s, iterable);
        if (Objects.type(it) == s.space().type(BuiltinType.TEE)) {
            try {
                return teeCopy(s, it);
            } finally {
                Objects.decref(s, it);
            }
        }
        return ItertoolsBasic.create(s, BuiltinType.TEE, it, ListType.newList(s));
    }

    private static long teeCopy(ObjectState s, long tee) {
        long copy = ItertoolsBasic.create(s, BuiltinType.TEE, Objects.newRef(ref(tee, 0)), Objects.newRef(ref(tee, 1)));
        putLong(copy, 0, getLong(tee, 0));
        return copy;
    }

    private static long teeNext(ObjectState s, long tee) {
        long block = ref(tee, 1);
        long index = getLong(tee, 0);
        if (index == BLOCK) {
            if (ListType.size(block) == BLOCK) {
                long next = ListType.newList(s);
                try {
                    ListType.append(s, block, next);
                } finally {
                    Objects.decref(s, next);
                }
            }
            setRef(s, tee, 1, Objects.newRef(ListType.getItem(block, BLOCK)));
            block = ref(tee, 1);
            index = 0;
            putLong(tee, 0, 0);
        }
        if (index == ListType.size(block)) {
            long item = Abstract.next(s, ref(tee, 0));
            if (item == 0) {
                return 0;
            }
            ListType.append(s, block, item);
            Objects.decref(s, item);
        }
        putLong(tee, 0, index + 1);
        return Objects.newRef(ListType.getItem(block, index));
    }

    // ---------------------------------------------------------------- islice

    private static long newIslice(ObjectState s, long type, long args, long kwargs) {
        Args.noKeywords(s, "islice", kwargs);
        long[] a = Args.positional(s, "islice", args, 0, 2, 4);
        long n = TupleType.size(args);
        long none = s.space().none();
        long start = 0;
        long stop = -1;
        long step = 1;
        String stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (n == 2) {
            if (a[1] != none) {
                stop = sizeOrMinusOne(s, a[1]);
                if (stop == -1) {
                    throw Errors.valueError(s, stopMessage);
                }
            }
        } else {
            if (a[1] != none) {
                start = sizeOrMinusOne(s, a[1]);
            }
            if (a[2] != none) {
                stop = sizeOrMinusOne(s, a[2]);
                if (stop == -1) {
                    throw Errors.valueError(s, stopMessage);
                }
            }
        }
        if (start < 0 || stop < -1) {
            throw Errors.valueError(s, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (a[3] != 0 && a[3] != none) {
            step = sizeOrMinusOne(s, a[3]);
        }
        if (step < 1) {
            throw Errors.valueError(s, "Step for islice() must be a positive integer or None.");
        }
        long it = Abstract.iter(s, a[0]);
        long o = ItertoolsBasic.create(s, BuiltinType.ISLICE, it, 0);
        putLong(o, 1, start);
        putLong(o, 2, stop);
        putLong(o, 3, step);
        return o;
    }

    /** CPython's {@code PyNumber_AsSsize_t} with the error cleared: -1 for anything unusable. */
    private static long sizeOrMinusOne(ObjectState s, long o) {
        long i;
        try {
            i = Abstract.index(s, o);
        } catch (PyException e) {
            e.release(s);
            return -1;
        }
        try {
            return IntType.fitsLong(i) ? IntType.longValue(i) : -1;
        } finally {
            Objects.decref(s, i);
        }
    }

    private static long isliceNext(ObjectState s, long o) {
        long it = ref(o, 0);
        if (it == 0) {
            return 0;
        }
        long stop = getLong(o, 2);
        while (getLong(o, 0) < getLong(o, 1)) {
            long item = Abstract.next(s, it);
            if (item == 0) {
                setRef(s, o, 0, 0);
                return 0;
            }
            Objects.decref(s, item);
            putLong(o, 0, getLong(o, 0) + 1);
        }
        if (stop != -1 && getLong(o, 0) >= stop) {
            setRef(s, o, 0, 0);
            return 0;
        }
        long item = Abstract.next(s, it);
        if (item == 0) {
            setRef(s, o, 0, 0);
            return 0;
        }
        putLong(o, 0, getLong(o, 0) + 1);
        long oldNext = getLong(o, 1);
        long next = oldNext + getLong(o, 3);
        putLong(o, 1, next < oldNext || stop != -1 && next > stop ? stop : next);
        return item;
    }

    // ---------------------------------------------------------------- zip_longest

    private static long newZipLongest(ObjectState s, long type, long args, long kwargs) {
        long fill = s.space().none();
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            fill = DictType.getItemString(s, kwargs, "fillvalue");
            if (fill == 0 || DictType.size(kwargs) > 1) {
                throw Errors.typeError(s, "zip_longest() got an unexpected keyword argument");
            }
        }
        long n = TupleType.size(args);
        long its = TupleType.allocate(s, n);
        try {
            for (long i = 0; i < n; i++) {
                TupleType.initItem(s, its, i, Abstract.iter(s, TupleType.getItem(args, i)));
            }
        } catch (RuntimeException e) {
            Objects.decref(s, its);
            throw e;
        }
        long z = ItertoolsBasic.create(s, BuiltinType.ZIP_LONGEST, its, Objects.newRef(fill));
        putLong(z, 0, n);
        return z;
    }

    private static long zipLongestNext(ObjectState s, long z) {
        long its = ref(z, 0);
        long n = TupleType.size(its);
        if (n == 0 || getLong(z, 0) == 0) {
            return 0;
        }
        long none = s.space().none();
        long result = TupleType.allocate(s, n);
        try {
            for (long i = 0; i < n; i++) {
                long it = TupleType.getItem(its, i);
                long item = it == none ? 0 : Abstract.next(s, it);
                if (item == 0) {
                    if (it != none) {
                        putLong(z, 0, getLong(z, 0) - 1);
                        if (getLong(z, 0) == 0) {
                            Objects.decref(s, result);
                            return 0;
                        }
                        Memory.putLong(its + TupleType.ITEMS_OFFSET + 8 * i, Objects.newRef(none));
                        Objects.decref(s, it);
                    }
                    item = Objects.newRef(ref(z, 1));
                }
                TupleType.initItem(s, result, i, item);
            }
        } catch (RuntimeException e) {
            putLong(z, 0, 0);
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }
}

package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * The simple iterators of {@code itertools}: count, cycle, repeat, accumulate, chain, compress,
 * dropwhile, takewhile, filterfalse, starmap and pairwise, CPython 3.11's
 * {@code itertoolsmodule.c} step for step. Each is a {@link ModuleObjectLayout} object:
 *
 * <pre>
 *   type          ref 0          ref 1            ref 2    ref 3      long 0
 *   count         next value     step             -        -          -
 *   cycle         iterator (0    saved (list)     -        -          index into saved
 *                 once drained)
 *   repeat        element        -                -        -          times left, -1 = forever
 *   accumulate    iterator       func or 0 (+)    total    initial    -
 *   chain         source (iter   active iterator  -        -          -
 *                 of iterables)  or 0
 *   compress      data iter      selectors iter   -        -          -
 *   dropwhile     predicate      iterator         -        -          1 once done dropping
 *   takewhile     predicate      iterator         -        -          1 once stopped
 *   filterfalse   predicate or   iterator         -        -          -
 *                 None (truth)
 *   starmap       func           iterator         -        -          -
 *   pairwise      iterator (0    previous item    -        -          -
 *                 once drained)  or 0
 * </pre>
 */
final class ItertoolsBasic {
    private ItertoolsBasic() {}

    static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = ModuleObjectLayout.iteratorBuilder();
        return switch (t) {
            case COUNT -> b.newInstance(ItertoolsBasic::newCount).next(ItertoolsBasic::countNext)
                    .repr(ItertoolsBasic::countRepr).build();
            case CYCLE -> b.newInstance(ItertoolsBasic::newCycle).next(ItertoolsBasic::cycleNext).build();
            case REPEAT -> b.newInstance(ItertoolsBasic::newRepeat).next(ItertoolsBasic::repeatNext)
                    .repr(ItertoolsBasic::repeatRepr)
                    .method("__length_hint__", (s, r, a, k) -> repeatLengthHint(s, r)).build();
            case ACCUMULATE -> b.newInstance(ItertoolsBasic::newAccumulate).next(ItertoolsBasic::accumulateNext)
                    .build();
            case CHAIN -> b.newInstance(ItertoolsBasic::newChain).next(ItertoolsBasic::chainNext)
                    .classMethod("from_iterable", (s, type, a, k) -> chain(s,
                            Abstract.iter(s, Args.one(s, "chain.from_iterable", a, k))))
                    .build();
            case COMPRESS -> b.newInstance(ItertoolsBasic::newCompress).next(ItertoolsBasic::compressNext).build();
            case DROPWHILE -> b.newInstance((s, type, a, k) -> predicate(s, t, "dropwhile", a, k))
                    .next(ItertoolsBasic::dropwhileNext).build();
            case TAKEWHILE -> b.newInstance((s, type, a, k) -> predicate(s, t, "takewhile", a, k))
                    .next(ItertoolsBasic::takewhileNext).build();
            case FILTERFALSE -> b.newInstance((s, type, a, k) -> predicate(s, t, "filterfalse", a, k))
                    .next(ItertoolsBasic::filterfalseNext).build();
            case STARMAP -> b.newInstance((s, type, a, k) -> predicate(s, t, "starmap", a, k))
                    .next(ItertoolsBasic::starmapNext).build();
            case PAIRWISE -> b.newInstance(ItertoolsBasic::newPairwise).next(ItertoolsBasic::pairwiseNext).build();
            default -> throw new IllegalArgumentException("not a basic itertools type: " + t);
        };
    }

    /** A new object of {@code t} holding {@code r0} and {@code r1} (both taken over, may be 0). */
    static long create(ObjectState s, BuiltinType t, long r0, long r1) {
        long o;
        try {
            o = ModuleObjectLayout.create(s, t);
        } catch (RuntimeException e) {
            Objects.xdecref(s, r0);
            Objects.xdecref(s, r1);
            throw e;
        }
        setRef(s, o, 0, r0);
        setRef(s, o, 1, r1);
        return o;
    }

    // ---------------------------------------------------------------- count, cycle, repeat

    private static long newCount(ObjectState s, long type, long args, long kwargs) {
        long nkw = kwargs == 0 ? 0 : dev.isola.objects.DictType.size(kwargs);
        if (nkw > 2) {
            throw Errors.typeError(s, "count() takes at most 2 keyword arguments (" + nkw + " given)");
        }
        long[] a = Args.parse(s, "count", args, kwargs, 0, 0, "start", "step");
        for (long x : a) {
            if (x != 0 && !isNumber(s, x)) {
                throw Errors.typeError(s, "a number is required");
            }
        }
        long start = a[0] != 0 ? Objects.newRef(a[0]) : IntType.fromLong(s, 0);
        long step = a[1] != 0 ? Objects.newRef(a[1]) : IntType.fromLong(s, 1);
        return create(s, BuiltinType.COUNT, start, step);
    }

    /** CPython's {@code PyNumber_Check}. */
    private static boolean isNumber(ObjectState s, long x) {
        TypeSlots t = s.slotsOf(x);
        return t.index != null || t.toInt != null || t.toFloat != null;
    }

    private static long countNext(ObjectState s, long c) {
        long next = Abstract.binaryOp(s, ref(c, 0), ref(c, 1), NumberOp.ADD);
        long value = ModuleObjectLayout.takeRef(c, 0);
        setRef(s, c, 0, next);
        return value;
    }

    private static long countRepr(ObjectState s, long c) {
        long step = ref(c, 1);
        boolean one = IntType.check(step) && IntType.fitsLong(step) && IntType.longValue(step) == 1;
        String text = "count(" + Abstract.reprJava(s, ref(c, 0))
                + (one ? "" : ", " + Abstract.reprJava(s, step)) + ")";
        return StrType.fromJava(s, text);
    }

    private static long newCycle(ObjectState s, long type, long args, long kwargs) {
        long it = Abstract.iter(s, Args.positional(s, "cycle", args, kwargs, 1, 1)[0]);
        return create(s, BuiltinType.CYCLE, it, ListType.newList(s));
    }

    private static long cycleNext(ObjectState s, long c) {
        long it = ref(c, 0);
        long saved = ref(c, 1);
        if (it != 0) {
            long item = Abstract.next(s, it);
            if (item != 0) {
                ListType.append(s, saved, item);
                return item;
            }
            setRef(s, c, 0, 0);
        }
        long n = ListType.size(saved);
        if (n == 0) {
            return 0;
        }
        long index = getLong(c, 0);
        long item = Objects.newRef(ListType.getItem(saved, index));
        putLong(c, 0, index + 1 >= n ? 0 : index + 1);
        return item;
    }

    private static long newRepeat(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "repeat", args, kwargs, 0, 1, "object", "times");
        long times = a[1] == 0 ? -1 : Math.max(0, Args.ssize(s, a[1]));
        long r = create(s, BuiltinType.REPEAT, Objects.newRef(a[0]), 0);
        putLong(r, 0, times);
        return r;
    }

    private static long repeatNext(ObjectState s, long r) {
        long times = getLong(r, 0);
        if (times == 0) {
            return 0;
        }
        if (times > 0) {
            putLong(r, 0, times - 1);
        }
        return Objects.newRef(ref(r, 0));
    }

    private static long repeatRepr(ObjectState s, long r) {
        long times = getLong(r, 0);
        return StrType.fromJava(s, "repeat(" + Abstract.reprJava(s, ref(r, 0)) + (times < 0 ? "" : ", " + times)
                + ")");
    }

    private static long repeatLengthHint(ObjectState s, long r) {
        long times = getLong(r, 0);
        if (times < 0) {
            throw Errors.typeError(s, "len() of unsized object");
        }
        return IntType.fromLong(s, times);
    }

    // ---------------------------------------------------------------- accumulate, chain, compress

    private static long newAccumulate(ObjectState s, long type, long args, long kwargs) {
        if (TupleType.size(args) > 2) {
            throw Errors.typeError(s, "accumulate() takes at most 2 positional arguments (" + TupleType.size(args)
                    + " given)");
        }
        long[] a = Args.parse(s, "accumulate", args, kwargs, 0, 1, "iterable", "func", "initial");
        long it = Abstract.iter(s, a[0]);
        long func = a[1] == 0 || a[1] == s.space().none() ? 0 : Objects.newRef(a[1]);
        long acc = create(s, BuiltinType.ACCUMULATE, it, func);
        if (a[2] != 0 && a[2] != s.space().none()) {
            setRef(s, acc, 3, Objects.newRef(a[2]));
        }
        return acc;
    }

    private static long accumulateNext(ObjectState s, long acc) {
        if (ref(acc, 3) != 0) {
            long initial = ModuleObjectLayout.takeRef(acc, 3);
            setRef(s, acc, 2, initial);
            return Objects.newRef(initial);
        }
        long value = Abstract.next(s, ref(acc, 0));
        if (value == 0) {
            return 0;
        }
        long total = ref(acc, 2);
        if (total != 0) {
            long sum;
            try {
                sum = ref(acc, 1) == 0 ? Abstract.binaryOp(s, total, value, NumberOp.ADD)
                        : Invoke.call(s, ref(acc, 1), total, value);
            } finally {
                Objects.decref(s, value);
            }
            value = sum;
        }
        setRef(s, acc, 2, value);
        return Objects.newRef(value);
    }

    private static long newChain(ObjectState s, long type, long args, long kwargs) {
        Args.noKeywords(s, "chain", kwargs);
        return chain(s, Abstract.iter(s, args));
    }

    private static long chain(ObjectState s, long source) {
        return create(s, BuiltinType.CHAIN, source, 0);
    }

    private static long chainNext(ObjectState s, long c) {
        while (ref(c, 0) != 0 || ref(c, 1) != 0) {
            if (ref(c, 1) == 0) {
                long iterable = Abstract.next(s, ref(c, 0));
                if (iterable == 0) {
                    setRef(s, c, 0, 0);
                    return 0;
                }
                long active;
                try {
                    active = Abstract.iter(s, iterable);
                } catch (RuntimeException e) {
                    setRef(s, c, 0, 0);
                    throw e;
                } finally {
                    Objects.decref(s, iterable);
                }
                setRef(s, c, 1, active);
            }
            long item = Abstract.next(s, ref(c, 1));
            if (item != 0) {
                return item;
            }
            setRef(s, c, 1, 0);
        }
        return 0;
    }

    private static long newCompress(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "compress", args, kwargs, 0, 2, "data", "selectors");
        long data = Abstract.iter(s, a[0]);
        long selectors;
        try {
            selectors = Abstract.iter(s, a[1]);
        } catch (RuntimeException e) {
            Objects.decref(s, data);
            throw e;
        }
        return create(s, BuiltinType.COMPRESS, data, selectors);
    }

    private static long compressNext(ObjectState s, long c) {
        while (true) {
            long datum = Abstract.next(s, ref(c, 0));
            if (datum == 0) {
                return 0;
            }
            boolean keep;
            try {
                long selector = Abstract.next(s, ref(c, 1));
                if (selector == 0) {
                    Objects.decref(s, datum);
                    return 0;
                }
                try {
                    keep = Abstract.isTrue(s, selector);
                } finally {
                    Objects.decref(s, selector);
                }
            } catch (RuntimeException e) {
                Objects.decref(s, datum);
                throw e;
            }
            if (keep) {
                return datum;
            }
            Objects.decref(s, datum);
        }
    }

    // ---------------------------------------------------------------- predicates

    /** dropwhile, takewhile, filterfalse and starmap: {@code (function, iterable)}. */
    private static long predicate(ObjectState s, BuiltinType t, String name, long args, long kwargs) {
        long[] a = Args.positional(s, name, args, kwargs, 2, 2);
        long it = Abstract.iter(s, a[1]);
        return create(s, t, Objects.newRef(a[0]), it);
    }

    /** {@code bool(pred(item))}. */
    private static boolean test(ObjectState s, long pred, long item) {
        long r = Invoke.call(s, pred, item);
        try {
            return Abstract.isTrue(s, r);
        } finally {
            Objects.decref(s, r);
        }
    }

    private static long dropwhileNext(ObjectState s, long d) {
        while (true) {
            long item = Abstract.next(s, ref(d, 1));
            if (item == 0 || getLong(d, 0) != 0) {
                return item;
            }
            boolean drop;
            try {
                drop = test(s, ref(d, 0), item);
            } catch (RuntimeException e) {
                Objects.decref(s, item);
                throw e;
            }
            if (!drop) {
                putLong(d, 0, 1);
                return item;
            }
            Objects.decref(s, item);
        }
    }

    private static long takewhileNext(ObjectState s, long t) {
        if (getLong(t, 0) != 0) {
            return 0;
        }
        long item = Abstract.next(s, ref(t, 1));
        if (item == 0) {
            return 0;
        }
        boolean take;
        try {
            take = test(s, ref(t, 0), item);
        } catch (RuntimeException e) {
            Objects.decref(s, item);
            throw e;
        }
        if (take) {
            return item;
        }
        Objects.decref(s, item);
        putLong(t, 0, 1);
        return 0;
    }

    private static long filterfalseNext(ObjectState s, long f) {
        while (true) {
            long item = Abstract.next(s, ref(f, 1));
            if (item == 0) {
                return 0;
            }
            boolean truth;
            try {
                truth = ref(f, 0) == s.space().none() || ref(f, 0) == s.space().type(BuiltinType.BOOL)
                        ? Abstract.isTrue(s, item)
                        : test(s, ref(f, 0), item);
            } catch (RuntimeException e) {
                Objects.decref(s, item);
                throw e;
            }
            if (!truth) {
                return item;
            }
            Objects.decref(s, item);
        }
    }

    private static long starmapNext(ObjectState s, long m) {
        long item = Abstract.next(s, ref(m, 1));
        if (item == 0) {
            return 0;
        }
        long callArgs;
        try {
            callArgs = Invoke.tuple(s, item);
        } finally {
            Objects.decref(s, item);
        }
        try {
            return Abstract.call(s, ref(m, 0), callArgs, 0);
        } finally {
            Objects.decref(s, callArgs);
        }
    }

    // ---------------------------------------------------------------- pairwise

    private static long newPairwise(ObjectState s, long type, long args, long kwargs) {
        long it = Abstract.iter(s, Args.positional(s, "pairwise", args, kwargs, 1, 1)[0]);
        return create(s, BuiltinType.PAIRWISE, it, 0);
    }

    private static long pairwiseNext(ObjectState s, long p) {
        long it = ref(p, 0);
        if (it == 0) {
            return 0;
        }
        if (ref(p, 1) == 0) {
            long old = Abstract.next(s, it);
            if (old == 0) {
                setRef(s, p, 0, 0);
                return 0;
            }
            setRef(s, p, 1, old);
        }
        long item = Abstract.next(s, it);
        if (item == 0) {
            setRef(s, p, 0, 0);
            setRef(s, p, 1, 0);
            return 0;
        }
        long pair = TupleType.pack(s, ref(p, 1), item);
        setRef(s, p, 1, item);
        return pair;
    }
}

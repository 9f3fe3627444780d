package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinIterators;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;

/**
 * {@code heapq.merge(*iterables, key=None, reverse=False)}: CPython's generator from
 * {@code heapq.py} as a state machine. Isola cannot write generators in Java, so {@code merge}
 * returns {@code iter(step, sentinel)} — a {@code callable_iterator}, not a generator — whose
 * {@code step} is a builtin function bound to a list holding the generator's locals:
 *
 * <pre>
 *   [0] h          None until the first next(), then the heap of entries
 *                  [value, order, it] or [key(value), order, value, it]
 *   [1] iterables  the tuple of iterables, None once started
 *   [2] key        None or the key function
 *   [3] reverse    the argument, then a bool once started
 *   [4] pending    True when h[0]'s value was yielded and h[0] must advance first
 * </pre>
 * Each step does what the generator does between two yields, in the same order: advance the
 * top iterator, {@code heapreplace} (or {@code heappop} when it is exhausted), yield the new
 * top; once one iterator is left it is drained directly, without key calls. The end is a
 * StopIteration, which ends the callable_iterator.
 */
final class HeapqMerge {
    private HeapqMerge() {}

    private static final int H = 0;
    private static final int ITERABLES = 1;
    private static final int KEY = 2;
    private static final int REVERSE = 3;
    private static final int PENDING = 4;

    static long merge(ObjectState s, long module, long args, long kwargs) {
        long none = s.space().none();
        long key = none;
        long reverse = s.space().falseObject();
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String name = StrType.toJava(cursor[1]);
                switch (name) {
                    case "key" -> key = cursor[2];
                    case "reverse" -> reverse = cursor[2];
                    default -> throw Errors.typeError(s, "merge() got an unexpected keyword argument '" + name + "'");
                }
            }
        }
        long state = ListType.pack(s, none, args, key, reverse, s.space().falseObject());
        long step = 0;
        long sentinel = 0;
        try {
            step = ModuleDef.bind(s, "heapq", 0, state);
            sentinel = Abstract.call(s, s.space().type(BuiltinType.OBJECT), s.space().emptyTuple(), 0);
            return BuiltinIterators.callableIterator(s, step, sentinel);
        } finally {
            Objects.decref(s, state);
            Objects.xdecref(s, step);
            Objects.xdecref(s, sentinel);
        }
    }

    /** One step of the generator: the next merged value, or StopIteration. */
    static long next(ObjectState s, long state, long args, long kwargs) {
        long none = s.space().none();
        if (ListType.getItem(state, H) == none) {
            start(s, state);
        }
        long h = ListType.getItem(state, H);
        long key = ListType.getItem(state, KEY);
        boolean max = ListType.getItem(state, REVERSE) == s.space().trueObject();
        if (ListType.getItem(state, PENDING) == s.space().trueObject()) {
            HeapqModule.setItem(s, state, PENDING, s.space().falseObject());
            if (ListType.size(h) > 1) {
                advance(s, h, key, max);
            } else if (ListType.size(h) == 1) {
                long entry = ListType.getItem(h, 0);
                long value = Abstract.next(s, ListType.getItem(entry, ListType.size(entry) - 1));
                if (value == 0) {
                    ListType.setSlice(s, h, 0, 1, 0);
                    throw Errors.stopIteration(s, 0);
                }
                HeapqModule.setItem(s, state, PENDING, s.space().trueObject());
                return value;
            }
        }
        if (ListType.size(h) == 0) {
            throw Errors.stopIteration(s, 0);
        }
        HeapqModule.setItem(s, state, PENDING, s.space().trueObject());
        long entry = ListType.getItem(h, 0);
        return Objects.newRef(ListType.getItem(entry, key == none ? 0 : 2));
    }

    /** Puts each iterable's first value in an entry, in argument order, and heapifies them. */
    private static void start(ObjectState s, long state) {
        long none = s.space().none();
        long key = ListType.getItem(state, KEY);
        boolean max = Abstract.isTrue(s, ListType.getItem(state, REVERSE));
        long iterables = ListType.getItem(state, ITERABLES);
        long h = ListType.newList(s);
        try {
            for (long order = 0; order < TupleType.size(iterables); order++) {
                long it = Abstract.iter(s, TupleType.getItem(iterables, order));
                long value = 0;
                long decorated = 0;
                long orderObj = 0;
                try {
                    value = Abstract.next(s, it);
                    if (value == 0) {
                        continue;
                    }
                    orderObj = IntType.fromLong(s, max ? -order : order);
                    if (key == none) {
                        decorated = ListType.pack(s, value, orderObj, it);
                    } else {
                        long k = HeapqSelect.callKey(s, key, value);
                        try {
                            decorated = ListType.pack(s, k, orderObj, value, it);
                        } finally {
                            Objects.decref(s, k);
                        }
                    }
                    ListType.append(s, h, decorated);
                } finally {
                    Objects.decref(s, it);
                    Objects.xdecref(s, value);
                    Objects.xdecref(s, orderObj);
                    Objects.xdecref(s, decorated);
                }
            }
            HeapqModule.heapify(s, h, max);
            HeapqModule.setItem(s, state, H, h);
            HeapqModule.setItem(s, state, ITERABLES, none);
            HeapqModule.setItem(s, state, REVERSE, s.space().bool(max));
        } finally {
            Objects.decref(s, h);
        }
    }

    /** Advances the top entry's iterator: {@code heapreplace} with its next value, or pops it. */
    private static void advance(ObjectState s, long h, long key, boolean max) {
        long entry = Objects.newRef(ListType.getItem(h, 0));
        try {
            long value = Abstract.next(s, ListType.getItem(entry, ListType.size(entry) - 1));
            if (value == 0) {
                Objects.decref(s, HeapqModule.pop(s, h, max));
                return;
            }
            try {
                if (key == s.space().none()) {
                    HeapqModule.setItem(s, entry, 0, value);
                } else {
                    long k = HeapqSelect.callKey(s, key, value);
                    try {
                        HeapqModule.setItem(s, entry, 0, k);
                    } finally {
                        Objects.decref(s, k);
                    }
                    HeapqModule.setItem(s, entry, 2, value);
                }
            } finally {
                Objects.decref(s, value);
            }
            Objects.decref(s, HeapqModule.replace(s, h, entry, max));
        } finally {
            Objects.decref(s, entry);
        }
    }
}

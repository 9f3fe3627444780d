package dev.isola.objects;

import dev.isola.memory.Memory;
import java.math.BigInteger;

/**
 * The iterators of the builtin sequences: one layout, a {@code next} per type (CPython's
 * {@code seqiterobject}, {@code listiterobject}, {@code listreviterobject},
 * {@code rangeiterobject} and {@code longrangeiterobject}).
 *
 * <pre>
 *   sequence iterators (GC)                  range_iterator (not GC)
 *   +16  seq     object  owned; 0 once        +16  next       int64   value of the next item
 *                        exhausted            +24  step       int64
 *   +24  index   int64   next position        +32  remaining  int64   items left, ≥ 0
 *   +32  (unused)                             ── or, when a bound does not fit a long: ──
 *   (40 bytes + 16 GC prefix)                 +16  range      range object, owned
 *                                             +24  index      int object, owned
 *                                             +32  -1         (BIG_RANGE marker)
 * </pre>
 *
 * <p>Invariants: an exhausted sequence iterator holds no reference (seq == 0) and stays
 * exhausted even if its sequence grows, as CPython's. {@code list_reverseiterator} counts its
 * index down from {@code len - 1}. {@code str_iterator}, {@code bytes_iterator} and
 * {@code bytearray_iterator} go through the sequence's {@code length} and {@code item} slots;
 * tuple and list iterators read the item arrays directly.
 *
 * <p>Every iterator returns itself from {@code iter} and has {@code __length_hint__}.
 */
public final class IteratorType {
    public static final int SEQ_OFFSET = 16;
    public static final int INDEX_OFFSET = 24;
    public static final int RANGE_NEXT_OFFSET = 16;
    public static final int RANGE_STEP_OFFSET = 24;
    public static final int RANGE_REMAINING_OFFSET = 32;
    public static final int SIZE = 40;

    static final long BIG_RANGE = -1;

    private IteratorType() {}

    static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = TypeSlots.builder().iter((s, it) -> Objects.newRef(it));
        if (t == BuiltinType.RANGE_ITERATOR) {
            return b.next(IteratorType::rangeNext)
                    .dealloc(IteratorType::rangeDealloc)
                    .method("__length_hint__", (s, it, args, kwargs) -> rangeLengthHint(s, it))
                    .build();
        }
        b.dealloc((s, it) -> {
            Objects.xdecref(s, seq(it));
            s.freeGcObject(it);
        }).traverse((s, it, visitor) -> {
            if (seq(it) != 0) {
                visitor.visit(seq(it));
            }
        });
        return switch (t) {
            case TUPLE_ITERATOR -> b.next(IteratorType::tupleNext)
                    .method("__length_hint__", (s, it, args, kwargs) -> forwardLengthHint(s, it)).build();
            case LIST_ITERATOR -> b.next(IteratorType::listNext)
                    .method("__length_hint__", (s, it, args, kwargs) -> forwardLengthHint(s, it)).build();
            case LIST_REVERSE_ITERATOR -> b.next(IteratorType::listReverseNext)
                    .method("__length_hint__", (s, it, args, kwargs) -> reverseLengthHint(s, it)).build();
            default -> b.next(IteratorType::sequenceNext)
                    .method("__length_hint__", (s, it, args, kwargs) -> forwardLengthHint(s, it)).build();
        };
    }

    static long seq(long it) {
        return Memory.getLong(it + SEQ_OFFSET);
    }

    static long index(long it) {
        return Memory.getLong(it + INDEX_OFFSET);
    }

    /**
     * A new iterator of type {@code iterType} (one of the sequence iterator types: tuple, list,
     * list reverse, str, bytes, bytearray) over {@code seq} (borrowed). A reverse iterator starts
     * at the last item.
     */
    public static long sequenceIterator(ObjectState s, BuiltinType iterType, long seq) {
        long it = s.allocGcObject(s.space().type(iterType), SIZE);
        Objects.checkReference(s, it, seq);
        Memory.putLong(it + SEQ_OFFSET, Objects.newRef(seq));
        Memory.putLong(it + INDEX_OFFSET,
                iterType == BuiltinType.LIST_REVERSE_ITERATOR ? ListType.size(seq) - 1 : 0);
        Memory.putLong(it + 32, 0);
        return it;
    }

    private static void exhaust(ObjectState s, long it) {
        long seq = seq(it);
        Memory.putLong(it + SEQ_OFFSET, 0);
        Objects.decref(s, seq);
    }

    static long tupleNext(ObjectState s, long it) {
        long seq = seq(it);
        if (seq == 0) {
            return 0;
        }
        long i = index(it);
        if (i < TupleType.size(seq)) {
            Memory.putLong(it + INDEX_OFFSET, i + 1);
            return Objects.newRef(TupleType.getItem(seq, i));
        }
        exhaust(s, it);
        return 0;
    }

    static long listNext(ObjectState s, long it) {
        long seq = seq(it);
        if (seq == 0) {
            return 0;
        }
        long i = index(it);
        if (i < ListType.size(seq)) {
            Memory.putLong(it + INDEX_OFFSET, i + 1);
            return Objects.newRef(ListType.getItem(seq, i));
        }
        exhaust(s, it);
        return 0;
    }

    static long listReverseNext(ObjectState s, long it) {
        long seq = seq(it);
        if (seq == 0) {
            return 0;
        }
        long i = index(it);
        if (i >= 0 && i < ListType.size(seq)) {
            Memory.putLong(it + INDEX_OFFSET, i - 1);
            return Objects.newRef(ListType.getItem(seq, i));
        }
        Memory.putLong(it + INDEX_OFFSET, -1);
        exhaust(s, it);
        return 0;
    }

    /** Any sequence with {@code length} and {@code item} slots (str, bytes, bytearray). */
    static long sequenceNext(ObjectState s, long it) {
        long seq = seq(it);
        if (seq == 0) {
            return 0;
        }
        long i = index(it);
        TypeSlots slots = s.slotsOf(seq);
        if (i < slots.length.apply(s, seq)) {
            Memory.putLong(it + INDEX_OFFSET, i + 1);
            return slots.item.apply(s, seq, i);
        }
        exhaust(s, it);
        return 0;
    }

    private static long forwardLengthHint(ObjectState s, long it) {
        long seq = seq(it);
        if (seq == 0) {
            return IntType.fromLong(s, 0);
        }
        long n = s.slotsOf(seq).length.apply(s, seq) - index(it);
        return IntType.fromLong(s, Math.max(n, 0));
    }

    private static long reverseLengthHint(ObjectState s, long it) {
        long seq = seq(it);
        long i = index(it);
        if (seq == 0 || i < 0 || i >= ListType.size(seq)) {
            return IntType.fromLong(s, 0);
        }
        return IntType.fromLong(s, i + 1);
    }

    // ---------------------------------------------------------------- range iterators

    /** An iterator over {@code count} values {@code start, start + step, …}, all fitting a long. */
    static long rangeIterator(ObjectState s, long start, long step, long count) {
        long it = s.allocObject(s.space().type(BuiltinType.RANGE_ITERATOR), SIZE);
        Memory.putLong(it + RANGE_NEXT_OFFSET, start);
        Memory.putLong(it + RANGE_STEP_OFFSET, step);
        Memory.putLong(it + RANGE_REMAINING_OFFSET, count);
        return it;
    }

    /** An iterator over {@code range} (borrowed) whose values need not fit a long. */
    static long bigRangeIterator(ObjectState s, long range) {
        long it = s.allocObject(s.space().type(BuiltinType.RANGE_ITERATOR), SIZE);
        Objects.checkReference(s, it, range);
        Memory.putLong(it + RANGE_NEXT_OFFSET, Objects.newRef(range));
        Memory.putLong(it + RANGE_STEP_OFFSET, IntType.fromLong(s, 0));
        Memory.putLong(it + RANGE_REMAINING_OFFSET, BIG_RANGE);
        return it;
    }

    static long rangeNext(ObjectState s, long it) {
        long remaining = Memory.getLong(it + RANGE_REMAINING_OFFSET);
        if (remaining == BIG_RANGE) {
            return bigRangeNext(s, it);
        }
        if (remaining == 0) {
            return 0;
        }
        long v = Memory.getLong(it + RANGE_NEXT_OFFSET);
        Memory.putLong(it + RANGE_REMAINING_OFFSET, remaining - 1);
        if (remaining > 1) {
            Memory.putLong(it + RANGE_NEXT_OFFSET, v + Memory.getLong(it + RANGE_STEP_OFFSET));
        }
        return IntType.fromLong(s, v);
    }

    private static long bigRangeNext(ObjectState s, long it) {
        long range = Memory.getLong(it + RANGE_NEXT_OFFSET);
        long index = Memory.getLong(it + RANGE_STEP_OFFSET);
        BigInteger i = IntType.toBig(index);
        if (i.compareTo(IntType.toBig(RangeType.length(range))) >= 0) {
            return 0;
        }
        long next = IntType.fromBig(s, i.add(BigInteger.ONE));
        Memory.putLong(it + RANGE_STEP_OFFSET, next);
        Objects.decref(s, index);
        return IntType.fromBig(s, IntType.toBig(RangeType.start(range))
                .add(i.multiply(IntType.toBig(RangeType.step(range)))));
    }

    private static long rangeLengthHint(ObjectState s, long it) {
        long remaining = Memory.getLong(it + RANGE_REMAINING_OFFSET);
        if (remaining != BIG_RANGE) {
            return IntType.fromLong(s, remaining);
        }
        long range = Memory.getLong(it + RANGE_NEXT_OFFSET);
        BigInteger left = IntType.toBig(RangeType.length(range))
                .subtract(IntType.toBig(Memory.getLong(it + RANGE_STEP_OFFSET)));
        return IntType.fromBig(s, left.max(BigInteger.ZERO));
    }

    static void rangeDealloc(ObjectState s, long it) {
        if (Memory.getLong(it + RANGE_REMAINING_OFFSET) == BIG_RANGE) {
            Objects.decref(s, Memory.getLong(it + RANGE_NEXT_OFFSET));
            Objects.decref(s, Memory.getLong(it + RANGE_STEP_OFFSET));
        }
        s.freeObject(it);
    }
}

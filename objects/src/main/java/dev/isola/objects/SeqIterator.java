package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code iterator}: iteration over an object that has {@code __getitem__} but no
 * {@code __iter__} (CPython's {@code PySeqIter}): items 0, 1, 2 … until IndexError or
 * StopIteration.
 *
 * <pre>
 *   +16  seq      the object, owned; 0 once exhausted
 *   +24  index    int64, the next index
 *   (32 bytes, GC-tracked)
 * </pre>
 */
final class SeqIterator {
    static final int SEQ_OFFSET = 16;
    static final int INDEX_OFFSET = 24;
    static final int SIZE = 32;

    private SeqIterator() {
    }

    static long of(ObjectState s, long seq) {
        long it = s.allocInstance(s.space().type(BuiltinType.SEQ_ITERATOR));
        Memory.putLong(it + SEQ_OFFSET, Objects.newRef(seq));
        return it;
    }

    static TypeSlots slots() {
        return TypeSlots.builder()
                .iter((s, it) -> Objects.newRef(it))
                .next(SeqIterator::next)
                .dealloc((s, it) -> {
                    Objects.xdecref(s, Memory.getLong(it + SEQ_OFFSET));
                    s.freeGcObject(it);
                })
                .traverse((s, it, v) -> Descriptors.visit(it, SEQ_OFFSET, v))
                .clear((s, it) -> Descriptors.clearField(s, it, SEQ_OFFSET))
                .build();
    }

    private static long next(ObjectState s, long it) {
        long seq = Memory.getLong(it + SEQ_OFFSET);
        if (seq == 0) {
            return 0;
        }
        long index = Memory.getLong(it + INDEX_OFFSET);
        long key = IntType.fromLong(s, index);
        try {
            long v = Abstract.getItem(s, seq, key);
            Memory.putLong(it + INDEX_OFFSET, index + 1);
            return v;
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.INDEX_ERROR))
                    && !e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                throw e;
            }
            e.release(s);
            Descriptors.clearField(s, it, SEQ_OFFSET);
            return 0;
        } finally {
            Objects.decref(s, key);
        }
    }
}

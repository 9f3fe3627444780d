package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code set_iterator}: walks a set's slots in table order, as CPython's {@code setiter_iternext};
 * a set whose size changed since the iterator was made raises {@code RuntimeError: Set changed
 * size during iteration} (and keeps raising). Stateless.
 *
 * <pre>
 *   +16  set         set, or 0 once exhausted
 *   +24  used        the set's size at creation (-1 once the error was raised)
 *   +32  position    next slot
 *   +40  remaining   elements still expected (for __length_hint__)
 *   (48 bytes, GC prefix before)
 * </pre>
 */
final class SetIterator {
    static final int ITER_SET_OFFSET = 16;
    static final int ITER_USED_OFFSET = 24;
    static final int ITER_POSITION_OFFSET = 32;
    static final int ITER_REMAINING_OFFSET = 40;
    static final int ITERATOR_SIZE = 48;

    private SetIterator() {}

    static TypeSlots iteratorSlots() {
        return TypeSlots.builder()
                .iter((s, it) -> Objects.newRef(it))
                .next(SetIterator::iterNext)
                .dealloc((s, it) -> {
                    Objects.xdecref(s, Memory.getLong(it + ITER_SET_OFFSET));
                    s.freeGcObject(it);
                })
                .traverse((s, it, visitor) -> {
                    long so = Memory.getLong(it + ITER_SET_OFFSET);
                    if (so != 0) {
                        visitor.visit(so);
                    }
                })
                .method("__length_hint__", (s, it, args, kw) -> {
                    DictOps.noArguments(s, "__length_hint__", args, kw);
                    long so = Memory.getLong(it + ITER_SET_OFFSET);
                    long n = so != 0 && Memory.getLong(it + ITER_USED_OFFSET) == SetType.size(so)
                            ? Memory.getLong(it + ITER_REMAINING_OFFSET) : 0;
                    return IntType.fromLong(s, n);
                })
                .build();
    }

    static long newIterator(ObjectState s, long so) {
        long it = s.allocGcObject(s.space().type(BuiltinType.SET_ITERATOR), ITERATOR_SIZE);
        Objects.checkReference(s, it, so);
        Memory.putLong(it + ITER_SET_OFFSET, Objects.newRef(so));
        Memory.putLong(it + ITER_USED_OFFSET, SetType.size(so));
        Memory.putLong(it + ITER_POSITION_OFFSET, 0);
        Memory.putLong(it + ITER_REMAINING_OFFSET, SetType.size(so));
        return it;
    }

    static long iterNext(ObjectState s, long it) {
        long so = Memory.getLong(it + ITER_SET_OFFSET);
        if (so == 0) {
            return 0;
        }
        if (Memory.getLong(it + ITER_USED_OFFSET) != SetType.size(so)) {
            Memory.putLong(it + ITER_USED_OFFSET, -1);
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "Set changed size during iteration");
        }
        long[] cursor = {Memory.getLong(it + ITER_POSITION_OFFSET), 0, 0};
        boolean found = SetType.next(so, cursor);
        Memory.putLong(it + ITER_POSITION_OFFSET, cursor[0]);
        if (!found) {
            Memory.putLong(it + ITER_SET_OFFSET, 0);
            Objects.decref(s, so);
            return 0;
        }
        Memory.putLong(it + ITER_REMAINING_OFFSET, Memory.getLong(it + ITER_REMAINING_OFFSET) - 1);
        return Objects.newRef(cursor[1]);
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.memory.Allocator;
import dev.isola.memory.AllocatorStats;
import dev.isola.memory.ArenaAllocator;
import org.junit.jupiter.api.Test;

/**
 * Proves that running out of memory is a Python {@code MemoryError} — a real exception object,
 * made in advance — and never a crash or a Java error, and that the state stays usable.
 */
class MemoryExhaustionTest extends ObjectsTestSupport {
    /** An arena that refuses every request once {@code refusing} is set. */
    private static final class Refusing implements Allocator {
        final ArenaAllocator arena = new ArenaAllocator();
        boolean refusing;

        @Override public String name() { return "refusing"; }
        @Override public long allocate(long size) { return refusing ? 0 : arena.allocate(size); }
        @Override public long allocateZeroed(long c, long z) { return refusing ? 0 : arena.allocateZeroed(c, z); }
        @Override public long reallocate(long a, long n) { return refusing ? 0 : arena.reallocate(a, n); }
        @Override public void free(long a) { arena.free(a); }
        @Override public long usableSize(long a) { return arena.usableSize(a); }
        @Override public boolean isThreadSafe() { return false; }
        @Override public AllocatorStats stats() { return arena.stats(); }
        @Override public String report() { return arena.report(); }
        @Override public void close() { arena.close(); }
    }

    @Test
    void exhaustedMemoryRaisesMemoryErrorAndTheStateRecovers() {
        Refusing memory = new Refusing();
        try (ObjectState own = new ObjectState(space, memory)) {
            long before = memory.stats().blocksInUse();
            memory.refusing = true;
            for (int i = 0; i < 3; i++) {
                try {
                    StrType.fromJava(own, "no room for this string");
                    throw new AssertionError("allocation should have failed");
                } catch (PyException e) {
                    assertTrue(e.matches(space.type(BuiltinType.MEMORY_ERROR)), e.getMessage());
                    assertNotEquals(0, e.exception(), "a real MemoryError object");
                    assertEquals("MemoryError", Objects.typeNameOf(e.exception()), "reading it needs no memory");
                    e.release(own);
                }
            }
            try {
                TupleType.pack(own, space.none(), space.trueObject());
                throw new AssertionError("allocation should have failed");
            } catch (PyException e) {
                assertTrue(e.matches(space.type(BuiltinType.MEMORY_ERROR)));
                e.release(own);
            }
            assertEquals(before, memory.stats().blocksInUse(), "nothing half-built was left behind");
            memory.refusing = true;
            long err = 0;
            try {
                StrType.fromJava(own, "refused once more");
            } catch (PyException e) {
                err = e.take();
            }
            memory.refusing = false;
            assertNotEquals(0, err);
            assertEquals("MemoryError()", Abstract.reprJava(own, err), "a usable exception object");
            Objects.decref(own, err);
            long text = StrType.fromJava(own, "room again");
            assertEquals("'room again'", Abstract.reprJava(own, text));
            Objects.decref(own, text);
        } finally {
            memory.close();
        }
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.immortal.Refcount;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.LibcAllocator;
import org.junit.jupiter.api.Test;

/**
 * Proves the reference protocol: decref to zero frees the object and releases what it holds;
 * immortal objects never change; the debug mode catches dead objects and cross-interpreter
 * references (DESIGN invariant 4).
 */
class RefcountProtocolTest extends ObjectsTestSupport {
    @Test
    void decrefToZeroFreesTheObjectAndWhatItHolds() {
        ArenaAllocator arena = new ArenaAllocator();
        try (ObjectState own = new ObjectState(space, arena)) {
            long before = arena.stats().blocksInUse();
            long text = StrType.fromJava(own, "held by the tuple only");
            long number = IntType.fromLong(own, 1L << 40);
            long t = TupleType.pack(own, text, number, space.none());
            Objects.decref(own, text);
            Objects.decref(own, number);
            assertEquals(1, Refcount.get(text), "the tuple's reference");
            assertEquals(before + 3, arena.stats().blocksInUse());
            Objects.decref(own, t);
            assertEquals(before, arena.stats().blocksInUse(), "tuple, str and int all freed");
        } finally {
            arena.close();
        }
    }

    @Test
    void immortalObjectsNeverChange() {
        long none = space.none();
        long before = Refcount.get(none);
        for (int i = 0; i < 1000; i++) {
            long t = TupleType.pack(s, none, none, space.smallInt(3));
            Objects.decref(s, t);
        }
        assertEquals(before, Refcount.get(none));
        assertEquals(Refcount.IMMORTAL, Refcount.get(space.smallInt(3)));
    }

    @Test
    void debugModeCatchesADeadObject() {
        assertTrue(Objects.DEBUG, "object tests run with -Disola.debugObjects=true");
        long text = StrType.fromJava(s, "short-lived");
        long t = TupleType.pack(s, text);
        Objects.decref(s, text);
        // Simulate a stray reference: force the count to zero without freeing.
        dev.isola.memory.Memory.putLong(text, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Objects.incref(text));
        assertTrue(e.getMessage().contains("dead object"), e.getMessage());
        dev.isola.memory.Memory.putLong(text, 1);
        Objects.decref(s, t);
    }

    @Test
    void debugModeRefusesAnObjectOfAnotherInterpreter() {
        try (LibcAllocator otherMemory = new LibcAllocator(); ObjectState other = new ObjectState(space, otherMemory)) {
            long foreign = StrType.fromJava(other, "belongs to the other interpreter");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> TupleType.pack(s, foreign));
            assertTrue(e.getMessage().contains("invariant 4"), e.getMessage());
            long shared = TupleType.pack(s, space.none(), space.latin1Char('q'));
            Objects.decref(s, shared);
            Objects.decref(other, foreign);
        }
    }
}

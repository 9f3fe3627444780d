package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.natives.Stdlib;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Misuses memory on purpose, once per kind, and proves the debug hooks report each one with a
 * message naming the block — and that nothing crashes.
 */
class DebugHooksCatchMisuseTest {
    private DebugHooks hooks;
    private ArenaAllocator arena;
    private Allocator mem;
    private Allocator obj;

    @BeforeEach
    void setUp() {
        hooks = new DebugHooks(8, 1 << 20);
        arena = new ArenaAllocator();
        mem = hooks.wrap(Domain.MEM, arena);
        obj = hooks.wrap(Domain.OBJ, arena);
    }

    @AfterEach
    void tearDown() {
        try {
            hooks.close();
        } catch (MemoryMisuseException expectedInSomeTests) {
            // damage left on purpose is reported again at close; the memory is still returned
        }
        assertEquals(0, arena.stats().blocksInUse(), "close returns every block");
    }

    private static MemoryMisuseException expect(MemoryMisuseException.Kind kind, Runnable misuse) {
        MemoryMisuseException e = assertThrows(MemoryMisuseException.class, misuse::run);
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    private static void assertNames(MemoryMisuseException e, long addr, long size, Domain domain) {
        String m = e.getMessage();
        assertTrue(m.contains("address=" + Memory.hex(addr)), m);
        assertTrue(m.contains("size=" + size), m);
        assertTrue(m.contains("serial="), m);
        assertTrue(m.contains("domain=" + domain), m);
    }

    @Test
    void freshMemoryIsCdFreedMemoryIsDdZeroedIsZero() {
        long a = mem.allocate(40);
        assertEquals(-1, Memory.findNot(a, 40, (byte) 0xCD));
        assertEquals(40, mem.usableSize(a), "usable size is the requested size: the rest is guard bytes");
        mem.free(a);
        assertEquals(-1, Memory.findNot(a, 40, (byte) 0xDD), "a quarantined block holds the dead pattern");
        long z = mem.allocateZeroed(5, 8);
        assertEquals(-1, Memory.findNot(z, 40, (byte) 0));
        mem.free(z);
    }

    @Test
    void overflowIsReportedAtFree() {
        long a = mem.allocate(24);
        Memory.putByte(a + 24, (byte) 0x41);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.BUFFER_OVERFLOW, () -> mem.free(a));
        assertNames(e, a, 24, Domain.MEM);
        assertTrue(e.getMessage().contains("after the block"), e.getMessage());
        assertTrue(e.getMessage().contains("0x41"), e.getMessage());
        Memory.putByte(a + 24, (byte) 0xFD);
        mem.free(a);
    }

    @Test
    void underflowIsReportedAtFree() {
        long a = obj.allocate(100);
        Memory.putByte(a - 1, (byte) 0);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.BUFFER_UNDERFLOW, () -> obj.free(a));
        assertNames(e, a, 100, Domain.OBJ);
        assertTrue(e.getMessage().contains("before the block"), e.getMessage());
    }

    @Test
    void overwrittenHeaderIsReportedAsUnderflow() {
        long a = mem.allocate(16);
        Memory.putLong(a - 32, 99);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.BUFFER_UNDERFLOW, () -> mem.reallocate(a, 64));
        assertTrue(e.getMessage().contains("size in the header was overwritten (now 99)"), e.getMessage());
        Memory.putLong(a - 32, 16);
        mem.free(a);
    }

    @Test
    void doubleFreeIsReported() {
        long a = mem.allocate(32);
        mem.free(a);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.DOUBLE_FREE, () -> mem.free(a));
        assertNames(e, a, 32, Domain.MEM);
    }

    @Test
    void unknownAddressesAreRefusedWithoutTouchingThem() {
        long a = mem.allocate(64);
        MemoryMisuseException interior = expect(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, () -> mem.free(a + 16));
        assertTrue(interior.getMessage().contains("address=" + Memory.hex(a + 16)), interior.getMessage());
        long foreign = Stdlib.malloc(64);
        try {
            expect(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, () -> mem.free(foreign));
        } finally {
            Stdlib.free(foreign);
        }
        // Unmapped addresses: reading them would crash the JVM, so the hooks must not.
        expect(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, () -> mem.free(0x1000));
        expect(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, () -> mem.free(0x7fff_0000_0000L));
        expect(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, () -> mem.usableSize(0x1000));
        mem.free(a);
    }

    @Test
    void freeThroughTheWrongDomainIsReported() {
        long a = mem.allocate(48);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.WRONG_DOMAIN, () -> obj.free(a));
        assertNames(e, a, 48, Domain.MEM);
        assertTrue(e.getMessage().contains("allocated through MEM, free through OBJ"), e.getMessage());
        expect(MemoryMisuseException.Kind.WRONG_DOMAIN, () -> obj.reallocate(a, 10));
        mem.free(a);
    }

    @Test
    void writeAfterFreeIsReportedByCheck() {
        long a = obj.allocate(80);
        obj.free(a);
        Memory.putLong(a + 8, 42);
        MemoryMisuseException e = expect(MemoryMisuseException.Kind.WRITE_AFTER_FREE, () -> hooks.check(a));
        assertNames(e, a, 80, Domain.OBJ);
        assertTrue(e.getMessage().contains("offset 8"), e.getMessage());
        expect(MemoryMisuseException.Kind.WRITE_AFTER_FREE, hooks::checkAll);
        Memory.putLong(a + 8, 0xDDDDDDDDDDDDDDDDL);
        hooks.checkAll();
    }

    @Test
    void writeAfterFreeIsReportedWhenTheBlockLeavesTheQuarantine() {
        try (DebugHooks small = new DebugHooks(1, 1 << 20)) {
            Allocator raw = small.wrap(Domain.RAW, new LibcAllocator());
            long a = raw.allocate(20);
            raw.free(a);
            Memory.putByte(a + 19, (byte) 7);
            long b = raw.allocate(20);
            MemoryMisuseException e = expect(MemoryMisuseException.Kind.WRITE_AFTER_FREE, () -> raw.free(b));
            assertNames(e, a, 20, Domain.RAW);
            assertEquals(1, small.quarantinedBlocks(), "the damaged block was released all the same; b waits");
            assertEquals(0, raw.stats().blocksInUse());
        }
    }

    @Test
    void reallocateMovesCopiesAndQuarantinesTheOldBlock() {
        long a = mem.allocate(16);
        Memory.putLong(a, 0x1122334455667788L);
        Memory.putLong(a + 8, -1L);
        long b = mem.reallocate(a, 1000);
        assertNotEquals(a, b, "the debug realloc always moves, so stale pointers show");
        assertEquals(0x1122334455667788L, Memory.getLong(b));
        assertEquals(-1L, Memory.getLong(b + 8));
        assertEquals(-1, Memory.findNot(b + 16, 1000 - 16, (byte) 0xCD));
        assertEquals(-1, Memory.findNot(a, 16, (byte) 0xDD));
        expect(MemoryMisuseException.Kind.DOUBLE_FREE, () -> mem.free(a));
        mem.free(b);
    }

    @Test
    void liveBlocksListsWhatWouldLeakAndCloseReturnsIt() {
        long a = mem.allocate(10);
        long b = obj.allocate(600);
        List<DebugHooks.Block> leaks = hooks.liveBlocks();
        assertEquals(2, leaks.size());
        assertEquals(new DebugHooks.Block(a, 10, leaks.get(0).serial(), Domain.MEM), leaks.get(0));
        assertEquals(new DebugHooks.Block(b, 600, leaks.get(0).serial() + 1, Domain.OBJ), leaks.get(1));
        assertEquals(1, mem.stats().blocksInUse());
        assertEquals(600, obj.stats().bytesInUse());
        hooks.close();
        assertEquals(0, arena.stats().blocksInUse());
        assertEquals(0, arena.stats().bytesReserved(), "the arena was closed once both domains were");
    }

    @Test
    void rawDomainIsThreadSafeOverAThreadSafeAllocator() throws Exception {
        try (DebugHooks shared = new DebugHooks()) {
            Allocator raw = shared.wrap(Domain.RAW, new LibcAllocator());
            assertTrue(raw.isThreadSafe());
            CountDownLatch start = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread[] threads = new Thread[2];
            for (int t = 0; t < threads.length; t++) {
                int id = t;
                threads[t] = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 20_000; i++) {
                            long p = raw.allocate(8 + (i % 200));
                            Memory.putLong(p, id * 1_000_000L + i);
                            assertEquals(id * 1_000_000L + i, Memory.getLong(p));
                            raw.free(p);
                        }
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                });
                threads[t].start();
            }
            start.countDown();
            for (Thread t : threads) {
                t.join();
            }
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
            shared.checkAll();
            assertEquals(0, raw.stats().blocksInUse());
        }
    }

    @Test
    void eachDomainIsWrappedOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> hooks.wrap(Domain.MEM, arena));
        assertTrue(e.getMessage().contains("domain=MEM"), e.getMessage());
    }

    @Test
    void stackedOverTracingBothSeeTheSameBlocks() {
        try (DebugHooks h = new DebugHooks()) {
            TracingAllocator tracing = new TracingAllocator(new ArenaAllocator());
            Allocator a = h.wrap(Domain.OBJ, tracing);
            long p = a.allocate(100);
            assertEquals(100 + DebugBlockLayout.OVERHEAD, tracing.tracedBytes(), "tracing sees the padded block");
            a.free(p);
            assertEquals(100 + DebugBlockLayout.OVERHEAD, tracing.tracedBytes(), "still quarantined");
        }
    }
}

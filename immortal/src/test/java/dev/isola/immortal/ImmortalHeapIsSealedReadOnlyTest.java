package dev.isola.immortal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.memory.Memory;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the immortal heap is really read-only after sealing (as the kernel sees it) and that
 * the refcount protocol never writes an immortal object.
 */
class ImmortalHeapIsSealedReadOnlyTest {
    /** The permission field of every /proc/self/maps line that overlaps {@code [start, end)}. */
    private static List<String> permissions(long start, long end) throws IOException {
        List<String> perms = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] fields = line.split("\\s+");
            String[] range = fields[0].split("-");
            long lo = HexFormat.fromHexDigitsToLong(range[0]);
            long hi = HexFormat.fromHexDigitsToLong(range[1]);
            if (lo < end && hi > start) {
                perms.add(fields[1]);
            }
        }
        return perms;
    }

    @Test
    void sealingMakesTheObjectPagesReadOnlyForTheKernel() throws IOException {
        try (ImmortalHeap heap = new ImmortalHeap(1 << 20)) {
            long a = heap.allocate(24);
            long b = heap.allocate(10_000);
            Memory.putLong(a, Refcount.IMMORTAL);
            Memory.putLong(b, 42);
            assertEquals(List.of("rw-p"), permissions(heap.base(), heap.base() + heap.used()));
            heap.seal();
            assertTrue(heap.isSealed());
            List<String> perms = permissions(heap.base(), heap.sealedEnd());
            assertFalse(perms.isEmpty(), "the sealed range is mapped");
            assertTrue(perms.stream().allMatch(p -> p.startsWith("r--")), "read-only after sealing: " + perms);
            assertEquals(42, Memory.getLong(b), "still readable");
            assertEquals(List.of(), permissions(heap.sealedEnd(), heap.base() + (1 << 20)),
                    "the untouched rest was unmapped");
        }
    }

    @Test
    void aSealedHeapRefusesAllocation() {
        try (ImmortalHeap heap = new ImmortalHeap(1 << 20)) {
            heap.allocate(16);
            heap.seal();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> heap.allocate(16));
            assertTrue(e.getMessage().contains("sealed"), e.getMessage());
        }
    }

    @Test
    void blocksAreAlignedZeroedAndOwned() {
        try (ImmortalHeap heap = new ImmortalHeap(1 << 20)) {
            long first = heap.allocate(1);
            long second = heap.allocate(40);
            assertEquals(0, first % 16);
            assertEquals(first + 16, second, "bump allocation, 16-byte steps");
            assertEquals(-1, Memory.findNot(second, 40, (byte) 0));
            assertTrue(heap.contains(first));
            assertFalse(heap.contains(second + 48));
        }
    }

    @Test
    void aMillionRefcountOperationsLeaveImmortalBytesUnchanged() {
        try (ImmortalHeap heap = new ImmortalHeap(1 << 20)) {
            long[] objects = new long[64];
            for (int i = 0; i < objects.length; i++) {
                objects[i] = heap.allocate(32);
                Refcount.makeImmortal(objects[i]);
                Memory.putLong(objects[i] + 8, 0x1000 + i);
            }
            heap.seal();
            byte[] before = Memory.segment(heap.base(), heap.used()).toArray(ValueLayout.JAVA_BYTE);
            int reachedZero = 0;
            for (int i = 0; i < 1_000_000; i++) {
                long obj = objects[i & 63];
                Refcount.incref(obj);
                if (Refcount.decref(obj)) {
                    reachedZero++;
                }
                if (Refcount.decref(obj)) {
                    reachedZero++;
                }
            }
            byte[] after = Memory.segment(heap.base(), heap.used()).toArray(ValueLayout.JAVA_BYTE);
            assertArrayEquals(before, after);
            assertEquals(0, reachedZero, "an immortal object never reaches zero");
            assertTrue(Refcount.isImmortal(objects[0]));
        }
    }

    @Test
    void mortalCountsGoUpAndDownAndReportZero() {
        try (ImmortalHeap heap = new ImmortalHeap(1 << 20)) {
            long obj = heap.allocate(16);
            Memory.putLong(obj, 1);
            Refcount.incref(obj);
            assertEquals(2, Refcount.get(obj));
            assertFalse(Refcount.decref(obj));
            assertTrue(Refcount.decref(obj), "the last reference reports zero");
            assertEquals(0, Refcount.get(obj));
        }
    }
}

package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A million deterministic random operations per allocator against a shadow model never lose or
 * share a byte: every live block carries a pattern derived from its id, checked at its ends
 * before each reallocate and in full before each free; reallocate keeps the common prefix; the
 * arena's invariants hold throughout; and freeing everything brings the statistics back to zero.
 *
 * <p>The mix follows the workload Isola expects: most requests of at most 512 bytes (most of those
 * at most 64), some up to 8 KiB, a few of 0. Phases alternate between growing and shrinking the
 * live set (at most {@value #MAX_LIVE} blocks) so arenas and pools fill, drain and come back.
 */
class AllocatorStressTest {
    private static final long SEED = 0x15_01A_2025L;
    private static final int OPERATIONS = 1_000_000;
    private static final int MAX_LIVE = 20_000;
    private static final int PHASE = 100_000;
    private static final int CHECK_EVERY = 50_000;

    /** Live blocks, unordered; removal moves the last one into the hole. */
    private static final class Shadow {
        final long[] addr = new long[MAX_LIVE];
        final long[] size = new long[MAX_LIVE];
        final long[] id = new long[MAX_LIVE];
        int count;

        void add(long a, long s, long i) {
            addr[count] = a;
            size[count] = s;
            id[count] = i;
            count++;
        }

        void remove(int slot) {
            count--;
            addr[slot] = addr[count];
            size[slot] = size[count];
            id[slot] = id[count];
        }
    }

    static long randomSize(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 3) {
            return 0;
        } else if (r < 55) {
            return 1 + random.nextInt(64);
        } else if (r < 85) {
            return 1 + random.nextInt(512);
        } else {
            return 513 + random.nextInt(8192 - 512);
        }
    }

    private static void checkNew(Allocator a, long addr, long size, String what) {
        assertNotEquals(0, addr, what + " returned 0");
        if ((addr & 15) != 0 || a.usableSize(addr) < size) {
            assertEquals(0, addr & 15, what + " misaligned: " + Memory.hex(addr));
            assertTrue(a.usableSize(addr) >= size, what + ": usableSize=" + a.usableSize(addr));
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void aMillionRandomOperationsKeepEveryBlockIntact(AllocatorKind kind) {
        SplittableRandom random = new SplittableRandom(SEED);
        Shadow live = new Shadow();
        long nextId = 1;
        long[] counts = new long[4];
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            for (int op = 1; op <= OPERATIONS; op++) {
                boolean growing = (op / PHASE) % 2 == 0;
                int r = random.nextInt(100);
                int allocPercent = growing ? 50 : 30;
                if (live.count == 0 || (live.count < MAX_LIVE && r < allocPercent)) {
                    long id = nextId++;
                    long size = randomSize(random);
                    long addr;
                    if (r % 4 == 0) {
                        long count = 1 + random.nextInt(4);
                        long each = size / count;
                        size = count * each;
                        addr = a.allocateZeroed(count, each);
                        checkNew(a, addr, size, "allocateZeroed(" + count + ", " + each + ")");
                        long nonZero = Memory.findNot(addr, size, (byte) 0);
                        assertEquals(-1, nonZero, "allocateZeroed gave a dirty byte at op " + op);
                        counts[1]++;
                    } else {
                        addr = a.allocate(size);
                        checkNew(a, addr, size, "allocate(" + size + ")");
                        counts[0]++;
                    }
                    BlockPattern.fill(addr, size, id);
                    live.add(addr, size, id);
                } else if (r < 70) {
                    int slot = random.nextInt(live.count);
                    long addr = live.addr[slot];
                    long size = live.size[slot];
                    long id = live.id[slot];
                    BlockPattern.assertEndsIntact(addr, size, id, "before reallocate at op " + op);
                    long newSize = randomSize(random);
                    long moved = a.reallocate(addr, newSize);
                    String what = "reallocate " + size + " -> " + newSize + " at op " + op;
                    checkNew(a, moved, newSize, what);
                    BlockPattern.assertIntact(moved, size, id, Math.min(size, newSize), what);
                    long newId = nextId++;
                    BlockPattern.fill(moved, newSize, newId);
                    live.addr[slot] = moved;
                    live.size[slot] = newSize;
                    live.id[slot] = newId;
                    counts[2]++;
                } else {
                    int slot = random.nextInt(live.count);
                    BlockPattern.assertIntact(live.addr[slot], live.size[slot], live.id[slot], live.size[slot],
                            "before free at op " + op);
                    a.free(live.addr[slot]);
                    live.remove(slot);
                    counts[3]++;
                }
                if (live.count > 0) {
                    int slot = random.nextInt(live.count);
                    BlockPattern.assertEndsIntact(live.addr[slot], live.size[slot], live.id[slot],
                            "a random live block at op " + op);
                }
                if (op % CHECK_EVERY == 0) {
                    o.checkInvariants();
                    assertEquals(live.count, a.stats().blocksInUse(), "live blocks at op " + op);
                }
            }
            for (long c : counts) {
                assertTrue(c > OPERATIONS / 20, "every kind of operation ran often: " + java.util.Arrays.toString(counts));
            }
            while (live.count > 0) {
                int last = live.count - 1;
                BlockPattern.assertIntact(live.addr[last], live.size[last], live.id[last], live.size[last], "at the end");
                a.free(live.addr[last]);
                live.remove(last);
            }
            AllocatorStats s = a.stats();
            assertEquals(0, s.blocksInUse(), s.toString());
            assertEquals(0, s.bytesInUse(), s.toString());
            o.checkInvariants();
            if (o.arena() != null) {
                ArenaStats as = o.arena().arenaStats();
                assertTrue(as.arenasCurrent() <= 1, "at most one empty arena kept: " + as.arenasCurrent());
                assertTrue(as.arenasReclaimed() > 0, "arenas were returned while the live set shrank");
            }
        }
    }
}

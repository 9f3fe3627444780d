package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link LongLongMap} behaves as a {@code HashMap<Long, Long>} through any sequence of puts,
 * removes (backward-shift deletion), growth and clears, and never finds key 0 — the mark of an
 * empty slot.
 */
class LongLongMapTest {
    private static final long MISSING = Long.MIN_VALUE + 7;

    private static void assertSame(Map<Long, Long> expected, LongLongMap actual, String when) {
        assertEquals(expected.size(), actual.size(), when);
        long[] keys = actual.keys();
        Arrays.sort(keys);
        long[] expectedKeys = expected.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        assertTrue(Arrays.equals(expectedKeys, keys), when + ": keys differ");
        for (Map.Entry<Long, Long> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey(), MISSING), when + ": key " + e.getKey());
        }
        long[] visited = {0, 0};
        actual.forEach((k, v) -> {
            visited[0]++;
            assertEquals(expected.get(k), v, when + ": forEach key " + k);
        });
        assertEquals(expected.size(), visited[0], when + ": forEach count");
    }

    /** Random operations with keys from {@code keys}; a full comparison every {@code checkEvery}. */
    private static void differential(LongLongMap map, Map<Long, Long> ref, SplittableRandom random, int operations,
                                     int putPercent, LongSupplier keys, int checkEvery) {
        for (int op = 1; op <= operations; op++) {
            long key = keys.getAsLong();
            int r = random.nextInt(100);
            String when = "op " + op + " key " + key;
            if (r < putPercent) {
                long value = random.nextLong();
                map.put(key, value);
                ref.put(key, value);
            } else if (r < 90) {
                Long old = ref.remove(key);
                assertEquals(old == null ? MISSING : old, map.remove(key, MISSING), when + ": remove");
            } else {
                Long v = ref.get(key);
                assertEquals(v == null ? MISSING : v, map.get(key, MISSING), when + ": get");
                assertEquals(v != null, map.contains(key), when + ": contains");
            }
            assertEquals(ref.size(), map.size(), when + ": size");
            if (op % checkEvery == 0) {
                assertSame(ref, map, when);
            }
        }
        assertSame(ref, map, "after " + operations + " operations");
    }

    @Test
    void smallCrowdedTableMatchesHashMap() {
        // 24 keys in a table of 16 to 64 slots: long clusters, wrap-around, shifts on every remove.
        SplittableRandom random = new SplittableRandom(1);
        LongLongMap map = new LongLongMap(1);
        differential(map, new HashMap<>(), random, 300_000, 50, () -> 1 + random.nextInt(24), 97);
    }

    @Test
    void growthWithManyRemovesMatchesHashMap() {
        SplittableRandom random = new SplittableRandom(2);
        LongLongMap map = new LongLongMap(16);
        Map<Long, Long> ref = new HashMap<>();
        // Grows to tens of thousands of entries, with a remove for every two puts.
        differential(map, ref, random, 150_000, 60, () -> 1 + random.nextInt(100_000), 25_000);
        // Then drains.
        differential(map, ref, random, 150_000, 20, () -> 1 + random.nextInt(100_000), 25_000);
    }

    @Test
    void allocatorShapedKeysMatchHashMap() {
        // Block addresses (16-byte steps) and arena numbers (consecutive): the keys the allocators use.
        SplittableRandom random = new SplittableRandom(3);
        LongLongMap map = new LongLongMap(16);
        Map<Long, Long> ref = new HashMap<>();
        differential(map, ref, random, 200_000, 55,
                () -> 0x7f3a_5c00_0000L + 16L * random.nextInt(4096), 10_000);
        differential(map, ref, random, 100_000, 50,
                () -> (0x7f3a_5c00_0000L >>> 20) + random.nextInt(64), 1_000);
        differential(map, ref, random, 100_000, 50, () -> random.nextLong() | 1, 20_000);
        differential(map, ref, random, 50_000, 50, () -> -1 - random.nextInt(1000), 5_000);
    }

    @Test
    void clearEmptiesAndTheMapIsReusable() {
        LongLongMap map = new LongLongMap(4);
        for (long k = 1; k <= 1000; k++) {
            map.put(k, k * k);
        }
        map.clear();
        assertEquals(0, map.size());
        assertEquals(0, map.keys().length);
        assertFalse(map.contains(500));
        map.put(500, 1);
        assertEquals(1, map.get(500, MISSING));
        assertEquals(1, map.size());
    }

    @Test
    void keyZeroIsNeverPresent() {
        LongLongMap map = new LongLongMap(16);
        assertFalse(map.contains(0), "empty map");
        for (long k = 1; k <= 20; k++) {
            map.put(k, k);
        }
        assertFalse(map.contains(0), "key 0 marks empty slots, it is never stored");
        assertEquals(MISSING, map.get(0, MISSING));
        assertEquals(MISSING, map.remove(0, MISSING));
        assertEquals(20, map.size(), "removing key 0 changed nothing");
        assertThrows(IllegalArgumentException.class, () -> map.put(0, 1));
        for (long k = 1; k <= 20; k++) {
            assertEquals(k, map.get(k, MISSING));
        }
    }
}

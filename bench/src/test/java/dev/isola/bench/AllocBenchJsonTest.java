package dev.isola.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bench alloc} in its quick mode: the JSON has the promised shape, every allocator that
 * is not skipped is measured at every size, every figure is a positive number, and a skipped
 * allocator says why. No timing is asserted.
 */
class AllocBenchJsonTest {
    private static AllocBench.Result result;
    private static Map<?, ?> json;

    @BeforeAll
    static void runQuick() {
        result = AllocBench.measure(AllocBench.Settings.QUICK, Progress.none());
        json = assertInstanceOf(Map.class, JsonReader.read(AllocBench.json(result)));
    }

    @Test
    void pairsCoverEveryMeasuredAllocatorAtEverySize() {
        List<?> pairs = assertInstanceOf(List.class, json.get("pairs"));
        Set<String> seen = new HashSet<>();
        for (Object o : pairs) {
            Map<?, ?> pair = assertInstanceOf(Map.class, o);
            assertEquals(Set.of("allocator", "size", "ns_per_pair"), pair.keySet());
            String allocator = assertInstanceOf(String.class, pair.get("allocator"));
            double size = assertInstanceOf(Double.class, pair.get("size"));
            double ns = assertInstanceOf(Double.class, pair.get("ns_per_pair"));
            assertTrue(ns > 0 && Double.isFinite(ns), "ns_per_pair of " + allocator + " " + size + ": " + ns);
            assertTrue(seen.add(allocator + "/" + (int) size), "duplicate pair " + allocator + "/" + size);
        }
        Set<String> skipped = skippedAllocators();
        Set<String> expected = new HashSet<>();
        for (String kind : BlockSource.kinds()) {
            if (!skipped.contains(kind)) {
                for (int size : AllocBench.sizes()) {
                    expected.add(kind + "/" + size);
                }
            }
        }
        assertEquals(expected, seen);
        assertTrue(seen.contains("arena/32"), "arena is never skipped");
    }

    @Test
    void scalingHasBothRatios() {
        Map<?, ?> scaling = assertInstanceOf(Map.class, json.get("scaling"));
        assertEquals(Set.of(AllocBench.OWN_ARENAS, AllocBench.SHARED_LOCKED), scaling.keySet());
        for (Object v : scaling.values()) {
            double ratio = assertInstanceOf(Double.class, v);
            assertTrue(ratio > 0 && Double.isFinite(ratio), "ratio " + ratio);
        }
    }

    @Test
    void skippedAllocatorsSayWhy() {
        for (Object o : assertInstanceOf(List.class, json.get("skipped"))) {
            Map<?, ?> skip = assertInstanceOf(Map.class, o);
            String reason = assertInstanceOf(String.class, skip.get("reason"));
            assertFalse(reason.isBlank(), "empty reason for " + skip.get("allocator"));
        }
        if (Boolean.getBoolean("isola.requireMimalloc")) {
            assertEquals(Set.of(), skippedAllocators(), "mimalloc is required (-Disola.requireMimalloc=true)");
        }
    }

    @Test
    void tableHasARowPerMeasuredAllocatorAndTheScalingLines() {
        String table = AllocBench.table(result);
        for (String kind : BlockSource.kinds()) {
            boolean measured = !skippedAllocators().contains(kind);
            assertEquals(measured, table.lines().anyMatch(l -> l.startsWith(kind + " ")), kind + " row in\n" + table);
        }
        assertTrue(table.contains("own arenas, 2 threads:"), table);
        assertTrue(table.contains("shared locked arena, 2 threads:"), table);
    }

    private static Set<String> skippedAllocators() {
        Set<String> names = new HashSet<>();
        for (Object o : assertInstanceOf(List.class, json.get("skipped"))) {
            names.add((String) ((Map<?, ?>) o).get("allocator"));
        }
        return names;
    }
}

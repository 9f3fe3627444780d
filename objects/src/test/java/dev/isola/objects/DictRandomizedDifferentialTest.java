package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random operations (fixed seed) on a dict and on a {@link LinkedHashMap}, which has
 * the same semantics for insertion order, overwrite-in-place and last-in-first-out popitem:
 * after every step the sizes agree, and periodically the whole contents and order.
 */
class DictRandomizedDifferentialTest extends ObjectsTestSupport {
    private static final int OPERATIONS = 100_000;

    @Test
    void dictMatchesLinkedHashMap() {
        SplittableRandom random = new SplittableRandom(20240611L);
        long d = track(DictType.newDict(s));
        LinkedHashMap<String, Long> model = new LinkedHashMap<>();
        long[] cursor = new long[3];
        for (int step = 0; step < OPERATIONS; step++) {
            // Keys: small and large ints and strs, over a range that makes hits and misses common.
            int range = step % 20_000 < 10_000 ? 64 : 3000;
            int k = random.nextInt(range);
            boolean strKey = random.nextBoolean();
            String javaKey = strKey ? "k" + k : Long.toString(k * 1_000_003L);
            long key = strKey ? StrType.fromJava(s, javaKey) : IntType.fromLong(s, k * 1_000_003L);
            try {
                int op = random.nextInt(100);
                if (op < 50) {
                    long v = random.nextLong(1L << 40);
                    long value = IntType.fromLong(s, v);
                    DictType.setItem(s, d, key, value);
                    Objects.decref(s, value);
                    model.put(javaKey, v);
                } else if (op < 75) {
                    long value = DictType.pop(s, d, key);
                    Long expected = model.remove(javaKey);
                    assertEquals(expected == null ? 0 : 1, value == 0 ? 0 : 1, "pop presence at step " + step);
                    if (value != 0) {
                        assertEquals((long) expected, IntType.longValue(value));
                        Objects.decref(s, value);
                    }
                } else if (op < 95) {
                    long value = DictType.getItem(s, d, key);
                    Long expected = model.get(javaKey);
                    assertEquals(expected == null ? 0 : 1, value == 0 ? 0 : 1, "get presence at step " + step);
                    if (value != 0) {
                        assertEquals((long) expected, IntType.longValue(value));
                    }
                } else if (op < 99) {
                    if (model.isEmpty()) {
                        assertEquals(0, DictType.size(d));
                    } else {
                        long pair = DictOps.popItem(s, d, space.emptyTuple(), 0);
                        Map.Entry<String, Long> last = model.pollLastEntry();
                        assertEquals(last.getKey(), javaKeyOf(TupleType.getItem(pair, 0)));
                        assertEquals((long) last.getValue(), IntType.longValue(TupleType.getItem(pair, 1)));
                        Objects.decref(s, pair);
                    }
                } else if (random.nextInt(20) == 0) {
                    DictType.clear(s, d);
                    model.clear();
                }
            } finally {
                Objects.decref(s, key);
            }
            assertEquals(model.size(), DictType.size(d), "size at step " + step);
            if (step % 5000 == 0 || step == OPERATIONS - 1) {
                DictType.checkInvariants(s, d);
                List<String> order = new ArrayList<>();
                cursor[0] = 0;
                while (DictType.next(d, cursor)) {
                    order.add(javaKeyOf(cursor[1]));
                }
                assertEquals(new ArrayList<>(model.keySet()), order, "order at step " + step);
                Iterator<Long> values = model.values().iterator();
                cursor[0] = 0;
                while (DictType.next(d, cursor)) {
                    assertEquals((long) values.next(), IntType.longValue(cursor[2]));
                }
            }
        }
    }

    private static String javaKeyOf(long key) {
        return StrType.check(key) ? StrType.toJava(key) : Long.toString(IntType.longValue(key));
    }
}

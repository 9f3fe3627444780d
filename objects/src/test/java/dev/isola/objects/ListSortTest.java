package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code list.sort}: the merge algorithm on Java data (correctness, stability, comparison counts
 * on structured input), then on Python objects — every comparison path, keys, {@code reverse},
 * exceptions and mutation during the sort — with expected values from CPython 3.11.
 */
class ListSortTest extends ObjectsTestSupport {
    private static final long SEED = 0x15_01A_5EEDL;

    private long ints(long... values) {
        long l = track(ListType.newList(s));
        for (long v : values) {
            ListType.append(s, l, track(IntType.fromLong(s, v)));
        }
        return l;
    }

    private long list(long... items) {
        return track(ListType.pack(s, items));
    }

    // ---------------------------------------------------------------- the algorithm on Java data

    private static final class Counter implements ListSort.Less {
        long comparisons;

        @Override
        public boolean lt(long a, long b) {
            comparisons++;
            return (a >> 20) < (b >> 20);
        }
    }

    /** Keys in the high bits, the original position in the low 20: equal keys must keep position order. */
    private static long[] tagged(long[] keys) {
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (keys[i] << 20) | i;
        }
        return out;
    }

    private static long sortAndCheck(long[] keys) {
        long[] data = tagged(keys);
        long[] expected = data.clone();
        Arrays.sort(expected);
        Counter c = new Counter();
        ListSort.sortKeys(c, data, null);
        assertArrayEquals(expected, data, "sorted and stable");
        return c.comparisons;
    }

    @Test
    void algorithmSortsStablyOnEveryShapeOfInput() {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = 200_000;
        long[] randomFew = random.longs(n, 0, 50).toArray();
        long[] randomMany = random.longs(n, 0, 1L << 40).toArray();
        long comparisons = sortAndCheck(randomMany);
        assertTrue(comparisons < n * 18L, "n log2 n bound: " + comparisons);
        sortAndCheck(randomFew);

        long[] ascending = new long[n];
        long[] descending = new long[n];
        long[] sawtooth = new long[n];
        long[] fewChanges = new long[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - i;
            sawtooth[i] = i % 1000;
            fewChanges[i] = i;
        }
        for (int i = 0; i < 10; i++) {
            fewChanges[random.nextInt(n)] = random.nextLong(n);
        }
        assertEquals(n - 1, sortAndCheck(ascending), "one run: n-1 comparisons");
        assertEquals(n - 1, sortAndCheck(descending), "one strictly descending run, reversed: n-1 comparisons");
        assertTrue(sortAndCheck(fewChanges) < 3L * n, "almost sorted");
        for (int size = 0; size < 300; size++) {
            sortAndCheck(random.longs(size, 0, 10).toArray());
        }
    }

    private static long[] lcg(int n, int shift) {
        long x = 12345;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            out[i] = x >>> shift;
        }
        return out;
    }

    /**
     * The same inputs sorted by CPython 3.11 with a {@code __lt__} that counts: the numbers of
     * comparisons are equal, so runs, merge order and galloping are CPython's.
     */
    @Test
    void comparisonCountsEqualCPythons() {
        int n = 50_000;
        long[] sawtooth = new long[n];
        long[] sawtoothReversed = new long[n];
        long[] ascending = new long[n];
        long[] descending = new long[n];
        long[] mostlyOrdered = new long[n];
        for (int i = 0; i < n; i++) {
            sawtooth[i] = i % 1000;
            sawtoothReversed[n - 1 - i] = i % 1000;
            ascending[i] = i;
            descending[i] = n - i;
            mostlyOrdered[i] = i % 100 != 0 ? (i * 7919L) % n : 0;
        }
        assertEquals(714626, sortAndCheck(lcg(n, 44)));
        assertEquals(391659, sortAndCheck(lcg(n, 60)));
        assertEquals(287915, sortAndCheck(sawtooth));
        assertEquals(287915, sortAndCheck(sawtoothReversed));
        assertEquals(49999, sortAndCheck(ascending));
        assertEquals(49999, sortAndCheck(descending));
        assertEquals(711869, sortAndCheck(mostlyOrdered));
    }

    @Test
    void keysCarryTheirValuesAlong() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int n = 50_000;
        long[] keys = random.longs(n, 0, 1000).toArray();
        long[] vals = new long[n];
        for (int i = 0; i < n; i++) {
            vals[i] = keys[i] * 1_000_000 + i;
        }
        ListSort.sortKeys((a, b) -> a < b, keys, vals);
        long[] expected = vals.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, vals, "values follow their keys, equal keys in original order");
    }

    // ---------------------------------------------------------------- Python objects

    @Test
    void hundredThousandRandomIntsSortLikeJava() {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] values = random.longs(100_000, -1_000_000_000L, 1_000_000_000L).toArray();
        long l = track(ListType.newList(s));
        for (long v : values) {
            long o = IntType.fromLong(s, v);
            ListType.append(s, l, o);
            Objects.decref(s, o);
        }
        long started = System.nanoTime();
        call(l, "sort");
        long elapsed = System.nanoTime() - started;
        Arrays.sort(values);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], IntType.longValue(ListType.getItem(l, i)), "item " + i);
        }
        assertTrue(elapsed < 5_000_000_000L, "100k ints sorted in " + elapsed / 1_000_000 + " ms");
        call(l, "reverse");
        ListSort.sort(s, l, 0, false);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], IntType.longValue(ListType.getItem(l, i)), "re-sorted reversed, item " + i);
        }
    }

    @Test
    void everyComparisonPathMatchesCPython() {
        long bigs = list(big("1180591620717411303424"), integer(-5), big("36893488147419103232"), integer(3),
                big("-1208925819614629174706176"));
        call(bigs, "sort");
        assertEquals("[-1208925819614629174706176, -5, 3, 36893488147419103232, 1180591620717411303424]", repr(bigs));
        long floats = list(track(FloatType.fromDouble(s, 1.5)), track(FloatType.fromDouble(s, -0.0)),
                track(FloatType.fromDouble(s, 2.25)), track(FloatType.fromDouble(s, -7.0)));
        call(floats, "sort");
        assertEquals("[-7.0, -0.0, 1.5, 2.25]", repr(floats));
        long strs = list(str("b"), str("a"), str("ab"), str(""));
        call(strs, "sort");
        assertEquals("['', 'a', 'ab', 'b']", repr(strs));
        long mixed = list(integer(1), track(FloatType.fromDouble(s, 0.5)), space.trueObject(), integer(-2));
        call(mixed, "sort");
        assertEquals("[-2, 0.5, 1, True]", repr(mixed));
    }

    @Test
    void javaKeyFunctionSortIsStableAndReverseKeepsEqualsInOrder() {
        String[] names = {"a", "b", "c", "d", "e"};
        long[] ks = {1, 0, 1, 0, 2};
        long[] items = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = tuple(integer(ks[i]), str(names[i]));
        }
        ListSort.KeyFunction first = (st, item) -> Objects.newRef(TupleType.getItem(item, 0));
        long l = list(items);
        ListSort.sort(s, l, first, false);
        assertEquals("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (2, 'e')]", repr(l));
        long r = list(items);
        ListSort.sort(s, r, first, true);
        assertEquals("[(2, 'e'), (1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]", repr(r));
    }

    @Test
    void pythonKeyAndReverseThroughKeywordArguments() {
        long lookup = list(str("c"), str("a"), str("b"));
        long key = track(Abstract.getAttr(s, lookup, "index"));
        long l = list(str("a"), str("b"), str("c"), str("a"));
        long kwargs = track(DictType.newDict(s));
        DictType.setItemString(s, kwargs, "key", key);
        track(Abstract.call(s, track(Abstract.getAttr(s, l, "sort")), space.emptyTuple(), kwargs));
        assertEquals("['c', 'a', 'a', 'b']", repr(l));

        long r = ints(3, 1, 2);
        long rev = track(DictType.newDict(s));
        DictType.setItemString(s, rev, "reverse", integer(1));
        track(Abstract.call(s, track(Abstract.getAttr(s, r, "sort")), space.emptyTuple(), rev));
        assertEquals("[3, 2, 1]", repr(r));

        long bad = track(DictType.newDict(s));
        DictType.setItemString(s, bad, "foo", integer(1));
        long sort = track(Abstract.getAttr(s, r, "sort"));
        assertEquals("'foo' is an invalid keyword argument for sort()",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.call(s, sort, space.emptyTuple(), bad)));
        assertEquals("sort() takes no positional arguments",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.call(s, sort, tuple(integer(1)), 0)));
        long notCallable = track(DictType.newDict(s));
        DictType.setItemString(s, notCallable, "key", integer(1));
        assertEquals("'int' object is not callable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.call(s, sort, space.emptyTuple(), notCallable)));
        assertEquals("[3, 2, 1]", repr(r), "a failed key call leaves the list as it was");
        ListSort.sort(s, track(ListType.newList(s)), integer(1), false);
    }

    @Test
    void keyErrorInTheMiddleReleasesTheKeysMadeSoFar() {
        long l = ints(3, 1, 2);
        int[] calls = {0};
        ListSort.KeyFunction failing = (st, item) -> {
            if (++calls[0] == 3) {
                throw Errors.valueError(st, "3 is not in list");
            }
            return IntType.fromLong(st, 1000 + IntType.longValue(item));
        };
        assertEquals("3 is not in list", raises(BuiltinType.VALUE_ERROR, () -> ListSort.sort(s, l, failing, false)));
        assertEquals("[3, 1, 2]", repr(l));
    }

    @Test
    void modifyingTheListDuringTheSortIsDetected() {
        long l = ints(3, 1, 2);
        List<Long> seenSizes = new ArrayList<>();
        ListSort.sort(s, l, (st, item) -> {
            seenSizes.add(ListType.size(l));
            return Objects.newRef(item);
        }, false);
        assertEquals(List.of(0L, 0L, 0L), seenSizes, "the list is empty while it is sorted");
        assertEquals("[1, 2, 3]", repr(l));

        ListSort.KeyFunction appending = (st, item) -> {
            ListType.append(st, l, st.space().none());
            return Objects.newRef(item);
        };
        assertEquals("list modified during sort", raises(BuiltinType.VALUE_ERROR,
                () -> ListSort.sort(s, l, appending, false)));
        assertEquals("[1, 2, 3]", repr(l), "the sorted items are back, the appended ones released");
    }

    @Test
    void aFailingComparisonLeavesAPermutation() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        long l = track(ListType.newList(s));
        long[] values = random.longs(3000, 0, 1_000_000).toArray();
        for (int i = 0; i < values.length; i++) {
            long o = i == 2500 ? str("a") : IntType.fromLong(s, values[i]);
            ListType.append(s, l, o);
            if (i != 2500) {
                Objects.decref(s, o);
            }
        }
        String message = raises(BuiltinType.TYPE_ERROR, () -> call(l, "sort"));
        assertTrue(message.startsWith("'<' not supported between instances of "), message);
        assertEquals(3000, ListType.size(l));
        long[] got = new long[2999];
        int j = 0;
        for (int i = 0; i < 3000; i++) {
            long item = ListType.getItem(l, i);
            if (IntType.check(item)) {
                got[j++] = IntType.longValue(item);
            }
        }
        assertEquals(2999, j, "exactly one str among the items");
        long[] expected = new long[2999];
        System.arraycopy(values, 0, expected, 0, 2500);
        System.arraycopy(values, 2501, expected, 2500, 499);
        Arrays.sort(expected);
        Arrays.sort(got);
        assertArrayEquals(expected, got);
        assertEquals("'<' not supported between instances of 'str' and 'int'",
                raises(BuiltinType.TYPE_ERROR, () -> call(list(integer(3), str("a"), integer(1), integer(2)), "sort")));
    }

    @Test
    void minRunAndPowerMatchCPython() {
        assertEquals(63, ListSort.minRun(63));
        assertEquals(32, ListSort.minRun(64));
        assertEquals(33, ListSort.minRun(65));
        assertEquals(63, ListSort.minRun(1000));
        assertEquals(33, ListSort.minRun((1 << 20) + 1));
        assertEquals(2, ListSort.powerLoop(0, 50, 50, 200));
        assertEquals(1, ListSort.powerLoop(0, 100, 100, 200));
        assertEquals(3, ListSort.powerLoop(150, 25, 25, 200));
    }
}

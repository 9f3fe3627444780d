package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The capacity of the item array follows CPython's {@code list_resize} and
 * {@code list_preallocate_exact} exactly: capacities read from CPython 3.11 as
 * {@code (sys.getsizeof(l) - 56) // 8} after the same operations.
 */
class ListGrowthTest extends ObjectsTestSupport {

    private long ints(int n) {
        long l = track(ListType.newList(s));
        for (int i = 0; i < n; i++) {
            ListType.append(s, l, integer(i));
        }
        return l;
    }

    private long newList(long iterable) {
        return track(Abstract.call(s, space.type(BuiltinType.LIST), tuple(iterable), 0));
    }

    private long range(long n) {
        return track(RangeType.fromLongs(s, 0, n, 1));
    }

    @Test
    void appendGrowsAndPopShrinksLikeCPython() {
        long l = track(ListType.newList(s));
        List<Long> caps = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ListType.append(s, l, integer(i));
            ListType.checkInvariants(l);
            if (caps.isEmpty() || caps.get(caps.size() - 1) != ListType.capacity(l)) {
                caps.add(ListType.capacity(l));
            }
        }
        assertEquals(List.of(4L, 8L, 16L, 24L, 32L, 40L, 52L, 64L, 76L, 92L, 108L, 128L, 148L, 172L, 200L, 232L, 268L,
                308L, 352L, 400L, 456L, 520L, 592L, 672L, 760L, 860L, 972L, 1100L), caps);
        caps.clear();
        caps.add(ListType.capacity(l));
        while (ListType.size(l) > 0) {
            call(l, "pop");
            ListType.checkInvariants(l);
            if (caps.get(caps.size() - 1) != ListType.capacity(l)) {
                caps.add(ListType.capacity(l));
            }
        }
        assertEquals(List.of(1100L, 620L, 352L, 200L, 116L, 68L, 40L, 24L, 16L, 12L, 8L, 4L, 0L), caps);
        assertEquals(0, ListType.items(l));
    }

    @Test
    void insertGrowsLikeAppend() {
        long l = track(ListType.newList(s));
        List<Long> caps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            call(l, "insert", integer(0), integer(i));
            if (caps.isEmpty() || caps.get(caps.size() - 1) != ListType.capacity(l)) {
                caps.add(ListType.capacity(l));
            }
        }
        assertEquals(List.of(4L, 8L, 16L, 24L, 32L, 40L), caps);
        assertEquals("39", repr(track(Abstract.getItem(s, l, integer(0)))));
    }

    @Test
    void buildingFromKnownSizesPreallocatesExactlyRoundedToEven() {
        assertEquals(10, ListType.capacity(newList(range(10))));
        assertEquals(6, ListType.capacity(newList(range(5))));
        assertEquals(8, ListType.capacity(newList(range(7))));
        assertEquals(10, ListType.capacity(newList(track(Abstract.iter(s, range(10))))), "via __length_hint__");
        long e = track(ListType.newList(s));
        call(e, "extend", range(5));
        assertEquals(6, ListType.capacity(e));
        long t = track(ListType.newList(s));
        track(Abstract.inplaceOp(s, t, tuple(integer(1), integer(2), integer(3)), NumberOp.ADD));
        assertEquals(4, ListType.capacity(t));
        long one = ints(1);
        call(one, "extend", track(Abstract.iter(s, range(10))));
        assertEquals(12, ListType.capacity(one));
        assertEquals(15, ListType.capacity(track(Abstract.binaryOp(s, ints(3), integer(5), NumberOp.MULTIPLY))));
    }

    @Test
    void sliceOperationsResizeLikeCPython() {
        long a = newList(range(10));
        Abstract.delItem(s, a, track(SliceType.newSlice(s, integer(2), 0, 0)));
        assertEquals(8, ListType.capacity(a));
        long b = newList(range(100));
        Abstract.setItem(s, b, track(SliceType.newSlice(s, integer(10), 0, 0)), track(ListType.newList(s)));
        assertEquals(16, ListType.capacity(b));
        Abstract.setItem(s, b, track(SliceType.newSlice(s, 0, 0, 0)), range(50));
        assertEquals(52, ListType.capacity(b));
        long c = ints(3);
        track(Abstract.inplaceOp(s, c, integer(5), NumberOp.MULTIPLY));
        assertEquals(16, ListType.capacity(c));
    }
}

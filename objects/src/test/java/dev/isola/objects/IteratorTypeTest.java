package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequence and range iterators: the protocol (iter returns self, exhaustion is final and
 * drops the sequence), the generic path over length/item slots, length hints, and traversal.
 */
class IteratorTypeTest extends ObjectsTestSupport {

    private List<String> drain(long it) {
        List<String> out = new ArrayList<>();
        for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
            out.add(repr(x));
            Objects.decref(s, x);
        }
        return out;
    }

    private static long refcount(long addr) {
        return Memory.getLong(addr);
    }

    @Test
    void genericSequenceIteratorUsesLengthAndItemSlots() {
        long text = str("héllo");
        long it = track(IteratorType.sequenceIterator(s, BuiltinType.STR_ITERATOR, text));
        assertEquals("str_iterator", Objects.typeNameOf(it));
        assertEquals(it, track(Abstract.iter(s, it)));
        assertEquals("5", repr(call(it, "__length_hint__")));
        assertEquals(List.of("'h'", "'é'", "'l'", "'l'", "'o'"), drain(it));
        assertEquals("0", repr(call(it, "__length_hint__")));
        assertEquals(0, Abstract.next(s, it));
    }

    @Test
    void exhaustionReleasesTheSequence() {
        long t = track(TupleType.pack(s, integer(1000), integer(2000)));
        long before = refcount(t);
        long it = track(Abstract.iter(s, t));
        assertEquals(before + 1, refcount(t));
        List<Long> visited = new ArrayList<>();
        s.slotsOf(it).traverse.apply(s, it, visited::add);
        assertEquals(List.of(t), visited);
        assertEquals(List.of("1000", "2000"), drain(it));
        assertEquals(before, refcount(t), "an exhausted iterator holds no reference");
        visited.clear();
        s.slotsOf(it).traverse.apply(s, it, visited::add);
        assertEquals(List.of(), visited);
    }

    @Test
    void iteratorsOutliveTheirSequence() {
        long list = ListType.pack(s, integer(1), str("two"));
        long it = track(Abstract.iter(s, list));
        Objects.decref(s, list);
        assertEquals(List.of("1", "'two'"), drain(it));
        long rev = ListType.pack(s, integer(1), integer(2), integer(3));
        long rit = track(IteratorType.sequenceIterator(s, BuiltinType.LIST_REVERSE_ITERATOR, rev));
        Objects.decref(s, rev);
        assertEquals(List.of("3", "2", "1"), drain(rit));
    }

    @Test
    void reverseIteratorStopsWhenTheListShrinks() {
        long list = track(ListType.pack(s, integer(1), integer(2), integer(3), integer(4)));
        long it = track(IteratorType.sequenceIterator(s, BuiltinType.LIST_REVERSE_ITERATOR, list));
        assertEquals("4", repr(track(Abstract.next(s, it))));
        call(list, "pop");
        call(list, "pop");
        assertEquals("0", repr(call(it, "__length_hint__")));
        assertEquals(List.of(), drain(it));
    }

    @Test
    void rangeIteratorsFastAndBig() {
        long it = track(IteratorType.rangeIterator(s, 10, -4, 3));
        assertEquals("range_iterator", Objects.typeNameOf(it));
        assertEquals(List.of("10", "6", "2"), drain(it));
        long r = track(RangeType.fromLongs(s, Long.MAX_VALUE - 1, Long.MIN_VALUE, -Long.MAX_VALUE));
        assertEquals(List.of("9223372036854775806", "-1"), drain(track(Abstract.iter(s, r))));
        long big = track(Abstract.call(s, space.type(BuiltinType.RANGE),
                tuple(big("-100000000000000000000"), big("-99999999999999999997")), 0));
        long bit = track(Abstract.iter(s, big));
        assertEquals("3", repr(call(bit, "__length_hint__")));
        assertEquals(List.of("-100000000000000000000", "-99999999999999999999", "-99999999999999999998"), drain(bit));
        assertEquals("0", repr(call(bit, "__length_hint__")));
    }
}

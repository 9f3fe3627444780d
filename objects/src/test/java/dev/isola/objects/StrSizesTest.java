package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Object sizes of str, bytes and bytearray are no larger than CPython 3.14's
 * {@code sys.getsizeof} for the same value (none of them is GC-tracked, so getsizeof is
 * {@code __sizeof__}). CPython 3.14's figures: compact ASCII str 40 + n + 1, other compact
 * strs 56 + (n + 1) × kind, bytes 33 + n, bytearray 56 + allocated.
 */
class StrSizesTest extends StrTestSupport {
    private long size(Object value) {
        long r = track(Abstract.callMethod(s, obj(value), "__sizeof__"));
        return IntType.longValue(r);
    }

    private void noLarger(long cpython, Object value) {
        long ours = size(value);
        assertTrue(ours <= cpython, () -> "size of " + repr(obj(value)) + ": ours " + ours + ", CPython 3.14 " + cpython);
    }

    @Test
    void strSizes() {
        assertEquals(41, size(""));
        assertEquals(51, size("a".repeat(10)));
        noLarger(41, "");
        noLarger(51, "a".repeat(10));
        noLarger(58, "\u00e9");
        noLarger(60, "\u20ac");
        noLarger(64, "\ud83d\ude00");
        noLarger(56 + 11 * 2, "\u20ac".repeat(10));
        noLarger(56 + 11 * 4, "\ud83d\ude00".repeat(10));
        assertEquals(StrType.sizeOf(str("\u20ac")), size("\u20ac"));
    }

    @Test
    void bytesSizes() {
        assertEquals(33, size(b("")));
        assertEquals(36, size(b("abc")));
        noLarger(33 + 100, b("x".repeat(100)));
    }

    @Test
    void byteArraySizes() {
        noLarger(56, ba(""));
        noLarger(60, ba("abc"));
        long grown = obj(ba(""));
        for (int i = 0; i < 100; i++) {
            ByteArrayOps.append(s, grown, new byte[] {(byte) i});
            ByteArrayType.checkInvariants(grown);
        }
        assertEquals(100, ByteArrayType.size(grown));
        assertEquals(118, ByteArrayType.allocated(grown), "CPython's over-allocation: bytearray.__alloc__() is 118");
    }
}

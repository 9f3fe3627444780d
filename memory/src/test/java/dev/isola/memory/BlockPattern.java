package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fills a block with bytes derived from an id and checks them, so a test can prove that no one
 * else wrote into the block (overlap, a block handed out twice, a lost realloc copy).
 *
 * <pre>
 *  size >= 16:  [ id, 8 bytes LE ][ fillByte(id) … ][ ~id, 8 bytes LE ]
 *  size < 16:   [ fillByte(id) … ]
 * </pre>
 */
final class BlockPattern {
    private BlockPattern() {}

    static byte fillByte(long id) {
        return (byte) ((id * 0x9E3779B97F4A7C15L) >>> 56);
    }

    /** The byte at offset {@code i} of a block of {@code size} bytes filled for {@code id}. */
    static byte expected(long size, long id, long i) {
        if (size >= 16) {
            if (i < 8) {
                return (byte) (id >>> (8 * i));
            }
            if (i >= size - 8) {
                return (byte) (~id >>> (8 * (i - size + 8)));
            }
        }
        return fillByte(id);
    }

    static void fill(long addr, long size, long id) {
        Memory.fill(addr, size, fillByte(id));
        if (size >= 16) {
            for (int i = 0; i < 8; i++) {
                Memory.putByte(addr + i, expected(size, id, i));
                Memory.putByte(addr + size - 8 + i, expected(size, id, size - 8 + i));
            }
        }
    }

    /** Offset of the first byte in {@code [0, limit)} that differs from the pattern, or -1. */
    static long firstMismatch(long addr, long size, long id, long limit) {
        long headEnd = Math.min(size >= 16 ? 8 : 0, limit);
        long tailStart = size >= 16 ? size - 8 : size;
        for (long i = 0; i < headEnd; i++) {
            if (Memory.getByte(addr + i) != expected(size, id, i)) {
                return i;
            }
        }
        long middleEnd = Math.min(tailStart, limit);
        if (middleEnd > headEnd) {
            long at = Memory.findNot(addr + headEnd, middleEnd - headEnd, fillByte(id));
            if (at >= 0) {
                return headEnd + at;
            }
        }
        for (long i = tailStart; i < limit; i++) {
            if (Memory.getByte(addr + i) != expected(size, id, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Fails unless the first {@code limit} bytes hold the pattern of ({@code size}, {@code id}). */
    static void assertIntact(long addr, long size, long id, long limit, String what) {
        long at = firstMismatch(addr, size, id, limit);
        if (at >= 0) {
            fail(what + ": block " + Memory.hex(addr) + " size=" + size + " id=" + id + " differs at offset " + at
                    + ": expected=" + expected(size, id, at) + " actual=" + Memory.getByte(addr + at));
        }
    }

    /** Fails unless the first and last (up to) 8 bytes hold the pattern: the cheap check. */
    static void assertEndsIntact(long addr, long size, long id, String what) {
        long head = Math.min(8, size);
        for (long i = 0; i < head; i++) {
            if (Memory.getByte(addr + i) != expected(size, id, i)) {
                assertIntact(addr, size, id, size, what);
            }
        }
        for (long i = Math.max(head, size - 8); i < size; i++) {
            if (Memory.getByte(addr + i) != expected(size, id, i)) {
                assertIntact(addr, size, id, size, what);
            }
        }
    }
}

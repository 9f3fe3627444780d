package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * SipHash-1-3 as CPython's {@code pyhash.c} computes it for str and bytes, with the key CPython
 * uses under {@code PYTHONHASHSEED=0} (all zero), so hashes — and with them set and dict
 * iteration orders — match CPython run that way. Stateless.
 */
final class SipHash13 {
    private SipHash13() {}

    /** CPython's {@code _Py_HashBytes} of {@code size} bytes at {@code addr}: 0 for none, never -1. */
    static long hashBytes(long addr, long size) {
        if (size == 0) {
            return 0;
        }
        long h = siphash13(0, 0, addr, size);
        return h == -1 ? -2 : h;
    }

    static long siphash13(long k0, long k1, long addr, long size) {
        long b = size << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        long in = addr;
        long left = size;
        while (left >= 8) {
            long mi = Memory.getLong(in);
            in += 8;
            left -= 8;
            v3 ^= mi;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int i = (int) left - 1; i >= 0; i--) {
            t = (t << 8) | (Memory.getByte(in + i) & 0xFFL);
        }
        b |= t;
        v3 ^= b;
        long[] v = {v0, v1, v2, v3};
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static void round(long[] v) {
        v[0] += v[1]; v[2] += v[3]; v[1] = Long.rotateLeft(v[1], 13) ^ v[0]; v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1]; v[0] += v[3]; v[1] = Long.rotateLeft(v[1], 17) ^ v[2]; v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}

package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.ObjectState;
import java.math.BigInteger;

/**
 * The {@code random} module's generator: MT19937 as CPython's {@code Modules/_randommodule.c}
 * runs it (Matsumoto and Nishimura's reference code, {@code init_by_array} seeding), over an
 * off-heap block that the module object owns in its state slot ({@code MODULE_STATE_OFFSET},
 * CPython's {@code md_state}); the module's dealloc frees it.
 *
 * <pre>
 * offset 0     mt[0] … mt[623]   uint32 each, the twister's state vector
 *        2496  index             int, next word of mt to temper (624 = regenerate first)
 *        2500  gaussValid        int, 1 when gaussNext holds gauss()'s cached second value
 *        2504  gaussNext         double
 *        2512  (SIZE)
 * </pre>
 *
 * <p>Invariants: {@code 0 <= index <= 624}; {@code gaussValid} is 0 or 1. The block holds no
 * object references. Touched only by the interpreter's thread, like the module that owns it.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    static final int INDEX_OFFSET = 4 * N;
    static final int GAUSS_VALID_OFFSET = INDEX_OFFSET + 4;
    static final int GAUSS_NEXT_OFFSET = INDEX_OFFSET + 8;
    static final int SIZE = GAUSS_NEXT_OFFSET + 8;

    private MersenneTwister() {}

    /** A new, unseeded block (all zero); the caller seeds it. */
    static long allocate(ObjectState s) {
        long addr = s.allocBytes(SIZE);
        Memory.fill(addr, SIZE, (byte) 0);
        Memory.putInt(addr + INDEX_OFFSET, N);
        return addr;
    }

    static int word(long addr, int i) {
        return Memory.getInt(addr + 4L * i);
    }

    static void setWord(long addr, int i, int value) {
        Memory.putInt(addr + 4L * i, value);
    }

    static int index(long addr) {
        return Memory.getInt(addr + INDEX_OFFSET);
    }

    static void setIndex(long addr, int index) {
        Memory.putInt(addr + INDEX_OFFSET, index);
    }

    /** gauss()'s cached value, or null when there is none ({@code gauss_next is None}). */
    static Double gaussNext(long addr) {
        return Memory.getInt(addr + GAUSS_VALID_OFFSET) != 0 ? Memory.getDouble(addr + GAUSS_NEXT_OFFSET) : null;
    }

    static void setGaussNext(long addr, Double value) {
        Memory.putInt(addr + GAUSS_VALID_OFFSET, value != null ? 1 : 0);
        Memory.putDouble(addr + GAUSS_NEXT_OFFSET, value != null ? value : 0.0);
    }

    /** {@code init_genrand}: fills mt from one 32-bit seed. */
    private static void initGenrand(long addr, int seed) {
        setWord(addr, 0, seed);
        int prev = seed;
        for (int i = 1; i < N; i++) {
            prev = 1812433253 * (prev ^ (prev >>> 30)) + i;
            setWord(addr, i, prev);
        }
        setIndex(addr, N);
    }

    /** {@code init_by_array}: seeds from the 32-bit words of {@code key}, least significant first. */
    static void initByArray(long addr, int[] key) {
        initGenrand(addr, 19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = word(addr, i - 1);
            setWord(addr, i, (word(addr, i) ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j);
            i++;
            j++;
            if (i >= N) {
                setWord(addr, 0, word(addr, N - 1));
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = word(addr, i - 1);
            setWord(addr, i, (word(addr, i) ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i);
            i++;
            if (i >= N) {
                setWord(addr, 0, word(addr, N - 1));
                i = 1;
            }
        }
        setWord(addr, 0, 0x80000000);
    }

    /** Seeds from a non-negative integer, split into 32-bit words from the right (at least one). */
    static void seed(long addr, BigInteger n) {
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(addr, key);
    }

    /** {@code genrand_uint32}: the next tempered word, as the low 32 bits of an int. */
    static int next(long addr) {
        int index = index(addr);
        if (index >= N) {
            generate(addr);
            index = 0;
        }
        int y = word(addr, index);
        setIndex(addr, index + 1);
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** Regenerates all N words at once. */
    private static void generate(long addr) {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (word(addr, kk) & 0x80000000) | (word(addr, kk + 1) & 0x7fffffff);
            setWord(addr, kk, word(addr, kk + M) ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df));
        }
        for (; kk < N - 1; kk++) {
            int y = (word(addr, kk) & 0x80000000) | (word(addr, kk + 1) & 0x7fffffff);
            setWord(addr, kk, word(addr, kk + (M - N)) ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df));
        }
        int y = (word(addr, N - 1) & 0x80000000) | (word(addr, 0) & 0x7fffffff);
        setWord(addr, N - 1, word(addr, M - 1) ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df));
    }

    /** {@code random()}: 53 random bits as a float in [0, 1). */
    static double random(long addr) {
        int a = next(addr) >>> 5;
        int b = next(addr) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for {@code 0 <= k <= 63}. */
    static long bits(long addr, int k) {
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (next(addr) & 0xffffffffL) >>> (32 - k);
        }
        long low = next(addr) & 0xffffffffL;
        long high = (next(addr) & 0xffffffffL) >>> (64 - k);
        return high << 32 | low;
    }

    /** {@code getrandbits(k)} for any {@code k >= 0}: words from least to most significant. */
    static BigInteger bigBits(long addr, long k) {
        if (k <= 63) {
            return BigInteger.valueOf(bits(addr, (int) k));
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] magnitude = new byte[words * 4];
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            int r = next(addr);
            if (left < 32) {
                r >>>= 32 - left;
            }
            int at = magnitude.length - 4 * (i + 1);
            magnitude[at] = (byte) (r >>> 24);
            magnitude[at + 1] = (byte) (r >>> 16);
            magnitude[at + 2] = (byte) (r >>> 8);
            magnitude[at + 3] = (byte) r;
        }
        return new BigInteger(1, magnitude);
    }
}

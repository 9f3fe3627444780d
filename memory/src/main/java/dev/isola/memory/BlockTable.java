package dev.isola.memory;

/**
 * The live blocks of a thread-safe allocator: address → requested size, in 16 stripes by
 * address, each guarded by its own monitor. Lets an allocator refuse foreign addresses, count
 * its use and free everything on close.
 */
final class BlockTable {
    private static final int STRIPES = 16;

    private final Stripe[] stripes = new Stripe[STRIPES];

    private static final class Stripe {
        final LongLongMap live = new LongLongMap(64);
        long bytes;
    }

    interface AddressFunction {
        long apply(long addr);
    }

    BlockTable() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    private Stripe stripe(long addr) {
        return stripes[(int) ((addr >>> 4) ^ (addr >>> 12)) & (STRIPES - 1)];
    }

    void add(long addr, long size) {
        Stripe s = stripe(addr);
        synchronized (s) {
            s.live.put(addr, size);
            s.bytes += size;
        }
    }

    /** Removes {@code addr}; its requested size, or -1 when it is not in the table. */
    long remove(long addr) {
        Stripe s = stripe(addr);
        synchronized (s) {
            long size = s.live.remove(addr, -1);
            if (size >= 0) {
                s.bytes -= size;
            }
            return size;
        }
    }

    /** {@code sizer.apply(addr)} while {@code addr} is known to be live, or -1 when it is not. */
    long ifLive(long addr, AddressFunction sizer) {
        Stripe s = stripe(addr);
        synchronized (s) {
            return s.live.contains(addr) ? sizer.apply(addr) : -1;
        }
    }

    long blocks() {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.live.size();
            }
        }
        return n;
    }

    long requestedBytes() {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.bytes;
            }
        }
        return n;
    }

    /** Sum of {@code sizer} over the live blocks. */
    long sum(AddressFunction sizer) {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                for (long addr : s.live.keys()) {
                    n += sizer.apply(addr);
                }
            }
        }
        return n;
    }

    /** Calls {@code release} for every live block and empties the table. */
    void drain(AddressFunction release) {
        for (Stripe s : stripes) {
            synchronized (s) {
                for (long addr : s.live.keys()) {
                    release.apply(addr);
                }
                s.live.clear();
                s.bytes = 0;
            }
        }
    }
}

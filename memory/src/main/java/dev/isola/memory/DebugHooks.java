package dev.isola.memory;

import static dev.isola.memory.DebugBlockLayout.CLEAN_BYTE;
import static dev.isola.memory.DebugBlockLayout.DEAD_BYTE;
import static dev.isola.memory.DebugBlockLayout.DOMAIN_OFFSET;
import static dev.isola.memory.DebugBlockLayout.FORBIDDEN_BYTE;
import static dev.isola.memory.DebugBlockLayout.HEAD_PAD_OFFSET;
import static dev.isola.memory.DebugBlockLayout.HEAD_PAD_SIZE;
import static dev.isola.memory.DebugBlockLayout.HEAD_SIZE;
import static dev.isola.memory.DebugBlockLayout.OVERHEAD;
import static dev.isola.memory.DebugBlockLayout.SERIAL_OFFSET;
import static dev.isola.memory.DebugBlockLayout.SIZE_OFFSET;
import static dev.isola.memory.DebugBlockLayout.TAIL_SIZE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Debug hooks for allocators, after CPython's {@code PYTHONMALLOC=debug}: every block is wrapped
 * in a header and guards ({@link DebugBlockLayout}), fresh data is filled with 0xCD, freed data
 * with 0xDD, and misuse is reported as a {@link MemoryMisuseException} naming the block.
 *
 * <h2>What is caught, and when</h2>
 * <table>
 *   <tr><th>misuse</th><th>caught</th></tr>
 *   <tr><td>buffer underflow / overflow (guard bytes or header overwritten)</td>
 *       <td>at free or resize of that block, {@link #check}, {@link #checkAll}</td></tr>
 *   <tr><td>double free</td><td>at the second free, while the block is in the quarantine</td></tr>
 *   <tr><td>free of an address never handed out (or an interior pointer)</td><td>at free</td></tr>
 *   <tr><td>free or resize through the wrong domain</td><td>at that call</td></tr>
 *   <tr><td>write to freed memory</td>
 *       <td>when the block leaves the quarantine, {@link #check}, {@link #checkAll}, close</td></tr>
 * </table>
 *
 * <p>No check ever reads memory the hooks do not own: an address is looked up in a Java-side
 * table of live and quarantined blocks before any byte of it is touched, so a wild free gets an
 * exception, never a crash.
 *
 * <h2>Quarantine</h2>
 * A freed block is not given back at once: it is filled with 0xDD and kept, first in first out,
 * until more than {@code quarantineBlocks} blocks or {@code quarantineBytes} bytes wait; the
 * oldest is then verified (still all 0xDD, guards intact) and released to the underlying
 * allocator. This is what makes double frees and writes after free visible.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * DebugHooks hooks = new DebugHooks();
 * Allocator mem = hooks.wrap(Domain.MEM, new ArenaAllocator());
 * Allocator obj = hooks.wrap(Domain.OBJ, new ArenaAllocator());
 * }</pre>
 * One {@code DebugHooks} is shared by the domains it wraps (so a free through the wrong one is
 * recognised). Thread-safe: one monitor guards the tables; wrapping a thread-safe allocator gives
 * a thread-safe one. Cost: about two hash-table updates, a fill of the data, and the guard checks
 * per call — a debugging tool, not the release path.
 */
public final class DebugHooks implements AutoCloseable {
    public static final int DEFAULT_QUARANTINE_BLOCKS = 1024;
    public static final long DEFAULT_QUARANTINE_BYTES = 4L << 20;

    private final int quarantineBlocks;
    private final long quarantineBytes;
    private final Map<Domain, DebugAllocator> wrappers = new EnumMap<>(Domain.class);

    /** address → serial << 2 | domain ordinal, for live blocks. */
    private final LongLongMap live = new LongLongMap(256);
    /** address → serial << 2 | domain ordinal, for quarantined blocks. */
    private final LongLongMap quarantined = new LongLongMap(256);
    /** address → requested size, for live and quarantined blocks. */
    private final LongLongMap sizes = new LongLongMap(256);

    /** Quarantine FIFO: a ring of addresses. */
    private long[] ring = new long[64];
    private int ringHead;
    private int ringCount;
    private long ringBytes;

    private long nextSerial = 1;

    public DebugHooks() {
        this(DEFAULT_QUARANTINE_BLOCKS, DEFAULT_QUARANTINE_BYTES);
    }

    /** @param quarantineBlocks freed blocks kept for checking (0 releases at once) */
    public DebugHooks(int quarantineBlocks, long quarantineBytes) {
        if (quarantineBlocks < 0 || quarantineBytes < 0) {
            throw new IllegalArgumentException("quarantine limits must be >= 0: blocks=" + quarantineBlocks
                    + " bytes=" + quarantineBytes);
        }
        this.quarantineBlocks = quarantineBlocks;
        this.quarantineBytes = quarantineBytes;
    }

    /** The allocator for {@code domain}, over {@code inner}; each domain is wrapped at most once. */
    public synchronized Allocator wrap(Domain domain, Allocator inner) {
        if (wrappers.containsKey(domain)) {
            throw new IllegalStateException("domain already wrapped by these debug hooks: domain=" + domain);
        }
        DebugAllocator wrapper = new DebugAllocator(this, domain, inner);
        wrappers.put(domain, wrapper);
        return wrapper;
    }

    /** A live block, as {@link #liveBlocks()} lists it. */
    public record Block(long address, long size, long serial, Domain domain) {}

    /** Every live block, oldest serial first: what would leak if nothing else freed it. */
    public synchronized List<Block> liveBlocks() {
        List<Block> out = new ArrayList<>();
        live.forEach((addr, tag) -> out.add(new Block(addr, sizes.get(addr, -1), tag >>> 2, domainOf(tag))));
        out.sort((a, b) -> Long.compare(a.serial, b.serial));
        return out;
    }

    /** Blocks waiting in the quarantine. */
    public synchronized int quarantinedBlocks() {
        return ringCount;
    }

    /** Verifies one block, live or quarantined; throws {@link MemoryMisuseException} if damaged. */
    public synchronized void check(long addr) {
        long tag = live.get(addr, -1);
        if (tag >= 0) {
            verifyGuards(addr, tag, sizes.get(addr, -1));
            return;
        }
        tag = quarantined.get(addr, -1);
        if (tag < 0) {
            throw unknown(addr, "check");
        }
        verifyFreed(addr, tag, sizes.get(addr, -1));
    }

    /** Verifies every live and quarantined block. */
    public synchronized void checkAll() {
        for (long addr : live.keys()) {
            verifyGuards(addr, live.get(addr, -1), sizes.get(addr, -1));
        }
        for (long addr : quarantined.keys()) {
            verifyFreed(addr, quarantined.get(addr, -1), sizes.get(addr, -1));
        }
    }

    /** Closes every wrapped domain (and so their allocators); see {@link DebugAllocator#close()}. */
    @Override
    public void close() {
        List<DebugAllocator> all;
        synchronized (this) {
            all = new ArrayList<>(wrappers.values());
        }
        RuntimeException first = null;
        for (DebugAllocator a : all) {
            try {
                a.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    // ---------------------------------------------------------------- called by DebugAllocator

    synchronized long allocate(DebugAllocator a, long size, boolean zeroed) {
        if (size < 0 || size > Long.MAX_VALUE - OVERHEAD - 16) {
            return 0;
        }
        long base = a.inner.allocate(OVERHEAD + size);
        if (base == 0) {
            return 0;
        }
        long serial = nextSerial++;
        Memory.putLong(base + SIZE_OFFSET, size);
        Memory.putLong(base + SERIAL_OFFSET, serial);
        Memory.putByte(base + DOMAIN_OFFSET, (byte) a.domain.id());
        Memory.fill(base + HEAD_PAD_OFFSET, HEAD_PAD_SIZE, FORBIDDEN_BYTE);
        long addr = base + HEAD_SIZE;
        Memory.fill(addr, size, zeroed ? 0 : CLEAN_BYTE);
        Memory.fill(addr + size, TAIL_SIZE, FORBIDDEN_BYTE);
        live.put(addr, serial << 2 | a.domain.ordinal());
        sizes.put(addr, size);
        a.blocks++;
        a.bytes += size;
        return addr;
    }

    /** Validates a live block for {@code operation} through {@code a}; returns its size. */
    private long validate(DebugAllocator a, long addr, String operation) {
        long tag = live.get(addr, -1);
        if (tag < 0) {
            long freed = quarantined.get(addr, -1);
            if (freed >= 0) {
                throw misuse(MemoryMisuseException.Kind.DOUBLE_FREE, addr, sizes.get(addr, -1), freed,
                        operation + " of a block that was already freed");
            }
            throw unknown(addr, operation);
        }
        long size = sizes.get(addr, -1);
        if (domainOf(tag) != a.domain) {
            throw misuse(MemoryMisuseException.Kind.WRONG_DOMAIN, addr, size, tag,
                    operation + " through the wrong domain: allocated through " + domainOf(tag)
                    + ", " + operation + " through " + a.domain);
        }
        verifyGuards(addr, tag, size);
        return size;
    }

    synchronized void free(DebugAllocator a, long addr) {
        long size = validate(a, addr, "free");
        long tag = live.remove(addr, -1);
        a.blocks--;
        a.bytes -= size;
        Memory.fill(addr, size, DEAD_BYTE);
        quarantined.put(addr, tag);
        if (ringCount == ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int i = 0; i < ringCount; i++) {
                bigger[i] = ring[(ringHead + i) % ring.length];
            }
            ring = bigger;
            ringHead = 0;
        }
        ring[(ringHead + ringCount) % ring.length] = addr;
        ringCount++;
        ringBytes += size + OVERHEAD;
        while (ringCount > 0 && (ringCount > quarantineBlocks || ringBytes > quarantineBytes)) {
            releaseOldest();
        }
    }

    /** Verifies and releases the oldest quarantined block to its domain's allocator. */
    private void releaseOldest() {
        long addr = ring[ringHead];
        ringHead = (ringHead + 1) % ring.length;
        ringCount--;
        long size = sizes.remove(addr, -1);
        long tag = quarantined.remove(addr, -1);
        ringBytes -= size + OVERHEAD;
        try {
            verifyFreed(addr, tag, size);
        } finally {
            wrappers.get(domainOf(tag)).inner.free(DebugBlockLayout.base(addr));
        }
    }

    synchronized long reallocate(DebugAllocator a, long addr, long newSize) {
        long oldSize = validate(a, addr, "reallocate");
        long moved = allocate(a, newSize, false);
        if (moved == 0) {
            return 0;
        }
        Memory.copy(addr, moved, Math.min(oldSize, newSize));
        free(a, addr);
        return moved;
    }

    synchronized long usableSize(DebugAllocator a, long addr) {
        return validate(a, addr, "usableSize");
    }

    /** Releases every block of {@code a}'s domain, live or quarantined; reports the first damage. */
    synchronized void release(DebugAllocator a) {
        MemoryMisuseException first = null;
        for (int i = 0, n = ringCount; i < n; i++) {
            long addr = ring[(ringHead + i) % ring.length];
            long tag = quarantined.get(addr, -1);
            if (tag >= 0 && domainOf(tag) == a.domain) {
                try {
                    verifyFreed(addr, tag, sizes.get(addr, -1));
                } catch (MemoryMisuseException e) {
                    first = first == null ? e : first;
                }
            }
        }
        // Rebuild the ring without this domain's blocks, releasing them.
        long[] keep = new long[ring.length];
        int kept = 0;
        for (int i = 0; i < ringCount; i++) {
            long addr = ring[(ringHead + i) % ring.length];
            long tag = quarantined.get(addr, -1);
            if (domainOf(tag) == a.domain) {
                long size = sizes.remove(addr, -1);
                quarantined.remove(addr, -1);
                ringBytes -= size + OVERHEAD;
                a.inner.free(DebugBlockLayout.base(addr));
            } else {
                keep[kept++] = addr;
            }
        }
        ring = keep;
        ringHead = 0;
        ringCount = kept;
        for (long addr : live.keys()) {
            long tag = live.get(addr, -1);
            if (domainOf(tag) == a.domain) {
                live.remove(addr, -1);
                sizes.remove(addr, -1);
                a.inner.free(DebugBlockLayout.base(addr));
            }
        }
        a.blocks = 0;
        a.bytes = 0;
        if (first != null) {
            throw first;
        }
    }

    synchronized boolean innerStillInUse(Allocator inner) {
        for (DebugAllocator a : wrappers.values()) {
            if (a.inner == inner && !a.closed) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- checks

    private static Domain domainOf(long tag) {
        return Domain.values()[(int) (tag & 3)];
    }

    private void verifyGuards(long addr, long tag, long size) {
        long base = DebugBlockLayout.base(addr);
        long serial = tag >>> 2;
        String damage = null;
        long badOffset = 0;
        if (Memory.getLong(base + SIZE_OFFSET) != size) {
            damage = "the size in the header was overwritten (now " + Memory.getLong(base + SIZE_OFFSET) + ")";
            badOffset = SIZE_OFFSET - HEAD_SIZE;
        } else if (Memory.getLong(base + SERIAL_OFFSET) != serial) {
            damage = "the serial number in the header was overwritten";
            badOffset = SERIAL_OFFSET - HEAD_SIZE;
        } else if (Memory.getByte(base + DOMAIN_OFFSET) != (byte) domainOf(tag).id()) {
            damage = "the domain byte in the header was overwritten";
            badOffset = DOMAIN_OFFSET - HEAD_SIZE;
        } else {
            long bad = Memory.findNot(base + HEAD_PAD_OFFSET, HEAD_PAD_SIZE, FORBIDDEN_BYTE);
            if (bad >= 0) {
                badOffset = HEAD_PAD_OFFSET + bad - HEAD_SIZE;
                damage = countBad(base + HEAD_PAD_OFFSET, HEAD_PAD_SIZE) + " of the " + HEAD_PAD_SIZE
                        + " forbidden bytes before the block were overwritten";
            }
        }
        if (damage != null) {
            throw misuse(MemoryMisuseException.Kind.BUFFER_UNDERFLOW, addr, size, tag,
                    damage + " (first at offset " + badOffset + ": " + byteAt(addr + badOffset) + ")");
        }
        long bad = Memory.findNot(addr + size, TAIL_SIZE, FORBIDDEN_BYTE);
        if (bad >= 0) {
            throw misuse(MemoryMisuseException.Kind.BUFFER_OVERFLOW, addr, size, tag,
                    countBad(addr + size, TAIL_SIZE) + " of the " + TAIL_SIZE
                    + " forbidden bytes after the block were overwritten (first at offset " + (size + bad) + ": "
                    + byteAt(addr + size + bad) + ")");
        }
    }

    private void verifyFreed(long addr, long tag, long size) {
        verifyGuards(addr, tag, size);
        long bad = Memory.findNot(addr, size, DEAD_BYTE);
        if (bad >= 0) {
            throw misuse(MemoryMisuseException.Kind.WRITE_AFTER_FREE, addr, size, tag,
                    "freed memory was written to: byte at offset " + bad + " is " + byteAt(addr + bad)
                    + ", expected 0xdd (the freed-memory pattern)");
        }
    }

    private static int countBad(long addr, int size) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (Memory.getByte(addr + i) != FORBIDDEN_BYTE) {
                n++;
            }
        }
        return n;
    }

    private static String byteAt(long addr) {
        return String.format("0x%02x", Memory.getByte(addr) & 0xFF);
    }

    private static MemoryMisuseException misuse(MemoryMisuseException.Kind kind, long addr, long size, long tag,
                                                 String what) {
        return new MemoryMisuseException(kind, addr, "debug hooks: " + kind.name().toLowerCase().replace('_', ' ')
                + ": address=" + Memory.hex(addr) + " size=" + size + " serial=" + (tag >>> 2)
                + " domain=" + domainOf(tag) + ": " + what);
    }

    private static MemoryMisuseException unknown(long addr, String operation) {
        return new MemoryMisuseException(MemoryMisuseException.Kind.UNKNOWN_ADDRESS, addr,
                "debug hooks: unknown address: address=" + Memory.hex(addr) + ": " + operation
                + " of an address these hooks never handed out (or an interior pointer, or a block freed long enough"
                + " ago to have left the quarantine)");
    }
}

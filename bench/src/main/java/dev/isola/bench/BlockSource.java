package dev.isola.bench;

import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.LibcAllocator;
import dev.isola.memory.LockingAllocator;
import dev.isola.memory.MimallocAllocator;
import dev.isola.natives.Mimalloc;
import dev.isola.natives.Stdlib;
import java.util.Arrays;
import java.util.List;

/**
 * One allocator under measurement, by the name the figures use: {@code arena},
 * {@code mimalloc}, {@code mimalloc-ffm}, {@code libc}, {@code libc-ffm}, {@code java-heap}
 * (and {@code locked-arena} for the scaling figure, {@code baseline} for the JMH suites).
 *
 * <p>Each kind is its own final class with its own copy of the {@link #pairs} loop. That is on
 * purpose: the {@code bench alloc} harness measures every kind in one JVM, and a loop shared by
 * all kinds would see six receiver types at its call site and pay a megamorphic call per
 * allocation — a cost no real caller has. A copy per class gives each kind its own JIT
 * profile, as a JMH fork per kind would. The loops count with an {@code int}, which C2
 * compiles best. The JMH suites call {@link #allocate} and {@link #free} directly; a fork sees
 * one kind only.
 *
 * <p>{@code java-heap} is {@code new byte[size]}; its "free" does nothing, as dropping a
 * reference costs nothing: the array stays reachable in a ring of the last {@code live} arrays
 * so the JIT cannot scalar-replace it, and the collector reclaims it once overwritten. Measure
 * it in a JVM whose young generation does not grow ({@link JavaHeapChild}), or the figure is
 * mostly the first touch of new pages.
 *
 * <p>Not thread-safe, except {@code locked-arena}; a source is used by one thread at a time.
 */
abstract sealed class BlockSource implements AutoCloseable {
    /** The kinds {@code bench alloc} and the JMH suites measure, in table order. */
    static List<String> kinds() {
        return List.of("arena", "mimalloc", "mimalloc-ffm", "libc", "libc-ffm", "java-heap");
    }

    /** Why {@code kind} cannot be measured on this machine, or null when it can. */
    static String unavailableReason(String kind) {
        return kind.startsWith("mimalloc") && !Mimalloc.isAvailable() ? Mimalloc.unavailableReason() : null;
    }

    /**
     * A fresh source of {@code kind}; {@code live} is how many arrays {@code java-heap} keeps
     * reachable. Throws {@link UnsupportedOperationException} with the reason when the kind
     * needs mimalloc and it is absent.
     */
    static BlockSource create(String kind, int live) {
        String reason = unavailableReason(kind);
        if (reason != null) {
            throw new UnsupportedOperationException(kind + ": " + reason);
        }
        return switch (kind) {
            case "arena" -> new Arena(new ArenaAllocator());
            case "mimalloc" -> new MimallocHeaps(new MimallocAllocator());
            case "mimalloc-ffm" -> new MimallocFfm();
            case "libc" -> new Libc(new LibcAllocator());
            case "libc-ffm" -> new LibcFfm();
            case "java-heap" -> new JavaHeap(live);
            case "locked-arena" -> new LockedArena(new LockingAllocator(new ArenaAllocator()));
            case "baseline" -> new Baseline();
            default -> throw new IllegalArgumentException("unknown allocator: name=" + kind + " expected="
                    + kinds());
        };
    }

    abstract long allocate(long size);

    abstract void free(long addr);

    /** {@code count} alloc+free pairs of {@code size} bytes; returns a value that depends on every address. */
    abstract long pairs(int count, long size);

    /** Allocates {@code count} blocks of {@code size} bytes that stay live until {@link #freeAll}. */
    final long[] allocateMany(int count, long size) {
        long[] blocks = new long[count];
        for (int i = 0; i < count; i++) {
            blocks[i] = allocate(size);
            if (blocks[i] == 0) {
                throw new OutOfMemoryError("allocation failed: size=" + size + " index=" + i);
            }
        }
        return blocks;
    }

    final void freeAll(long[] blocks) {
        for (long addr : blocks) {
            free(addr);
        }
    }

    @Override
    public void close() {}

    static final class Arena extends BlockSource {
        private final ArenaAllocator allocator;

        Arena(ArenaAllocator allocator) {
            this.allocator = allocator;
        }

        @Override
        long allocate(long size) {
            return allocator.allocate(size);
        }

        @Override
        void free(long addr) {
            allocator.free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = allocator.allocate(size);
                sink += addr;
                allocator.free(addr);
            }
            return sink;
        }

        @Override
        public void close() {
            allocator.close();
        }
    }

    static final class LockedArena extends BlockSource {
        private final LockingAllocator allocator;

        LockedArena(LockingAllocator allocator) {
            this.allocator = allocator;
        }

        @Override
        long allocate(long size) {
            return allocator.allocate(size);
        }

        @Override
        void free(long addr) {
            allocator.free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = allocator.allocate(size);
                sink += addr;
                allocator.free(addr);
            }
            return sink;
        }

        @Override
        public void close() {
            allocator.close();
        }
    }

    static final class MimallocHeaps extends BlockSource {
        private final MimallocAllocator allocator;

        MimallocHeaps(MimallocAllocator allocator) {
            this.allocator = allocator;
        }

        @Override
        long allocate(long size) {
            return allocator.allocate(size);
        }

        @Override
        void free(long addr) {
            allocator.free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = allocator.allocate(size);
                sink += addr;
                allocator.free(addr);
            }
            return sink;
        }

        @Override
        public void close() {
            allocator.close();
        }
    }

    static final class Libc extends BlockSource {
        private final LibcAllocator allocator;

        Libc(LibcAllocator allocator) {
            this.allocator = allocator;
        }

        @Override
        long allocate(long size) {
            return allocator.allocate(size);
        }

        @Override
        void free(long addr) {
            allocator.free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = allocator.allocate(size);
                sink += addr;
                allocator.free(addr);
            }
            return sink;
        }

        @Override
        public void close() {
            allocator.close();
        }
    }

    /** The peer: {@code mi_malloc} + {@code mi_free} through FFM, nothing of Isola's around them. */
    static final class MimallocFfm extends BlockSource {
        @Override
        long allocate(long size) {
            return Mimalloc.mi_malloc(size);
        }

        @Override
        void free(long addr) {
            Mimalloc.mi_free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = Mimalloc.mi_malloc(size);
                sink += addr;
                Mimalloc.mi_free(addr);
            }
            return sink;
        }
    }

    /** {@code malloc} + {@code free} through FFM, nothing of Isola's around them. */
    static final class LibcFfm extends BlockSource {
        @Override
        long allocate(long size) {
            return Stdlib.malloc(size);
        }

        @Override
        void free(long addr) {
            Stdlib.free(addr);
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = Stdlib.malloc(size);
                sink += addr;
                Stdlib.free(addr);
            }
            return sink;
        }
    }

    /**
     * No allocator: a one-slot free list in a Java field (allocate loads it, free stores it) —
     * what a benchmark's frame, calls and result handling cost around the allocator.
     */
    static final class Baseline extends BlockSource {
        private long slot = 0x1000;

        @Override
        long allocate(long size) {
            return slot;
        }

        @Override
        void free(long addr) {
            slot = addr;
        }

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            for (int i = 0; i < count; i++) {
                long addr = slot;
                sink += addr;
                slot = addr;
            }
            return sink;
        }
    }

    /** {@code new byte[size]}; {@link #allocate} returns a counter, not an address. */
    static final class JavaHeap extends BlockSource {
        private final byte[][] ring;
        private int cursor;
        private long count;

        JavaHeap(int live) {
            ring = new byte[live][];
        }

        @Override
        long allocate(long size) {
            byte[] block = new byte[(int) size];
            ring[cursor] = block;
            cursor = cursor + 1 == ring.length ? 0 : cursor + 1;
            return ++count + block.length;
        }

        @Override
        void free(long addr) {}

        @Override
        long pairs(int count, long size) {
            long sink = 0;
            byte[][] ring = this.ring;
            int cursor = this.cursor;
            for (int i = 0; i < count; i++) {
                byte[] block = new byte[(int) size];
                ring[cursor] = block;
                cursor = cursor + 1 == ring.length ? 0 : cursor + 1;
                sink += block.length + i;
            }
            this.cursor = cursor;
            return sink;
        }

        @Override
        public void close() {
            Arrays.fill(ring, null);
        }
    }
}

package dev.isola.memory;

import dev.isola.natives.Errno;
import dev.isola.natives.Mman;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Anonymous private mappings from the OS, with errno turned into messages. Cold path only:
 * each call is a system call plus a small confined arena for errno capture. Stateless and
 * thread-safe.
 */
public final class OsPages {
    private OsPages() {}

    /** Maps {@code size} bytes read-write; returns 0 (never throws) when the OS refuses. */
    public static long map(long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Errno.allocateState(arena);
            long addr = Mman.mmap(errno, 0, size, Mman.PROT_READ | Mman.PROT_WRITE,
                    Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
            return addr == Mman.MAP_FAILED ? 0 : addr;
        }
    }

    /**
     * Maps {@code size} bytes at an address that is a multiple of {@code alignment} (a power of
     * two, larger than the page size): maps {@code size + alignment}, then unmaps the slack on
     * both sides. Returns 0 when the OS refuses.
     */
    public static long mapAligned(long size, long alignment) {
        long raw = map(size + alignment);
        if (raw == 0) {
            return 0;
        }
        long aligned = (raw + alignment - 1) & -alignment;
        long head = aligned - raw;
        long tail = alignment - head;
        if (head > 0) {
            unmap(raw, head);
        }
        if (tail > 0) {
            unmap(aligned + size, tail);
        }
        return aligned;
    }

    /** Unmaps; a failure here means our bookkeeping is wrong, so it throws. */
    public static void unmap(long addr, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Errno.allocateState(arena);
            if (Mman.munmap(errno, addr, size) != 0) {
                throw new IllegalStateException("munmap failed: address=" + Memory.hex(addr) + " size=" + size
                        + " errno=" + Errno.describe(Errno.get(errno)));
            }
        }
    }

    /** Changes protection; throws with errno when the OS refuses. */
    public static void protect(long addr, long size, int prot) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Errno.allocateState(arena);
            if (Mman.mprotect(errno, addr, size, prot) != 0) {
                throw new IllegalStateException("mprotect failed: address=" + Memory.hex(addr) + " size=" + size
                        + " prot=" + prot + " errno=" + Errno.describe(Errno.get(errno)));
            }
        }
    }
}

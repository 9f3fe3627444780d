package dev.isola.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/**
 * The libc bindings (mman, stdlib, malloc, unistd, errno) reach the real functions: each call
 * has its C effect, and failures come back as the C return value plus a captured errno.
 */
class LibcBindingsTest {
    private static final int RW = Mman.PROT_READ | Mman.PROT_WRITE;
    private static final int ANON = Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS;

    @SuppressWarnings("restricted") // the addresses come from the allocator under test
    private static MemorySegment bytes(long addr, long size) {
        return MemorySegment.ofAddress(addr).reinterpret(size);
    }

    @Test
    void pageSizeIsAPowerOfTwoOfAtLeast4096() {
        long page = Unistd.pageSize();
        assertTrue(page >= 4096, "page=" + page);
        assertEquals(0, page & (page - 1), "page=" + page);
        assertEquals(page, Unistd.getpagesize());
        assertEquals(page, Unistd.sysconf(Unistd._SC_PAGESIZE));
    }

    @Test
    void mmapMprotectMadviseMunmapRoundTrip() {
        long page = Unistd.pageSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Errno.allocateState(arena);
            long addr = Mman.mmap(errno, 0, 2 * page, RW, ANON, -1, 0);
            assertNotEquals(Mman.MAP_FAILED, addr, () -> "mmap: " + Errno.describe(Errno.get(errno)));
            assertEquals(0, addr % page, "mmap returns page-aligned memory");
            MemorySegment m = bytes(addr, 2 * page);
            assertEquals(0L, m.get(ValueLayout.JAVA_LONG, 0), "anonymous pages start zeroed");
            m.set(ValueLayout.JAVA_LONG, 0, 0x1122334455667788L);
            m.set(ValueLayout.JAVA_LONG, page, 42L);

            assertEquals(0, Mman.mprotect(errno, addr, page, Mman.PROT_READ));
            assertEquals(0x1122334455667788L, m.get(ValueLayout.JAVA_LONG, 0), "read-only page still reads");
            assertEquals(0, Mman.mprotect(errno, addr, page, RW));
            m.set(ValueLayout.JAVA_LONG, 8, 7L);
            assertEquals(7L, m.get(ValueLayout.JAVA_LONG, 8));

            // MADV_DONTNEED on a private anonymous mapping drops the page: it reads zero again.
            assertEquals(0, Mman.madvise(errno, addr, page, Mman.MADV_DONTNEED));
            assertEquals(0L, m.get(ValueLayout.JAVA_LONG, 0), "MADV_DONTNEED dropped the first page");
            assertEquals(42L, m.get(ValueLayout.JAVA_LONG, page), "the second page was not advised");

            assertEquals(0, Mman.munmap(errno, addr, 2 * page));
        }
    }

    @Test
    void failuresReportErrno() {
        long page = Unistd.pageSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Errno.allocateState(arena);
            long addr = Mman.mmap(errno, 0, page, RW, ANON, -1, 0);
            assertNotEquals(Mman.MAP_FAILED, addr);
            try {
                assertEquals(-1, Mman.munmap(errno, addr + 1, page), "munmap of a misaligned address");
                assertEquals(Errno.EINVAL, Errno.get(errno));
                assertEquals("EINVAL (Invalid argument)", Errno.describe(Errno.get(errno)));

                assertEquals(-1, Mman.mprotect(errno, addr + 8, page, Mman.PROT_READ), "mprotect misaligned");
                assertEquals(Errno.EINVAL, Errno.get(errno));

                assertEquals(-1, Mman.madvise(errno, addr + 8, page, Mman.MADV_DONTNEED), "madvise misaligned");
                assertEquals(Errno.EINVAL, Errno.get(errno));
            } finally {
                assertEquals(0, Mman.munmap(errno, addr, page));
            }

            assertEquals(Mman.MAP_FAILED, Mman.mmap(errno, 0, 0, RW, ANON, -1, 0), "mmap of length 0");
            assertEquals(Errno.EINVAL, Errno.get(errno));

            // 1 PiB is beyond the 47-bit user address space.
            assertEquals(Mman.MAP_FAILED, Mman.mmap(errno, 0, 1L << 50, RW, ANON | Mman.MAP_NORESERVE, -1, 0));
            assertEquals(Errno.ENOMEM, Errno.get(errno));
            assertTrue(Errno.describe(Errno.ENOMEM).startsWith("ENOMEM ("), Errno.describe(Errno.ENOMEM));
        }
    }

    @Test
    void describeNamesUnknownErrnoByNumber() {
        String text = Errno.describe(9999);
        assertTrue(text.startsWith("errno 9999 (") && text.endsWith(")") && !text.contains("(?)"), text);
        assertTrue(Errno.strerror(Errno.ENOENT) != 0);
    }

    @Test
    void mallocCallocReallocFreeAndUsableSize() {
        long p = Stdlib.malloc(100);
        assertNotEquals(0, p);
        assertEquals(0, p % 16, "glibc malloc aligns to 16 on 64-bit");
        assertTrue(Malloc.malloc_usable_size(p) >= 100, "usable=" + Malloc.malloc_usable_size(p));
        MemorySegment m = bytes(p, 100);
        for (int i = 0; i < 100; i++) {
            m.set(ValueLayout.JAVA_BYTE, i, (byte) i);
        }
        long q = Stdlib.realloc(p, 100_000);
        assertNotEquals(0, q);
        assertTrue(Malloc.malloc_usable_size(q) >= 100_000);
        MemorySegment n = bytes(q, 100_000);
        for (int i = 0; i < 100; i++) {
            assertEquals((byte) i, n.get(ValueLayout.JAVA_BYTE, i), "realloc kept byte " + i);
        }
        Stdlib.free(q);

        long z = Stdlib.calloc(1000, 8);
        assertNotEquals(0, z);
        assertEquals(-1, bytes(z, 8000).mismatch(MemorySegment.ofArray(new byte[8000])), "calloc zeroes");
        Stdlib.free(z);

        assertEquals(0, Stdlib.calloc(Long.MAX_VALUE, 2), "calloc refuses an overflowing product");
        assertEquals(0, Stdlib.malloc(1L << 50), "malloc of 1 PiB fails with NULL");
        assertEquals(0, Malloc.malloc_usable_size(0));
        Stdlib.free(0);
    }
}

package dev.isola.memory;

/**
 * The block the {@link DebugHooks} wrap around every allocation (after CPython's debug
 * allocator, {@code _PyMem_DebugMalloc}: {@code [SSSS IFFF CCCC…FFFF NNNN]}, rearranged so the
 * data stays 16-byte aligned). Stateless.
 *
 * <pre>
 *  base+0    size      int64   requested size, in bytes
 *  base+8    serial    int64   allocation serial number (1, 2, 3 … per DebugHooks)
 *  base+16   domain    byte    'r' RAW, 'm' MEM, 'o' OBJ
 *  base+17   forbidden 15 ×    0xFD   (guards against underflow)
 *  base+32   data      size ×  0xCD when fresh (unless zeroed), 0xDD once freed
 *  data+size forbidden 16 ×    0xFD   (guards against overflow)
 * </pre>
 *
 * The address handed out is {@code base + HEAD_SIZE}; the underlying allocator sees a request of
 * {@code HEAD_SIZE + size + TAIL_SIZE} bytes.
 */
final class DebugBlockLayout {
    static final int SIZE_OFFSET = 0;
    static final int SERIAL_OFFSET = 8;
    static final int DOMAIN_OFFSET = 16;
    static final int HEAD_PAD_OFFSET = 17;
    static final int HEAD_PAD_SIZE = 15;
    static final int HEAD_SIZE = 32;
    static final int TAIL_SIZE = 16;
    static final int OVERHEAD = HEAD_SIZE + TAIL_SIZE;

    /** CPython's {@code PYMEM_CLEANBYTE}: fresh, uninitialised data. */
    static final byte CLEAN_BYTE = (byte) 0xCD;
    /** CPython's {@code PYMEM_DEADBYTE}: freed data. */
    static final byte DEAD_BYTE = (byte) 0xDD;
    /** CPython's {@code PYMEM_FORBIDDENBYTE}: the guards on both sides. */
    static final byte FORBIDDEN_BYTE = (byte) 0xFD;

    private DebugBlockLayout() {}

    static long base(long addr) {
        return addr - HEAD_SIZE;
    }
}

package dev.isola.memory;

/**
 * A misuse of memory caught by the {@link DebugHooks}: the message names the kind, the block's
 * address, requested size, serial number and domain, and what was found.
 */
public final class MemoryMisuseException extends RuntimeException {
    /** What went wrong. */
    public enum Kind {
        /** Bytes just before the block were overwritten. */
        BUFFER_UNDERFLOW,
        /** Bytes just after the block were overwritten. */
        BUFFER_OVERFLOW,
        /** The block was freed twice. */
        DOUBLE_FREE,
        /** The address was never handed out by these hooks (or left the quarantine long ago). */
        UNKNOWN_ADDRESS,
        /** The block was freed or resized through another domain than the one that allocated it. */
        WRONG_DOMAIN,
        /** Freed memory was written to while it sat in the quarantine. */
        WRITE_AFTER_FREE
    }

    private final Kind kind;
    private final long address;

    MemoryMisuseException(Kind kind, long address, String message) {
        super(message);
        this.kind = kind;
        this.address = address;
    }

    public Kind kind() {
        return kind;
    }

    public long address() {
        return address;
    }
}

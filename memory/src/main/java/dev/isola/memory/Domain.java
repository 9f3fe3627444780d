package dev.isola.memory;

/**
 * The three allocation domains, as CPython's {@code PyMem_Raw*}, {@code PyMem_*} and
 * {@code PyObject_*}.
 *
 * <p>A block must be freed through the domain that allocated it; the debug hooks check this.
 */
public enum Domain {
    /** Thread-safe, any thread, no interpreter lock needed (libc or mimalloc). */
    RAW('r'),
    /** Per interpreter, used only under its lock: buffers, arrays. */
    MEM('m'),
    /** Per interpreter, used only under its lock: Python objects. */
    OBJ('o');

    private final char id;

    Domain(char id) {
        this.id = id;
    }

    /** CPython's API id byte for this domain ({@code 'r'}, {@code 'm'}, {@code 'o'}). */
    public char id() {
        return id;
    }

    static Domain ofId(int id) {
        for (Domain d : values()) {
            if (d.id == id) {
                return d;
            }
        }
        return null;
    }
}

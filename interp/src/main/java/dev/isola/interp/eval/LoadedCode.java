package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;

/**
 * Compiled {@link Code} made live in one interpreter: its constants and names as that
 * interpreter's objects, and the frame geometry the eval loop needs. The off-heap code object
 * holds its handle; the code object's dealloc {@linkplain #release releases} the constants.
 *
 * <h2>Frame layout</h2>
 * <pre>
 *   base+0  globals dict (borrowed from the function or module)
 *   base+1  locals mapping for module and class bodies, else 0
 *   base+2  this code's handle
 *   base+3  the instruction after the call this frame is making (set by CALL and by Ops.execute),
 *           for f_lineno of a caller ({@code sys._getframe}, warnings, logging)
 *   base+4  L[0 … nlocals)  C[0 … ncells + nfree)  value stack (stacksize)
 * </pre>
 */
public final class LoadedCode {
    public static final int HEADER = 4;
    public static final int GLOBALS = 0;
    public static final int LOCALS = 1;
    public static final int HANDLE = 2;
    public static final int PC = 3;

    public final Code code;
    public final InterpreterState interp;
    public final int[] instrs;
    /** Owned references: constants by index, names (interned str) by index. */
    public final long[] consts;
    public final long[] names;
    public final int nlocals;
    public final int ncells;
    public final int nfree;
    /** Slots of a frame: header, locals, cells, value stack. */
    public final int frameSize;
    /** A function whose arguments bind by position only: no defaults needed, no star args, no kw-only. */
    public final boolean simpleArgs;
    public final boolean generator;
    /**
     * Inline caches by instruction index, made on first use. {@code LOAD_GLOBAL}: the globals
     * dict (a reference the cache holds, so its address cannot be reused), both dicts' versions
     * and the value (borrowed: any change to either dict changes a version). {@code LOAD_METHOD}:
     * the receiver's type and the method descriptor (borrowed from the interpreter's table).
     */
    /**
     * Per instruction, the instance-dict entry where LOAD_ATTR/STORE_ATTR last found its name
     * (CPython 3.10's dict-keys hint): tried first by identity, so the common case needs no
     * hashing and no probing. Made on first use.
     */
    int[] attrHints;
    long[] cacheKey;
    long[] cacheValue;
    long[] cacheVersions;

    /** Off-heap code object (borrowed: it owns this) and the handle it stores. */
    long codeObject;
    int handle;

    LoadedCode(Code code, InterpreterState interp, long[] consts, long[] names) {
        this.code = code;
        this.interp = interp;
        this.instrs = code.code();
        this.consts = consts;
        this.names = names;
        this.nlocals = code.varnames().size();
        this.ncells = code.cellvars().size();
        this.nfree = code.freevars().size();
        this.frameSize = HEADER + nlocals + ncells + nfree + code.stacksize() + 1;
        this.simpleArgs = code.kwonlyargcount() == 0 && (code.flags() & (Code.VARARGS | Code.VARKEYWORDS)) == 0;
        this.generator = (code.flags() & Code.GENERATOR) != 0;
    }

    public long codeObject() {
        return codeObject;
    }

    public int handle() {
        return handle;
    }

    /** First handler for an exception raised at instruction {@code index}: its entry offset, or -1. */
    int findHandler(int index) {
        int[] t = code.exceptionTable();
        for (int i = 0; i < t.length; i += 5) {
            if (index >= t[i] && index < t[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    int[] attrHints() {
        if (attrHints == null) {
            attrHints = new int[instrs.length];
        }
        return attrHints;
    }

    void ensureCaches() {
        if (cacheKey == null) {
            cacheKey = new long[instrs.length];
            cacheValue = new long[instrs.length];
            cacheVersions = new long[instrs.length];
        }
    }

    /** Drops the references the caches hold (the LOAD_GLOBAL dicts). */
    public void clearCaches(ObjectState s) {
        if (cacheKey == null) {
            return;
        }
        for (int i = 0; i < instrs.length; i++) {
            if ((instrs[i] & 0xFF) == dev.isola.interp.compile.Opcode.LOAD_GLOBAL && cacheKey[i] != 0) {
                Objects.decref(s, cacheKey[i]);
            }
        }
        cacheKey = null;
        cacheValue = null;
        cacheVersions = null;
    }

    void release(ObjectState s) {
        clearCaches(s);
        for (long c : consts) {
            Objects.xdecref(s, c);
        }
        for (long n : names) {
            Objects.xdecref(s, n);
        }
    }
}

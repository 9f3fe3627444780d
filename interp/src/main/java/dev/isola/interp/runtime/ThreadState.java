package dev.isola.interp.runtime;

/**
 * One thread's state in one interpreter (CPython's {@code PyThreadState}): the data stack the
 * frames live on, the frame being run, the exception being handled and the recursion depth.
 *
 * <h2>The data stack</h2>
 * Frames are slices of a {@code long[]} chunk: {@code [header | locals | cells | value stack]}
 * (see {@code Frame} in the eval package). When a chunk is full a new, larger chunk is started;
 * a frame never moves, so the eval loop keeps its chunk in a local. Chunks are kept for reuse.
 *
 * <p>Used only by its own thread while it holds the interpreter's lock ({@link InterpreterLock}).
 */
public final class ThreadState {
    /** 16 KiB: an idle interpreter stays small; deep recursion adds chunks, kept for reuse. */
    private static final int FIRST_CHUNK = 2 * 1024;

    private final InterpreterState interp;
    /** The Java thread this state belongs to. */
    private final Thread owner;
    /** A thread started by {@code _thread} (kept until it ends), not one that called in. */
    boolean pythonThread;
    /** The chunk new frames are pushed on, and its first free slot. */
    public long[] chunk = new long[FIRST_CHUNK];
    public int top;
    /** The frame being run: its chunk and base, for globals(), locals() and tracebacks. */
    public long[] frameChunk;
    public int frameBase = -1;
    /**
     * The exception being handled ({@code sys.exception()}), an owned reference or 0.
     * {@code PUSH_EXC_INFO} saves the previous one on the value stack, {@code POP_EXCEPT}
     * restores it.
     */
    public long handled;
    /**
     * The callers' {@link #handled} of each running generator, innermost last (owned). A
     * generator runs with its own exception state in {@code handled} (CPython's
     * {@code gi_exc_state}); these are the rest of CPython's {@code exc_info} chain.
     */
    private long[] outerHandled = new long[8];
    private int outerCount;
    /** Set by RERAISE: the exception already carries this frame in its traceback. */
    public boolean reraising;
    /** Python frames on this thread. */
    public int depth;
    /** The depth where the Java stack overflowed, while that error unwinds; 0 otherwise. */
    public int overflowDepth;

    private long[] spare;
    /**
     * The callers of the running frame, innermost last (CPython links frames by
     * {@code f_back}; Isola's frames are slices of chunks, so the chain is kept here): each
     * entry is the chunk and base of the frame that was running when the next one started, a
     * null chunk for "no frame" (code entered from Java).
     */
    private long[][] backChunks = new long[32][];
    private int[] backBases = new int[32];
    private int backCount;

    ThreadState(InterpreterState interp, Thread owner) {
        this.interp = interp;
        this.owner = owner;
    }

    /** Makes the frame at {@code chunk[base]} the running one; the one running now becomes its caller. */
    public void pushFrame(long[] chunk, int base) {
        if (backCount == backChunks.length) {
            backChunks = java.util.Arrays.copyOf(backChunks, backCount * 2);
            backBases = java.util.Arrays.copyOf(backBases, backCount * 2);
        }
        backChunks[backCount] = frameChunk;
        backBases[backCount] = frameBase;
        backCount++;
        frameChunk = chunk;
        frameBase = base;
    }

    /** Makes the caller of the running frame the running one again. */
    public void popFrame() {
        int n = --backCount;
        frameChunk = backChunks[n];
        frameBase = backBases[n];
        backChunks[n] = null;
    }

    /**
     * The chunk of the frame {@code depth} calls out from the running one (0: the running one),
     * or null when the stack is not that deep; its base is {@link #frameBaseAt}.
     */
    public long[] frameChunkAt(int depth) {
        if (depth == 0) {
            return frameChunk;
        }
        int i = backCount - depth;
        return i < 0 ? null : backChunks[i];
    }

    public int frameBaseAt(int depth) {
        return depth == 0 ? frameBase : backBases[backCount - depth];
    }

    /** The Java thread this state belongs to. */
    public Thread owner() {
        return owner;
    }

    /** {@code threading.get_ident()} of this thread: its Java thread id. */
    public long ident() {
        return owner.threadId();
    }

    /** Enters a generator: the caller's handled exception is saved, the generator's installed. */
    public void enterGenerator(long generatorHandled) {
        if (outerCount == outerHandled.length) {
            outerHandled = java.util.Arrays.copyOf(outerHandled, outerCount * 2);
        }
        outerHandled[outerCount++] = handled;
        handled = generatorHandled;
    }

    /** Leaves a generator: returns its handled exception (owned) and restores the caller's. */
    public long leaveGenerator() {
        long g = handled;
        handled = outerHandled[--outerCount];
        outerHandled[outerCount] = 0;
        return g;
    }

    /** The exception being handled, looking through generators' callers ({@code _PyErr_GetTopmostException}). */
    public long topmostHandled() {
        if (handled != 0) {
            return handled;
        }
        for (int i = outerCount - 1; i >= 0; i--) {
            if (outerHandled[i] != 0) {
                return outerHandled[i];
            }
        }
        return 0;
    }

    public InterpreterState interp() {
        return interp;
    }

    /**
     * Makes room for a frame of {@code size} slots: usually in the current chunk; else switches
     * to a fresh chunk, returning the previous top to restore with {@link #popChunk}.
     */
    public boolean ensure(int size) {
        if (top + size <= chunk.length) {
            return false;
        }
        long[] next = spare != null && spare.length >= size ? spare : new long[Math.max(chunk.length * 2, size)];
        spare = null;
        savedChunks = new Chunk(chunk, top, savedChunks);
        chunk = next;
        top = 0;
        return true;
    }

    /** Returns to the chunk in use before the matching {@link #ensure} switched. */
    public void popChunk() {
        spare = chunk;
        chunk = savedChunks.chunk;
        top = savedChunks.top;
        savedChunks = savedChunks.prev;
    }

    private Chunk savedChunks;

    private record Chunk(long[] chunk, int top, Chunk prev) {
    }
}

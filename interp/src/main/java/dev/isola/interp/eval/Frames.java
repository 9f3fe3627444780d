package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.util.Arrays;

/**
 * Running module code, and what builtins ask of the running frame: {@code globals()},
 * {@code locals()}, the REPL's echo.
 */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs module-level code object {@code codeObject} with {@code globals} as both its globals
     * and its locals; returns the result (a new reference, None for a module).
     */
    public static long runModule(InterpreterState interp, long codeObject, long globals) {
        return runCode(interp, codeObject, globals, globals);
    }

    /** {@code sys._getframe(depth)}: a snapshot frame object with its callers (a new reference). */
    public static long frameObject(InterpreterState interp, int depth) {
        return FrameObjects.ofStack(interp, depth);
    }

    /**
     * Runs a module-level code object with {@code globals} and a separate {@code locals}
     * mapping (both borrowed), as {@code exec} and {@code eval} do; returns the result.
     */
    public static long runCode(InterpreterState interp, long codeObject, long globals, long locals) {
        ThreadState ts = interp.thread();
        LoadedCode lc = CodeLoader.of(interp, codeObject);
        boolean switched = ts.ensure(lc.frameSize);
        long[] f = ts.chunk;
        int base = ts.top;
        ts.top = base + lc.frameSize;
        int fast = base + LoadedCode.HEADER;
        int end = fast + lc.nlocals + lc.ncells + lc.nfree;
        Arrays.fill(f, fast, end, 0);
        f[base + LoadedCode.GLOBALS] = globals;
        f[base + LoadedCode.LOCALS] = locals;
        f[base + LoadedCode.HANDLE] = lc.handle;
        ts.pushFrame(f, base);
        ts.depth++;
        try {
            return Eval.run(ts, lc, f, base, 0, end, null);
        } catch (StackOverflowError e) {
            throw Exceptions.stackExhausted(ts, e);
        } finally {
            Ops.clearStack(interp.objects(), f, fast, end);
            ts.depth--;
            ts.popFrame();
            ts.top = base;
            if (switched) {
                ts.popChunk();
            }
        }
    }

    /** Calls Python function {@code fn} with positional arguments {@code a[start…start+n)} (borrowed). */
    public static long callFunction(InterpreterState interp, long fn, long[] a, int start, int n) {
        return Calls.callFunction(interp.thread(), fn, a, start, n, 0);
    }

    /** The running frame's globals (borrowed), or 0 when no Python code is running. */
    public static long currentGlobals(InterpreterState interp) {
        ThreadState ts = interp.thread();
        return ts.frameChunk == null ? 0 : ts.frameChunk[ts.frameBase + LoadedCode.GLOBALS];
    }

    /** {@code globals()}: the running frame's globals (a new reference). */
    public static long globals(InterpreterState interp) {
        ThreadState ts = interp.thread();
        if (ts.frameChunk == null) {
            return Objects.newRef(interp.objects().space().none());
        }
        return Objects.newRef(ts.frameChunk[ts.frameBase + LoadedCode.GLOBALS]);
    }

    /**
     * {@code locals()}: the mapping of a module or class body, else a new dict of the function's
     * bound locals and cell contents (a snapshot, as in CPython 3.11).
     */
    public static long locals(InterpreterState interp) {
        ThreadState ts = interp.thread();
        ObjectState s = interp.objects();
        if (ts.frameChunk == null) {
            return Objects.newRef(s.space().none());
        }
        long[] f = ts.frameChunk;
        int base = ts.frameBase;
        return localsOf(s, (LoadedCode) interp.handles().get((int) f[base + LoadedCode.HANDLE]), f, base);
    }

    /**
     * The locals of the frame at {@code f[base]} (a new reference): the namespace of a module or
     * class body itself, else a new dict of the bound locals and cell contents.
     */
    static long localsOf(ObjectState s, LoadedCode lc, long[] f, int base) {
        if (f[base + LoadedCode.LOCALS] != 0) {
            return Objects.newRef(f[base + LoadedCode.LOCALS]);
        }
        Code code = lc.code;
        long d = DictType.newDict(s);
        int locals = base + LoadedCode.HEADER;
        for (int i = 0; i < lc.nlocals; i++) {
            if (f[locals + i] != 0) {
                DictType.setItemString(s, d, code.varnames().get(i), f[locals + i]);
            }
        }
        for (int i = 0; i < lc.ncells + lc.nfree; i++) {
            long cell = f[locals + lc.nlocals + i];
            long v = cell == 0 ? 0 : Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
            if (v != 0) {
                String name = i < lc.ncells ? code.cellvars().get(i) : code.freevars().get(i - lc.ncells);
                DictType.setItemString(s, d, name, v);
            }
        }
        return d;
    }

    /**
     * What {@code super()} without arguments reads from the running frame (CPython's
     * {@code super_init_without_args}): the class from the {@code __class__} cell and the first
     * argument, both borrowed.
     */
    public static long[] superArgs(InterpreterState interp) {
        ThreadState ts = interp.thread();
        ObjectState s = interp.objects();
        if (ts.frameChunk == null) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): no current frame");
        }
        long[] f = ts.frameChunk;
        int base = ts.frameBase;
        LoadedCode lc = (LoadedCode) interp.handles().get((int) f[base + LoadedCode.HANDLE]);
        Code code = lc.code;
        if (code.argcount() == 0 && (code.flags() & Code.VARARGS) == 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): no arguments");
        }
        int locals = base + LoadedCode.HEADER;
        long self = f[locals];
        int[] cell2arg = code.cell2arg();
        if (self == 0 && cell2arg != null) {
            for (int i = 0; i < cell2arg.length; i++) {
                if (cell2arg[i] == 0) {
                    self = Memory.getLong(f[locals + lc.nlocals + i] + CodeLayouts.CELL_CONTENTS_OFFSET);
                }
            }
        }
        if (self == 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        int j = code.freevars().indexOf("__class__");
        if (j < 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        long cls = Memory.getLong(f[locals + lc.nlocals + lc.ncells + j] + CodeLayouts.CELL_CONTENTS_OFFSET);
        if (cls == 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        if (!Objects.isInstance(cls, s.space().type(BuiltinType.TYPE))) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): __class__ is not a type ("
                    + Objects.typeNameOf(cls) + ")");
        }
        return new long[] {cls, self};
    }

    /** The REPL's echo of an expression statement: {@code repr(v)} unless None, bound to {@code _}. */
    static void printExpr(InterpreterState interp, long v) {
        ObjectState s = interp.objects();
        if (v == s.space().none()) {
            return;
        }
        DictType.setItemString(s, interp.builtinsDict(), "_", v);
        long r = Abstract.repr(s, v);
        try {
            interp.out().print(StrType.toJava(r));
            interp.out().print('\n');
            interp.out().flush();
        } finally {
            Objects.decref(s, r);
        }
    }
}

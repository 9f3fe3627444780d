package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.ObjectType;
import dev.isola.objects.Objects;
import dev.isola.objects.SlotFunctions;
import dev.isola.objects.StrType;

/**
 * Frame objects, as snapshots: Isola's frames are slices of a {@code long[]}, not objects, so a
 * frame object is made when Python asks for one ({@code sys._getframe}, {@code gi_frame}) and
 * records what the frame was then (layout in {@link CodeLayouts}): {@code f_code},
 * {@code f_globals}, {@code f_locals} (the bound locals and cell contents then, or the
 * namespace of a module or class body itself), {@code f_lineno}, and {@code f_back}, the
 * caller's snapshot, made with it. CPython returns one live object per frame; what its
 * callers read of a frame (warnings' and logging's caller location, {@code inspect}'s
 * {@code currentframe().f_back.f_code.co_name}) is the same in both.
 */
final class FrameObjects {
    private FrameObjects() {
    }

    /** A snapshot of generator {@code g}'s frame (a new reference); a suspended generator has no caller. */
    static long ofGenerator(ObjectState s, Generator g) {
        return snapshot(s, g.code, g.codeObject, g.frame, 0,
                g.pc == 0 ? g.code.code.firstLineno() : g.code.code.lineOf(g.pc - 1), 0);
    }

    /**
     * {@code sys._getframe(depth)}: a snapshot of the frame {@code depth} calls out from the
     * running one, with its callers' snapshots linked by {@code f_back}; ValueError when the stack
     * is not that deep, as CPython says.
     */
    static long ofStack(InterpreterState interp, int depth) {
        ThreadState ts = interp.thread();
        ObjectState s = interp.objects();
        if (depth < 0 || ts.frameChunkAt(depth) == null) {
            throw Errors.valueError(s, "call stack is not deep enough");
        }
        int bottom = depth;
        while (ts.frameChunkAt(bottom + 1) != null) {
            bottom++;
        }
        long back = 0;
        for (int d = bottom; d >= depth; d--) {
            long[] f = ts.frameChunkAt(d);
            int base = ts.frameBaseAt(d);
            LoadedCode lc = (LoadedCode) interp.handles().get((int) f[base + LoadedCode.HANDLE]);
            int pc = (int) f[base + LoadedCode.PC];
            int lineno = pc == 0 ? lc.code.firstLineno() : lc.code.lineOf(pc - 1);
            back = snapshot(s, lc, lc.codeObject(), f, base, lineno, back);
        }
        return back;
    }

    /** A frame object for the frame at {@code f[base]}; takes {@code back} (owned, or 0). */
    private static long snapshot(ObjectState s, LoadedCode lc, long codeObject, long[] f, int base, int lineno,
            long back) {
        long locals = Frames.localsOf(s, lc, f, base);
        long frame = s.allocGcObject(s.space().type(BuiltinType.FRAME), CodeLayouts.FRAME_SIZE);
        Memory.putLong(frame + CodeLayouts.FRAME_CODE_OFFSET, Objects.newRef(codeObject));
        Memory.putLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET, Objects.newRef(f[base + LoadedCode.GLOBALS]));
        Memory.putLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET, locals);
        Memory.putInt(frame + CodeLayouts.FRAME_LINENO_OFFSET, lineno);
        Memory.putLong(frame + CodeLayouts.FRAME_BACK_OFFSET, back);
        return frame;
    }

    static long getAttr(ObjectState s, long frame, long name) {
        return switch (StrType.toJava(name)) {
            case "f_code" -> Objects.newRef(Memory.getLong(frame + CodeLayouts.FRAME_CODE_OFFSET));
            case "f_globals" -> Objects.newRef(Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
            case "f_locals" -> {
                long locals = Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET);
                yield locals == 0 ? DictType.newDict(s) : Objects.newRef(locals);
            }
            case "f_lineno" -> IntType.fromLong(s, Memory.getInt(frame + CodeLayouts.FRAME_LINENO_OFFSET));
            case "f_back" -> {
                long back = Memory.getLong(frame + CodeLayouts.FRAME_BACK_OFFSET);
                yield Objects.newRef(back == 0 ? s.space().none() : back);
            }
            default -> ObjectType.genericGetAttr(s, frame, name);
        };
    }

    static void traverse(ObjectState s, long frame, SlotFunctions.Visitor v) {
        v.visit(Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
        long locals = Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET);
        if (locals != 0) {
            v.visit(locals);
        }
        long back = Memory.getLong(frame + CodeLayouts.FRAME_BACK_OFFSET);
        if (back != 0) {
            v.visit(back);
        }
    }

    /**
     * Drops the references that can close a cycle: the locals (for a module frame, the module's
     * own namespace, which must not be emptied) and the caller.
     */
    static void clear(ObjectState s, long frame) {
        long locals = Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET);
        Memory.putLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET, 0);
        Objects.xdecref(s, locals);
        long back = Memory.getLong(frame + CodeLayouts.FRAME_BACK_OFFSET);
        Memory.putLong(frame + CodeLayouts.FRAME_BACK_OFFSET, 0);
        Objects.xdecref(s, back);
    }

    static void dealloc(ObjectState s, long frame) {
        Objects.decref(s, Memory.getLong(frame + CodeLayouts.FRAME_CODE_OFFSET));
        Objects.decref(s, Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
        Objects.xdecref(s, Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET));
        Objects.xdecref(s, Memory.getLong(frame + CodeLayouts.FRAME_BACK_OFFSET));
        s.freeGcObject(frame);
    }
}

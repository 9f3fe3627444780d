package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.ObjectType;
import dev.isola.objects.Objects;
import dev.isola.objects.SlotFunctions;
import dev.isola.objects.StrType;

/**
 * Frame objects, minimal: what {@code gi_frame} returns for an unfinished generator. Isola's
 * frames are slices of a {@code long[]}, not objects, so this is a snapshot taken at the access
 * (layout in {@link CodeLayouts}): {@code f_code}, {@code f_globals}, {@code f_locals} (the
 * bound locals and cell contents then), {@code f_lineno}; {@code f_back} is None. CPython
 * returns one live object per frame.
 */
final class FrameObjects {
    private FrameObjects() {
    }

    /** A snapshot of generator {@code g}'s frame (a new reference). */
    static long ofGenerator(ObjectState s, Generator g) {
        long locals = DictType.newDict(s);
        LoadedCode lc = g.code;
        Code code = lc.code;
        long[] f = g.frame;
        int fast = LoadedCode.HEADER;
        for (int i = 0; i < lc.nlocals; i++) {
            if (f[fast + i] != 0) {
                DictType.setItemString(s, locals, code.varnames().get(i), f[fast + i]);
            }
        }
        for (int i = 0; i < lc.ncells + lc.nfree; i++) {
            long cell = f[fast + lc.nlocals + i];
            long v = cell == 0 ? 0 : Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
            if (v != 0) {
                String name = i < lc.ncells ? code.cellvars().get(i) : code.freevars().get(i - lc.ncells);
                DictType.setItemString(s, locals, name, v);
            }
        }
        long frame = s.allocGcObject(s.space().type(BuiltinType.FRAME), CodeLayouts.FRAME_SIZE);
        Memory.putLong(frame + CodeLayouts.FRAME_CODE_OFFSET, Objects.newRef(g.codeObject));
        Memory.putLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET, Objects.newRef(f[LoadedCode.GLOBALS]));
        Memory.putLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET, locals);
        Memory.putInt(frame + CodeLayouts.FRAME_LINENO_OFFSET,
                g.pc == 0 ? code.firstLineno() : code.lineOf(g.pc - 1));
        return frame;
    }

    static long getAttr(ObjectState s, long frame, long name) {
        return switch (StrType.toJava(name)) {
            case "f_code" -> Objects.newRef(Memory.getLong(frame + CodeLayouts.FRAME_CODE_OFFSET));
            case "f_globals" -> Objects.newRef(Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
            case "f_locals" -> Objects.newRef(Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET));
            case "f_lineno" -> IntType.fromLong(s, Memory.getInt(frame + CodeLayouts.FRAME_LINENO_OFFSET));
            case "f_back" -> Objects.newRef(s.space().none());
            default -> ObjectType.genericGetAttr(s, frame, name);
        };
    }

    static void traverse(ObjectState s, long frame, SlotFunctions.Visitor v) {
        v.visit(Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
        long locals = Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET);
        if (locals != 0) {
            v.visit(locals);
        }
    }

    static void clear(ObjectState s, long frame) {
        long locals = Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET);
        if (locals != 0) {
            DictType.clear(s, locals);
        }
    }

    static void dealloc(ObjectState s, long frame) {
        Objects.decref(s, Memory.getLong(frame + CodeLayouts.FRAME_CODE_OFFSET));
        Objects.decref(s, Memory.getLong(frame + CodeLayouts.FRAME_GLOBALS_OFFSET));
        Objects.decref(s, Memory.getLong(frame + CodeLayouts.FRAME_LOCALS_OFFSET));
        s.freeGcObject(frame);
    }
}

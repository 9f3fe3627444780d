package dev.isola.interp.eval;

import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;

/** Cell objects: the shared variables of closures ({@code LOAD_DEREF} and friends). */
final class Cells {
    private Cells() {
    }

    /** A new cell holding {@code contents} (taken over; 0 for empty). */
    static long newCell(ObjectState s, long contents) {
        long cell = s.allocGcObject(s.space().type(BuiltinType.CELL), CodeLayouts.CELL_SIZE);
        Memory.putLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET, contents);
        return cell;
    }

    static long load(ObjectState s, LoadedCode c, long cell, int index) {
        long v = Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
        if (v == 0) {
            throw unbound(s, c, index);
        }
        Objects.incref(v);
        return v;
    }

    static void store(ObjectState s, long cell, long v) {
        long old = Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
        Objects.checkReference(s, cell, v);
        Memory.putLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET, v);
        Objects.xdecref(s, old);
    }

    static void delete(ObjectState s, LoadedCode c, long cell, int index) {
        long old = Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
        if (old == 0) {
            throw unbound(s, c, index);
        }
        Memory.putLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET, 0);
        Objects.decref(s, old);
    }

    private static PyException unbound(ObjectState s, LoadedCode c, int index) {
        if (index < c.ncells) {
            return Errors.raise(s, BuiltinType.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                    + c.code.cellvars().get(index) + "' where it is not associated with a value");
        }
        return Errors.raise(s, BuiltinType.NAME_ERROR, "cannot access free variable '"
                + c.code.freevars().get(index - c.ncells) + "' where it is not associated with a value in enclosing scope");
    }

    static void dealloc(ObjectState s, long cell) {
        Objects.xdecref(s, Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET));
        s.freeGcObject(cell);
    }
}

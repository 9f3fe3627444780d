package dev.isola.objects;

import java.util.List;

/**
 * What the interpreter layer adds to the object space at bootstrap: the behaviour of the types
 * whose layout the object layer fixes but cannot run (function, code, cell, method, module,
 * generator, the standard streams), and the function tables of builtin modules. The layering
 * stays one-way: {@code objects} calls these tables, it never names the interpreter.
 */
public interface SpaceExtension {
    /** Slots replacing the object layer's own for type {@code t}, or null to keep them. */
    default TypeSlots slots(BuiltinType t) {
        return null;
    }

    /**
     * Method tables of builtin modules; table {@code i} gets slot-table index
     * {@link ObjectSpace#functionTableIndex(int) functionTableIndex(i)}.
     */
    default List<TypeSlots> functionTables() {
        return List.of();
    }
}

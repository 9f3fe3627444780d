package dev.isola.interp.runtime;

import dev.isola.interp.eval.TypeBehaviour;
import dev.isola.interp.modules.BuiltinModules;
import dev.isola.interp.modules.ModuleDef;
import dev.isola.memory.Allocator;
import dev.isola.objects.ObjectSpace;
import dev.isola.objects.SpaceExtension;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.TypeSlots;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * The process-wide part of Isola (CPython's {@code _PyRuntimeState}): the sealed object space
 * with the static types and immortal objects, and the table of builtin modules. Read-only after
 * {@link #create()}, so every interpreter shares it without locks.
 */
public final class Runtime implements AutoCloseable {
    private final List<ModuleDef> modules;
    private final ObjectSpace space;

    private Runtime(List<ModuleDef> modules) {
        this.modules = List.copyOf(modules);
        this.space = ObjectSpace.bootstrap(new SpaceExtension() {
            @Override
            public TypeSlots slots(BuiltinType t) {
                return TypeBehaviour.slots(t);
            }

            @Override
            public List<TypeSlots> functionTables() {
                return Runtime.this.modules.stream().map(Runtime::table).toList();
            }
        });
    }

    /** Bootstraps the object space with the builtin modules. */
    public static Runtime create() {
        return new Runtime(BuiltinModules.all());
    }

    private static TypeSlots table(ModuleDef def) {
        TypeSlots.Builder b = TypeSlots.builder();
        def.functions().forEach(f -> b.method(f.name(), f.impl()));
        def.boundFunctions().forEach(f -> b.method(f.name(), f.impl()));
        return b.build();
    }

    public ObjectSpace space() {
        return space;
    }

    /** A new interpreter with its own allocator and streams. */
    public InterpreterState newInterpreter(Allocator allocator, List<String> argv, PrintStream out, PrintStream err,
            BufferedReader in) {
        return new InterpreterState(this, allocator, argv, out, err, in);
    }

    public int moduleCount() {
        return modules.size();
    }

    public ModuleDef module(int index) {
        return modules.get(index);
    }

    /** Index of the builtin module {@code name}, or -1. */
    public int moduleIndex(String name) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Slot-table index of module {@code index}'s functions. */
    static int functionTable(int index) {
        return ObjectSpace.functionTableIndex(index);
    }

    @Override
    public void close() {
        space.close();
    }
}

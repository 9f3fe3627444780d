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
 * with the static types and immortal objects, the table of builtin modules, and the registry of
 * live interpreters. The first two are read-only after {@link #create()}, so every interpreter
 * shares them without locks; the registry is a concurrent map with an atomic id counter.
 */
public final class Runtime implements AutoCloseable {
    private final List<ModuleDef> modules;
    private final ObjectSpace space;
    /** Live interpreters by id; the first one made is the main one (id 0, as in CPython). */
    private final java.util.concurrent.ConcurrentHashMap<Long, InterpreterState> interpreters =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextId = new java.util.concurrent.atomic.AtomicLong();

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
        long id = nextId.getAndIncrement();
        InterpreterState interp = new InterpreterState(this, id, allocator, argv, out, err, in);
        interpreters.put(id, interp);
        return interp;
    }

    /** The live interpreter with {@code id}, or null. */
    public InterpreterState interpreter(long id) {
        return interpreters.get(id);
    }

    /**
     * The main interpreter: the oldest live one not made by another interpreter (CPython's is
     * the one the runtime started with, id 0; an embedder may close that one and go on).
     */
    public InterpreterState mainInterpreter() {
        InterpreterState main = null;
        for (InterpreterState i : interpreters.values()) {
            if (i.isRoot() && !i.isClosed() && (main == null || i.id() < main.id())) {
                main = i;
            }
        }
        return main;
    }

    /** The live interpreters, by id. */
    public List<InterpreterState> interpreters() {
        return interpreters.values().stream().sorted(java.util.Comparator.comparingLong(InterpreterState::id)).toList();
    }

    /** Called by an interpreter's close. */
    void forget(InterpreterState interp) {
        interpreters.remove(interp.id(), interp);
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

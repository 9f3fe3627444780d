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
    private volatile boolean closed;

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

    /**
     * Bootstraps the object space with the builtin modules and {@code extra} ones (defined in
     * Java by an embedder: CPython's {@code PyImport_AppendInittab}, which also must come before
     * the runtime starts). A name already taken, or given twice, is refused.
     */
    public static Runtime create(List<ModuleDef> extra) {
        List<ModuleDef> all = new java.util.ArrayList<>(BuiltinModules.all());
        java.util.Set<String> names = new java.util.HashSet<>();
        all.forEach(d -> names.add(d.name()));
        for (ModuleDef d : extra) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("module name '" + d.name() + "' is already taken"
                        + (BuiltinModules.all().stream().anyMatch(b -> b.name().equals(d.name()))
                                ? " by a builtin module" : " by another module given"));
            }
            all.add(d);
        }
        return new Runtime(all);
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

    /**
     * A new interpreter set up as {@code config} says, with the given streams. An isolated one
     * gets its own lock and an allocator it owns and closes; a legacy one runs under the main
     * interpreter's lock (and allocates from its allocator when {@code useMainAllocator}), and
     * is closed before the main one is.
     *
     * @throws IllegalStateException when the config shares with the main interpreter and none
     *     is open, when the runtime is closed, or when the chosen allocator is not available
     */
    public InterpreterState newInterpreter(InterpreterConfig config, List<String> argv, PrintStream out,
            PrintStream err, BufferedReader in) {
        InterpreterState main = null;
        if (config.sharesWithMain()) {
            main = mainInterpreter();
            if (main == null) {
                throw new IllegalStateException("this interpreter config shares the main interpreter's "
                        + (config.useMainAllocator() ? "allocator" : "lock") + ", but no main interpreter is open");
            }
        }
        OwnedAllocator owned = config.useMainAllocator() ? null : OwnedAllocator.open(config);
        Allocator allocator = owned == null ? main.objects().allocator() : owned.allocator();
        InterpreterLock lock = config.lock() == InterpreterConfig.LockMode.SHARED ? main.lock() : new InterpreterLock();
        // Made under the lock it will run under: a shared allocator is only ever used that way.
        boolean shared = config.lock() == InterpreterConfig.LockMode.SHARED;
        if (shared) {
            lock.acquire();
        }
        try {
            InterpreterState interp = register(id -> new InterpreterState(this, id, config, allocator, owned, lock,
                    argv, out, err, in));
            if (main != null) {
                main.addDependent(interp);
            }
            return interp;
        } catch (RuntimeException | Error e) {
            if (owned != null) {
                owned.close(-1);
            }
            throw e;
        } finally {
            if (shared) {
                lock.release();
            }
        }
    }

    /**
     * A new interpreter ({@link InterpreterConfig#defaults()}) over {@code allocator}, which the caller made and closes after
     * the interpreter (the CLI, tests and benchmarks choose theirs this way).
     */
    public InterpreterState newInterpreter(Allocator allocator, List<String> argv, PrintStream out, PrintStream err,
            BufferedReader in) {
        return register(id -> new InterpreterState(this, id, InterpreterConfig.defaults(), allocator, null,
                new InterpreterLock(), argv, out, err, in));
    }

    private InterpreterState register(java.util.function.LongFunction<InterpreterState> make) {
        if (closed) {
            throw new IllegalStateException("the runtime is closed");
        }
        long id = nextId.getAndIncrement();
        InterpreterState interp = make.apply(id);
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

    /**
     * Unmaps the immortal heap. Refused while an interpreter is open: its objects point into
     * that heap, so closing under it would crash the next one that runs.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        List<InterpreterState> open = interpreters().stream().filter(i -> !i.isClosed()).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("cannot close the runtime: " + open.size() + " interpreter"
                    + (open.size() == 1 ? " is" : "s are") + " still open (ids "
                    + open.stream().map(i -> Long.toString(i.id())).collect(java.util.stream.Collectors.joining(", "))
                    + "); close them first");
        }
        closed = true;
        space.close();
    }
}

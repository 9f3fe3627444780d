package dev.isola.interp.runtime;

import dev.isola.interp.modules.ModuleDef;
import dev.isola.memory.Allocator;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.CycleCollector;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One interpreter (CPython's {@code PyInterpreterState}): its objects and allocator, its
 * modules ({@code sys.modules}, builtins, {@code __main__}), the Java side of its code and
 * stream objects, its standard streams and limits, and its thread state.
 *
 * <p>Everything here is touched only by a thread holding the interpreter's {@link #lock()}
 * (threads of other interpreters never take it). A program with one thread never needs to
 * take it: the lock is taken by the thread that starts the first Python thread, as CPython
 * once created its GIL lazily. {@link #close()} releases every object and every byte.
 */
public final class InterpreterState implements AutoCloseable {
    /** CPython's default {@code sys.getrecursionlimit()}. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    private final Runtime runtime;
    private final long id;
    /** How it was made, as {@code Interpreter.whence} says: "runtime init" for the main one. */
    private String whence;
    /** Interpreters this one made through {@code _interpreters}, closed with it if still open. */
    private final java.util.Set<InterpreterState> children = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final InterpreterConfig config;
    /** The allocator this interpreter owns and closes, or null when it uses the main one's. */
    private final OwnedAllocator ownedAllocator;
    /** Debug-hook leaks found by close, or -1 (open, or no hooks). */
    private int leakedBlocks = -1;
    /** Java state of modules defined through the embedding API, by module object. */
    private final java.util.Map<Long, Object> moduleStates = new java.util.HashMap<>();
    /** What embeds this interpreter (the embedding API's handle), or null. */
    private volatile Object embedder;
    /** Threads inside {@link #enter}/{@link #exit}: the interpreter runs while this is above 0. */
    private final java.util.concurrent.atomic.AtomicInteger entered = new java.util.concurrent.atomic.AtomicInteger();
    private final ObjectState objects;
    private final HandleTable handles = new HandleTable();
    private final ThreadState mainThread;
    /** The thread state of the thread holding the lock (the main one until another thread runs). */
    private volatile ThreadState current;
    /** Its own lock, or the main interpreter's ({@link InterpreterConfig.LockMode#SHARED}). */
    private final InterpreterLock lock;
    /** Thread states of threads other than the main one, by Java thread (guarded by itself). */
    private final java.util.Map<Thread, ThreadState> threads = new java.util.HashMap<>();
    private final List<String> argv;
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    /** {@code sys.modules}, the {@code builtins} module and its dict, {@code sys}. */
    private long modules;
    private long builtins;
    private long builtinsDict;
    private long sys;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    private boolean closed;
    /**
     * Set when {@link #close} begins: from then on a thread other than the closing one that gets
     * the lock back (a daemon thread) stops there, as CPython's daemon threads do at
     * finalization, instead of running alongside the teardown.
     */
    private volatile boolean finalizing;
    private boolean gcEnabled = true;
    /**
     * The eval breaker (CPython's {@code eval_breaker}): bits set from any thread, read by every
     * check point with one volatile load, handled out of line when any is set.
     */
    private volatile int breaker;
    private static final int BREAK_INTERRUPT = 1;
    private static final int BREAK_PENDING = 2;
    /** Calls other threads asked this interpreter to make ({@link #addPendingCall}). */
    private final java.util.concurrent.ConcurrentLinkedQueue<java.util.function.Consumer<InterpreterState>> pendingCalls =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Map<Long, Long> descriptors = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> sourceCache = new java.util.HashMap<>();
    /** Modules whose code is running for an import (CPython's {@code __spec__._initializing}). */
    private final java.util.Set<Long> initializing = new java.util.HashSet<>();
    /**
     * The current directory of this interpreter ({@code os.getcwd()}), absolute: the JVM cannot
     * change its own, so every relative path the interpreter opens resolves against this one.
     */
    private java.nio.file.Path workingDirectory =
            java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath();

    InterpreterState(Runtime runtime, long id, InterpreterConfig config, Allocator allocator, OwnedAllocator owned,
            InterpreterLock lock, List<String> argv, PrintStream out, PrintStream err, BufferedReader in) {
        this.runtime = runtime;
        this.id = id;
        this.whence = null;
        this.config = config;
        this.ownedAllocator = owned;
        this.lock = lock;
        this.objects = new ObjectState(runtime.space(), allocator);
        this.objects.attachHost(this);
        this.objects.setZeroArgSuper(s -> dev.isola.interp.eval.Frames.superArgs(this));
        this.objects.setUnraisable((s, e, where) -> dev.isola.interp.eval.Tracebacks.writeUnraisable(this, e, where));
        this.objects.setCurrentGlobals(s -> dev.isola.interp.eval.Frames.currentGlobals(this));
        this.objects.setFunctionCaller((s, fn, a, start, n) -> dev.isola.interp.eval.Frames.callFunction(this, fn, a, start, n));
        this.mainThread = new ThreadState(this, Thread.currentThread());
        this.current = mainThread;
        this.argv = List.copyOf(argv);
        this.out = out;
        this.err = err;
        this.in = in;
        modules = DictType.newDict(objects);
        builtins = createModule(runtime.moduleIndex("builtins"));
        builtinsDict = Memory.getLong(builtins + CodeLayouts.MODULE_DICT_OFFSET);
        sys = createModule(runtime.moduleIndex("sys"));
    }

    /** The interpreter an object state belongs to. */
    public static InterpreterState of(ObjectState s) {
        return (InterpreterState) s.host();
    }

    public Runtime runtime() {
        return runtime;
    }

    public ObjectState objects() {
        return objects;
    }

    public HandleTable handles() {
        return handles;
    }

    /** The interpreter's id: 0 for the main one. */
    public long id() {
        return id;
    }

    /** CPython's {@code Interpreter.whence}: how the interpreter was made. */
    public String whence() {
        if (whence != null) {
            return whence;
        }
        return runtime.mainInterpreter() == this ? "runtime init" : "C-API";
    }

    /** True when no other interpreter made this one (the main one, or one an embedder made). */
    public boolean isRoot() {
        return whence == null;
    }

    /**
     * Marks this interpreter as made by {@code parent} through the interpreters module: it is
     * closed when the parent closes.
     */
    public void adoptedBy(InterpreterState parent, String whence) {
        this.whence = whence;
        parent.children.add(this);
    }

    /** Makes {@code dependent}, which uses this interpreter's lock or allocator, close before this one does. */
    void addDependent(InterpreterState dependent) {
        children.add(dependent);
    }

    /** The configuration the interpreter was made with. */
    public InterpreterConfig config() {
        return config;
    }

    /** True for the runtime's main interpreter (exempt from module checks, as CPython's is). */
    public boolean isMain() {
        return runtime.mainInterpreter() == this;
    }

    /**
     * True while some thread runs code in the interpreter: one holds its own lock, or (with a
     * shared lock) one has entered it.
     */
    public boolean isRunning() {
        return entered.get() > 0 || (config.lock() == InterpreterConfig.LockMode.OWN && lock.isLocked());
    }

    /** After close: blocks the debug hooks found still allocated (0 when every byte came back); -1 otherwise. */
    public int leakedBlocks() {
        return leakedBlocks;
    }

    /** The allocator's use limit in bytes (0: none), with bytes in use now: {@code [limit, used]}. */
    public long[] memoryLimitUse() {
        return ownedAllocator == null ? new long[] {0, 0} : ownedAllocator.limitUse();
    }

    /** Attaches the embedding API's handle for this interpreter. */
    public void setEmbedder(Object embedder) {
        this.embedder = embedder;
    }

    public Object embedder() {
        return embedder;
    }

    /** The Java state of the module object {@code module} (embedding-API modules), or null. */
    public Object moduleState(long module) {
        return moduleStates.get(module);
    }

    public void setModuleState(long module, Object state) {
        moduleStates.put(module, state);
    }

    /** The thread state of the running thread (the one holding the lock). */
    public ThreadState thread() {
        return current;
    }

    /** The thread state of the thread that made the interpreter. */
    public ThreadState mainThread() {
        return mainThread;
    }

    /** The interpreter's lock. */
    public InterpreterLock lock() {
        return lock;
    }

    /**
     * Takes the interpreter's lock for the calling Java thread (reentrant) and makes its thread
     * state current, creating one for a thread new to the interpreter. The embedding API's
     * boundary; pair with {@link #exit}.
     */
    public ThreadState enter() {
        lock.acquire();
        entered.incrementAndGet();
        ThreadState ts = stateOf(Thread.currentThread(), true);
        current = ts;
        return ts;
    }

    /** Gives up one hold of the lock taken by {@link #enter} (nothing, after {@link #close}). */
    public void exit() {
        if (!lock.isHeldByCurrentThread()) {
            return;
        }
        entered.decrementAndGet();
        lock.release();
        Thread t = Thread.currentThread();
        if (!lock.isHeldByCurrentThread() && t != mainThread.owner()) {
            // A thread that only called in (the embedding API, another interpreter) leaves no state.
            synchronized (threads) {
                ThreadState ts = threads.get(t);
                if (ts != null && !ts.pythonThread && ts.depth == 0) {
                    threads.remove(t);
                }
            }
        }
    }

    /**
     * Makes sure the calling thread, which is running Python code, holds the lock: before it
     * starts a second thread. In a program that never started one, nobody held it yet.
     */
    public void holdLock() {
        if (!lock.isHeldByCurrentThread()) {
            enter();
        }
    }

    /** The thread state of {@code t}: the main one, a registered one, or (if asked) a new one. */
    private ThreadState stateOf(Thread t, boolean create) {
        if (t == mainThread.owner()) {
            return mainThread;
        }
        synchronized (threads) {
            ThreadState ts = threads.get(t);
            if (ts == null && create) {
                ts = new ThreadState(this, t);
                threads.put(t, ts);
            }
            return ts;
        }
    }

    /**
     * Runs {@code body} on a new platform thread attached to this interpreter (a Python thread:
     * {@code _thread.start_new_thread}). The caller must hold the lock; the new thread waits for
     * it. The Java thread is a daemon: Python's non-daemon threads are joined by
     * {@code threading}'s shutdown, as in CPython. Returns the new thread's ident.
     */
    public long startThread(String name, java.util.function.Consumer<ThreadState> body) {
        Thread t = Thread.ofPlatform().name(name).daemon(true).stackSize(16L << 20).unstarted(() -> {
            lock.acquire();
            if (closed || finalizing) { // the interpreter is closing: this thread never runs
                lock.release();
                return;
            }
            ThreadState ts = stateOf(Thread.currentThread(), true);
            ts.pythonThread = true;
            current = ts;
            entered.incrementAndGet();
            try {
                body.accept(ts);
            } finally {
                entered.decrementAndGet();
                synchronized (threads) {
                    threads.remove(Thread.currentThread());
                }
                lock.release();
            }
        });
        t.start();
        return t.threadId();
    }

    /** Python threads attached to this interpreter besides the main one. */
    public int threadCount() {
        synchronized (threads) {
            return threads.size();
        }
    }

    /**
     * Runs a blocking operation ({@code time.sleep}, waiting for a lock or a thread) with the
     * interpreter's lock released, so other threads of the interpreter run meanwhile; takes it
     * back afterwards. Without a lock held (a single-threaded program) it just runs {@code op}.
     * The operation must not touch the interpreter's objects.
     */
    public <T> T blocking(java.util.function.Supplier<T> op) {
        if (!lock.isHeldByCurrentThread()) {
            return op.get();
        }
        ThreadState ts = current;
        int holds = lock.releaseAll();
        try {
            return op.get();
        } finally {
            lock.reacquire(holds);
            current = ts;
            if ((closed || finalizing) && ts.pythonThread) {
                parkForever();
            }
        }
    }

    /**
     * What a thread of a closed interpreter does when it gets the lock back: nothing, ever
     * (CPython hangs daemon threads at finalization the same way). Unwinding would run finally
     * blocks over freed memory.
     */
    private void parkForever() {
        lock.releaseAll();
        while (true) {
            java.util.concurrent.locks.LockSupport.park(this);
        }
    }

    public List<String> argv() {
        return argv;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public BufferedReader in() {
        return in;
    }

    /** {@code sys.modules} (borrowed). */
    public long modules() {
        return modules;
    }

    public long builtins() {
        return builtins;
    }

    /** The builtins module's dict (borrowed). */
    public long builtinsDict() {
        return builtinsDict;
    }

    public long sys() {
        return sys;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    /**
     * Makes the module {@code index} of the runtime's table, registers it in {@code sys.modules}
     * and returns it (borrowed: {@code sys.modules} holds it).
     */
    public long createModule(int index) {
        ModuleDef def = runtime.module(index);
        if (!def.multiInterp().allows(this)) {
            // CPython's _PyImport_CheckSubinterpIncompatibleExtensionAllowed.
            throw dev.isola.interp.eval.Imports.importError(objects,
                    "module " + def.name() + " does not support loading in subinterpreters", def.name());
        }
        long name = StrType.fromJava(objects, def.name());
        long dict = DictType.newDict(objects);
        long module = objects.allocGcObject(objects.space().type(BuiltinType.MODULE), CodeLayouts.MODULE_SIZE);
        Memory.putLong(module + CodeLayouts.MODULE_DICT_OFFSET, dict);
        Memory.putLong(module + CodeLayouts.MODULE_NAME_OFFSET, name);
        Memory.putLong(module + CodeLayouts.MODULE_STATE_OFFSET, 0);
        try {
            DictType.setItemString(objects, dict, "__name__", name);
            DictType.setItemString(objects, dict, "__doc__", objects.space().none());
            int table = Runtime.functionTable(index);
            for (int i = 0; i < def.functions().size(); i++) {
                long f = CodeLayouts.newBuiltinFunction(objects, module, table, i);
                try {
                    DictType.setItemString(objects, dict, def.functions().get(i).name(), f);
                } finally {
                    Objects.decref(objects, f);
                }
            }
            def.init().init(this, module, dict);
            DictType.setItem(objects, modules, name, module);
        } finally {
            Objects.decref(objects, module);
        }
        return module;
    }

    /** A module of {@code sys.modules} by name, borrowed, or 0. */
    public long findModule(String name) {
        return DictType.getItemString(objects, modules, name);
    }

    /** Makes a fresh {@code __main__}-style module with {@code __builtins__}; a new reference. */
    public long newModule(String name) {
        return newModule(name, true);
    }

    /**
     * Makes a fresh module with {@code __name__}, {@code __doc__}, and {@code __package__},
     * {@code __loader__}, {@code __spec__} None (CPython's {@code module_init_dict}), and {@code __builtins__}
     * if asked (an importer adds it after the import attributes, in CPython's order); a new
     * reference.
     */
    public long newModule(String name, boolean withBuiltins) {
        long nameObj = StrType.fromJava(objects, name);
        long dict = DictType.newDict(objects);
        long module = objects.allocGcObject(objects.space().type(BuiltinType.MODULE), CodeLayouts.MODULE_SIZE);
        Memory.putLong(module + CodeLayouts.MODULE_DICT_OFFSET, dict);
        Memory.putLong(module + CodeLayouts.MODULE_NAME_OFFSET, nameObj);
        Memory.putLong(module + CodeLayouts.MODULE_STATE_OFFSET, 0);
        DictType.setItemString(objects, dict, "__name__", nameObj);
        DictType.setItemString(objects, dict, "__doc__", objects.space().none());
        DictType.setItemString(objects, dict, "__package__", objects.space().none());
        DictType.setItemString(objects, dict, "__loader__", objects.space().none());
        DictType.setItemString(objects, dict, "__spec__", objects.space().none());
        if (withBuiltins) {
            DictType.setItemString(objects, dict, "__builtins__", builtins);
        }
        return module;
    }

    /**
     * A check point of the eval loop (backward jumps, frame entry): the cycle collector runs here
     * when enough containers were made since the last collection (and {@code gc} is enabled), and
     * a pending interrupt is raised here as {@code KeyboardInterrupt} (in the main thread), and
     * the lock is handed to a thread that asked for it (see {@link InterpreterLock}).
     */
    public void checkPoint() {
        ThreadState ts = current;
        if (lock.yieldIfRequested()) {
            current = ts;
            if ((closed || finalizing) && ts.pythonThread) {
                parkForever();
            }
        }
        if (objects.gcDue() && gcEnabled) {
            dev.isola.objects.CycleCollector.collect(objects);
        }
        if (breaker != 0) {
            handleBreaker(ts);
        }
    }

    private void handleBreaker(ThreadState ts) {
        if ((breaker & BREAK_PENDING) != 0) {
            clearBreaker(BREAK_PENDING);
            java.util.function.Consumer<InterpreterState> call;
            while ((call = pendingCalls.poll()) != null) {
                call.accept(this); // a PyException it throws is raised here, in the running code
            }
        }
        if ((breaker & BREAK_INTERRUPT) != 0 && ts == mainThread) { // signals go to the main thread
            clearBreaker(BREAK_INTERRUPT);
            throw Errors.raiseWithArgs(objects, objects.space().type(BuiltinType.KEYBOARD_INTERRUPT),
                    objects.space().emptyTuple());
        }
    }

    private synchronized void setBreaker(int bit) {
        breaker |= bit;
    }

    private synchronized void clearBreaker(int bit) {
        breaker &= ~bit;
    }

    /**
     * Asks the interpreter to run {@code call} (CPython's {@code Py_AddPendingCall}): any thread
     * may call this; the call runs at the next check point of code running in the interpreter, on
     * the thread running it, holding the lock. A {@code PyException} it throws is raised in that
     * code. An interpreter that runs no code runs it when it next does; a closed one never.
     */
    public void addPendingCall(java.util.function.Consumer<InterpreterState> call) {
        pendingCalls.add(java.util.Objects.requireNonNull(call));
        setBreaker(BREAK_PENDING);
    }

    /**
     * Asks the running Python code to stop: it raises {@code KeyboardInterrupt} at its next
     * check point (CPython's SIGINT handling). Safe to call from any thread, e.g. a signal
     * handler or an embedder's watchdog.
     */
    public void interrupt() {
        setBreaker(BREAK_INTERRUPT);
    }

    /** Marks {@code module} as running its code for an import ({@code initializing}) or done. */
    public void setInitializing(long module, boolean initializing) {
        if (initializing) {
            this.initializing.add(module);
        } else {
            this.initializing.remove(module);
        }
    }

    /**
     * Whether {@code module}'s code is still running for its import: a circular import sees it
     * partially initialised, and the errors say so.
     */
    public boolean isInitializing(long module) {
        return initializing.contains(module);
    }

    /**
     * {@code name} as a path of this interpreter: relative names resolve against its current
     * directory ({@code os.chdir} moves it; the one place every file-using module asks).
     */
    public java.nio.file.Path resolvePath(String name) {
        return workingDirectory.resolve(name).toAbsolutePath();
    }

    /** The interpreter's current directory ({@code os.getcwd()}), absolute. */
    public java.nio.file.Path workingDirectory() {
        return workingDirectory;
    }

    /** {@code os.chdir}: {@code dir} must be an absolute path of an existing directory. */
    public void setWorkingDirectory(java.nio.file.Path dir) {
        workingDirectory = dir;
    }

    /** Makes {@code source} the text of {@code filename} for tracebacks (linecache's lazy cache). */
    public void registerSource(String filename, String source) {
        sourceCache.put(filename, source.lines().toList());
    }

    /** Line {@code lineno} (1-based) of {@code filename}, as CPython's linecache reads it; null if unknown. */
    public String sourceLine(String filename, int lineno) {
        if (lineno < 1 || filename.startsWith("<")) {
            return null;
        }
        List<String> lines = sourceCache.computeIfAbsent(filename, f -> {
            try {
                return java.nio.file.Files.readAllLines(java.nio.file.Path.of(f), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | RuntimeException e) {
                return List.of();
            }
        });
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /**
     * The method descriptor for method {@code method} of static type slot table
     * {@code slotsIndex} (borrowed: made once, held until close). {@code LOAD_METHOD} uses it to
     * call builtin methods without making bound methods.
     */
    public long methodDescriptor(int slotsIndex, int method) {
        long key = (long) slotsIndex << 32 | method;
        Long d = descriptors.get(key);
        if (d == null) {
            d = CodeLayouts.newMethodDescriptor(objects, slotsIndex, method);
            descriptors.put(key, d);
        }
        return d;
    }

    /** {@code gc.isenabled()}: recorded for CPython compatibility; collection is not automatic yet. */
    public boolean gcEnabled() {
        return gcEnabled;
    }

    public void setGcEnabled(boolean enabled) {
        gcEnabled = enabled;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the interpreter's objects: clears module dicts first (CPython's finalization
     * order, which breaks the module ↔ function cycles), then {@code sys.modules}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        waitForThreads();
        finalizing = true;
        for (InterpreterState child : children) {
            if (!child.isClosed() && !child.isRunning()) {
                child.enter();
                try {
                    child.close();
                } finally {
                    child.exit();
                }
            }
        }
        children.clear();
        // __main__'s globals go first, while everything still works: finalizers they trigger
        // (a suspended generator's finally blocks) run as CPython's finalize_modules runs them.
        long main = modules == 0 ? 0 : DictType.getItemString(objects, modules, "__main__");
        if (main != 0 && Objects.type(main) == objects.space().type(BuiltinType.MODULE)) {
            DictType.clear(objects, Memory.getLong(main + CodeLayouts.MODULE_DICT_OFFSET));
            out().flush();
            err().flush();
        }
        closed = true;
        for (int h = 0; h < handles.capacity(); h++) {
            if (handles.get(h) instanceof dev.isola.interp.eval.LoadedCode lc) {
                lc.clearCaches(objects);
            }
        }
        for (long d : descriptors.values()) {
            Objects.decref(objects, d);
        }
        descriptors.clear();
        List<Long> dicts = new ArrayList<>();
        long[] cursor = new long[3];
        while (DictType.next(modules, cursor)) {
            long m = cursor[2];
            if (Objects.type(m) == objects.space().type(BuiltinType.MODULE)) {
                dicts.add(Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET));
            }
        }
        for (long d : dicts) {
            DictType.clear(objects, d);
        }
        Objects.decref(objects, modules);
        modules = 0;
        // What is left is held only by cycles (CPython's finalization collects too).
        for (int round = 0; round < 8 && CycleCollector.collect(objects) > 0; round++) {
            // each round may free objects that held the next round's cycles
        }
        objects.close();
        runtime.forget(this);
        for (Object state : moduleStates.values()) {
            if (state instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    err().println("Exception ignored while finalizing the state of a module of interpreter " + id + ": " + e);
                }
            }
        }
        moduleStates.clear();
        if (ownedAllocator != null) {
            leakedBlocks = ownedAllocator.close(id);
        }
        if (config.lock() == InterpreterConfig.LockMode.OWN) {
            // Daemon threads still waiting for the lock find the interpreter closed and stop.
            // (A shared lock stays with its other interpreters: the closing thread's exit gives it back.)
            lock.releaseAll();
        }
    }

    /**
     * CPython's {@code wait_for_thread_shutdown}: when {@code threading} was imported, its
     * {@code _shutdown()} joins the non-daemon threads before anything is torn down.
     */
    private void waitForThreads() {
        if (modules == 0) {
            return;
        }
        long threading = DictType.getItemString(objects, modules, "threading");
        if (threading == 0 || Objects.type(threading) != objects.space().type(BuiltinType.MODULE)) {
            return;
        }
        Objects.incref(threading);
        try {
            Objects.decref(objects, dev.isola.objects.Abstract.callMethod(objects, threading, "_shutdown"));
        } catch (dev.isola.objects.PyException e) {
            dev.isola.interp.eval.Tracebacks.writeUnraisable(this, e, threading);
        } finally {
            Objects.decref(objects, threading);
        }
    }
}

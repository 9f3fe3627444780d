package dev.isola.interp.runtime;

import java.util.Objects;

/**
 * How a new interpreter is set up: CPython's {@code PyInterpreterConfig} (PEP 684) with its
 * rules, plus Isola's own choice of allocator and a memory limit.
 *
 * <table>
 *   <caption>The presets (CPython's {@code _interpreters.new_config} names)</caption>
 *   <tr><th>field</th><th>{@link #isolated()}</th><th>{@link #legacy()}</th><th>CPython field</th></tr>
 *   <tr><td>useMainAllocator</td><td>false</td><td>true</td><td>use_main_obmalloc</td></tr>
 *   <tr><td>allowFork</td><td>false</td><td>true</td><td>allow_fork</td></tr>
 *   <tr><td>allowExec</td><td>false</td><td>true</td><td>allow_exec</td></tr>
 *   <tr><td>allowThreads</td><td>true</td><td>true</td><td>allow_threads</td></tr>
 *   <tr><td>allowDaemonThreads</td><td>false</td><td>true</td><td>allow_daemon_threads</td></tr>
 *   <tr><td>checkMultiInterpModules</td><td>true</td><td>false</td><td>check_multi_interp_extensions</td></tr>
 *   <tr><td>lock</td><td>OWN</td><td>SHARED</td><td>gil</td></tr>
 * </table>
 *
 * <p>The rules, checked when a config is made, so an invalid one never exists:
 * <ul>
 *   <li>An interpreter with its own lock has its own allocator ({@code lock == OWN} ⇒
 *       {@code !useMainAllocator}): two locks over one allocator whose domains have no lock
 *       inside would corrupt it. CPython states the same rule for an own GIL.
 *   <li>An interpreter with its own allocator checks its modules ({@code !useMainAllocator} ⇒
 *       {@code checkMultiInterpModules}), as CPython's {@code init_interp_settings} requires.
 *   <li>{@code allocator}, {@code debugHooks} and {@code memoryLimit} describe the interpreter's
 *       own allocator, so they keep their defaults when it uses the main one's.
 *   <li>{@code memoryLimit} is 0 (none) or positive: the bytes the interpreter may hold
 *       allocated at once. Past it, allocations fail and the interpreter raises
 *       {@code MemoryError}; no other interpreter is affected.
 * </ul>
 *
 * <p>{@code allowFork} and {@code allowExec} are kept for CPython's sake: a JVM can neither
 * fork nor exec itself, so Isola's {@code os} offers neither in any interpreter.
 */
public record InterpreterConfig(boolean useMainAllocator, boolean allowFork, boolean allowExec, boolean allowThreads,
        boolean allowDaemonThreads, boolean checkMultiInterpModules, LockMode lock, AllocatorKind allocator,
        boolean debugHooks, long memoryLimit) {

    /** CPython's {@code gil} field: the interpreter's own lock, or the main interpreter's. */
    public enum LockMode {
        /** Its own lock: runs in parallel with every other interpreter (PEP 684). */
        OWN,
        /** The main interpreter's lock, shared with it and every other legacy interpreter. */
        SHARED
    }

    /** The allocators an interpreter can own, as {@code PYTHONMALLOC} names them. */
    public enum AllocatorKind {
        /** Isola's arena allocator (CPython's pymalloc; the default). */
        ARENA,
        /** mimalloc, through the native library (when it is installed). */
        MIMALLOC,
        /** The C library's malloc. */
        LIBC
    }

    public InterpreterConfig {
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(allocator, "allocator");
        if (lock == LockMode.OWN && useMainAllocator) {
            throw new IllegalArgumentException("invalid interpreter config: an interpreter with its own lock needs its "
                    + "own allocator (lock=OWN requires useMainAllocator=false, as CPython's own GIL does)");
        }
        if (!useMainAllocator && !checkMultiInterpModules) {
            throw new IllegalArgumentException("invalid interpreter config: an interpreter with its own allocator must "
                    + "check its modules (useMainAllocator=false requires checkMultiInterpModules=true; CPython: "
                    + "per-interpreter obmalloc does not support single-phase init extension modules)");
        }
        if (memoryLimit < 0) {
            throw new IllegalArgumentException("invalid interpreter config: memoryLimit=" + memoryLimit
                    + " (0 for none, or a positive number of bytes)");
        }
        if (useMainAllocator && (allocator != AllocatorKind.ARENA || debugHooks || memoryLimit != 0)) {
            throw new IllegalArgumentException("invalid interpreter config: allocator, debugHooks and memoryLimit "
                    + "apply to an interpreter's own allocator, but useMainAllocator=true shares the main one's");
        }
    }

    /**
     * What a standalone interpreter gets (the CLI's, and the embedding API's default): its own
     * lock and allocator, with threads and daemon threads allowed as in CPython's main
     * interpreter. Modules are checked, but a main interpreter is exempt from the check.
     */
    public static InterpreterConfig defaults() {
        return new InterpreterConfig(false, true, true, true, true, true, LockMode.OWN, AllocatorKind.ARENA, false, 0);
    }

    /** CPython's {@code isolated} (and {@code default}): own lock, own allocator, modules checked. */
    public static InterpreterConfig isolated() {
        return new InterpreterConfig(false, false, false, true, false, true, LockMode.OWN, AllocatorKind.ARENA, false, 0);
    }

    /** CPython's {@code legacy}: the main interpreter's lock and allocator, everything allowed. */
    public static InterpreterConfig legacy() {
        return new InterpreterConfig(true, true, true, true, true, false, LockMode.SHARED, AllocatorKind.ARENA, false, 0);
    }

    /** True when the interpreter runs under the main interpreter's lock or allocates from its allocator. */
    public boolean sharesWithMain() {
        return lock == LockMode.SHARED || useMainAllocator;
    }

    /** A builder starting from this config; its {@link Builder#build()} checks the rules. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes fields one at a time; the rules are checked only by {@link #build()}. */
    public static final class Builder {
        private boolean useMainAllocator;
        private boolean allowFork;
        private boolean allowExec;
        private boolean allowThreads;
        private boolean allowDaemonThreads;
        private boolean checkMultiInterpModules;
        private LockMode lock;
        private AllocatorKind allocator;
        private boolean debugHooks;
        private long memoryLimit;

        private Builder(InterpreterConfig c) {
            useMainAllocator = c.useMainAllocator;
            allowFork = c.allowFork;
            allowExec = c.allowExec;
            allowThreads = c.allowThreads;
            allowDaemonThreads = c.allowDaemonThreads;
            checkMultiInterpModules = c.checkMultiInterpModules;
            lock = c.lock;
            allocator = c.allocator;
            debugHooks = c.debugHooks;
            memoryLimit = c.memoryLimit;
        }

        public Builder useMainAllocator(boolean v) {
            useMainAllocator = v;
            return this;
        }

        public Builder allowFork(boolean v) {
            allowFork = v;
            return this;
        }

        public Builder allowExec(boolean v) {
            allowExec = v;
            return this;
        }

        public Builder allowThreads(boolean v) {
            allowThreads = v;
            return this;
        }

        public Builder allowDaemonThreads(boolean v) {
            allowDaemonThreads = v;
            return this;
        }

        public Builder checkMultiInterpModules(boolean v) {
            checkMultiInterpModules = v;
            return this;
        }

        public Builder lock(LockMode v) {
            lock = v;
            return this;
        }

        public Builder allocator(AllocatorKind v) {
            allocator = v;
            return this;
        }

        /** CPython's debug hooks around the allocator ({@code PYTHONMALLOC=debug}). */
        public Builder debugHooks(boolean v) {
            debugHooks = v;
            return this;
        }

        /** Bytes the interpreter may hold allocated at once; 0 for no limit. */
        public Builder memoryLimit(long bytes) {
            memoryLimit = bytes;
            return this;
        }

        /** The config; {@link IllegalArgumentException} naming the rule when the fields break one. */
        public InterpreterConfig build() {
            return new InterpreterConfig(useMainAllocator, allowFork, allowExec, allowThreads, allowDaemonThreads,
                    checkMultiInterpModules, lock, allocator, debugHooks, memoryLimit);
        }
    }
}

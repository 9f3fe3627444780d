package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread.lock} and {@code _thread.RLock}: the locks {@code threading} builds on. The
 * object is in the interpreter's memory; the waiting happens on a Java {@link Semaphore} with one
 * permit (a Python lock may be released by a thread other than its holder), found through the
 * interpreter's handle table. A blocking acquire releases the interpreter's lock while it waits.
 *
 * <pre>
 *   type            long 0                  long 1                long 2
 *   _thread.lock    handle + 1 (Semaphore)  -                     -
 *   _thread.RLock   handle + 1 (Semaphore)  owner's ident or 0    recursion count
 * </pre>
 */
final class ThreadLocks {
    /** CPython's {@code _thread.TIMEOUT_MAX} on Linux: PY_TIMEOUT_MAX in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    private ThreadLocks() {}

    /** A new unlocked {@code lock} or {@code RLock}. */
    static long create(ObjectState s, BuiltinType type) {
        long o = ModuleObjectLayout.create(s, type);
        putLong(o, 0, InterpreterState.of(s).handles().add(new Semaphore(1)) + 1L);
        return o;
    }

    private static Semaphore semaphore(ObjectState s, long o) {
        return (Semaphore) InterpreterState.of(s).handles().get((int) getLong(o, 0) - 1);
    }

    private static TypeSlots.Builder common() {
        return ModuleObjectLayout.builder()
                .dealloc((s, o) -> {
                    if (getLong(o, 0) != 0) {
                        InterpreterState.of(s).handles().remove((int) getLong(o, 0) - 1);
                    }
                    ModuleObjectLayout.dealloc(s, o);
                });
    }

    static TypeSlots lockSlots() {
        return common()
                .newInstance((s, type, args, kwargs) -> {
                    Args.positional(s, "lock", args, kwargs, 0, 0);
                    return create(s, BuiltinType.THREAD_LOCK);
                })
                .repr((s, o) -> StrType.fromJava(s, "<" + (semaphore(s, o).availablePermits() == 0 ? "locked" : "unlocked")
                        + " _thread.lock object at 0x" + Long.toHexString(o) + ">"))
                .method("acquire", ThreadLocks::lockAcquire)
                .method("acquire_lock", ThreadLocks::lockAcquire)
                .method("__enter__", ThreadLocks::lockAcquire)
                .method("release", (s, o, a, k) -> lockRelease(s, o, "release", a, k))
                .method("release_lock", (s, o, a, k) -> lockRelease(s, o, "release_lock", a, k))
                .method("__exit__", (s, o, a, k) -> lockRelease(s, o, null, a, k))
                .method("locked", (s, o, a, k) -> locked(s, o, "locked", a, k))
                .method("locked_lock", (s, o, a, k) -> locked(s, o, "locked_lock", a, k))
                .build();
    }

    static TypeSlots rlockSlots() {
        return common()
                .newInstance((s, type, args, kwargs) -> create(s, BuiltinType.THREAD_RLOCK))
                .repr((s, o) -> StrType.fromJava(s, "<" + (getLong(o, 1) != 0 ? "locked" : "unlocked")
                        + " _thread.RLock object owner=" + getLong(o, 1) + " count=" + getLong(o, 2)
                        + " at 0x" + Long.toHexString(o) + ">"))
                .method("acquire", ThreadLocks::rlockAcquire)
                .method("__enter__", ThreadLocks::rlockAcquire)
                .method("release", (s, o, a, k) -> rlockRelease(s, o, "release", a, k))
                .method("__exit__", (s, o, a, k) -> rlockRelease(s, o, null, a, k))
                .method("_is_owned", (s, o, a, k) -> Objects.newRef(s.space().bool(
                        getLong(o, 2) > 0 && getLong(o, 1) == ident(s))))
                .method("_release_save", (s, o, a, k) -> {
                    if (getLong(o, 2) == 0) {
                        throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "cannot release un-acquired lock");
                    }
                    long state = TupleType.allocate(s, 2);
                    TupleType.initItem(s, state, 0, IntType.fromLong(s, getLong(o, 2)));
                    TupleType.initItem(s, state, 1, IntType.fromLong(s, getLong(o, 1)));
                    putLong(o, 1, 0);
                    putLong(o, 2, 0);
                    semaphore(s, o).release();
                    return state;
                })
                .method("_acquire_restore", (s, o, a, k) -> {
                    long state = Args.one(s, "_acquire_restore", a, k);
                    long count = Args.ssize(s, TupleType.getItem(state, 0));
                    long owner = Args.ssize(s, TupleType.getItem(state, 1));
                    acquireBlocking(s, semaphore(s, o), -1);
                    putLong(o, 1, owner);
                    putLong(o, 2, count);
                    return Objects.newRef(s.space().none());
                })
                .build();
    }

    private static long ident(ObjectState s) {
        return InterpreterState.of(s).thread().ident();
    }

    /** The {@code (blocking=True, timeout=-1)} arguments as a timeout in nanoseconds: -1 forever, 0 not at all. */
    private static long timeoutNanos(ObjectState s, long args, long kwargs) {
        long[] a = Args.parse(s, "acquire", args, kwargs, 0, 0, "blocking", "timeout");
        boolean blocking = a[0] == 0 || Abstract.isTrue(s, a[0]);
        double timeout = a[1] == 0 ? -1 : Abstract.asDouble(s, a[1]);
        if (!blocking && timeout != -1) {
            throw Errors.valueError(s, "can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError(s, "timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (timeout == -1) {
            return -1;
        }
        if (timeout > TIMEOUT_MAX) {
            throw Errors.overflowError(s, "timeout value is too large");
        }
        return (long) Math.ceil(timeout * 1e9);
    }

    /** Takes a permit, releasing the interpreter's lock while waiting; false when the time ran out. */
    private static boolean acquireBlocking(ObjectState s, Semaphore sem, long nanos) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        InterpreterState interp = InterpreterState.of(s);
        long deadline = nanos < 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
        while (true) {
            long left = nanos < 0 ? 50_000_000L : Math.min(50_000_000L, deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            boolean got = interp.blocking(() -> {
                try {
                    return sem.tryAcquire(left, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            if (got) {
                return true;
            }
            // Wake up now and then, as CPython does for signals: a pending KeyboardInterrupt
            // (main thread) is raised here.
            interp.checkPoint();
        }
    }

    private static long lockAcquire(ObjectState s, long o, long args, long kwargs) {
        long nanos = timeoutNanos(s, args, kwargs);
        return Objects.newRef(s.space().bool(acquireBlocking(s, semaphore(s, o), nanos)));
    }

    private static long lockRelease(ObjectState s, long o, String name, long args, long kwargs) {
        if (name != null) {
            Args.positional(s, name, args, kwargs, 0, 0);
        }
        Semaphore sem = semaphore(s, o);
        if (sem.availablePermits() > 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "release unlocked lock");
        }
        sem.release();
        return Objects.newRef(s.space().none());
    }

    private static long locked(ObjectState s, long o, String name, long args, long kwargs) {
        Args.positional(s, name, args, kwargs, 0, 0);
        return Objects.newRef(s.space().bool(semaphore(s, o).availablePermits() == 0));
    }

    private static long rlockAcquire(ObjectState s, long o, long args, long kwargs) {
        long nanos = timeoutNanos(s, args, kwargs);
        long me = ident(s);
        if (getLong(o, 2) > 0 && getLong(o, 1) == me) {
            putLong(o, 2, getLong(o, 2) + 1);
            return Objects.newRef(s.space().bool(true));
        }
        if (!acquireBlocking(s, semaphore(s, o), nanos)) {
            return Objects.newRef(s.space().bool(false));
        }
        putLong(o, 1, me);
        putLong(o, 2, 1);
        return Objects.newRef(s.space().bool(true));
    }

    private static long rlockRelease(ObjectState s, long o, String name, long args, long kwargs) {
        if (name != null) {
            Args.positional(s, name, args, kwargs, 0, 0);
        }
        if (getLong(o, 2) == 0 || getLong(o, 1) != ident(s)) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        long count = getLong(o, 2) - 1;
        putLong(o, 2, count);
        if (count == 0) {
            putLong(o, 1, 0);
            semaphore(s, o).release();
        }
        return Objects.newRef(s.space().none());
    }

    static double timeoutMax() {
        return TIMEOUT_MAX;
    }

    static long timeoutMaxObject(ObjectState s) {
        return FloatType.fromDouble(s, TIMEOUT_MAX);
    }
}

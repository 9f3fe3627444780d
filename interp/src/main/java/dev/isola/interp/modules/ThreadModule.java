package dev.isola.interp.modules;

import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * {@code _thread}: Python threads as Java platform threads attached to the interpreter
 * ({@link InterpreterState#startThread}), which take turns on the interpreter's lock; and the
 * lock types ({@link ThreadLocks}). {@code threading} (Python source) is built on this, as in
 * CPython.
 */
public final class ThreadModule {
    private ThreadModule() {}

    static ModuleDef def() {
        return new ModuleDef("_thread", List.of(
                new MethodDef("start_new_thread", ThreadModule::startNewThread),
                new MethodDef("start_new", ThreadModule::startNewThread),
                new MethodDef("allocate_lock", (s, m, a, k) -> {
                    Args.positional(s, "allocate_lock", a, k, 0, 0);
                    return ThreadLocks.create(s, BuiltinType.THREAD_LOCK);
                }),
                new MethodDef("allocate", (s, m, a, k) -> ThreadLocks.create(s, BuiltinType.THREAD_LOCK)),
                new MethodDef("get_ident", (s, m, a, k) -> {
                    Args.positional(s, "get_ident", a, k, 0, 0);
                    return IntType.fromLong(s, InterpreterState.of(s).thread().ident());
                }),
                new MethodDef("get_native_id", (s, m, a, k) -> {
                    Args.positional(s, "get_native_id", a, k, 0, 0);
                    return IntType.fromLong(s, InterpreterState.of(s).thread().ident());
                }),
                new MethodDef("_count", (s, m, a, k) -> IntType.fromLong(s, InterpreterState.of(s).threadCount())),
                new MethodDef("stack_size", (s, m, a, k) -> {
                    long[] v = Args.positional(s, "stack_size", a, k, 0, 1);
                    if (v[0] != 0) {
                        long size = Args.ssize(s, v[0]);
                        if (size != 0 && size < 32768) {
                            throw Errors.valueError(s, "size not valid: " + size + " bytes");
                        }
                    }
                    return IntType.fromLong(s, 0);
                }),
                new MethodDef("daemon_threads_allowed", (s, m, a, k) ->
                        Objects.newRef(s.space().bool(InterpreterState.of(s).config().allowDaemonThreads()))),
                new MethodDef("interrupt_main", (s, m, a, k) -> {
                    InterpreterState.of(s).interrupt();
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("exit", (s, m, a, k) -> {
                    throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.SYSTEM_EXIT), s.space().emptyTuple());
                })),
                ThreadModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        DictType.setItemString(s, dict, "LockType", s.space().type(BuiltinType.THREAD_LOCK));
        DictType.setItemString(s, dict, "lock", s.space().type(BuiltinType.THREAD_LOCK));
        DictType.setItemString(s, dict, "RLock", s.space().type(BuiltinType.THREAD_RLOCK));
        DictType.setItemString(s, dict, "error", s.space().type(BuiltinType.RUNTIME_ERROR));
        long max = FloatType.fromDouble(s, ThreadLocks.TIMEOUT_MAX);
        try {
            DictType.setItemString(s, dict, "TIMEOUT_MAX", max);
        } finally {
            Objects.decref(s, max);
        }
    }

    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case THREAD_LOCK -> ThreadLocks.lockSlots();
            case THREAD_RLOCK -> ThreadLocks.rlockSlots();
            default -> null;
        };
    }

    /** {@code start_new_thread(function, args, kwargs=None)}: CPython's checks and messages. */
    private static long startNewThread(ObjectState s, long module, long args, long kwargs) {
        Args.noKeywords(s, "start_new_thread", kwargs);
        long[] a = Args.positional(s, "start_new_thread", args, 0, 2, 3);
        long func = a[0];
        long fargs = a[1];
        long fkwargs = a[2];
        if (s.slotsOf(func).call == null) {
            throw Errors.typeError(s, "first arg must be callable");
        }
        if (!TupleType.check(fargs)) {
            throw Errors.typeError(s, "2nd arg must be a tuple");
        }
        if (fkwargs != 0 && !DictType.check(fkwargs)) {
            throw Errors.typeError(s, "optional 3rd arg must be a dictionary");
        }
        InterpreterState interp = InterpreterState.of(s);
        if (interp.isClosed()) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "can't create new thread at interpreter shutdown");
        }
        if (!interp.config().allowThreads()) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "thread is not supported for isolated subinterpreters");
        }
        interp.holdLock();
        // The new thread owns these references; it drops them when the function returns.
        Objects.incref(func);
        Objects.incref(fargs);
        if (fkwargs != 0) {
            Objects.incref(fkwargs);
        }
        try {
            return IntType.fromLong(s, interp.startThread("Python thread", ts -> run(interp, func, fargs, fkwargs)));
        } catch (OutOfMemoryError | RuntimeException e) {
            Objects.decref(s, func);
            Objects.decref(s, fargs);
            Objects.xdecref(s, fkwargs);
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "can't start new thread");
        }
    }

    /** The body of a new thread: CPython's {@code thread_run}. */
    private static void run(InterpreterState interp, long func, long args, long kwargs) {
        ObjectState s = interp.objects();
        try {
            Objects.decref(s, Abstract.call(s, func, args, kwargs));
        } catch (PyException e) {
            if (e.matches(s.space().type(BuiltinType.SYSTEM_EXIT))) {
                e.release(s);
            } else {
                Tracebacks.writeUnraisable(interp, e, func, "Exception ignored in thread started by: ");
            }
        } finally {
            Objects.decref(s, func);
            Objects.decref(s, args);
            Objects.xdecref(s, kwargs);
        }
    }
}

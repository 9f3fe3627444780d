package dev.isola.interp.eval;

import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeFlags;

/** {@code raise}, {@code except} matching and implicit chaining ({@code __context__}). */
final class Exceptions {
    /** Python frames a Java stack overflow unwinds before it becomes a RecursionError. */
    private static final int OVERFLOW_MARGIN = 200;

    private Exceptions() {
    }

    /** {@code RAISE_VARARGS n}: the exception to throw (the stack's operands are consumed). */
    static PyException raise(ThreadState ts, long[] f, int sp, int n) {
        ObjectState s = ts.interp().objects();
        if (n == 0) {
            long exc = ts.topmostHandled();
            if (exc == 0) {
                return Errors.raise(s, BuiltinType.RUNTIME_ERROR, "No active exception to reraise");
            }
            ts.reraising = true;
            return new PyException(Objects.newRef(exc), Objects.typeNameOf(exc));
        }
        long cause = n == 2 ? f[sp - 1] : 0;
        long value = f[sp - n];
        f[sp - n] = 0;
        if (n == 2) {
            f[sp - 1] = 0;
        }
        long exc;
        try {
            exc = instantiate(s, value, "exceptions must derive from BaseException");
        } catch (PyException e) {
            Objects.xdecref(s, cause);
            throw e;
        } finally {
            Objects.decref(s, value);
        }
        if (n == 2) {
            if (cause == s.space().none()) {
                Objects.decref(s, cause);
                ExceptionTypes.setCause(s, exc, 0);
            } else {
                long c;
                try {
                    c = instantiate(s, cause, "exception causes must derive from BaseException");
                } catch (PyException e) {
                    Objects.decref(s, exc);
                    throw e;
                } finally {
                    Objects.decref(s, cause);
                }
                ExceptionTypes.setCause(s, exc, c);
            }
        }
        return new PyException(exc, Objects.typeNameOf(exc));
    }

    /** An exception instance from {@code raise X}: X itself, or X() for a class. */
    private static long instantiate(ObjectState s, long value, String error) {
        long baseException = s.space().type(BuiltinType.BASE_EXCEPTION);
        if (Objects.isInstance(value, baseException)) {
            return Objects.newRef(value);
        }
        if (isExceptionClass(s, value)) {
            long e = Abstract.call(s, value, s.space().emptyTuple(), 0);
            if (!Objects.isInstance(e, baseException)) {
                String got = Objects.typeNameOf(e);
                Objects.decref(s, e);
                throw Errors.typeError(s, "calling " + Abstract.reprJava(s, value)
                        + " should have returned an instance of BaseException, not " + got);
            }
            return e;
        }
        throw Errors.typeError(s, error);
    }

    static boolean isExceptionClass(ObjectState s, long o) {
        return Objects.isInstance(o, s.space().type(BuiltinType.TYPE))
                && Objects.isSubtype(o, s.space().type(BuiltinType.BASE_EXCEPTION));
    }

    /** {@code CHECK_EXC_MATCH}: {@code isinstance(exc, type)} for a class or a tuple of classes. */
    static boolean matches(ObjectState s, long exc, long type) {
        if (TupleType.check(type)) {
            long n = TupleType.size(type);
            for (long i = 0; i < n; i++) {
                if (!isExceptionClass(s, TupleType.getItem(type, i))) {
                    throw Errors.typeError(s,
                            "catching classes that do not inherit from BaseException is not allowed");
                }
            }
            for (long i = 0; i < n; i++) {
                if (Objects.isInstance(exc, TupleType.getItem(type, i))) {
                    return true;
                }
            }
            return false;
        }
        if (!isExceptionClass(s, type)) {
            throw Errors.typeError(s, "catching classes that do not inherit from BaseException is not allowed");
        }
        return Objects.isInstance(exc, type);
    }

    /**
     * Implicit chaining at raise time: the exception being handled becomes the new exception's
     * {@code __context__}, breaking any cycle through the context chain as CPython does.
     */
    static void chainContext(ThreadState ts, long exc) {
        long handled = ts.topmostHandled();
        if (handled == 0 || handled == exc || Memory.getLong(exc + ExceptionTypes.CONTEXT_OFFSET) != 0) {
            return;
        }
        ObjectState s = ts.interp().objects();
        // Cut a cycle: if exc is already in handled's context chain, unlink it there.
        long o = handled;
        for (int guard = 0; guard < 1000 && o != 0; guard++) {
            long ctx = Memory.getLong(o + ExceptionTypes.CONTEXT_OFFSET);
            if (ctx == exc) {
                ExceptionTypes.setContext(s, o, 0);
                break;
            }
            o = ctx;
        }
        ExceptionTypes.setContext(s, exc, Objects.newRef(handled));
    }

    /**
     * The Java stack ran out before the recursion limit (a limit raised far past what the
     * thread's stack holds). Turning that into a {@code RecursionError} right at the overflow
     * could overflow again — the error's creation needs stack too, and a class initialised
     * there fails for good — so the {@code StackOverflowError} keeps unwinding for
     * {@link #OVERFLOW_MARGIN} Python frames (half the depth on a shallow stack), and the frame there raises
     * {@code RecursionError} instead. Python code sees it a little above the deepest call.
     */
    static RuntimeException stackExhausted(ThreadState ts, StackOverflowError e) {
        if (ts.overflowDepth == 0) {
            ts.overflowDepth = ts.depth;
        }
        // Unwind OVERFLOW_MARGIN frames, or half the stack when it is shallower than that.
        int raiseAt = Math.max(ts.overflowDepth - OVERFLOW_MARGIN, ts.overflowDepth / 2);
        if (ts.depth > raiseAt && ts.depth > 1) {
            throw e;
        }
        ts.overflowDepth = 0;
        return Errors.raise(ts.interp().objects(), BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    static boolean isBaseExceptionFlag(long type) {
        return Objects.hasFlag(type, TypeFlags.BASE_EXC_SUBCLASS);
    }
}

package dev.isola.interp.eval;

import dev.isola.immortal.Refcount;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.ObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.ObjectType;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;

/**
 * The generator's Python-visible methods and attributes — {@code send}, {@code throw},
 * {@code close}, {@code gi_*} — and its finalization, after CPython 3.11's {@code genobject.c}.
 *
 * <p>{@code throw} and {@code close} delegate through a suspended {@code yield from} first
 * ({@code _gen_throw}, {@code gen_close_iter}): the inner iterator gets the exception (or is
 * closed); when it ends by raising, the outer generator leaves its delegation loop and either
 * resumes with the inner return value or raises the inner exception at the {@code yield from}.
 *
 * <p>Dealloc of a started, unfinished generator closes it first, so its {@code finally} blocks
 * and {@code with} exits run (CPython's {@code _PyGen_Finalize}); the object is held at
 * refcount 1 meanwhile, and an exception from the close is printed as "Exception ignored in"
 * and dropped.
 */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static long send(ObjectState s, long gen, long args, long kwargs) {
        long v = TupleType.size(args) == 1 ? TupleType.getItem(args, 0) : s.space().none();
        Generator g = Generator.of(s, gen);
        return g.yieldedOrStop(s, g.resume(s, v));
    }

    /** {@code throw(type[, value[, tb]])} or {@code throw(exc)}. */
    static long throwMethod(ObjectState s, long gen, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n < 1) {
            throw Errors.typeError(s, "throw expected at least 1 argument, got " + n);
        }
        if (n > 3) {
            throw Errors.typeError(s, "throw expected at most 3 arguments, got " + n);
        }
        PyException exc = normalize(s, args);
        Generator g = Generator.of(s, gen);
        return g.yieldedOrStop(s, throwInto(s, g, exc, args));
    }

    /** The exception {@code throw(args)} raises (CPython's checks at {@code throw_here}). */
    private static PyException normalize(ObjectState s, long args) {
        long n = TupleType.size(args);
        long typ = TupleType.getItem(args, 0);
        long val = n > 1 ? TupleType.getItem(args, 1) : 0;
        long tb = n > 2 ? TupleType.getItem(args, 2) : 0;
        if (tb == s.space().none()) {
            tb = 0;
        } else if (tb != 0 && Objects.type(tb) != s.space().type(BuiltinType.TRACEBACK)) {
            throw Errors.typeError(s, "throw() third argument must be a traceback object");
        }
        long exc;
        if (Exceptions.isExceptionClass(s, typ)) {
            if (val != 0 && Objects.isInstance(val, typ)) {
                exc = Objects.newRef(val);
            } else {
                long callArgs = val == 0 || val == s.space().none() ? Objects.newRef(s.space().emptyTuple())
                        : TupleType.check(val) ? Objects.newRef(val) : TupleType.pack(s, val);
                try {
                    exc = Abstract.call(s, typ, callArgs, 0);
                } finally {
                    Objects.decref(s, callArgs);
                }
            }
        } else if (Objects.isInstance(typ, s.space().type(BuiltinType.BASE_EXCEPTION))) {
            if (val != 0 && val != s.space().none()) {
                throw Errors.typeError(s, "instance exception may not have a separate value");
            }
            exc = Objects.newRef(typ);
        } else {
            throw Errors.typeError(s, "exceptions must be classes or instances deriving from BaseException, not "
                    + Objects.typeNameOf(typ));
        }
        if (tb != 0) {
            long old = Memory.getLong(exc + ExceptionTypes.TRACEBACK_OFFSET);
            Memory.putLong(exc + ExceptionTypes.TRACEBACK_OFFSET, Objects.newRef(tb));
            Objects.xdecref(s, old);
        }
        return new PyException(exc, Objects.typeNameOf(exc));
    }

    /**
     * CPython's {@code _gen_throw}: {@code exc} (owned) into {@code g}, through its
     * {@code yield from} delegate if it has one. Returns the yielded value, or 0 when the
     * generator returned; {@code args} are the {@code throw} arguments a non-generator delegate's
     * own {@code throw} receives.
     */
    static long throwInto(ObjectState s, Generator g, PyException exc, long args) {
        long yf = g.yieldFrom();
        if (yf == 0) {
            return g.raiseInside(s, exc);
        }
        Objects.incref(yf);
        PyException ended;
        try {
            if (exc.matches(s.space().type(BuiltinType.GENERATOR_EXIT))) {
                g.running = true;
                try {
                    closeIter(s, yf);
                } catch (PyException e) {
                    exc.release(s);
                    exc = e;
                } finally {
                    g.running = false;
                }
                return g.raiseInside(s, exc);
            }
            long meth = 0;
            if (!Generator.check(s, yf)) {
                try {
                    meth = lookup(s, yf, "throw");
                } catch (PyException e) {
                    exc.release(s);
                    throw e;
                }
                if (meth == 0) {
                    return g.raiseInside(s, exc);
                }
                exc.release(s);
            }
            g.running = true;
            try {
                if (meth == 0) {
                    Generator inner = Generator.of(s, yf);
                    return inner.yieldedOrStop(s, throwInto(s, inner, exc, args));
                }
                return Abstract.call(s, meth, args, 0);
            } catch (PyException e) {
                ended = e;
            } finally {
                g.running = false;
                Objects.xdecref(s, meth);
            }
        } finally {
            Objects.decref(s, yf);
        }
        // The delegate ended: leave the SEND loop, then resume with its value or raise its error.
        g.leaveYieldFrom(s);
        if (!ended.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
            return g.raiseInside(s, ended);
        }
        long stop = ended.take();
        long value = ExceptionTypes.args(stop);
        value = TupleType.size(value) > 0 ? TupleType.getItem(value, 0) : s.space().none();
        Objects.incref(value);
        Objects.decref(s, stop);
        try {
            return g.resume(s, value);
        } finally {
            Objects.decref(s, value);
        }
    }

    /** {@code o.name}, or 0 when {@code o} has no such attribute. */
    private static long lookup(ObjectState s, long o, String name) {
        try {
            return Abstract.getAttr(s, o, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    /** CPython's {@code gen_close_iter}: closes a {@code yield from} delegate. */
    private static void closeIter(ObjectState s, long yf) {
        if (Generator.check(s, yf)) {
            close(s, Generator.of(s, yf));
            return;
        }
        long meth = lookup(s, yf, "close");
        if (meth != 0) {
            try {
                Objects.decref(s, Abstract.call(s, meth, s.space().emptyTuple(), 0));
            } finally {
                Objects.decref(s, meth);
            }
        }
    }

    static long closeMethod(ObjectState s, long gen, long args, long kwargs) {
        close(s, Generator.of(s, gen));
        return Objects.newRef(s.space().none());
    }

    /** CPython's {@code gen_close}: GeneratorExit at the yield; a yield in reply is an error. */
    static void close(ObjectState s, Generator g) {
        if (g.finished) {
            return;
        }
        if (g.pc == 0 && !g.running) {
            g.finish();
            return;
        }
        long yf = g.yieldFrom();
        PyException exc = null;
        if (yf != 0) {
            Objects.incref(yf);
            g.running = true;
            try {
                closeIter(s, yf);
            } catch (PyException e) {
                exc = e;
            } finally {
                g.running = false;
                Objects.decref(s, yf);
            }
        }
        if (exc == null) {
            exc = Errors.raiseWithArgs(s, s.space().type(BuiltinType.GENERATOR_EXIT), s.space().emptyTuple());
        }
        long v;
        try {
            v = g.raiseInside(s, exc);
        } catch (PyException e) {
            if (e.matches(s.space().type(BuiltinType.STOP_ITERATION))
                    || e.matches(s.space().type(BuiltinType.GENERATOR_EXIT))) {
                e.release(s);
                return;
            }
            throw e;
        }
        if (v != 0) {
            Objects.decref(s, v);
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
        Objects.xdecref(s, g.takeReturned());
    }

    static long getAttr(ObjectState s, long gen, long name) {
        Generator g = Generator.of(s, gen);
        return switch (StrType.toJava(name)) {
            case "gi_running" -> s.space().bool(g.running);
            case "gi_suspended" -> s.space().bool(!g.running && !g.finished && g.pc != 0);
            case "gi_code" -> Objects.newRef(g.codeObject);
            case "gi_frame" -> g.finished ? Objects.newRef(s.space().none()) : FrameObjects.ofGenerator(s, g);
            case "gi_yieldfrom" -> {
                long yf = g.yieldFrom();
                yield Objects.newRef(yf == 0 ? s.space().none() : yf);
            }
            case "__name__" -> Objects.newRef(Memory.getLong(gen + CodeLayouts.GENERATOR_NAME_OFFSET));
            case "__qualname__" -> Objects.newRef(Memory.getLong(gen + CodeLayouts.GENERATOR_QUALNAME_OFFSET));
            default -> ObjectType.genericGetAttr(s, gen, name);
        };
    }

    /**
     * The dealloc slot. A started, unfinished generator is closed first, held at refcount 1 so
     * that the close's own increfs and decrefs of it cannot free it again; if the close left a
     * reference somewhere (resurrection), the object stays.
     */
    static void dealloc(ObjectState s, long gen) {
        Generator g = Generator.of(s, gen);
        InterpreterState interp = InterpreterState.of(s);
        if (!g.finished && !g.running && g.pc != 0 && !interp.isClosed()) {
            Memory.putLong(gen + ObjectLayout.REFCNT_OFFSET, 1);
            finalizeClose(s, interp, gen, g);
            if (!Refcount.decref(gen)) {
                return;
            }
        }
        Generator.free(s, gen);
    }

    private static void finalizeClose(ObjectState s, InterpreterState interp, long gen, Generator g) {
        ThreadState ts = interp.thread();
        boolean reraising = ts.reraising;
        ts.reraising = false;
        try {
            close(s, g);
        } catch (PyException e) {
            writeUnraisable(interp, e, gen);
        } finally {
            ts.reraising = reraising;
        }
    }

    /**
     * CPython's {@code PyErr_WriteUnraisable}: "Exception ignored in: obj", the traceback and the
     * exception line (no chain) on stderr. CPython adds the current frame's line to an exception
     * without a traceback; Isola's frames do not record their instruction, so it is left out.
     */
    static void writeUnraisable(InterpreterState interp, PyException e, long obj) {
        ObjectState s = interp.objects();
        long exc = e.take();
        try {
            String where;
            try {
                where = Abstract.reprJava(s, obj);
            } catch (PyException r) {
                r.release(s);
                where = "<object repr() failed>";
            }
            interp.out().flush();
            interp.err().print("Exception ignored in: " + where + "\n"
                    + Tracebacks.formatWithoutChain(interp, exc));
            interp.err().flush();
        } finally {
            Objects.decref(s, exc);
        }
    }
}

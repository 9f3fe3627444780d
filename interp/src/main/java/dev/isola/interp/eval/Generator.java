package dev.isola.interp.eval;

import dev.isola.interp.compile.Opcode;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;

/**
 * A generator: a frame of its own (a {@code long[]} outside the thread's data stack) that the
 * eval loop runs until {@code YIELD_VALUE} or {@code RETURN_VALUE}. The off-heap generator
 * object holds this in the interpreter's handle table.
 *
 * <p>States: created (pc 0), suspended, running, finished. A finished generator's frame holds
 * no references.
 */
final class Generator {
    final LoadedCode code;
    final long[] frame;
    int pc;
    int sp;
    boolean running;
    boolean finished;
    /** The value stack below {@code sp} holds live references (the frame is suspended at a yield). */
    boolean suspendedStack;
    /** The value of the last RETURN_VALUE (a new reference) until taken; 0 if none. */
    private long returned;
    /** The code object, held so the frame's code outlives it. */
    final long codeObject;
    /** The exception this generator is handling while suspended (CPython's {@code gi_exc_state}), owned or 0. */
    private long handled;
    /** An exception to raise at the resume point (see {@link #takePending}), or null. */
    private PyException pending;

    Generator(LoadedCode code, long[] frame) {
        this.code = code;
        this.frame = frame;
        this.sp = LoadedCode.HEADER + code.nlocals + code.ncells + code.nfree;
        this.codeObject = Objects.newRef(code.codeObject);
    }

    static long create(InterpreterState interp, LoadedCode lc, long function, long[] frame) {
        ObjectState s = interp.objects();
        Generator g = new Generator(lc, frame);
        // The globals dict is borrowed from the function in a normal frame; a generator may
        // outlive its function, so it holds a reference of its own.
        Objects.incref(frame[LoadedCode.GLOBALS]);
        long obj = s.allocGcObject(s.space().type(BuiltinType.GENERATOR), CodeLayouts.GENERATOR_SIZE);
        Memory.putLong(obj + CodeLayouts.GENERATOR_HANDLE_OFFSET, interp.handles().add(g));
        Memory.putLong(obj + CodeLayouts.GENERATOR_NAME_OFFSET,
                Objects.newRef(Memory.getLong(function + CodeLayouts.FUNCTION_NAME_OFFSET)));
        Memory.putLong(obj + CodeLayouts.GENERATOR_QUALNAME_OFFSET,
                Objects.newRef(Memory.getLong(function + CodeLayouts.FUNCTION_QUALNAME_OFFSET)));
        return obj;
    }

    static boolean check(ObjectState s, long o) {
        return Objects.type(o) == s.space().type(BuiltinType.GENERATOR);
    }

    static Generator of(ObjectState s, long gen) {
        return (Generator) InterpreterState.of(s).handles().get((int) Memory.getLong(gen + CodeLayouts.GENERATOR_HANDLE_OFFSET));
    }

    void suspend(int pc, int sp) {
        this.pc = pc;
        this.sp = sp;
        suspendedStack = true;
    }

    void finish() {
        finished = true;
    }

    /**
     * Resumes with {@code sent} (borrowed; 0 for a fresh start): the yielded value, or 0 when
     * the generator returned (its return value then taken with {@link #takeReturned}).
     */
    long resume(ObjectState s, long sent) {
        if (running) {
            throw Errors.valueError(s, "generator already executing");
        }
        if (finished) {
            returned = 0;
            return 0;
        }
        if (pc == 0 && sent != 0 && sent != s.space().none()) {
            throw Errors.typeError(s, "can't send non-None value to a just-started generator");
        }
        checkDepth(s);
        if (pc != 0) {
            frame[sp++] = Objects.newRef(sent == 0 ? s.space().none() : sent);
        }
        return run(s, null);
    }

    /**
     * Raises {@code exc} (owned) at the suspended yield, as CPython's {@code throw_here}: the
     * yielded value, or 0 when the generator returned. A finished generator raises it in the
     * caller; an unstarted one at its first line, and is then finished.
     */
    long raiseInside(ObjectState s, PyException exc) {
        if (running) {
            exc.release(s);
            throw Errors.valueError(s, "generator already executing");
        }
        if (finished) {
            throw exc;
        }
        try {
            checkDepth(s);
        } catch (PyException e) {
            exc.release(s);
            throw e;
        }
        return run(s, exc);
    }

    private void checkDepth(ObjectState s) {
        if (InterpreterState.of(s).thread().depth >= InterpreterState.of(s).recursionLimit()) {
            throw Errors.raise(s, BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    boolean hasPending() {
        return pending != null;
    }

    /** The exception {@link Eval#run} raises at the resume point before running anything, or null. */
    PyException takePending() {
        PyException p = pending;
        pending = null;
        return p;
    }

    /** Runs the frame from {@code pc}; the value stack below {@code sp} now belongs to the run. */
    long run(ObjectState s, PyException toThrow) {
        suspendedStack = false;
        pending = toThrow;
        ThreadState ts = InterpreterState.of(s).thread();
        running = true;
        ts.enterGenerator(handled);
        handled = 0;
        ts.pushFrame(frame, 0);
        ts.depth++;
        long v;
        try {
            v = Eval.run(ts, code, frame, 0, pc, sp, this);
        } catch (PyException e) {
            finished = true;
            clear(s);
            if (e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                PyException re = Errors.raise(s, BuiltinType.RUNTIME_ERROR, "generator raised StopIteration");
                ExceptionTypes.setCause(s, re.exception(), e.take());
                throw re;
            }
            throw e;
        } catch (StackOverflowError e) {
            finished = true;
            clear(s);
            throw Exceptions.stackExhausted(ts, e);
        } finally {
            running = false;
            handled = ts.leaveGenerator();
            if (finished && handled != 0) {
                Objects.decref(s, handled);
                handled = 0;
            }
            if (pending != null) {
                pending.release(s);
                pending = null;
            }
            ts.depth--;
            ts.popFrame();
        }
        if (finished) {
            clear(s);
            returned = v;
            return 0;
        }
        return v;
    }

    /**
     * The iterator a suspended {@code yield from} delegates to (borrowed), or 0: the generator
     * stopped at the {@code YIELD_VALUE} right after a {@code SEND}, which leaves the iterator on
     * top of the value stack.
     */
    long yieldFrom() {
        if (finished || running || !suspendedStack || pc < 2) {
            return 0;
        }
        int[] instrs = code.instrs;
        if ((instrs[pc - 1] & 0xFF) != Opcode.YIELD_VALUE || (instrs[pc - 2] & 0xFF) != Opcode.SEND) {
            return 0;
        }
        return frame[sp - 1];
    }

    /**
     * Ends a delegation the iterator ended by raising: pops the iterator and moves to the
     * {@code SEND}'s exit, as CPython's {@code _gen_throw} does ({@code gh-31968}).
     */
    void leaveYieldFrom(ObjectState s) {
        long it = frame[--sp];
        frame[sp] = 0;
        Objects.decref(s, it);
        pc = code.instrs[pc - 2] >>> 8;
    }

    /** Pushes {@code v} (owned) as the value of the {@code yield from} left by {@link #leaveYieldFrom}. */
    void push(long v) {
        frame[sp++] = v;
        suspendedStack = true;
    }

    /** The value yielded, or StopIteration raised with the return value (none for None). */
    long yieldedOrStop(ObjectState s, long v) {
        if (v != 0) {
            return v;
        }
        long r = takeReturned();
        if (r == 0 || r == s.space().none()) {
            throw Errors.stopIteration(s, 0);
        }
        try {
            throw Errors.stopIteration(s, r);
        } finally {
            Objects.decref(s, r);
        }
    }

    /**
     * Releases the frame's locals and cells, and the value stack of a suspended frame. Slots
     * above {@code sp} may hold stale addresses (the eval loop does not clear what it pops),
     * so they are never read.
     */
    private void clear(ObjectState s) {
        if (handled != 0) {
            long h = handled;
            handled = 0;
            Objects.decref(s, h);
        }
        int stackBase = LoadedCode.HEADER + code.nlocals + code.ncells + code.nfree;
        Ops.clearStack(s, frame, LoadedCode.HEADER, stackBase);
        if (suspendedStack) {
            Ops.clearStack(s, frame, stackBase, sp);
            suspendedStack = false;
        }
    }

    /** The return value of the run that just finished (a new reference), or 0. */
    long takeReturned() {
        long r = returned;
        returned = 0;
        return r;
    }

    /** The {@code next} slot: the next value, or 0 when exhausted (a None return). */
    static long next(ObjectState s, long gen) {
        Generator g = of(s, gen);
        long v = g.resume(s, 0);
        long r = v == 0 ? g.takeReturned() : 0;
        if (r != 0) {
            if (r == s.space().none()) {
                return 0;
            }
            PyException stop = Errors.stopIteration(s, r);
            Objects.decref(s, r);
            throw stop;
        }
        return v;
    }

    /** {@code SEND}: stack {@code it v}; returns -1 (and leaves the return value) when it finished. */
    static long send(ThreadState ts, long[] f, int sp) {
        ObjectState s = ts.interp().objects();
        long it = f[sp - 2];
        long v = f[sp - 1];
        long r;
        long returned = 0;
        try {
            if (check(s, it)) {
                Generator g = of(s, it);
                r = g.resume(s, v == s.space().none() ? 0 : v);
                if (r == 0) {
                    returned = g.takeReturned();
                    if (returned == 0) {
                        returned = Objects.newRef(s.space().none());
                    }
                }
            } else if (v == s.space().none()) {
                r = Abstract.next(s, it);
                if (r == 0) {
                    returned = Objects.newRef(s.space().none());
                }
            } else {
                r = Abstract.callMethod(s, it, "send", v);
            }
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                throw e;
            }
            long exc = e.take();
            long args = ExceptionTypes.args(exc);
            returned = Objects.newRef(TupleType.size(args) > 0 ? TupleType.getItem(args, 0) : s.space().none());
            Objects.decref(s, exc);
            r = 0;
        }
        Objects.decref(s, v);
        if (r == 0) {
            Objects.decref(s, it);
            f[sp - 2] = returned;
            f[sp - 1] = 0;
            return -1;
        }
        f[sp - 1] = r;
        return 0;
    }

    static void traverse(ObjectState s, long gen, dev.isola.objects.SlotFunctions.Visitor v) {
        Generator g = of(s, gen);
        v.visit(g.frame[LoadedCode.GLOBALS]);
        if (g.handled != 0) {
            v.visit(g.handled);
        }
        int stackBase = LoadedCode.HEADER + g.code.nlocals + g.code.ncells + g.code.nfree;
        int end = g.suspendedStack ? g.sp : stackBase;
        for (int i = LoadedCode.HEADER; i < end; i++) {
            if (g.frame[i] != 0) {
                v.visit(g.frame[i]);
            }
        }
    }

    /** The collector's clear: a generator in a cycle is finished and its frame released. */
    static void clearSlot(ObjectState s, long gen) {
        Generator g = of(s, gen);
        if (!g.running) {
            g.finished = true;
            g.clear(s);
        }
    }

    static long repr(ObjectState s, long gen) {
        return StrType.fromJava(s, "<generator object "
                + StrType.toJava(Memory.getLong(gen + CodeLayouts.GENERATOR_QUALNAME_OFFSET)) + " at 0x"
                + Long.toHexString(gen) + ">");
    }

    /** Frees the generator's frame and fields; {@link GeneratorMethods#dealloc} closes it first. */
    static void free(ObjectState s, long gen) {
        InterpreterState interp = InterpreterState.of(s);
        Generator g = (Generator) interp.handles().remove((int) Memory.getLong(gen + CodeLayouts.GENERATOR_HANDLE_OFFSET));
        g.clear(s);
        Objects.decref(s, g.frame[LoadedCode.GLOBALS]);
        Objects.decref(s, g.codeObject);
        Objects.decref(s, Memory.getLong(gen + CodeLayouts.GENERATOR_NAME_OFFSET));
        Objects.decref(s, Memory.getLong(gen + CodeLayouts.GENERATOR_QUALNAME_OFFSET));
        s.freeGcObject(gen);
    }
}

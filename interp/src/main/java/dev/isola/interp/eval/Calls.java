package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.Arrays;

/**
 * Calls: from the value stack ({@code CALL}, {@code CALL_KW}, {@code CALL_FUNCTION_EX}) and from
 * Java (a function's {@code call} slot), binding arguments to a new frame as CPython's
 * {@code initialize_locals} does, with its error messages.
 *
 * <p>Fast path: a Python function whose arguments are all positional, called with exactly that
 * many positional arguments, copies them into the new frame's locals; nothing else is made.
 */
final class Calls {
    private Calls() {
    }

    /**
     * {@code CALL}/{@code CALL_KW}: the stack holds {@code f s a1…an} below {@code sp};
     * {@code kwnames} (owned, or 0) names the last arguments. Leaves the result where {@code f}
     * was and returns the new {@code sp}.
     */
    static int callFromStack(ThreadState ts, long[] f, int sp, int argc, long kwnames) {
        ObjectState s = ts.interp().objects();
        int first = sp - argc;
        long fn = f[first - 2];
        if (fn == 0 && Objects.type(f[first - 1]) == s.space().type(BuiltinType.METHOD)) {
            // A bound method: call its function with self in the NULL slot, as CPython 3.11's PRECALL does.
            long m = f[first - 1];
            fn = Objects.newRef(dev.isola.objects.BoundMethod.func(m));
            f[first - 2] = fn;
            f[first - 1] = Objects.newRef(dev.isola.objects.BoundMethod.self(m));
            Objects.decref(s, m);
        }
        long callable;
        int start;
        int n;
        if (fn == 0) {
            callable = f[first - 1];
            start = first;
            n = argc;
        } else {
            callable = fn;
            start = first - 1;
            n = argc + 1;
        }
        long result;
        try {
            int nkw = kwnames == 0 ? 0 : (int) TupleType.size(kwnames);
            long type = Objects.type(callable);
            if (type == s.space().type(BuiltinType.FUNCTION)) {
                result = callFunction(ts, callable, f, start, n - nkw, kwnames);
            } else if (fn != 0 && type == s.space().type(BuiltinType.METHOD_DESCRIPTOR)) {
                result = callPacked(s, fn, f[first - 1], f, first, argc - nkw, kwnames);
            } else {
                result = callPacked(s, callable, 0, f, start, n - nkw, kwnames);
            }
        } finally {
            if (kwnames != 0) {
                Objects.decref(s, kwnames);
            }
        }
        for (int i = first - 2; i < sp; i++) {
            Objects.xdecref(s, f[i]);
            f[i] = 0;
        }
        f[first - 2] = result;
        return first - 1;
    }

    /** {@code CALL_FUNCTION_EX}: {@code NULL f args [kwargs]}. */
    static int callEx(ThreadState ts, long[] f, int sp, boolean hasKw) {
        ObjectState s = ts.interp().objects();
        long kwargs = hasKw ? f[sp - 1] : 0;
        int argsAt = hasKw ? sp - 2 : sp - 1;
        long callable = f[argsAt - 1];
        if (!TupleType.check(f[argsAt]) || Objects.type(f[argsAt]) != s.space().type(BuiltinType.TUPLE)) {
            long it = f[argsAt];
            if (s.slotsOf(it).iter == null && s.slotsOf(it).item == null) {
                throw Errors.typeError(s, Builders.functionStr(s, callable) + " argument after * must be an iterable, not "
                        + Objects.typeNameOf(it));
            }
            long list = dev.isola.objects.ListType.newList(s);
            try {
                dev.isola.objects.ListType.extend(s, list, it);
                f[argsAt] = dev.isola.objects.ListType.toTuple(s, list);
            } finally {
                Objects.decref(s, list);
            }
            Objects.decref(s, it);
        }
        if (kwargs != 0 && !DictType.check(kwargs)) {
            long d = DictType.newDict(s);
            try {
                Builders.update(s, dev.isola.interp.compile.Opcode.DICT_MERGE, new long[] {0, callable, 0, d}, 4, 1,
                        kwargs);
            } catch (PyException e) {
                Objects.decref(s, d);
                throw e;
            }
            Objects.decref(s, kwargs);
            f[sp - 1] = d;
            kwargs = d;
        }
        long args = f[argsAt];
        long result = Abstract.call(s, callable, args, kwargs);
        for (int i = argsAt - 2; i < sp; i++) {
            Objects.xdecref(s, f[i]);
            f[i] = 0;
        }
        f[argsAt - 2] = result;
        return argsAt - 1;
    }

    /**
     * Calls any callable with arguments on a stack slice, packed into a tuple and a dict; with
     * {@code self} non-zero, {@code callable} is a builtin method descriptor called with
     * {@code self} and the rest ({@code o.m(args)} without a bound method).
     */
    private static long callPacked(ObjectState s, long callable, long self, long[] f, int start, int npos,
            long kwnames) {
        long args = npos == 0 ? s.space().emptyTuple() : TupleType.allocate(s, npos);
        for (int i = 0; i < npos; i++) {
            TupleType.initItem(s, args, i, Objects.newRef(f[start + i]));
        }
        long kwargs = 0;
        try {
            if (kwnames != 0) {
                kwargs = DictType.newDict(s);
                long nkw = TupleType.size(kwnames);
                for (int i = 0; i < nkw; i++) {
                    DictType.setItem(s, kwargs, TupleType.getItem(kwnames, i), f[start + npos + i]);
                }
            }
            return self != 0 ? CodeLayouts.callDescriptor(s, callable, self, args, kwargs)
                    : Abstract.call(s, callable, args, kwargs);
        } finally {
            Objects.decref(s, args);
            Objects.xdecref(s, kwargs);
        }
    }

    /** The {@code call} slot of {@code function}: arguments as a tuple and a dict (or 0). */
    static long callSlot(ObjectState s, long function, long args, long kwargs) {
        ThreadState ts = InterpreterState.of(s).thread();
        int npos = (int) TupleType.size(args);
        int nkw = kwargs == 0 ? 0 : (int) DictType.size(kwargs);
        long[] a = new long[npos + nkw];
        for (int i = 0; i < npos; i++) {
            a[i] = TupleType.getItem(args, i);
        }
        long kwnames = 0;
        if (nkw > 0) {
            kwnames = TupleType.allocate(s, nkw);
            long[] cursor = new long[3];
            int i = 0;
            while (DictType.next(kwargs, cursor)) {
                if (!StrType.check(cursor[1])) {
                    for (int j = i; j < nkw; j++) {
                        TupleType.initItem(s, kwnames, j, s.space().none());
                    }
                    Objects.decref(s, kwnames);
                    throw Errors.typeError(s, Functions.qualname(function) + "() keywords must be strings");
                }
                TupleType.initItem(s, kwnames, i, Objects.newRef(cursor[1]));
                a[npos + i] = cursor[2];
                i++;
            }
        }
        try {
            return callFunction(ts, function, a, 0, npos, kwnames);
        } finally {
            Objects.xdecref(s, kwnames);
        }
    }

    /**
     * Calls Python function {@code function} with arguments {@code a[start…]} (borrowed):
     * {@code npos} positional, then one per name of {@code kwnames} (a tuple, or 0).
     */
    static long callFunction(ThreadState ts, long function, long[] a, int start, int npos, long kwnames) {
        return invoke(ts, function, a, start, npos, kwnames, 0);
    }

    /**
     * Runs a class body: function {@code function} (no parameters) with {@code namespace} as its
     * locals mapping, so its names land there ({@code __build_class__}).
     */
    static long callClassBody(ThreadState ts, long function, long namespace) {
        return invoke(ts, function, new long[0], 0, 0, 0, namespace);
    }

    private static long invoke(ThreadState ts, long function, long[] a, int start, int npos, long kwnames,
            long namespace) {
        InterpreterState interp = ts.interp();
        LoadedCode lc = CodeLoader.of(interp, Memory.getLong(function + CodeLayouts.FUNCTION_CODE_OFFSET));
        if (lc.generator) {
            long[] gf = new long[lc.frameSize];
            try {
                bind(interp.objects(), lc, function, gf, 0, a, start, npos, kwnames);
            } catch (PyException e) {
                Ops.clearStack(interp.objects(), gf, LoadedCode.HEADER, gf.length);
                throw e;
            }
            return Generator.create(interp, lc, function, gf);
        }
        if (ts.depth >= interp.recursionLimit()) {
            throw Errors.raise(interp.objects(), BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        interp.checkPoint();
        boolean switched = ts.ensure(lc.frameSize);
        long[] nf = ts.chunk;
        int nb = ts.top;
        ts.top = nb + lc.frameSize;
        ts.depth++;
        int locals = nb + LoadedCode.HEADER;
        int end = locals + lc.nlocals + lc.ncells + lc.nfree;
        try {
            if (lc.simpleArgs && kwnames == 0 && npos == lc.code.argcount() && lc.ncells == 0 && lc.nfree == 0) {
                nf[nb] = Memory.getLong(function + CodeLayouts.FUNCTION_GLOBALS_OFFSET);
                nf[nb + LoadedCode.LOCALS] = namespace;
                nf[nb + LoadedCode.HANDLE] = lc.handle;
                for (int i = 0; i < npos; i++) {
                    long v = a[start + i];
                    Objects.incref(v);
                    nf[locals + i] = v;
                }
                Arrays.fill(nf, locals + npos, end, 0);
            } else {
                Arrays.fill(nf, locals, end, 0);
                bind(interp.objects(), lc, function, nf, nb, a, start, npos, kwnames);
                nf[nb + LoadedCode.LOCALS] = namespace;
            }
            ts.pushFrame(nf, nb);
            try {
                return Eval.run(ts, lc, nf, nb, 0, end, null);
            } finally {
                ts.popFrame();
            }
        } catch (StackOverflowError e) {
            throw Exceptions.stackExhausted(ts, e);
        } finally {
            ObjectState s = interp.objects();
            for (int i = locals; i < end; i++) {
                long v = nf[i];
                if (v != 0) {
                    nf[i] = 0;
                    Objects.decref(s, v);
                }
            }
            ts.depth--;
            ts.top = nb;
            if (switched) {
                ts.popChunk();
            }
        }
    }

    /**
     * Binds arguments into the locals of a frame at {@code nf[nb]} (zeroed), makes its cells and
     * copies the closure; CPython's messages for every mismatch.
     */
    static void bind(ObjectState s, LoadedCode lc, long function, long[] nf, int nb, long[] a, int start, int npos,
            long kwnames) {
        Code code = lc.code;
        nf[nb] = Memory.getLong(function + CodeLayouts.FUNCTION_GLOBALS_OFFSET);
        nf[nb + LoadedCode.LOCALS] = 0;
        nf[nb + LoadedCode.HANDLE] = lc.handle;
        int locals = nb + LoadedCode.HEADER;
        ArgBinder.bind(s, lc, function, nf, locals, a, start, npos, kwnames);
        int cells = locals + lc.nlocals;
        int[] cell2arg = code.cell2arg();
        for (int i = 0; i < lc.ncells; i++) {
            long cell = Cells.newCell(s, 0);
            if (cell2arg != null && i < cell2arg.length && cell2arg[i] >= 0) {
                Memory.putLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET, nf[locals + cell2arg[i]]);
                nf[locals + cell2arg[i]] = 0;
            }
            nf[cells + i] = cell;
        }
        long closure = Memory.getLong(function + CodeLayouts.FUNCTION_CLOSURE_OFFSET);
        for (int i = 0; i < lc.nfree; i++) {
            nf[cells + lc.ncells + i] = Objects.newRef(TupleType.getItem(closure, i));
        }
    }
}

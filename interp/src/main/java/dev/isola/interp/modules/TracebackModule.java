package dev.isola.interp.modules;

import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeFlags;
import java.util.List;

/**
 * {@code _traceback}: the interpreter's own traceback formatting (the text an uncaught exception
 * prints, CPython's format with carets) and the entries of a traceback, for the {@code traceback}
 * module written in Python.
 */
public final class TracebackModule {
    private TracebackModule() {}

    static ModuleDef def() {
        return new ModuleDef("_traceback", List.of(
                new MethodDef("format", (s, m, a, k) -> {
                    long[] v = Args.positional(s, "format", a, k, 1, 2);
                    long exc = exception(s, v[0]);
                    boolean chain = v[1] == 0 || dev.isola.objects.Abstract.isTrue(s, v[1]);
                    InterpreterState interp = InterpreterState.of(s);
                    return StrType.fromJava(s, chain ? Tracebacks.format(interp, exc) : Tracebacks.formatOnly(interp, exc));
                }),
                new MethodDef("format_only", (s, m, a, k) -> {
                    long exc = exception(s, Args.one(s, "format_only", a, k));
                    return StrType.fromJava(s, Tracebacks.exceptionDisplay(InterpreterState.of(s), exc));
                }),
                new MethodDef("entries", (s, m, a, k) -> {
                    long tb = Args.one(s, "entries", a, k);
                    long list = ListType.newList(s);
                    if (tb == s.space().none()) {
                        return list;
                    }
                    if (Objects.type(tb) != s.space().type(BuiltinType.TRACEBACK)) {
                        Objects.decref(s, list);
                        throw Errors.typeError(s, "expected a traceback, got " + Objects.typeNameOf(tb));
                    }
                    Tracebacks.entries(InterpreterState.of(s), tb, list);
                    return list;
                }),
                new MethodDef("source_line", (s, m, a, k) -> {
                    // linecache.getline's part: line lineno of filename, as tracebacks show it ('' if unknown).
                    long[] v = Args.positional(s, "source_line", a, k, 2, 2);
                    if (!StrType.check(v[0])) {
                        throw Errors.typeError(s, "source_line() filename must be str, not " + Objects.typeNameOf(v[0]));
                    }
                    String line = InterpreterState.of(s).sourceLine(StrType.toJava(v[0]), (int) Args.ssize(s, v[1]));
                    return StrType.fromJava(s, line == null ? "" : line + "\n");
                })),
                (interp, module, dict) -> { });
    }

    private static long exception(ObjectState s, long exc) {
        if ((Objects.flags(Objects.type(exc)) & TypeFlags.BASE_EXC_SUBCLASS) == 0) {
            throw Errors.typeError(s, "Exception expected for value, " + Objects.typeNameOf(exc) + " found");
        }
        return exc;
    }
}

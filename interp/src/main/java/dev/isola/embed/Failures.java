package dev.isola.embed;

import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeLayout;

/** Turns a Python exception raised inside an embedded interpreter into a {@link PythonException}. */
final class Failures {
    private Failures() {
    }

    /** The Java form of {@code e}, whose exception reference it consumes. */
    static PythonException toJava(InterpreterState interp, PyException e) {
        ObjectState s = interp.objects();
        long exc = e.take();
        try {
            String traceback = Tracebacks.format(interp, exc);
            return new PythonException(typeName(exc), message(s, exc), traceback);
        } finally {
            Objects.decref(s, exc);
        }
    }

    /** The type's qualified name, prefixed by its module unless builtins or __main__. */
    private static String typeName(long exc) {
        long type = Objects.type(exc);
        String name = StrType.toJava(Memory.getLong(type + TypeLayout.QUALNAME_OFFSET));
        long module = Memory.getLong(type + TypeLayout.MODULE_OFFSET);
        if (module != 0 && StrType.check(module)) {
            String m = StrType.toJava(module);
            if (!m.equals("builtins") && !m.equals("__main__")) {
                name = m + "." + name;
            }
        }
        return name;
    }

    private static String message(ObjectState s, long exc) {
        try {
            return Abstract.strJava(s, exc);
        } catch (PyException failed) {
            failed.release(s);
            return "<exception str() failed>";
        }
    }
}

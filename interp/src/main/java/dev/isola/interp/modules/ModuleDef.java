package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.MethodDef;
import java.util.List;

/**
 * A builtin module, defined in Java: its functions and what it puts in its dictionary when an
 * interpreter creates it. Immutable and shared by every interpreter; the module's state lives in
 * the module object each interpreter makes (CPython's multi-phase init).
 *
 * <p>Each function is called as {@code impl(state, module, args, kwargs)}: {@code args} a tuple,
 * {@code kwargs} a dict or 0; it returns a new reference or throws a {@code PyException}.
 */
public record ModuleDef(String name, List<MethodDef> functions, Init init) {
    /** Fills a freshly made module's dictionary (constants, objects, state). */
    @FunctionalInterface
    public interface Init {
        void init(InterpreterState interp, long module, long dict);
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectSpace;
import dev.isola.objects.ObjectState;
import java.util.List;

/**
 * A builtin module, defined in Java: its functions and what it puts in its dictionary when an
 * interpreter creates it. Immutable and shared by every interpreter; the module's state lives in
 * the module object each interpreter makes (CPython's multi-phase init).
 *
 * <p>Each function is called as {@code impl(state, module, args, kwargs)}: {@code args} a tuple,
 * {@code kwargs} a dict or 0; it returns a new reference or throws a {@code PyException}.
 *
 * <p>{@code boundFunctions} stand in for small callable classes ({@code operator.itemgetter}):
 * they share the module's function table, after {@code functions}, but are not put in its
 * dictionary; {@link #bind} makes one with an object holding its state as {@code self}, so
 * {@code impl(state, self, args, kwargs)} gets that object instead of the module.
 */
public record ModuleDef(String name, List<MethodDef> functions, List<MethodDef> boundFunctions, Init init) {
    /** Fills a freshly made module's dictionary (constants, objects, state). */
    @FunctionalInterface
    public interface Init {
        void init(InterpreterState interp, long module, long dict);
    }

    public ModuleDef(String name, List<MethodDef> functions, Init init) {
        this(name, functions, List.of(), init);
    }

    /**
     * A new builtin function: bound function {@code index} of builtin module {@code module} with
     * {@code self} (borrowed; the function takes a reference) as its {@code __self__}.
     */
    static long bind(ObjectState s, String module, int index, long self) {
        var runtime = InterpreterState.of(s).runtime();
        int at = runtime.moduleIndex(module);
        ModuleDef def = runtime.module(at);
        return CodeLayouts.newBuiltinFunction(s, self, ObjectSpace.functionTableIndex(at),
                def.functions().size() + index);
    }
}

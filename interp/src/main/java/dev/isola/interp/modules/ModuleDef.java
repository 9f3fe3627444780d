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
public record ModuleDef(String name, List<MethodDef> functions, List<MethodDef> boundFunctions, Init init,
        MultiInterp multiInterp) {
    /** Fills a freshly made module's dictionary (constants, objects, state). */
    @FunctionalInterface
    public interface Init {
        void init(InterpreterState interp, long module, long dict);
    }

    /**
     * What a module declares about several interpreters: CPython's {@code Py_mod_multiple_interpreters}
     * slot values. Every builtin module of Isola keeps its state in the module object or the
     * interpreter, so all declare {@link #PER_INTERPRETER_LOCK}.
     */
    public enum MultiInterp {
        /** {@code Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED}: only the main interpreter, or one that does not check. */
        NOT_SUPPORTED,
        /** {@code Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED}: any interpreter that shares the main one's lock. */
        SUPPORTED,
        /** {@code Py_MOD_PER_INTERPRETER_GIL_SUPPORTED}: any interpreter, with its own lock too. */
        PER_INTERPRETER_LOCK;

        /**
         * Whether a module declaring this may be imported into {@code interp}, by CPython's rule
         * ({@code PyModule_FromDefAndSpec2}): the main interpreter and interpreters that do not
         * check always may; otherwise a module that does not support several interpreters may
         * not, nor one without per-interpreter-lock support into an interpreter with its own lock.
         */
        public boolean allows(InterpreterState interp) {
            if (this == PER_INTERPRETER_LOCK || !interp.config().checkMultiInterpModules() || interp.isMain()) {
                return true;
            }
            return this == SUPPORTED && interp.config().lock() == dev.isola.interp.runtime.InterpreterConfig.LockMode.SHARED;
        }
    }

    public ModuleDef(String name, List<MethodDef> functions, List<MethodDef> boundFunctions, Init init) {
        this(name, functions, boundFunctions, init, MultiInterp.PER_INTERPRETER_LOCK);
    }

    public ModuleDef(String name, List<MethodDef> functions, Init init) {
        this(name, functions, List.of(), init, MultiInterp.PER_INTERPRETER_LOCK);
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

package dev.isola.interp.modules;

import dev.isola.interp.eval.ModuleLoader;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;

/**
 * A builtin module's {@code __getattr__} (PEP 562) that finds its rarer attributes in a bundled
 * Python module ({@code sys} in {@code _sysinfo.py}, {@code os} in {@code _osextra.py}): made on
 * first use, then kept in the builtin module's dict, so later lookups never come here. Names
 * the Python module does not define (or keeps private) raise CPython's AttributeError.
 */
final class LazyAttributes {
    private LazyAttributes() {}

    static long get(ObjectState s, long module, long args, long kwargs, String moduleName, String source) {
        long name = Args.positional(s, "__getattr__", args, kwargs, 1, 1)[0];
        String n = StrType.check(name) ? StrType.toJava(name) : "";
        if (!n.isEmpty() && !n.startsWith("_")) {
            InterpreterState interp = InterpreterState.of(s);
            long extra = ModuleLoader.importAbsolute(interp, source, true);
            if (extra != 0) {
                try {
                    long v = DictType.getItemString(s, Memory.getLong(extra + CodeLayouts.MODULE_DICT_OFFSET), n);
                    if (v != 0) {
                        DictType.setItemString(s, Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET), n, v);
                        return Objects.newRef(v);
                    }
                } finally {
                    Objects.decref(s, extra);
                }
            }
        }
        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "module '" + moduleName + "' has no attribute '" + n + "'");
    }
}

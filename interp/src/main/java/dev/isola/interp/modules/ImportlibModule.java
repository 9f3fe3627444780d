package dev.isola.interp.modules;

import dev.isola.interp.eval.Imports;
import dev.isola.interp.eval.ModuleFinder;
import dev.isola.interp.eval.ModuleLoader;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.util.List;

/**
 * The small {@code importlib} Isola has — {@code import_module(name, package=None)},
 * {@code reload(module)}, {@code invalidate_caches()} — and the builtin {@code __import__}, all
 * over the import machinery of {@link Imports} and {@link ModuleLoader}. CPython writes these in
 * Python ({@code importlib/__init__.py}, {@code _bootstrap.py}); the messages are theirs.
 */
public final class ImportlibModule {
    private ImportlibModule() {
    }

    static ModuleDef def() {
        return new ModuleDef("importlib", List.of(
                new MethodDef("import_module", ImportlibModule::importModule),
                new MethodDef("reload", ImportlibModule::reload),
                new MethodDef("invalidate_caches", (s, m, args, kwargs) -> {
                    Args.function(s, "invalidate_caches", args, kwargs, 0);
                    return s.space().none();
                })), (interp, module, dict) -> { });
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}, for builtins. */
    static MethodDef importFunction() {
        return new MethodDef("__import__", (s, m, args, kwargs) -> {
            long[] a = Args.parse(s, "__import__", args, kwargs, 0, 1, "name", "globals", "locals", "fromlist",
                    "level");
            if (!StrType.check(a[0])) {
                throw Errors.typeError(s, "module name must be a string");
            }
            int level = 0;
            if (a[4] != 0) {
                long n = Abstract.index(s, a[4]);
                try {
                    level = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, IntType.longValue(n)));
                } finally {
                    Objects.decref(s, n);
                }
            }
            return Imports.importModuleLevel(InterpreterState.of(s), StrType.toJava(a[0]), a[1], a[3], level);
        });
    }

    /** {@code import_module(name, package=None)}: the module itself, not its top package. */
    private static long importModule(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "import_module", args, kwargs, 1, "name", "package");
        long pkg = a[1] == 0 ? s.space().none() : a[1];
        if (!StrType.check(a[0])) {
            throw Errors.attributeError(s, a[0], "startswith");
        }
        String name = StrType.toJava(a[0]);
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        if (level > 0 && !Abstract.isTrue(s, pkg)) {
            throw Errors.typeError(s, "the 'package' argument is required to perform a relative import for "
                    + Abstract.reprJava(s, a[0]));
        }
        String rest = name.substring(level);
        String absName = rest;
        if (level > 0) {
            if (!StrType.check(pkg)) {
                throw Errors.typeError(s, "__package__ not set to a string");
            }
            String base = StrType.toJava(pkg);
            for (int up = 1; up < level; up++) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "attempted relative import beyond top-level package");
                }
                base = base.substring(0, dot);
            }
            absName = rest.isEmpty() ? base : base + "." + rest;
        } else if (rest.isEmpty()) {
            throw Errors.valueError(s, "Empty module name");
        }
        return ModuleLoader.importAbsolute(InterpreterState.of(s), absName, false);
    }

    /** {@code reload(module)}: runs a source module's file again in its own dict. */
    private static long reload(ObjectState s, long self, long args, long kwargs) {
        long module = Args.function(s, "reload", args, kwargs, 1, "module")[0];
        InterpreterState interp = InterpreterState.of(s);
        if (Objects.type(module) != s.space().type(BuiltinType.MODULE)) {
            throw Errors.typeError(s, "reload() argument must be a module");
        }
        long nameObj = Abstract.getAttr(s, module, "__name__");
        String name;
        try {
            name = Abstract.strJava(s, nameObj);
        } finally {
            Objects.decref(s, nameObj);
        }
        if (interp.findModule(name) != module) {
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "module " + name + " not in sys.modules");
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 && interp.runtime().moduleIndex(name) >= 0) {
            return Objects.newRef(module);
        }
        ModuleFinder.Spec spec = specFor(interp, name, dot);
        if (spec == null) {
            throw Errors.raise(s, BuiltinType.MODULE_NOT_FOUND_ERROR, "spec not found for the module '" + name + "'");
        }
        if (spec.origin() != null) {
            ModuleLoader.exec(interp, spec, Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET));
        }
        long m = interp.findModule(name);
        if (m == 0) {
            throw Errors.keyError(s, Memory.getLong(module + CodeLayouts.MODULE_NAME_OFFSET));
        }
        return Objects.newRef(m);
    }

    private static ModuleFinder.Spec specFor(InterpreterState interp, String name, int dot) {
        ObjectState s = interp.objects();
        if (dot < 0) {
            return ModuleFinder.find(interp, name, ModuleLoader.sysPath(interp));
        }
        String parentName = name.substring(0, dot);
        long parent = interp.findModule(parentName);
        if (parent == 0) {
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "parent '" + parentName + "' not in sys.modules");
        }
        long path = Abstract.getAttr(s, parent, "__path__");
        try {
            return ModuleFinder.find(interp, name, path);
        } finally {
            Objects.decref(s, path);
        }
    }
}

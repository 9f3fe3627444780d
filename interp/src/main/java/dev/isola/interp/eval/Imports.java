package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;

/**
 * The {@code import} statement's opcodes and {@code __import__} (CPython's
 * {@code PyImport_ImportModuleLevelObject}, {@code import_from}, {@code import_all_from}):
 * relative names resolved against the importing module's {@code __package__} (or its
 * {@code __name__} and {@code __path__}), what {@code import a.b.c} binds, and the
 * {@code from}-list that imports submodules of a package. Finding and loading is
 * {@link ModuleLoader}'s.
 */
public final class Imports {
    /** An {@code ImportError(message)} (or subclass {@code type}) with its {@code name} attribute set. */
    public static PyException importError(ObjectState s, String message, String name) {
        return importError(s, BuiltinType.IMPORT_ERROR, message, name);
    }

    public static PyException importError(ObjectState s, BuiltinType type, String message, String name) {
        PyException e = Errors.raise(s, type, message);
        long n = StrType.fromJava(s, name);
        try {
            dev.isola.objects.ExceptionTypes.setAttribute(s, e.exception(), "name", n);
        } finally {
            Objects.decref(s, n);
        }
        return e;
    }

    private Imports() {
    }

    /** {@code IMPORT_NAME}: {@code level fromlist → module}. */
    static int importName(ThreadState ts, LoadedCode c, long[] f, int base, int sp, int arg) {
        ObjectState s = ts.interp().objects();
        long fromlist = Ops.take(f, --sp);
        long level = Ops.take(f, sp - 1);
        try {
            f[sp - 1] = importModuleLevel(ts.interp(), StrType.toJava(c.names[arg]), f[base + LoadedCode.GLOBALS],
                    fromlist, (int) IntType.longValue(level));
        } finally {
            Objects.decref(s, fromlist);
            Objects.decref(s, level);
        }
        return sp;
    }

    /**
     * {@code __import__(name, globals, None, fromlist, level)} (a new reference): the top
     * package for {@code import a.b}, the module itself when a from-list is given.
     */
    public static long importModuleLevel(InterpreterState interp, String name, long globals, long fromlist, int level) {
        ObjectState s = interp.objects();
        if (level < 0) {
            throw Errors.valueError(s, "level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(s, name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Errors.valueError(s, "Empty module name");
            }
            absName = name;
        }
        long mod = ModuleLoader.importAbsolute(interp, absName, false);
        try {
            boolean hasFrom = fromlist != 0 && fromlist != s.space().none() && Abstract.isTrue(s, fromlist);
            if (!hasFrom) {
                int dot = name.indexOf('.');
                if ((level == 0 || !name.isEmpty()) && dot >= 0) {
                    if (level == 0) {
                        return ModuleLoader.importAbsolute(interp, name.substring(0, dot), false);
                    }
                    String top = absName.substring(0, absName.length() - (name.length() - dot));
                    long m = interp.findModule(top);
                    if (m == 0) {
                        throw keyErrorText(s, top);
                    }
                    return Objects.newRef(m);
                }
                return Objects.newRef(mod);
            }
            if (hasAttr(s, mod, "__path__")) {
                handleFromlist(interp, mod, fromlist, false);
            }
            return Objects.newRef(mod);
        } finally {
            Objects.decref(s, mod);
        }
    }

    /**
     * The absolute name of a relative import of {@code name} at {@code level} from the module
     * whose globals are {@code globals} (CPython's {@code resolve_name}).
     */
    static String resolveName(ObjectState s, String name, long globals, int level) {
        if (globals == 0) {
            throw keyErrorText(s, "'__name__' not in globals");
        }
        if (!DictType.check(globals)) {
            throw Errors.typeError(s, "globals must be a dict");
        }
        long packageObj = DictType.getItemString(s, globals, "__package__");
        String pkg;
        if (packageObj != 0 && packageObj != s.space().none()) {
            if (!StrType.check(packageObj)) {
                throw Errors.typeError(s, "package must be a string");
            }
            pkg = StrType.toJava(packageObj);
        } else {
            long nameObj = DictType.getItemString(s, globals, "__name__");
            if (nameObj == 0) {
                throw keyErrorText(s, "'__name__' not in globals");
            }
            if (!StrType.check(nameObj)) {
                throw Errors.typeError(s, "__name__ must be a string");
            }
            pkg = StrType.toJava(nameObj);
            if (DictType.getItemString(s, globals, "__path__") == 0) {
                pkg = pkg.substring(0, Math.max(0, pkg.lastIndexOf('.')));
            }
        }
        int lastDot = pkg.length();
        if (lastDot == 0) {
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int up = 1; up < level; up++) {
            lastDot = pkg.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
        }
        String base = pkg.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyException keyErrorText(ObjectState s, String text) {
        long key = StrType.fromJava(s, text);
        try {
            return Errors.keyError(s, key);
        } finally {
            Objects.decref(s, key);
        }
    }

    /**
     * Imports the submodules a from-list names that are not yet attributes of package
     * {@code module} ({@code '*'} stands for its {@code __all__}); a name that is no submodule is
     * left for {@code IMPORT_FROM} to report (CPython's {@code _handle_fromlist}).
     */
    private static void handleFromlist(InterpreterState interp, long module, long fromlist, boolean recursive) {
        ObjectState s = interp.objects();
        long it = Abstract.iter(s, fromlist);
        try {
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                try {
                    if (!StrType.check(x)) {
                        String where = recursive ? moduleName(s, module) + ".__all__" : "``from list''";
                        throw Errors.typeError(s, "Item in " + where + " must be str, not " + Objects.typeNameOf(x));
                    }
                    String item = StrType.toJava(x);
                    if (item.equals("*")) {
                        if (!recursive && hasAttr(s, module, "__all__")) {
                            long all = Abstract.getAttr(s, module, "__all__");
                            try {
                                handleFromlist(interp, module, all, true);
                            } finally {
                                Objects.decref(s, all);
                            }
                        }
                    } else if (!hasAttr(s, module, item)) {
                        String fromName = moduleName(s, module) + "." + item;
                        Objects.xdecref(s, ModuleLoader.importAbsolute(interp, fromName, true));
                    }
                } finally {
                    Objects.decref(s, x);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
    }

    /** {@code IMPORT_FROM}: {@code from m import name}, falling back on {@code sys.modules['m.name']}. */
    static long importFrom(InterpreterState interp, long module, long name) {
        ObjectState s = interp.objects();
        try {
            return Abstract.getAttr(s, module, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
        }
        String item = Abstract.reprJava(s, name);
        long pkgName = attrOrZero(s, module, "__name__");
        try {
            if (pkgName != 0 && StrType.check(pkgName)) {
                long sub = interp.findModule(StrType.toJava(pkgName) + "." + StrType.toJava(name));
                if (sub != 0) {
                    return Objects.newRef(sub);
                }
            }
            String pkg = pkgName != 0 && StrType.check(pkgName) ? Abstract.reprJava(s, pkgName)
                    : "'<unknown module name>'";
            long dict = Objects.type(module) == s.space().type(BuiltinType.MODULE)
                    ? Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET) : 0;
            long file = dict == 0 ? 0 : DictType.getItemString(s, dict, "__file__");
            if (file == 0 || !StrType.check(file)) {
                throw Errors.raise(s, BuiltinType.IMPORT_ERROR,
                        "cannot import name " + item + " from " + pkg + " (unknown location)");
            }
            if (interp.isInitializing(module)) {
                throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "cannot import name " + item
                        + " from partially initialized module " + pkg + " (most likely due to a circular import) ("
                        + StrType.toJava(file) + ")");
            }
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR,
                    "cannot import name " + item + " from " + pkg + " (" + StrType.toJava(file) + ")");
        } finally {
            Objects.xdecref(s, pkgName);
        }
    }

    /** {@code from m import *}: the names of {@code __all__}, else every public name of its dict. */
    static void importStar(InterpreterState interp, long module, long locals) {
        ObjectState s = interp.objects();
        long all = attrOrZero(s, module, "__all__");
        boolean skipPrivate = all == 0;
        if (skipPrivate) {
            long dict = attrOrZero(s, module, "__dict__");
            if (dict == 0) {
                throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__");
            }
            try {
                all = Abstract.callMethod(s, dict, "keys");
            } finally {
                Objects.decref(s, dict);
            }
        }
        try {
            long it = Abstract.iter(s, all);
            try {
                for (long name = Abstract.next(s, it); name != 0; name = Abstract.next(s, it)) {
                    try {
                        if (!StrType.check(name)) {
                            String modName = moduleName(s, module);
                            throw Errors.typeError(s, (skipPrivate ? "Key in " + modName + ".__dict__"
                                    : "Item in " + modName + ".__all__") + " must be str, not " + Objects.typeNameOf(name));
                        }
                        if (skipPrivate && StrType.toJava(name).startsWith("_")) {
                            continue;
                        }
                        long v = Abstract.getAttr(s, module, name);
                        try {
                            Abstract.setItem(s, locals, name, v);
                        } finally {
                            Objects.decref(s, v);
                        }
                    } finally {
                        Objects.decref(s, name);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        } finally {
            Objects.decref(s, all);
        }
    }

    /** {@code module.__name__} as text, for messages; TypeError if it is not a str. */
    private static String moduleName(ObjectState s, long module) {
        long n = Abstract.getAttr(s, module, "__name__");
        try {
            if (!StrType.check(n)) {
                throw Errors.typeError(s, "module __name__ must be a string, not " + Objects.typeNameOf(n));
            }
            return StrType.toJava(n);
        } finally {
            Objects.decref(s, n);
        }
    }

    static boolean hasAttr(ObjectState s, long o, String name) {
        long v = attrOrZero(s, o, name);
        Objects.xdecref(s, v);
        return v != 0;
    }

    /** {@code getattr(o, name)} (a new reference), or 0 on AttributeError. */
    static long attrOrZero(ObjectState s, long o, String name) {
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
}

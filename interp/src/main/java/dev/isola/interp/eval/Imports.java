package dev.isola.interp.eval;

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

/**
 * {@code import}: builtin modules only for now, made once per interpreter and cached in
 * {@code sys.modules}. A dotted name imports its parent first, which may register the submodule
 * in {@code sys.modules} ({@code os} registers {@code os.path}).
 */
final class Imports {
    private Imports() {
    }

    /** {@code IMPORT_NAME}: {@code level fromlist → module}. */
    static int importName(ThreadState ts, LoadedCode c, long[] f, int base, int sp, int arg) {
        ObjectState s = ts.interp().objects();
        long fromlist = Ops.take(f, --sp);
        long level = Ops.take(f, sp - 1);
        try {
            String name = StrType.toJava(c.names[arg]);
            if (dev.isola.objects.IntType.longValue(level) > 0) {
                throw Errors.raise(s, BuiltinType.IMPORT_ERROR,
                        "attempted relative import with no known parent package");
            }
            long m = importModule(ts.interp(), name);
            if (fromlist == s.space().none() && name.contains(".")) {
                Objects.decref(s, m);
                m = importModule(ts.interp(), name.substring(0, name.indexOf('.')));
            }
            f[sp - 1] = m;
        } finally {
            Objects.decref(s, fromlist);
            Objects.decref(s, level);
        }
        return sp;
    }

    /** The module {@code name} (a new reference), importing it if needed. */
    static long importModule(InterpreterState interp, String name) {
        ObjectState s = interp.objects();
        long m = interp.findModule(name);
        if (m != 0) {
            return Objects.newRef(m);
        }
        int index = interp.runtime().moduleIndex(name);
        int dot = name.lastIndexOf('.');
        if (index < 0 && dot > 0) {
            // A submodule: importing the parent may register it ({@code os} puts {@code os.path}).
            Objects.decref(s, importModule(interp, name.substring(0, dot)));
            m = interp.findModule(name);
            if (m != 0) {
                return Objects.newRef(m);
            }
            throw Errors.raise(s, BuiltinType.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'; '"
                    + name.substring(0, dot) + "' is not a package");
        }
        if (index < 0) {
            PyException e = Errors.raise(s, BuiltinType.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            throw e;
        }
        return Objects.newRef(interp.createModule(index));
    }

    /** {@code IMPORT_FROM}: {@code from m import name}. */
    static long importFrom(ObjectState s, long module, long name) {
        try {
            return Abstract.getAttr(s, module, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            String modName = "?";
            if (Objects.type(module) == s.space().type(BuiltinType.MODULE)) {
                modName = StrType.toJava(Memory.getLong(module + CodeLayouts.MODULE_NAME_OFFSET));
            }
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "cannot import name '" + StrType.toJava(name)
                    + "' from '" + modName + "' (unknown location)");
        }
    }

    /** {@code from m import *}: public names, or {@code __all__}. */
    static void importStar(ObjectState s, long module, long locals) {
        if (Objects.type(module) != s.space().type(BuiltinType.MODULE)) {
            throw Errors.typeError(s, "import * only allowed from modules");
        }
        long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
        long all = DictType.getItemString(s, dict, "__all__");
        if (all != 0) {
            long it = Abstract.iter(s, all);
            try {
                for (long name = Abstract.next(s, it); name != 0; name = Abstract.next(s, it)) {
                    try {
                        long v = Abstract.getAttr(s, module, name);
                        try {
                            DictType.setItem(s, locals, name, v);
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
            return;
        }
        long[] cursor = new long[3];
        while (DictType.next(dict, cursor)) {
            if (StrType.check(cursor[1]) && !StrType.toJava(cursor[1]).startsWith("_")) {
                DictType.setItem(s, locals, cursor[1], cursor[2]);
            }
        }
    }
}

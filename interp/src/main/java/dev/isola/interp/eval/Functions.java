package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;

/**
 * Function objects: {@code MAKE_FUNCTION}, their attributes, repr and dealloc. The layout is
 * {@link CodeLayouts}' function table.
 */
public final class Functions {
    /** Every field from {@code __code__} to {@code __doc__} is a reference or 0. */
    private static final int FIRST_REF = CodeLayouts.FUNCTION_CODE_OFFSET;

    private Functions() {
    }

    /** {@code MAKE_FUNCTION flags}: {@code [defaults] [kwdefaults] [closure] code → f}. */
    static int make(ThreadState ts, LoadedCode c, long[] f, int base, int sp, int flags) {
        ObjectState s = ts.interp().objects();
        long code = Ops.take(f, --sp);
        long closure = (flags & 8) != 0 ? Ops.take(f, --sp) : 0;
        long annotations = (flags & 4) != 0 ? Ops.take(f, --sp) : 0;
        long kwdefaults = (flags & 2) != 0 ? Ops.take(f, --sp) : 0;
        long defaults = (flags & 1) != 0 ? Ops.take(f, --sp) : 0;
        long globals = f[base + LoadedCode.GLOBALS];
        long fn = newFunction(ts.interp(), code, globals, defaults, kwdefaults, closure);
        if (annotations != 0) {
            // Kept in the function's dict (CPython has a field of its own for it).
            long dict = DictType.newDict(s);
            Memory.putLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET, dict);
            DictType.setItemString(s, dict, "__annotations__", annotations);
            Objects.decref(s, annotations);
        }
        f[sp++] = fn;
        return sp;
    }

    /**
     * A new function over {@code code} (a code object of {@code interp}) with {@code globals}
     * (borrowed); it takes over {@code code} and the defaults, kwdefaults and closure (each may be 0).
     */
    public static long newFunction(InterpreterState interp, long code, long globals, long defaults,
            long kwdefaults, long closure) {
        ObjectState s = interp.objects();
        LoadedCode target = CodeLoader.of(interp, code);
        long fn = s.allocGcObject(s.space().type(BuiltinType.FUNCTION), CodeLayouts.FUNCTION_SIZE);
        Memory.putLong(fn + CodeLayouts.FUNCTION_CODE_OFFSET, code);
        Memory.putLong(fn + CodeLayouts.FUNCTION_GLOBALS_OFFSET, Objects.newRef(globals));
        Memory.putLong(fn + CodeLayouts.FUNCTION_NAME_OFFSET, s.intern(target.code.name()));
        Memory.putLong(fn + CodeLayouts.FUNCTION_QUALNAME_OFFSET, StrType.fromJava(s, target.code.qualname()));
        Memory.putLong(fn + CodeLayouts.FUNCTION_DEFAULTS_OFFSET, defaults);
        Memory.putLong(fn + CodeLayouts.FUNCTION_KWDEFAULTS_OFFSET, kwdefaults);
        Memory.putLong(fn + CodeLayouts.FUNCTION_CLOSURE_OFFSET, closure);
        Memory.putLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET, 0);
        long module = DictType.getItemString(s, globals, "__name__");
        Memory.putLong(fn + CodeLayouts.FUNCTION_MODULE_OFFSET, module == 0 ? 0 : Objects.newRef(module));
        // CPython's PyFunction_New: __doc__ is co_consts[0] when it is a str (the compiler puts
        // the docstring, or None, there).
        long doc = target.consts.length > 0 && StrType.check(target.consts[0]) ? target.consts[0] : s.space().none();
        Memory.putLong(fn + CodeLayouts.FUNCTION_DOC_OFFSET, Objects.newRef(doc));
        return fn;
    }

    static String qualname(long function) {
        return StrType.toJava(Memory.getLong(function + CodeLayouts.FUNCTION_QUALNAME_OFFSET));
    }

    static long repr(ObjectState s, long fn) {
        return StrType.fromJava(s, "<function " + qualname(fn) + " at 0x" + Long.toHexString(fn) + ">");
    }

    static void dealloc(ObjectState s, long fn) {
        for (int off = FIRST_REF; off < CodeLayouts.FUNCTION_SIZE; off += 8) {
            Objects.xdecref(s, Memory.getLong(fn + off));
        }
        s.freeGcObject(fn);
    }

    /** Drops the references a cycle can run through: defaults, closure, dict, globals stay. */
    static void clear(ObjectState s, long fn) {
        for (int off : new int[] {CodeLayouts.FUNCTION_DEFAULTS_OFFSET, CodeLayouts.FUNCTION_KWDEFAULTS_OFFSET,
                CodeLayouts.FUNCTION_CLOSURE_OFFSET, CodeLayouts.FUNCTION_DICT_OFFSET}) {
            long r = Memory.getLong(fn + off);
            Memory.putLong(fn + off, 0);
            Objects.xdecref(s, r);
        }
    }

    static void traverse(long fn, dev.isola.objects.SlotFunctions.Visitor v) {
        for (int off = FIRST_REF; off < CodeLayouts.FUNCTION_SIZE; off += 8) {
            long r = Memory.getLong(fn + off);
            if (r != 0) {
                v.visit(r);
            }
        }
    }

    static long getAttr(ObjectState s, long fn, long name) {
        String n = StrType.toJava(name);
        int off = switch (n) {
            case "__name__" -> CodeLayouts.FUNCTION_NAME_OFFSET;
            case "__qualname__" -> CodeLayouts.FUNCTION_QUALNAME_OFFSET;
            case "__code__" -> CodeLayouts.FUNCTION_CODE_OFFSET;
            case "__globals__" -> CodeLayouts.FUNCTION_GLOBALS_OFFSET;
            case "__defaults__" -> CodeLayouts.FUNCTION_DEFAULTS_OFFSET;
            case "__kwdefaults__" -> CodeLayouts.FUNCTION_KWDEFAULTS_OFFSET;
            case "__closure__" -> CodeLayouts.FUNCTION_CLOSURE_OFFSET;
            case "__module__" -> CodeLayouts.FUNCTION_MODULE_OFFSET;
            case "__doc__" -> CodeLayouts.FUNCTION_DOC_OFFSET;
            case "__dict__" -> CodeLayouts.FUNCTION_DICT_OFFSET;
            default -> -1;
        };
        if (off == CodeLayouts.FUNCTION_DICT_OFFSET && Memory.getLong(fn + off) == 0) {
            Memory.putLong(fn + off, DictType.newDict(s));
        }
        if (off >= 0) {
            long v = Memory.getLong(fn + off);
            return Objects.newRef(v == 0 ? s.space().none() : v);
        }
        if (n.equals("__class__")) {
            return Objects.newRef(Objects.type(fn));
        }
        long dict = Memory.getLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET);
        long v = dict == 0 ? 0 : DictType.getItem(s, dict, name);
        if (v != 0) {
            return Objects.newRef(v);
        }
        if (n.equals("__annotations__")) {
            // CPython makes an empty dict on first access and keeps it.
            if (dict == 0) {
                dict = DictType.newDict(s);
                Memory.putLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET, dict);
            }
            long empty = DictType.newDict(s);
            DictType.setItem(s, dict, name, empty);
            return empty;
        }
        if (n.startsWith("__") && n.endsWith("__")) {
            // The slot wrappers every function has: __get__, __call__, __repr__, __eq__ …
            return dev.isola.objects.ObjectType.genericGetAttr(s, fn, name);
        }
        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "'function' object has no attribute '" + n + "'");
    }

    static void setAttr(ObjectState s, long fn, long name, long value) {
        String n = StrType.toJava(name);
        switch (n) {
            case "__name__", "__qualname__" -> {
                if (value == 0 || !StrType.check(value)) {
                    throw Errors.typeError(s, n + " must be set to a string object");
                }
                int off = n.equals("__name__") ? CodeLayouts.FUNCTION_NAME_OFFSET : CodeLayouts.FUNCTION_QUALNAME_OFFSET;
                long old = Memory.getLong(fn + off);
                Memory.putLong(fn + off, Objects.newRef(value));
                Objects.decref(s, old);
            }
            case "__doc__", "__module__" -> {
                int off = n.equals("__doc__") ? CodeLayouts.FUNCTION_DOC_OFFSET : CodeLayouts.FUNCTION_MODULE_OFFSET;
                long old = Memory.getLong(fn + off);
                Memory.putLong(fn + off, Objects.newRef(value == 0 ? s.space().none() : value));
                Objects.xdecref(s, old);
            }
            default -> {
                if (n.equals("__annotations__") && value != 0 && !DictType.check(value)) {
                    throw Errors.typeError(s, "__annotations__ must be set to a dict object");
                }
                long dict = Memory.getLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET);
                if (dict == 0) {
                    dict = DictType.newDict(s);
                    Memory.putLong(fn + CodeLayouts.FUNCTION_DICT_OFFSET, dict);
                }
                if (value == 0) {
                    if (DictType.getItem(s, dict, name) == 0) {
                        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "'function' object has no attribute '"
                                + n + "'");
                    }
                    DictType.delItem(s, dict, name);
                } else {
                    DictType.setItem(s, dict, name, value);
                }
            }
        }
    }

    static InterpreterState interp(ObjectState s) {
        return InterpreterState.of(s);
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Layouts of the objects the interpreter fills in — function, code, cell, bound method,
 * builtin function and module — and the builtin-method objects the object layer already uses.
 *
 * <pre>
 *   builtin_function_or_method (GC)            cell (GC)
 *   +16  self          object or 0 (unbound)     +16  contents   object or 0 (empty)
 *   +24  slots index   int32                     (24 bytes)
 *   +28  method index  int32                   
 *   (32 bytes)                                 method (GC)
 *                                              +16  __func__   object
 *   code                                       +24  __self__   object
 *   +16  handle        int64 (interpreter's      (32 bytes)
 *                       table of compiled code)
 *   +24  co_name       str                     module (GC)
 *   +32  co_filename   str                     +16  __dict__   dict
 *   (40 bytes)                                 +24  __name__   str
 *                                              +32  state      address of md_state bytes, or 0
 *   function (GC)                              (40 bytes)
 *   +16  __code__      code
 *   +24  __globals__   dict
 *   +32  __name__      str
 *   +40  __qualname__  str
 *   +48  __defaults__  tuple or 0
 *   +56  __kwdefaults__ dict or 0
 *   +64  __closure__   tuple of cells or 0
 *   +72  __dict__      dict or 0
 *   +80  __module__    object or 0
 *   +88  __doc__       object or 0
 *   (96 bytes)
 *
 *   generator (GC)                             TextIOWrapper (sys.stdout …)
 *   +16  handle        int64 (its frame)         +16  handle  int64 (its Java stream)
 *   +24  __name__      str                       (24 bytes)
 *   +32  __qualname__  str
 *   (40 bytes)                                 traceback (GC)
 *                                              +16  tb_next    traceback or 0
 *                                              +24  code       code object of the frame
 *                                              +32  tb_lasti   int32 instruction index
 *                                              +36  tb_lineno  int32
 *                                              +40  globals    dict of the frame
 *                                              (48 bytes)
 *   frame (GC; a snapshot for gi_frame)
 *   +16  f_code        code
 *   +24  f_globals     dict
 *   +32  f_locals      dict
 *   +40  f_lineno      int32
 *   (48 bytes)
 * </pre>
 * Only builtin methods have behaviour here; the rest arrive with the interpreter.
 */
public final class CodeLayouts {
    public static final int BUILTIN_SELF_OFFSET = 16;
    public static final int BUILTIN_SLOTS_INDEX_OFFSET = 24;
    public static final int BUILTIN_METHOD_INDEX_OFFSET = 28;
    public static final int BUILTIN_FUNCTION_SIZE = 32;

    public static final int CELL_CONTENTS_OFFSET = 16;
    public static final int CELL_SIZE = 24;

    public static final int METHOD_FUNC_OFFSET = 16;
    public static final int METHOD_SELF_OFFSET = 24;
    public static final int METHOD_SIZE = 32;

    public static final int CODE_HANDLE_OFFSET = 16;
    public static final int CODE_NAME_OFFSET = 24;
    public static final int CODE_FILENAME_OFFSET = 32;
    public static final int CODE_SIZE = 40;

    public static final int MODULE_DICT_OFFSET = 16;
    public static final int MODULE_NAME_OFFSET = 24;
    public static final int MODULE_STATE_OFFSET = 32;
    public static final int MODULE_SIZE = 40;

    public static final int FUNCTION_CODE_OFFSET = 16;
    public static final int FUNCTION_GLOBALS_OFFSET = 24;
    public static final int FUNCTION_NAME_OFFSET = 32;
    public static final int FUNCTION_QUALNAME_OFFSET = 40;
    public static final int FUNCTION_DEFAULTS_OFFSET = 48;
    public static final int FUNCTION_KWDEFAULTS_OFFSET = 56;
    public static final int FUNCTION_CLOSURE_OFFSET = 64;
    public static final int FUNCTION_DICT_OFFSET = 72;
    public static final int FUNCTION_MODULE_OFFSET = 80;
    public static final int FUNCTION_DOC_OFFSET = 88;
    public static final int FUNCTION_SIZE = 96;

    public static final int GENERATOR_HANDLE_OFFSET = 16;
    public static final int GENERATOR_NAME_OFFSET = 24;
    public static final int GENERATOR_QUALNAME_OFFSET = 32;
    public static final int GENERATOR_SIZE = 40;

    public static final int TEXT_IO_HANDLE_OFFSET = 16;
    public static final int TEXT_IO_SIZE = 24;

    public static final int TRACEBACK_NEXT_OFFSET = 16;
    public static final int TRACEBACK_CODE_OFFSET = 24;
    public static final int TRACEBACK_LASTI_OFFSET = 32;
    public static final int TRACEBACK_LINENO_OFFSET = 36;
    public static final int TRACEBACK_GLOBALS_OFFSET = 40;
    public static final int TRACEBACK_SIZE = 48;

    public static final int FRAME_CODE_OFFSET = 16;
    public static final int FRAME_GLOBALS_OFFSET = 24;
    public static final int FRAME_LOCALS_OFFSET = 32;
    public static final int FRAME_LINENO_OFFSET = 40;
    /** The caller's frame object (owned), or 0 for None. */
    public static final int FRAME_BACK_OFFSET = 48;
    public static final int FRAME_SIZE = 56;

    private CodeLayouts() {}

    static TypeSlots slots(BuiltinType t) {
        if (t != BuiltinType.BUILTIN_FUNCTION && t != BuiltinType.METHOD_DESCRIPTOR) {
            return TypeSlots.builder().build();
        }
        return TypeSlots.builder()
                .repr(CodeLayouts::builtinRepr)
                .call(CodeLayouts::callBuiltin)
                .getAttr(CodeLayouts::builtinGetAttr)
                .descrGet(t == BuiltinType.METHOD_DESCRIPTOR ? CodeLayouts::descriptorGet : null)
                .dealloc((s, f) -> {
                    Objects.xdecref(s, Memory.getLong(f + BUILTIN_SELF_OFFSET));
                    s.freeGcObject(f);
                })
                .traverse((s, f, visitor) -> {
                    long self = Memory.getLong(f + BUILTIN_SELF_OFFSET);
                    if (self != 0) {
                        visitor.visit(self);
                    }
                })
                .build();
    }

    /**
     * A builtin function of a module ({@code print}, {@code sys.exit}): method {@code method} of
     * the extension's slot table {@code slotsIndex}, with the module as {@code __self__}.
     */
    public static long newBuiltinFunction(ObjectState s, long module, int slotsIndex, int method) {
        return bindBuiltin(s, module, slotsIndex, method);
    }

    /** {@code self.name} for builtin method {@code method} of slot table {@code slotsIndex}. */
    static long bindBuiltin(ObjectState s, long self, int slotsIndex, int method) {
        long f = s.allocGcObject(s.space().type(BuiltinType.BUILTIN_FUNCTION), BUILTIN_FUNCTION_SIZE);
        Memory.putLong(f + BUILTIN_SELF_OFFSET, Objects.newRef(self));
        Memory.putInt(f + BUILTIN_SLOTS_INDEX_OFFSET, slotsIndex);
        Memory.putInt(f + BUILTIN_METHOD_INDEX_OFFSET, method);
        return f;
    }

    /** {@code Type.name}: called with the instance as the first argument. */
    static long unboundBuiltin(ObjectState s, long type, int method) {
        long f = s.allocGcObject(s.space().type(BuiltinType.METHOD_DESCRIPTOR), BUILTIN_FUNCTION_SIZE);
        Memory.putLong(f + BUILTIN_SELF_OFFSET, 0);
        Memory.putInt(f + BUILTIN_SLOTS_INDEX_OFFSET, Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET));
        Memory.putInt(f + BUILTIN_METHOD_INDEX_OFFSET, method);
        return f;
    }

    /**
     * A method descriptor ({@code list.append}) for method {@code method} of the static type
     * with slot table {@code slotsIndex}: a new reference. The interpreter caches these to call
     * {@code o.m(...)} without making a bound method.
     */
    public static long newMethodDescriptor(ObjectState s, int slotsIndex, int method) {
        return unboundBuiltin(s, s.space().staticType(slotsIndex), method);
    }

    /**
     * Calls method descriptor {@code f} with {@code self} and the rest of the arguments
     * ({@code args} a tuple without self): {@code list.append(self, x)} without a new tuple.
     */
    public static long callDescriptor(ObjectState s, long f, long self, long args, long kwargs) {
        MethodDef m = methodOf(s, f);
        long type = s.space().staticType(Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET));
        if (!Objects.isInstance(self, type)) {
            throw Errors.typeError(s, "descriptor '" + m.name() + "' for '" + Objects.typeName(type)
                    + "' objects doesn't apply to a '" + Objects.typeNameOf(self) + "' object");
        }
        return m.impl().apply(s, self, args, kwargs);
    }

    /** {@code list.append.__get__(obj)}: the method bound to {@code obj} (the descriptor itself through the class). */
    static long descriptorGet(ObjectState s, long f, long obj, long type) {
        if (obj == 0 || obj == s.space().none() || Memory.getLong(f + BUILTIN_SELF_OFFSET) != 0) {
            return Objects.newRef(f);
        }
        int slotsIndex = Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET);
        long owner = s.space().staticType(slotsIndex);
        if (!Objects.isInstance(obj, owner)) {
            throw Errors.typeError(s, "descriptor '" + methodOf(s, f).name() + "' for '" + Objects.typeName(owner)
                    + "' objects doesn't apply to a '" + Objects.typeNameOf(obj) + "' object");
        }
        return bindBuiltin(s, obj, slotsIndex, Memory.getInt(f + BUILTIN_METHOD_INDEX_OFFSET));
    }

    static MethodDef methodOf(ObjectState s, long f) {
        TypeSlots slots = s.space().slotTable(Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET));
        return slots.methods().get(Memory.getInt(f + BUILTIN_METHOD_INDEX_OFFSET));
    }

    static long callBuiltin(ObjectState s, long f, long args, long kwargs) {
        MethodDef m = methodOf(s, f);
        long self = Memory.getLong(f + BUILTIN_SELF_OFFSET);
        if (self != 0) {
            return m.impl().apply(s, self, args, kwargs);
        }
        long n = TupleType.size(args);
        long type = s.space().staticType(Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET));
        String typeName = Objects.typeName(type);
        if (n == 0) {
            throw Errors.typeError(s, "unbound method " + typeName + "." + m.name() + "() needs an argument");
        }
        long first = TupleType.getItem(args, 0);
        if (!Objects.isInstance(first, type)) {
            // The method reads self's layout: it must never see another type's object.
            throw Errors.typeError(s, "descriptor '" + m.name() + "' for '" + typeName
                    + "' objects doesn't apply to a '" + Objects.typeNameOf(first) + "' object");
        }
        long rest = TupleType.allocate(s, n - 1);
        for (long i = 1; i < n; i++) {
            TupleType.initItem(s, rest, i - 1, Objects.newRef(TupleType.getItem(args, i)));
        }
        try {
            return m.impl().apply(s, TupleType.getItem(args, 0), rest, kwargs);
        } finally {
            Objects.decref(s, rest);
        }
    }

    /** {@code __name__ __qualname__ __self__ __module__ __doc__ __objclass__} of a builtin. */
    static long builtinGetAttr(ObjectState s, long f, long name) {
        MethodDef m = methodOf(s, f);
        long self = Memory.getLong(f + BUILTIN_SELF_OFFSET);
        boolean moduleFunction = self != 0 && Objects.type(self) == s.space().type(BuiltinType.MODULE);
        long owner = self == 0 ? s.space().staticType(Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET))
                : Objects.isInstance(self, s.space().type(BuiltinType.TYPE)) ? self : Objects.type(self);
        String n = StrType.toJava(name);
        return switch (n) {
            case "__name__" -> s.intern(m.name());
            case "__qualname__" -> StrType.fromJava(s, moduleFunction ? m.name()
                    : StrType.toJava(Memory.getLong(owner + TypeLayout.QUALNAME_OFFSET)) + "." + m.name());
            case "__self__" -> Objects.newRef(self == 0 ? s.space().none() : self);
            case "__module__" -> moduleFunction ? Objects.newRef(Memory.getLong(self + MODULE_NAME_OFFSET))
                    : Objects.newRef(s.space().none());
            case "__doc__" -> m.doc() == null ? Objects.newRef(s.space().none()) : StrType.fromJava(s, m.doc());
            case "__objclass__" -> {
                if (self != 0) {
                    throw Errors.attributeError(s, f, n);
                }
                yield Objects.newRef(owner);
            }
            default -> ObjectType.genericGetAttr(s, f, name);
        };
    }

    static long builtinRepr(ObjectState s, long f) {
        MethodDef m = methodOf(s, f);
        long self = Memory.getLong(f + BUILTIN_SELF_OFFSET);
        if (self == 0) {
            long type = s.space().staticType(Memory.getInt(f + BUILTIN_SLOTS_INDEX_OFFSET));
            return StrType.fromJava(s, "<method '" + m.name() + "' of '" + Objects.typeName(type) + "' objects>");
        }
        if (Objects.type(self) == s.space().type(BuiltinType.MODULE)) {
            return StrType.fromJava(s, "<built-in function " + m.name() + ">");
        }
        return StrType.fromJava(s, "<built-in method " + m.name() + " of " + Objects.typeNameOf(self)
                + " object at " + Memory.hex(self) + ">");
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code BaseException} and the builtin exception hierarchy: every builtin exception type shares
 * this layout and behaviour (subclasses add no fields yet).
 *
 * <pre>
 *   -16  gc_next, gc_prev              (GC prefix)
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  args              tuple
 *   +24  __traceback__     object or 0
 *   +32  __context__       exception or 0
 *   +40  __cause__         exception or 0
 *   +48  __suppress_context__  int64 0/1
 *   +56  __notes__         list or 0
 *   +64  __dict__          dict or 0
 *   (72 bytes)
 * </pre>
 */
public final class ExceptionTypes {
    public static final int ARGS_OFFSET = 16;
    public static final int TRACEBACK_OFFSET = 24;
    public static final int CONTEXT_OFFSET = 32;
    public static final int CAUSE_OFFSET = 40;
    public static final int SUPPRESS_CONTEXT_OFFSET = 48;
    public static final int NOTES_OFFSET = 56;
    public static final int DICT_OFFSET = 64;
    public static final int SIZE = 72;

    private ExceptionTypes() {}

    static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = TypeSlots.builder();
        if (t == BuiltinType.BASE_EXCEPTION) {
            b.repr(ExceptionTypes::repr)
                    .str(ExceptionTypes::str)
                    .newInstance((s, type, args, kwargs) -> newInstance(s, type, args))
                    .getAttr(ExceptionTypes::getAttr)
                    .setAttr(ExceptionTypes::setAttr)
                    .method("__init__", HeapNew::exceptionInit)
                    .dealloc(ExceptionTypes::dealloc)
                    .clear(ExceptionTypes::clear)
                    .traverse((s, e, visitor) -> {
                        for (int off = ARGS_OFFSET; off < SIZE; off += 8) {
                            long ref = Memory.getLong(e + off);
                            if (off != SUPPRESS_CONTEXT_OFFSET && ref != 0) {
                                visitor.visit(ref);
                            }
                        }
                    });
        } else if (t == BuiltinType.UNICODE_ENCODE_ERROR || t == BuiltinType.UNICODE_DECODE_ERROR) {
            b.str(Codecs::unicodeErrorStr);
        } else if (t == BuiltinType.OS_ERROR) {
            OsErrors.install(b);
        } else if (t == BuiltinType.KEY_ERROR) {
            b.str((s, e) -> {
                long args = args(e);
                return TupleType.size(args) == 1 ? Abstract.repr(s, TupleType.getItem(args, 0)) : str(s, e);
            });
        }
        return b.build();
    }

    /** A new exception of {@code type} with {@code args} (a tuple, borrowed). */
    public static long newInstance(ObjectState s, long type, long args) {
        long e = s.allocInstance(type);
        Objects.checkReference(s, e, args);
        Memory.putLong(e + ARGS_OFFSET, Objects.newRef(args));
        return e;
    }

    /** The args tuple, borrowed. */
    public static long args(long e) {
        return Memory.getLong(e + ARGS_OFFSET);
    }

    static long str(ObjectState s, long e) {
        long args = args(e);
        long n = TupleType.size(args);
        if (n == 0) {
            return s.space().emptyStr();
        }
        return n == 1 ? Abstract.str(s, TupleType.getItem(args, 0)) : Abstract.str(s, args);
    }

    static long repr(ObjectState s, long e) {
        long args = args(e);
        String name = Objects.typeNameOf(e);
        if (TupleType.size(args) == 1) {
            return StrType.fromJava(s, name + "(" + Abstract.reprJava(s, TupleType.getItem(args, 0)) + ")");
        }
        return StrType.fromJava(s, name + Abstract.reprJava(s, args));
    }

    static long getAttr(ObjectState s, long e, long name) {
        String n = StrType.toJava(name);
        long field = switch (n) {
            case "args" -> args(e);
            case "__traceback__" -> orNone(s, Memory.getLong(e + TRACEBACK_OFFSET));
            case "__context__" -> orNone(s, Memory.getLong(e + CONTEXT_OFFSET));
            case "__cause__" -> orNone(s, Memory.getLong(e + CAUSE_OFFSET));
            case "__suppress_context__" -> s.space().bool(Memory.getLong(e + SUPPRESS_CONTEXT_OFFSET) != 0);
            case "value" -> Objects.isInstance(e, s.space().type(BuiltinType.STOP_ITERATION))
                    ? (TupleType.size(args(e)) > 0 ? TupleType.getItem(args(e), 0) : s.space().none()) : 0;
            case "encoding", "object", "start", "end", "reason" -> unicodeErrorField(s, e, n);
            case "code" -> Objects.isInstance(e, s.space().type(BuiltinType.SYSTEM_EXIT))
                    ? (TupleType.size(args(e)) == 0 ? s.space().none()
                            : TupleType.size(args(e)) == 1 ? TupleType.getItem(args(e), 0) : args(e)) : 0;
            default -> 0;
        };
        if (field != 0) {
            return Objects.newRef(field);
        }
        long dict = Memory.getLong(e + DICT_OFFSET);
        if (dict != 0) {
            long v = DictType.getItem(s, dict, name);
            if (v != 0) {
                return Objects.newRef(v);
            }
        }
        if (OsErrors.isField(n) && Objects.isInstance(e, s.space().type(BuiltinType.OS_ERROR))) {
            return Objects.newRef(s.space().none());
        }
        if ((n.equals("name") || n.equals("path") || n.equals("msg"))
                && Objects.isInstance(e, s.space().type(BuiltinType.IMPORT_ERROR))) {
            // ImportError(*args, name=None, path=None): msg is the one argument, if one.
            long args = Memory.getLong(e + ARGS_OFFSET);
            if (n.equals("msg") && args != 0 && TupleType.size(args) == 1) {
                return Objects.newRef(TupleType.getItem(args, 0));
            }
            return Objects.newRef(s.space().none());
        }
        if ((n.equals("name") || n.equals("obj")) && (Objects.isInstance(e, s.space().type(BuiltinType.NAME_ERROR))
                || Objects.isInstance(e, s.space().type(BuiltinType.ATTRIBUTE_ERROR)))) {
            return Objects.newRef(s.space().none());
        }
        return ObjectType.genericGetAttr(s, e, name);
    }

    /** Sets {@code e.key = value} in the exception's {@code __dict__} (made on first use). */
    public static void setAttribute(ObjectState s, long e, String key, long value) {
        long dict = Memory.getLong(e + DICT_OFFSET);
        if (dict == 0) {
            dict = DictType.newDict(s);
            Memory.putLong(e + DICT_OFFSET, dict);
        }
        DictType.setItemString(s, dict, key, value);
    }

    /** UnicodeEncodeError/DecodeError fields, from args {@code (encoding, object, start, end, reason)}. */
    private static long unicodeErrorField(ObjectState s, long e, String name) {
        long type = Objects.type(e);
        if (!Objects.isSubtype(type, s.space().type(BuiltinType.UNICODE_ENCODE_ERROR))
                && !Objects.isSubtype(type, s.space().type(BuiltinType.UNICODE_DECODE_ERROR))) {
            return 0;
        }
        long args = args(e);
        int index = switch (name) {
            case "encoding" -> 0;
            case "object" -> 1;
            case "start" -> 2;
            case "end" -> 3;
            default -> 4;
        };
        return TupleType.size(args) == 5 ? TupleType.getItem(args, index) : 0;
    }

    private static long orNone(ObjectState s, long ref) {
        return ref == 0 ? s.space().none() : ref;
    }

    /**
     * {@code e.name = value} (value 0 deletes), CPython's BaseException getsets: {@code args},
     * {@code __traceback__}, {@code __context__}, {@code __cause__} (which also sets
     * {@code __suppress_context__}) and {@code __suppress_context__} are checked and stored in
     * their fields; anything else goes to the instance dict.
     */
    static void setAttr(ObjectState s, long e, long name, long value) {
        String n = StrType.toJava(name);
        long none = s.space().none();
        switch (n) {
            case "args" -> {
                if (value == 0) {
                    throw Errors.typeError(s, "args may not be deleted");
                }
                long packed = TupleType.pack(s, value);
                long t;
                try {
                    t = TupleOps.newInstance(s, s.space().type(BuiltinType.TUPLE), packed, 0);
                } finally {
                    Objects.decref(s, packed);
                }
                long old = Memory.getLong(e + ARGS_OFFSET);
                Memory.putLong(e + ARGS_OFFSET, t);
                Objects.xdecref(s, old);
                return;
            }
            case "__traceback__" -> {
                if (value == 0) {
                    throw Errors.typeError(s, "__traceback__ may not be deleted");
                }
                if (value != none && Objects.type(value) != s.space().type(BuiltinType.TRACEBACK)) {
                    throw Errors.typeError(s, "__traceback__ must be a traceback or None");
                }
                swap(s, e, TRACEBACK_OFFSET, value == none ? 0 : Objects.newRef(value));
                return;
            }
            case "__context__", "__cause__" -> {
                String what = n.equals("__cause__") ? "cause" : "context";
                if (value == 0) {
                    throw Errors.typeError(s, "__" + what + "__ may not be deleted");
                }
                if (value != none && (Objects.flags(Objects.type(value)) & TypeFlags.BASE_EXC_SUBCLASS) == 0) {
                    throw Errors.typeError(s, "exception " + what + " must be None or derive from BaseException");
                }
                swap(s, e, n.equals("__cause__") ? CAUSE_OFFSET : CONTEXT_OFFSET,
                        value == none ? 0 : Objects.newRef(value));
                if (n.equals("__cause__")) {
                    Memory.putLong(e + SUPPRESS_CONTEXT_OFFSET, 1);
                }
                return;
            }
            case "__suppress_context__" -> {
                if (value == 0) {
                    throw Errors.typeError(s, "__suppress_context__ may not be deleted");
                }
                Memory.putLong(e + SUPPRESS_CONTEXT_OFFSET, Abstract.isTrue(s, value) ? 1 : 0);
                return;
            }
            default -> { }
        }
        long dict = Memory.getLong(e + DICT_OFFSET);
        if (value == 0) {
            if (dict == 0 || DictType.getItem(s, dict, name) == 0) {
                throw Errors.attributeError(s, e, n);
            }
            DictType.delItem(s, dict, name);
            return;
        }
        if (dict == 0) {
            dict = DictType.newDict(s);
            Memory.putLong(e + DICT_OFFSET, dict);
        }
        DictType.setItem(s, dict, name, value);
    }

    private static void swap(ObjectState s, long e, int offset, long value) {
        long old = Memory.getLong(e + offset);
        Memory.putLong(e + offset, value);
        Objects.xdecref(s, old);
    }

    /** Sets {@code __context__} (a reference the exception takes over; 0 clears). */
    public static void setContext(ObjectState s, long e, long context) {
        long old = Memory.getLong(e + CONTEXT_OFFSET);
        Memory.putLong(e + CONTEXT_OFFSET, context);
        Objects.xdecref(s, old);
    }

    /** Sets {@code __cause__} (taken over; 0 clears) and {@code __suppress_context__}. */
    public static void setCause(ObjectState s, long e, long cause) {
        long old = Memory.getLong(e + CAUSE_OFFSET);
        Memory.putLong(e + CAUSE_OFFSET, cause);
        Memory.putLong(e + SUPPRESS_CONTEXT_OFFSET, 1);
        Objects.xdecref(s, old);
    }

    /** Drops every reference but {@code args}, which becomes {@code ()} (CPython's BaseException_clear). */
    static void clear(ObjectState s, long e) {
        long args = Memory.getLong(e + ARGS_OFFSET);
        Memory.putLong(e + ARGS_OFFSET, s.space().emptyTuple());
        for (int off = TRACEBACK_OFFSET; off < SIZE; off += 8) {
            if (off != SUPPRESS_CONTEXT_OFFSET) {
                long ref = Memory.getLong(e + off);
                Memory.putLong(e + off, 0);
                Objects.xdecref(s, ref);
            }
        }
        Objects.xdecref(s, args);
    }

    static void dealloc(ObjectState s, long e) {
        for (int off = ARGS_OFFSET; off < SIZE; off += 8) {
            if (off != SUPPRESS_CONTEXT_OFFSET) {
                Objects.xdecref(s, Memory.getLong(e + off));
            }
        }
        s.freeGcObject(e);
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code super(type, obj)} and {@code super()}: attribute lookup that starts after {@code type}
 * in the MRO of {@code obj}'s class. The zero-argument form needs the running frame (its first
 * argument and its {@code __class__} cell), which the interpreter supplies through
 * {@link ObjectState#zeroArgSuper}.
 *
 * <pre>
 *   +16  type       the class to start after (owned)
 *   +24  obj        the instance or class (owned)
 *   +32  obj_type   type(obj), or obj when it is a class (owned)
 *   (40 bytes, GC-tracked)
 * </pre>
 */
public final class SuperType {
    static final int TYPE_OFFSET = 16;
    static final int OBJ_OFFSET = 24;
    static final int OBJ_TYPE_OFFSET = 32;
    public static final int SIZE = 40;

    private SuperType() {
    }

    /** The running frame's {@code (__class__, first argument)} for {@code super()}, borrowed. */
    @FunctionalInterface
    public interface ZeroArgSuper {
        long[] classAndSelf(ObjectState s);
    }

    /**
     * Calls Python function {@code function} with {@code args[start…start+npos)} (borrowed)
     * straight into a new frame, without packing a tuple: the interpreter installs it.
     */
    @FunctionalInterface
    public interface FunctionCaller {
        long call(ObjectState s, long function, long[] args, int start, int npos);
    }

    /**
     * Reports an exception that cannot propagate (raised by {@code __del__}), as CPython's
     * {@code PyErr_WriteUnraisable}: "Exception ignored in: {@code where}" and the traceback.
     * Takes ownership of the exception.
     */
    @FunctionalInterface
    public interface Unraisable {
        void report(ObjectState s, PyException e, long where);
    }

    /** The running frame's globals (borrowed), or 0 outside any frame: where {@code type()} finds {@code __module__}. */
    @FunctionalInterface
    public interface CurrentGlobals {
        long globals(ObjectState s);
    }

    static TypeSlots slots() {
        return TypeSlots.builder()
                .newInstance(SuperType::newInstance)
                .getAttr(SuperType::getAttr)
                .repr((s, su) -> {
                    long objType = Memory.getLong(su + OBJ_TYPE_OFFSET);
                    return StrType.fromJava(s, "<super: <class '" + Objects.typeName(Memory.getLong(su + TYPE_OFFSET))
                            + "'>, " + (objType == 0 ? "NULL" : "<" + Objects.typeName(objType) + " object>") + ">");
                })
                .dealloc((s, su) -> {
                    for (int off : new int[] {TYPE_OFFSET, OBJ_OFFSET, OBJ_TYPE_OFFSET}) {
                        Objects.xdecref(s, Memory.getLong(su + off));
                    }
                    s.freeAny(su);
                })
                .traverse((s, su, v) -> {
                    for (int off : new int[] {TYPE_OFFSET, OBJ_OFFSET, OBJ_TYPE_OFFSET}) {
                        Descriptors.visit(su, off, v);
                    }
                })
                .clear((s, su) -> {
                    for (int off : new int[] {OBJ_OFFSET, OBJ_TYPE_OFFSET}) {
                        Descriptors.clearField(s, su, off);
                    }
                })
                .build();
    }

    private static long newInstance(ObjectState s, long type, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "super() takes no keyword arguments");
        }
        long n = TupleType.size(args);
        long start;
        long obj;
        if (n == 0) {
            long[] cs = s.zeroArgSuper().classAndSelf(s);
            start = cs[0];
            obj = cs[1];
        } else if (n <= 2) {
            start = TupleType.getItem(args, 0);
            obj = n == 2 ? TupleType.getItem(args, 1) : 0;
        } else {
            throw Errors.typeError(s, "super() takes at most 2 arguments (" + n + " given)");
        }
        if (!Objects.isInstance(start, s.space().type(BuiltinType.TYPE))) {
            throw Errors.typeError(s, "super() argument 1 must be a type, not " + Objects.typeNameOf(start));
        }
        long objType = 0;
        if (obj != 0 && obj != s.space().none()) {
            if (Objects.isInstance(obj, s.space().type(BuiltinType.TYPE)) && Objects.isSubtype(obj, start)) {
                objType = obj;
            } else if (Objects.isInstance(obj, start)) {
                objType = Objects.type(obj);
            } else {
                throw Errors.typeError(s, "super(type, obj): obj must be an instance or subtype of type");
            }
        } else {
            obj = 0;
        }
        long su = s.allocInstance(type);
        Memory.putLong(su + TYPE_OFFSET, Objects.newRef(start));
        Memory.putLong(su + OBJ_OFFSET, obj == 0 ? 0 : Objects.newRef(obj));
        Memory.putLong(su + OBJ_TYPE_OFFSET, objType == 0 ? 0 : Objects.newRef(objType));
        return su;
    }

    private static long getAttr(ObjectState s, long su, long name) {
        long objType = Memory.getLong(su + OBJ_TYPE_OFFSET);
        if (objType != 0 && !StrType.equalsAscii(name, "__class__")) {
            long start = Memory.getLong(su + TYPE_OFFSET);
            long obj = Memory.getLong(su + OBJ_OFFSET);
            long mro = Memory.getLong(objType + TypeLayout.MRO_OFFSET);
            long n = mro == 0 ? 0 : TupleType.size(mro);
            long i = 0;
            while (i < n && TupleType.getItem(mro, i) != start) {
                i++;
            }
            for (i++; i < n; i++) {
                long t = TupleType.getItem(mro, i);
                long found = HeapTypes.isHeapType(t) ? lookupHeap(s, t, name, obj, objType) : lookupStatic(s, t, name, obj, objType);
                if (found != 0) {
                    return found;
                }
            }
        }
        return ObjectType.genericGetAttr(s, su, name);
    }

    private static long lookupHeap(ObjectState s, long t, long name, long obj, long objType) {
        long v = DictType.getItem(s, HeapTypes.dict(t), name, StrType.hash(name));
        if (v == 0) {
            return 0;
        }
        return Descriptors.get(s, v, obj == objType ? 0 : obj, objType);
    }

    /** A builtin type's method or slot wrapper, bound to {@code obj}; 0 when {@code t} has none. */
    private static long lookupStatic(ObjectState s, long t, long name, long obj, long objType) {
        TypeSlots slots = s.slots(t);
        String n = StrType.toJava(name);
        int index = Memory.getInt(t + TypeLayout.SLOTS_INDEX_OFFSET);
        int method = slots.methodIndex(n);
        if (method >= 0) {
            boolean classMethod = slots.methods().get(method).classMethod();
            // A builtin classmethod binds to the class super() was asked about, as classmethod.__get__ does.
            return CodeLayouts.bindBuiltin(s, classMethod ? objType : obj, index, method);
        }
        if (n.startsWith("__") && n.endsWith("__") && SlotWrappers.applies(slots, n)) {
            int wrappers = ObjectSpace.wrapperTableIndex();
            int w = s.space().slotTable(wrappers).methodIndex(n);
            if (w >= 0) {
                return CodeLayouts.bindBuiltin(s, obj, wrappers, w);
            }
        }
        return 0;
    }
}

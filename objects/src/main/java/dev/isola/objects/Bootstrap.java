package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.immortal.StaticTypeRegistry;
import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ObjectSpace}: every static type, the singletons, the small ints, the empty
 * and one-character objects and the identifier strings, all immortal, then seals the heap.
 * Runs once, on one thread, before the first interpreter.
 */
final class Bootstrap {
    static final long SMALL_INT_STRIDE = 32;
    static final long LATIN1_STRIDE = 48;

    final ImmortalHeap heap = new ImmortalHeap();
    final SpaceExtension extension;
    final StaticTypeRegistry registry = new StaticTypeRegistry();
    final List<TypeSlots> slotTables = new ArrayList<>();
    final long[] types = new long[BuiltinType.values().length];
    long none;
    long notImplemented;
    long ellipsis;
    long trueObject;
    long falseObject;
    long smallInts;
    long latin1Chars;
    long emptyTuple;
    long emptyStr;
    long emptyBytes;
    final Map<String, Long> identifiers = new LinkedHashMap<>();

    Bootstrap(SpaceExtension extension) {
        this.extension = extension;
    }

    ObjectSpace run() {
        BuiltinType[] all = BuiltinType.values();
        for (BuiltinType t : all) {
            types[t.ordinal()] = heap.allocate(TypeLayout.SIZE);
            int index = registry.register(types[t.ordinal()], t.pyName());
            if (index != t.ordinal()) {
                throw new IllegalStateException("static type index mismatch: " + t);
            }
        }
        for (BuiltinType t : all) {
            long type = types[t.ordinal()];
            Refcount.makeImmortal(type);
            Memory.putLong(type + ObjectLayout.TYPE_OFFSET, types[BuiltinType.TYPE.ordinal()]);
            Memory.putLong(type + TypeLayout.FLAGS_OFFSET, t.flags());
            Memory.putLong(type + TypeLayout.BASICSIZE_OFFSET, t.basicSize());
            Memory.putLong(type + TypeLayout.ITEMSIZE_OFFSET, t.itemSize());
            Memory.putLong(type + TypeLayout.DICTOFFSET_OFFSET,
                    (t.flags() & TypeFlags.BASE_EXC_SUBCLASS) != 0 ? ExceptionTypes.DICT_OFFSET : 0);
            Memory.putLong(type + TypeLayout.BASE_OFFSET, t.base() == null ? 0 : types[t.base().ordinal()]);
            Memory.putLong(type + TypeLayout.STATIC_BASE_OFFSET, type);
            Memory.putInt(type + TypeLayout.SLOTS_INDEX_OFFSET, t.ordinal());
            Memory.putInt(type + TypeLayout.STATIC_INDEX_OFFSET, t.ordinal());
        }
        for (BuiltinType t : all) {
            TypeSlots own = extension.slots(t);
            if (own == null) {
                own = slotsFor(t);
            }
            slotTables.add(t.base() == null ? own
                    : own.inheritFrom(slotTables.get(t.base().ordinal()), t.base() != BuiltinType.OBJECT));
        }
        slotTables.add(SlotWrappers.table());
        slotTables.addAll(extension.functionTables());
        none = singleton(BuiltinType.NONE);
        notImplemented = singleton(BuiltinType.NOT_IMPLEMENTED);
        ellipsis = singleton(BuiltinType.ELLIPSIS);
        falseObject = IntType.immortal(heap, types[BuiltinType.BOOL.ordinal()], 0);
        trueObject = IntType.immortal(heap, types[BuiltinType.BOOL.ordinal()], 1);
        for (long v = ObjectSpace.SMALL_INT_MIN; v <= ObjectSpace.SMALL_INT_MAX; v++) {
            long addr = IntType.immortal(heap, types[BuiltinType.INT.ordinal()], v);
            if (v == ObjectSpace.SMALL_INT_MIN) {
                smallInts = addr;
            }
            expectStride(addr, smallInts, v - ObjectSpace.SMALL_INT_MIN, SMALL_INT_STRIDE);
        }
        long strType = types[BuiltinType.STR.ordinal()];
        emptyTuple = TupleType.immortal(heap, types[BuiltinType.TUPLE.ordinal()], new long[0]);
        emptyBytes = BytesType.immortal(heap, types[BuiltinType.BYTES.ordinal()], new byte[0]);
        emptyStr = StrType.immortal(heap, strType, "");
        for (int c = 0; c < 256; c++) {
            long addr = StrType.immortal(heap, strType, String.valueOf((char) c));
            if (c == 0) {
                latin1Chars = addr;
            }
            expectStride(addr, latin1Chars, c, LATIN1_STRIDE);
        }
        for (String name : identifierNames()) {
            identifiers.put(name, identifierAddress(name));
        }
        for (BuiltinType t : all) {
            long type = types[t.ordinal()];
            long name = identifiers.get(t.pyName());
            Memory.putLong(type + TypeLayout.NAME_OFFSET, name);
            Memory.putLong(type + TypeLayout.QUALNAME_OFFSET, name);
            Memory.putLong(type + TypeLayout.MODULE_OFFSET, identifiers.get(t.module()));
            long base = t.base() == null ? 0 : types[t.base().ordinal()];
            Memory.putLong(type + TypeLayout.BASES_OFFSET,
                    base == 0 ? emptyTuple : TupleType.immortal(heap, types[BuiltinType.TUPLE.ordinal()], new long[] {base}));
            List<Long> mro = new ArrayList<>();
            for (BuiltinType b = t; b != null; b = b.base()) {
                mro.add(types[b.ordinal()]);
            }
            Memory.putLong(type + TypeLayout.MRO_OFFSET, TupleType.immortal(heap, types[BuiltinType.TUPLE.ordinal()],
                    mro.stream().mapToLong(Long::longValue).toArray()));
        }
        registry.freeze();
        heap.seal();
        return new ObjectSpace(this);
    }

    private long singleton(BuiltinType t) {
        long addr = heap.allocate(ObjectLayout.HEADER_SIZE);
        Refcount.makeImmortal(addr);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, types[t.ordinal()]);
        return addr;
    }

    private static void expectStride(long addr, long first, long index, long stride) {
        if (addr != first + index * stride) {
            throw new IllegalStateException("immortal objects not laid out with stride " + stride);
        }
    }

    private long identifierAddress(String name) {
        if (name.isEmpty()) {
            return emptyStr;
        }
        if (name.length() == 1 && name.charAt(0) < 256) {
            return latin1Chars + name.charAt(0) * LATIN1_STRIDE;
        }
        return StrType.immortal(heap, types[BuiltinType.STR.ordinal()], name);
    }

    /** Type names, dunder names, builtin method names and a few names the runtime uses. */
    private Set<String> identifierNames() {
        Set<String> names = new LinkedHashSet<>();
        for (BuiltinType t : BuiltinType.values()) {
            names.add(t.pyName());
            names.add(t.module());
        }
        names.addAll(List.of("builtins", "__main__", "__builtins__", "__name__", "__qualname__", "__module__",
                "__doc__", "__dict__", "__class__", "__init__", "__new__", "__repr__", "__str__", "__hash__",
                "__bool__", "__len__", "__iter__", "__next__", "__getitem__", "__setitem__", "__delitem__",
                "__contains__", "__call__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
                "__enter__", "__exit__", "__index__", "__int__", "__float__", "__neg__", "__pos__", "__abs__",
                "__invert__", "__slots__", "__all__", "__file__", "__path__", "__package__", "__spec__",
                "__cause__", "__context__", "__traceback__", "__suppress_context__", "args", "self", "value"));
        for (NumberOp op : NumberOp.values()) {
            String d = op.dunder();
            names.add(d);
            names.add("__r" + d.substring(2));
            names.add("__i" + d.substring(2));
        }
        for (CompareOp op : CompareOp.values()) {
            names.add(op.dunder());
        }
        for (TypeSlots slots : slotTables) {
            for (MethodDef m : slots.methods()) {
                names.add(m.name());
            }
        }
        return names;
    }

    /** The Java behaviour of each static type. */
    private static TypeSlots slotsFor(BuiltinType t) {
        return switch (t) {
            case OBJECT -> ObjectType.slots();
            case TYPE -> TypeType.slots();
            case NONE, NOT_IMPLEMENTED, ELLIPSIS -> SingletonTypes.slots(t);
            case INT -> IntType.slots();
            case BOOL -> BoolType.slots();
            case FLOAT -> FloatType.slots();
            case COMPLEX -> ComplexType.slots();
            case WEAKREF -> Weakrefs.slots();
            case UNION_TYPE -> UnionTypes.slots();
            case GENERIC_ALIAS -> GenericAliases.slots();
            case STR -> StrType.slots();
            case BYTES -> BytesType.slots();
            case BYTEARRAY -> ByteArrayType.slots();
            case TUPLE -> TupleType.slots();
            case LIST -> ListType.slots();
            case DICT -> DictType.slots();
            case SET -> SetType.slots(false);
            case FROZENSET -> SetType.slots(true);
            case RANGE -> RangeType.slots();
            case SLICE -> SliceType.slots();
            case TUPLE_ITERATOR, LIST_ITERATOR, LIST_REVERSE_ITERATOR, STR_ITERATOR, BYTES_ITERATOR,
                 BYTEARRAY_ITERATOR, RANGE_ITERATOR -> IteratorType.slots(t);
            case DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR, DICT_ITEM_ITERATOR, DICT_REVERSE_KEY_ITERATOR,
                 DICT_REVERSE_VALUE_ITERATOR, DICT_REVERSE_ITEM_ITERATOR -> DictType.iteratorSlots(t);
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS -> DictType.viewSlots(t);
            case SET_ITERATOR -> SetType.iteratorSlots();
            case METHOD -> BoundMethod.slots();
            case PROPERTY, STATICMETHOD, CLASSMETHOD, MEMBER_DESCRIPTOR -> Descriptors.slots(t);
            case SUPER -> SuperType.slots();
            case SEQ_ITERATOR -> SeqIterator.slots();
            case WRAPPER_DESCRIPTOR -> SlotWrappers.descriptorSlots();
            case FUNCTION, CODE, CELL, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, MODULE, GENERATOR, TEXT_IO, TRACEBACK,
                 FRAME -> CodeLayouts.slots(t);
            case ENUMERATE, ZIP, MAP, FILTER, REVERSED, CALLABLE_ITERATOR -> BuiltinIterators.slots(t);
            case CACHE_INFO -> TupleType.slots();
            default -> t.isException() ? ExceptionTypes.slots(t) : ModuleObjectLayout.slots();
        };
    }
}

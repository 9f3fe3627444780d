package dev.isola.objects;

import dev.isola.objects.SlotFunctions.BinaryFunc;
import dev.isola.objects.SlotFunctions.ContainsFunc;
import dev.isola.objects.SlotFunctions.Dealloc;
import dev.isola.objects.SlotFunctions.Inquiry;
import dev.isola.objects.SlotFunctions.LongFunc;
import dev.isola.objects.SlotFunctions.NextFunc;
import dev.isola.objects.SlotFunctions.RichCompareFunc;
import dev.isola.objects.SlotFunctions.SetFunc;
import dev.isola.objects.SlotFunctions.SizeArgFunc;
import dev.isola.objects.SlotFunctions.TernaryFunc;
import dev.isola.objects.SlotFunctions.Traverse;
import dev.isola.objects.SlotFunctions.UnaryFunc;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A type's behaviour: the Java counterpart of the function pointers of CPython's
 * {@code PyTypeObject} (tp_*, nb_*, sq_*, mp_*). A type object stores the index of its table;
 * {@link ObjectState#slots(long)} finds it.
 *
 * <p>A null slot means "not defined by this type". When a static type is bootstrapped its
 * table is completed from its base's ({@link #inheritFrom}), as CPython's {@code inherit_slots}
 * does, so lookups never walk the MRO. Immutable once built; shared by every interpreter.
 */
public final class TypeSlots {
    public final UnaryFunc repr;
    public final UnaryFunc str;
    public final LongFunc hash;
    public final RichCompareFunc richCompare;
    public final Inquiry bool;
    public final BinaryFunc getAttr;
    public final SetFunc setAttr;
    public final TernaryFunc call;
    public final UnaryFunc iter;
    public final NextFunc next;
    public final TernaryFunc newInstance;
    public final Dealloc dealloc;
    public final Traverse traverse;
    /** CPython's {@code tp_clear}: drops the object's references (the cycle collector breaks cycles with it). */
    public final Dealloc clear;
    /** CPython's {@code tp_descr_get}: {@code (descr, obj or 0, type)} gives the attribute. */
    public final TernaryFunc descrGet;
    /** CPython's {@code tp_descr_set}: {@code (descr, obj, value or 0 to delete)}; makes a data descriptor. */
    public final SetFunc descrSet;
    /**
     * For a class: true when no class in its MRO holds a data descriptor (a property, a slot
     * member, anything with {@code __set__}/{@code __delete__}), so instance attributes can be
     * read and written without searching the class dicts first. Kept true by rebuilding the
     * table whenever such an attribute is set on a class.
     */
    public final boolean noDataDescriptors;

    public final UnaryFunc negative;
    public final UnaryFunc positive;
    public final UnaryFunc absolute;
    public final UnaryFunc invert;
    public final UnaryFunc toInt;
    public final UnaryFunc toFloat;
    public final UnaryFunc index;
    public final TernaryFunc power;

    public final LongFunc length;
    public final BinaryFunc concat;
    public final SizeArgFunc repeat;
    public final SizeArgFunc item;
    public final ContainsFunc contains;
    public final BinaryFunc subscript;
    public final SetFunc assignSubscript;

    /** By {@link NumberOp#ordinal()}: an array index, not a map lookup, on the hot path. */
    private final BinaryFunc[] number;
    private final BinaryFunc[] inplace;
    private final Map<String, MethodDef> methods;
    private final List<MethodDef> methodList;
    private final Map<String, Integer> methodIndex;

    private TypeSlots(Builder b) {
        repr = b.repr;
        str = b.str;
        hash = b.hash;
        richCompare = b.richCompare;
        bool = b.bool;
        getAttr = b.getAttr;
        setAttr = b.setAttr;
        call = b.call;
        iter = b.iter;
        next = b.next;
        newInstance = b.newInstance;
        dealloc = b.dealloc;
        traverse = b.traverse;
        clear = b.clear;
        descrGet = b.descrGet;
        descrSet = b.descrSet;
        noDataDescriptors = b.noDataDescriptors;
        negative = b.negative;
        positive = b.positive;
        absolute = b.absolute;
        invert = b.invert;
        toInt = b.toInt;
        toFloat = b.toFloat;
        index = b.index;
        power = b.power;
        length = b.length;
        concat = b.concat;
        repeat = b.repeat;
        item = b.item;
        contains = b.contains;
        subscript = b.subscript;
        assignSubscript = b.assignSubscript;
        number = new BinaryFunc[NumberOp.values().length];
        inplace = new BinaryFunc[NumberOp.values().length];
        b.number.forEach((op, f) -> number[op.ordinal()] = f);
        b.inplace.forEach((op, f) -> inplace[op.ordinal()] = f);
        methods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.methods));
        methodList = List.copyOf(methods.values());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < methodList.size(); i++) {
            index.put(methodList.get(i).name(), i);
        }
        methodIndex = Map.copyOf(index);
    }

    /** The binary number slot for {@code op} ({@code nb_add} …), or null. */
    public BinaryFunc number(NumberOp op) {
        return number[op.ordinal()];
    }

    /** The in-place slot for {@code op} ({@code nb_inplace_add} …), or null. */
    public BinaryFunc inplace(NumberOp op) {
        return inplace[op.ordinal()];
    }

    /** The method called {@code name}, or null. */
    public MethodDef method(String name) {
        return methods.get(name);
    }

    /** Every method, in definition order (own first, then inherited). */
    public List<MethodDef> methods() {
        return methodList;
    }

    /** Position of {@code name} in {@link #methods()}, or -1. */
    public int methodIndex(String name) {
        Integer i = methodIndex.get(name);
        return i == null ? -1 : i;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * This table completed with {@code base}'s slots where this one has none — except
     * {@code hash} when this type defines {@code richCompare} but not {@code hash} (a type that
     * overrides equality without hash is unhashable, as in CPython).
     */
    public TypeSlots inheritFrom(TypeSlots base) {
        return inheritFrom(base, true);
    }

    /**
     * {@link #inheritFrom}, with {@code newInstance} inherited only when asked: a static type
     * whose base is {@code object} and that makes no instances of its own cannot be instantiated
     * (CPython's {@code Py_TPFLAGS_DISALLOW_INSTANTIATION}): {@code object.__new__} would make an
     * instance with none of its fields set.
     */
    public TypeSlots inheritFrom(TypeSlots base, boolean inheritNew) {
        Builder b = toBuilder();
        b.repr = or(repr, base.repr);
        b.str = or(str, base.str);
        b.hash = hash != null || richCompare != null && richCompare != base.richCompare ? hash : base.hash;
        b.richCompare = or(richCompare, base.richCompare);
        b.bool = or(bool, base.bool);
        b.getAttr = or(getAttr, base.getAttr);
        b.setAttr = or(setAttr, base.setAttr);
        b.call = or(call, base.call);
        b.iter = or(iter, base.iter);
        b.next = or(next, base.next);
        b.newInstance = inheritNew ? or(newInstance, base.newInstance) : newInstance;
        b.dealloc = or(dealloc, base.dealloc);
        b.traverse = or(traverse, base.traverse);
        b.clear = or(clear, base.clear);
        b.descrGet = or(descrGet, base.descrGet);
        b.descrSet = or(descrSet, base.descrSet);
        b.negative = or(negative, base.negative);
        b.positive = or(positive, base.positive);
        b.absolute = or(absolute, base.absolute);
        b.invert = or(invert, base.invert);
        b.toInt = or(toInt, base.toInt);
        b.toFloat = or(toFloat, base.toFloat);
        b.index = or(index, base.index);
        b.power = or(power, base.power);
        b.length = or(length, base.length);
        b.concat = or(concat, base.concat);
        b.repeat = or(repeat, base.repeat);
        b.item = or(item, base.item);
        b.contains = or(contains, base.contains);
        b.subscript = or(subscript, base.subscript);
        b.assignSubscript = or(assignSubscript, base.assignSubscript);
        for (NumberOp op : NumberOp.values()) {
            if (b.number.get(op) == null && base.number[op.ordinal()] != null) {
                b.number.put(op, base.number[op.ordinal()]);
            }
            if (b.inplace.get(op) == null && base.inplace[op.ordinal()] != null) {
                b.inplace.put(op, base.inplace[op.ordinal()]);
            }
        }
        base.methods.forEach(b.methods::putIfAbsent);
        return new TypeSlots(b);
    }

    private static <T> T or(T mine, T inherited) {
        return mine != null ? mine : inherited;
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.repr = repr;
        b.str = str;
        b.hash = hash;
        b.richCompare = richCompare;
        b.bool = bool;
        b.getAttr = getAttr;
        b.setAttr = setAttr;
        b.call = call;
        b.iter = iter;
        b.next = next;
        b.newInstance = newInstance;
        b.dealloc = dealloc;
        b.traverse = traverse;
        b.clear = clear;
        b.descrGet = descrGet;
        b.descrSet = descrSet;
        b.noDataDescriptors = noDataDescriptors;
        b.negative = negative;
        b.positive = positive;
        b.absolute = absolute;
        b.invert = invert;
        b.toInt = toInt;
        b.toFloat = toFloat;
        b.index = index;
        b.power = power;
        b.length = length;
        b.concat = concat;
        b.repeat = repeat;
        b.item = item;
        b.contains = contains;
        b.subscript = subscript;
        b.assignSubscript = assignSubscript;
        for (NumberOp op : NumberOp.values()) {
            if (number[op.ordinal()] != null) {
                b.number.put(op, number[op.ordinal()]);
            }
            if (inplace[op.ordinal()] != null) {
                b.inplace.put(op, inplace[op.ordinal()]);
            }
        }
        b.methods.putAll(methods);
        return b;
    }

    /** Collects slots; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {
        private UnaryFunc repr;
        private UnaryFunc str;
        private LongFunc hash;
        private RichCompareFunc richCompare;
        private Inquiry bool;
        private BinaryFunc getAttr;
        private SetFunc setAttr;
        private TernaryFunc call;
        private UnaryFunc iter;
        private NextFunc next;
        private TernaryFunc newInstance;
        private Dealloc dealloc;
        private Traverse traverse;
        private Dealloc clear;
        private TernaryFunc descrGet;
        private SetFunc descrSet;
        private boolean noDataDescriptors;
        private UnaryFunc negative;
        private UnaryFunc positive;
        private UnaryFunc absolute;
        private UnaryFunc invert;
        private UnaryFunc toInt;
        private UnaryFunc toFloat;
        private UnaryFunc index;
        private TernaryFunc power;
        private LongFunc length;
        private BinaryFunc concat;
        private SizeArgFunc repeat;
        private SizeArgFunc item;
        private ContainsFunc contains;
        private BinaryFunc subscript;
        private SetFunc assignSubscript;
        private final Map<NumberOp, BinaryFunc> number = new EnumMap<>(NumberOp.class);
        private final Map<NumberOp, BinaryFunc> inplace = new EnumMap<>(NumberOp.class);
        private final Map<String, MethodDef> methods = new LinkedHashMap<>();

        private Builder() {}

        public Builder repr(UnaryFunc f) { repr = f; return this; }
        public Builder str(UnaryFunc f) { str = f; return this; }
        public Builder hash(LongFunc f) { hash = f; return this; }
        public Builder richCompare(RichCompareFunc f) { richCompare = f; return this; }
        public Builder bool(Inquiry f) { bool = f; return this; }
        public Builder getAttr(BinaryFunc f) { getAttr = f; return this; }
        public Builder setAttr(SetFunc f) { setAttr = f; return this; }
        public Builder call(TernaryFunc f) { call = f; return this; }
        public Builder iter(UnaryFunc f) { iter = f; return this; }
        public Builder next(NextFunc f) { next = f; return this; }
        public Builder newInstance(TernaryFunc f) { newInstance = f; return this; }
        public Builder dealloc(Dealloc f) { dealloc = f; return this; }
        public Builder traverse(Traverse f) { traverse = f; return this; }
        public Builder clear(Dealloc f) { clear = f; return this; }
        public Builder descrGet(TernaryFunc f) { descrGet = f; return this; }
        public Builder descrSet(SetFunc f) { descrSet = f; return this; }
        public Builder noDataDescriptors(boolean v) { noDataDescriptors = v; return this; }
        public Builder negative(UnaryFunc f) { negative = f; return this; }
        public Builder positive(UnaryFunc f) { positive = f; return this; }
        public Builder absolute(UnaryFunc f) { absolute = f; return this; }
        public Builder invert(UnaryFunc f) { invert = f; return this; }
        public Builder toInt(UnaryFunc f) { toInt = f; return this; }
        public Builder toFloat(UnaryFunc f) { toFloat = f; return this; }
        public Builder index(UnaryFunc f) { index = f; return this; }
        public Builder power(TernaryFunc f) { power = f; return this; }
        public Builder length(LongFunc f) { length = f; return this; }
        public Builder concat(BinaryFunc f) { concat = f; return this; }
        public Builder repeat(SizeArgFunc f) { repeat = f; return this; }
        public Builder item(SizeArgFunc f) { item = f; return this; }
        public Builder contains(ContainsFunc f) { contains = f; return this; }
        public Builder subscript(BinaryFunc f) { subscript = f; return this; }
        public Builder assignSubscript(SetFunc f) { assignSubscript = f; return this; }
        public Builder number(NumberOp op, BinaryFunc f) { number.put(op, f); return this; }
        public Builder inplace(NumberOp op, BinaryFunc f) { inplace.put(op, f); return this; }

        public Builder method(String name, TernaryFunc impl) {
            methods.put(name, new MethodDef(name, impl));
            return this;
        }

        /** A class method: {@code impl} receives the type as {@code self}. */
        public Builder classMethod(String name, TernaryFunc impl) {
            methods.put(name, new MethodDef(name, impl, null, true));
            return this;
        }

        public TypeSlots build() {
            return new TypeSlots(this);
        }
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * {@code array}: CPython 3.11's typed arrays of machine numbers. The items live off-heap in the
 * object's buffer ({@link ArrayStorage}); the list-like methods are {@link ArrayMethods}, the
 * sequence protocol (indexing, slicing, comparison, +, *) {@link ArraySequence}. An array is a
 * writable bytes-like object for {@code struct} ({@link Buffers}).
 */
public final class ArrayModule {
    private ArrayModule() {}

    static ModuleDef def() {
        return new ModuleDef("array", List.of(), ArrayModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        DictType.setItemString(s, dict, "array", s.space().type(BuiltinType.ARRAY));
        DictType.setItemString(s, dict, "ArrayType", s.space().type(BuiltinType.ARRAY));
        long codes = StrType.fromJava(s, ArrayStorage.TYPECODES);
        try {
            DictType.setItemString(s, dict, "typecodes", codes);
        } finally {
            Objects.decref(s, codes);
        }
    }

    /** The behaviour of an array type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case ARRAY -> {
                TypeSlots.Builder b = ModuleObjectLayout.builder().newInstance(ArrayModule::newArray);
                ArraySequence.register(b);
                ArrayMethods.register(b);
                yield b.build();
            }
            case ARRAY_ITERATOR -> ModuleObjectLayout.iteratorBuilder().next(ArraySequence::iteratorNext).build();
            default -> null;
        };
    }

    private static long newArray(ObjectState s, long type, long args, long kwargs) {
        if (Args.hasKeywords(kwargs)) {
            throw Errors.typeError(s, "array.array() takes no keyword arguments");
        }
        long n = TupleType.size(args);
        if (n < 1) {
            throw Errors.typeError(s, "array() takes at least 1 argument (0 given)");
        }
        if (n > 2) {
            throw Errors.typeError(s, "array() takes at most 2 arguments (" + n + " given)");
        }
        long code = TupleType.getItem(args, 0);
        if (!StrType.check(code) || StrType.length(code) != 1) {
            throw Errors.typeError(s, "array() argument 1 must be a unicode character, not "
                    + Objects.typeNameOf(code));
        }
        int c = StrType.codePointAt(code, 0);
        if (c >= 128 || ArrayStorage.TYPECODES.indexOf(c) < 0) {
            throw Errors.valueError(s, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        char typecode = (char) c;
        long init = n == 2 ? TupleType.getItem(args, 1) : 0;
        if (init != 0 && StrType.check(init) && typecode != 'u') {
            throw Errors.typeError(s, "cannot use a str to initialize an array with typecode '" + typecode + "'");
        }
        if (init != 0 && ArrayStorage.check(s, init) && ArrayStorage.typecode(init) == 'u' && typecode != 'u') {
            throw Errors.typeError(s, "cannot use a unicode array to initialize an array with typecode '"
                    + typecode + "'");
        }
        long a = ArrayStorage.create(s, typecode);
        try {
            if (init != 0) {
                initialize(s, a, init);
            }
        } catch (RuntimeException e) {
            Objects.decref(s, a);
            throw e;
        }
        return a;
    }

    private static void initialize(ObjectState s, long a, long init) {
        if (StrType.check(init)) {
            ArrayMethods.fromUnicode(s, a, init);
        } else if (!ArrayStorage.check(s, init) && Buffers.view(s, init) != null) {
            ArrayMethods.fromBytes(s, a, init);
        } else {
            ArrayMethods.extendIterable(s, a, init);
        }
    }

    /** A new array of {@code typecode} holding a copy of {@code count} items at {@code src}. */
    static long fromRaw(ObjectState s, char typecode, long src, long count) {
        long a = ArrayStorage.create(s, typecode);
        try {
            ArrayStorage.resize(s, a, count);
        } catch (RuntimeException e) {
            Objects.decref(s, a);
            throw e;
        }
        Memory.copy(src, ArrayStorage.data(a), count * ArrayStorage.itemSize(typecode));
        return a;
    }
}

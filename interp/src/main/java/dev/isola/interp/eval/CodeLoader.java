package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.math.BigInteger;
import java.util.List;

/**
 * Turns compiled {@link Code} into a code object of one interpreter: creates its constants
 * (nested code first), interns its names, and registers the Java side in the interpreter's
 * handle table.
 */
public final class CodeLoader {
    private CodeLoader() {
    }

    /** A new code object (a new reference). */
    public static long load(InterpreterState interp, Code code) {
        ObjectState s = interp.objects();
        long[] consts = new long[code.consts().size()];
        long[] names = new long[code.names().size()];
        try {
            for (int i = 0; i < consts.length; i++) {
                consts[i] = constant(interp, code.consts().get(i));
            }
            for (int i = 0; i < names.length; i++) {
                names[i] = s.intern(code.names().get(i));
            }
        } catch (RuntimeException e) {
            for (long c : consts) {
                Objects.xdecref(s, c);
            }
            for (long n : names) {
                Objects.xdecref(s, n);
            }
            throw e;
        }
        LoadedCode lc = new LoadedCode(code, interp, consts, names);
        long obj = s.allocObject(s.space().type(BuiltinType.CODE), CodeLayouts.CODE_SIZE);
        lc.handle = interp.handles().add(lc);
        lc.codeObject = obj;
        Memory.putLong(obj + CodeLayouts.CODE_HANDLE_OFFSET, lc.handle);
        Memory.putLong(obj + CodeLayouts.CODE_NAME_OFFSET, StrType.fromJava(s, code.name()));
        Memory.putLong(obj + CodeLayouts.CODE_FILENAME_OFFSET, StrType.fromJava(s, code.filename()));
        return obj;
    }

    /** The live code behind a code object. */
    public static LoadedCode of(InterpreterState interp, long codeObject) {
        return (LoadedCode) interp.handles().get((int) Memory.getLong(codeObject + CodeLayouts.CODE_HANDLE_OFFSET));
    }

    static void dealloc(ObjectState s, long obj) {
        InterpreterState interp = InterpreterState.of(s);
        LoadedCode lc = (LoadedCode) interp.handles().remove((int) Memory.getLong(obj + CodeLayouts.CODE_HANDLE_OFFSET));
        lc.release(s);
        Objects.decref(s, Memory.getLong(obj + CodeLayouts.CODE_NAME_OFFSET));
        Objects.decref(s, Memory.getLong(obj + CodeLayouts.CODE_FILENAME_OFFSET));
        s.freeObject(obj);
    }

    private static long constant(InterpreterState interp, Object value) {
        ObjectState s = interp.objects();
        return switch (value) {
            case Long l -> IntType.fromLong(s, l);
            case BigInteger b -> IntType.fromBig(s, b);
            case Double d -> FloatType.fromDouble(s, d);
            case String str -> s.intern(str);
            case byte[] bytes -> BytesType.fromBytes(s, bytes);
            case Boolean b -> s.space().bool(b);
            case Ast.Singleton single -> single == Ast.Singleton.None ? s.space().none() : s.space().ellipsis();
            case Code.ConstTuple t -> tuple(interp, t.items());
            case Code.ConstComplex c -> dev.isola.objects.ComplexType.fromParts(s, c.real(), c.imag());
            case Code.ConstFrozenSet fs -> {
                // CPython builds the frozenset from the items, then its constant merging
                // (merge_consts_recursive) rebuilds it from the items in the first one's iteration order;
                // the second table's layout is the order users see.
                long t = tuple(interp, fs.items());
                long first;
                try {
                    first = dev.isola.objects.SetType.newFrozenSet(s, t);
                } finally {
                    Objects.decref(s, t);
                }
                long list = dev.isola.objects.ListType.newList(s);
                try {
                    dev.isola.objects.ListType.extend(s, list, first);
                    yield dev.isola.objects.SetType.newFrozenSet(s, list);
                } finally {
                    Objects.decref(s, list);
                    Objects.decref(s, first);
                }
            }
            case Code c -> load(interp, c);
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        };
    }

    private static long tuple(InterpreterState interp, List<Object> items) {
        ObjectState s = interp.objects();
        if (items.isEmpty()) {
            return s.space().emptyTuple();
        }
        long t = TupleType.allocate(s, items.size());
        for (int i = 0; i < items.size(); i++) {
            long item;
            try {
                item = constant(interp, items.get(i));
            } catch (RuntimeException e) {
                for (int j = i; j < items.size(); j++) {
                    TupleType.initItem(s, t, j, s.space().none());
                }
                Objects.decref(s, t);
                throw e;
            }
            TupleType.initItem(s, t, i, item);
        }
        return t;
    }
}

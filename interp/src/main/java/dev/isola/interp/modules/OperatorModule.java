package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code operator}: Python's operators as functions, CPython 3.11's {@code _operator} with the
 * dunder aliases {@code operator.py} adds ({@code operator.__add__ is operator.add}). Every
 * function goes through the generic protocols of {@link Abstract}, so it works on any type the
 * operator itself works on. The sequence helpers are in {@link OperatorSequences}, the callable
 * factories ({@code itemgetter attrgetter methodcaller}) in {@link OperatorGetters}.
 */
final class OperatorModule {
    private OperatorModule() {}

    /** Functions that {@code operator.py} also binds as {@code __name__} (trailing '_' dropped). */
    private static final List<String> DUNDER_ALIASES = List.of("lt", "le", "eq", "ne", "ge", "gt", "not_", "abs",
            "add", "and_", "floordiv", "index", "inv", "invert", "lshift", "mod", "mul", "matmul", "neg", "or_",
            "pos", "pow", "rshift", "sub", "truediv", "xor", "concat", "contains", "delitem", "getitem", "setitem",
            "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod", "imul", "imatmul", "ior", "ipow", "irshift",
            "isub", "itruediv", "ixor", "call");

    static ModuleDef def() {
        List<MethodDef> fs = new ArrayList<>();
        for (CompareOp op : CompareOp.values()) {
            String name = op.name().toLowerCase();
            fs.add(binary(name, (s, a, b) -> Abstract.richCompare(s, a, b, op)));
        }
        fs.add(unary("not_", (s, a) -> s.space().bool(!Abstract.isTrue(s, a))));
        fs.add(unary("truth", (s, a) -> s.space().bool(Abstract.isTrue(s, a))));
        fs.add(binary("is_", (s, a, b) -> s.space().bool(a == b)));
        fs.add(binary("is_not", (s, a, b) -> s.space().bool(a != b)));
        fs.add(unary("abs", Abstract::absolute));
        fs.add(unary("index", OperatorModule::index));
        fs.add(unary("inv", Abstract::invert));
        fs.add(unary("invert", Abstract::invert));
        fs.add(unary("neg", Abstract::negative));
        fs.add(unary("pos", Abstract::positive));
        numbers(fs, "", false);
        numbers(fs, "i", true);
        fs.add(binary("pow", (s, a, b) -> Abstract.power(s, a, b, s.space().none())));
        fs.add(binary("ipow", Abstract::inplacePower));
        fs.addAll(OperatorSequences.functions());
        fs.add(new MethodDef("call", OperatorModule::call));
        fs.addAll(OperatorGetters.functions());
        return new ModuleDef("operator", fs, OperatorGetters.boundFunctions(), OperatorModule::init);
    }

    /** The twelve binary number operations: {@code add and_ …}, or in place {@code iadd iand …}. */
    private static void numbers(List<MethodDef> fs, String prefix, boolean inplace) {
        record Op(String name, NumberOp op) {}
        List<Op> ops = List.of(new Op("add", NumberOp.ADD), new Op("and_", NumberOp.AND),
                new Op("floordiv", NumberOp.FLOOR_DIVIDE), new Op("lshift", NumberOp.LSHIFT),
                new Op("mod", NumberOp.REMAINDER), new Op("mul", NumberOp.MULTIPLY),
                new Op("matmul", NumberOp.MATRIX_MULTIPLY), new Op("or_", NumberOp.OR),
                new Op("rshift", NumberOp.RSHIFT), new Op("sub", NumberOp.SUBTRACT),
                new Op("truediv", NumberOp.TRUE_DIVIDE), new Op("xor", NumberOp.XOR));
        for (Op o : ops) {
            NumberOp op = o.op();
            String name = inplace ? prefix + o.name().replace("_", "") : o.name();
            fs.add(binary(name, inplace ? (s, a, b) -> Abstract.inplaceOp(s, a, b, op)
                    : (s, a, b) -> Abstract.binaryOp(s, a, b, op)));
        }
    }

    @FunctionalInterface
    interface Unary {
        long apply(ObjectState s, long a);
    }

    @FunctionalInterface
    interface Binary {
        long apply(ObjectState s, long a, long b);
    }

    /** A one-argument function ({@code METH_O}): {@code _operator.neg() takes exactly one argument}. */
    static MethodDef unary(String name, Unary f) {
        String qualname = "_operator." + name;
        return new MethodDef(name, (s, m, args, kw) -> f.apply(s, Args.one(s, qualname, args, kw)));
    }

    /** A two-argument function: {@code add expected 2 arguments, got 1}. */
    static MethodDef binary(String name, Binary f) {
        String qualname = "_operator." + name;
        return new MethodDef(name, (s, m, args, kw) -> {
            long[] a = Args.positional(s, name, qualname, args, kw, 2, 2);
            return f.apply(s, a[0], a[1]);
        });
    }

    /** {@code PyNumber_Index}: {@code a.__index__()} as an exact int ({@code index(True)} is 1). */
    private static long index(ObjectState s, long a) {
        long i = Abstract.index(s, a);
        if (Objects.type(i) == s.space().intType()) {
            return i;
        }
        try {
            return IntType.fitsLong(i) ? IntType.fromLong(s, IntType.longValue(i)) : IntType.fromBig(s, IntType.toBig(i));
        } finally {
            Objects.decref(s, i);
        }
    }

    /** {@code call(obj, /, *args, **kwargs)} (new in 3.11): {@code obj(*args, **kwargs)}. */
    private static long call(ObjectState s, long module, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n < 1) {
            throw Errors.typeError(s, "call expected at least 1 argument, got 0");
        }
        long rest = TupleType.allocate(s, n - 1);
        for (long i = 1; i < n; i++) {
            TupleType.initItem(s, rest, i - 1,
                    Objects.newRef(TupleType.getItem(args, i)));
        }
        try {
            return Abstract.call(s, TupleType.getItem(args, 0), rest, kwargs);
        } finally {
            Objects.decref(s, rest);
        }
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        for (String name : DUNDER_ALIASES) {
            String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            long f = DictType.getItemString(s, dict, name);
            if (f == 0) {
                throw new IllegalStateException("operator." + name + " is not defined");
            }
            DictType.setItemString(s, dict, "__" + bare + "__", f);
        }
    }
}

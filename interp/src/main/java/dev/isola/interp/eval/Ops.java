package dev.isola.interp.eval;

import static dev.isola.interp.compile.Opcode.*;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.ThreadState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.HeapObjects;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.ListType;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.SetType;
import dev.isola.objects.SliceType;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * The instructions that are not on the eval loop's hot path, and the slow paths of those that
 * are. {@link #execute} returns {@code pc << 32 | sp}.
 */
final class Ops {
    private static final List<NumberOp> NUMBER_OPS = List.of(NumberOp.values());
    private static final List<CompareOp> COMPARE_OPS = List.of(CompareOp.values());
    private static final int ADD_OP = 0;
    private static final int SUBTRACT_OP = 1;
    private static final int MULTIPLY_OP = 2;
    private static final int REMAINDER_OP = 3;
    private static final int FLOOR_DIVIDE_OP = 11;

    private Ops() {
    }

    static long execute(ThreadState ts, LoadedCode c, long[] f, int base, int sp, int w, int pc) {
        ObjectState s = ts.interp().objects();
        f[base + LoadedCode.PC] = pc; // any of these may call Python code: its callers' f_lineno
        int arg = w >>> 8;
        int fast = base + LoadedCode.HEADER;
        switch (w & 0xFF) {
            case DELETE_FAST -> {
                long old = f[fast + arg];
                if (old == 0) {
                    throw unboundLocal(s, c, arg);
                }
                f[fast + arg] = 0;
                Objects.decref(s, old);
            }
            case LOAD_DEREF -> {
                long v = Cells.load(s, c, f[fast + c.nlocals + arg], arg);
                f[sp++] = v;
            }
            case STORE_DEREF -> Cells.store(s, f[fast + c.nlocals + arg], take(f, --sp));
            case DELETE_DEREF -> Cells.delete(s, c, f[fast + c.nlocals + arg], arg);
            case LOAD_CLOSURE -> f[sp++] = Objects.newRef(f[fast + c.nlocals + arg]);
            case STORE_GLOBAL -> {
                long v = take(f, --sp);
                try {
                    DictType.setItem(s, f[base + LoadedCode.GLOBALS], c.names[arg], v);
                } finally {
                    Objects.decref(s, v);
                }
            }
            case DELETE_GLOBAL -> {
                if (DictType.getItem(s, f[base], c.names[arg]) == 0) {
                    throw nameError(s, c.names[arg]);
                }
                DictType.delItem(s, f[base], c.names[arg]);
            }
            case DELETE_NAME -> {
                long locals = f[base + LoadedCode.LOCALS];
                if (Objects.type(locals) != s.space().type(BuiltinType.DICT)) {
                    try {
                        Abstract.delItem(s, locals, c.names[arg]);
                    } catch (PyException e) {
                        if (!e.matches(s.space().type(BuiltinType.KEY_ERROR))) {
                            throw e;
                        }
                        e.release(s);
                        throw nameError(s, c.names[arg]);
                    }
                    break;
                }
                if (DictType.getItem(s, locals, c.names[arg]) == 0) {
                    throw nameError(s, c.names[arg]);
                }
                DictType.delItem(s, locals, c.names[arg]);
            }
            case STORE_ATTR -> {
                long o = take(f, --sp);
                long v = take(f, --sp);
                long d = HeapObjects.plainStoreDict(s, o);
                if (d != 0 && DictType.replaceHinted(s, d, c.attrHints()[pc - 1], c.names[arg], v)) {
                    Objects.decref(s, o); // the dict took over v
                    break;
                }
                try {
                    Attributes.set(s, o, c.names[arg], v);
                    // The store may have replaced or freed the dict seen before it: look again.
                    long now = HeapObjects.plainStoreDict(s, o);
                    if (now != 0) {
                        c.attrHints()[pc - 1] = (int) DictType.entryIndex(s, now, c.names[arg],
                                StrType.hash(c.names[arg]));
                    }
                } finally {
                    Objects.decref(s, o);
                    Objects.decref(s, v);
                }
            }
            case DELETE_ATTR -> {
                long o = take(f, --sp);
                try {
                    Attributes.set(s, o, c.names[arg], 0);
                } finally {
                    Objects.decref(s, o);
                }
            }
            case CALL_FUNCTION_EX -> sp = Calls.callEx(ts, f, sp, (arg & 1) != 0);
            case STORE_SUBSCR -> {
                long k = take(f, --sp);
                long o = take(f, --sp);
                long v = take(f, --sp);
                try {
                    Abstract.setItem(s, o, k, v);
                } finally {
                    Objects.decref(s, k);
                    Objects.decref(s, o);
                    Objects.decref(s, v);
                }
            }
            case DELETE_SUBSCR -> {
                long k = take(f, --sp);
                long o = take(f, --sp);
                try {
                    Abstract.delItem(s, o, k);
                } finally {
                    Objects.decref(s, k);
                    Objects.decref(s, o);
                }
            }
            case BUILD_SLICE -> {
                long step = arg == 3 ? take(f, --sp) : 0;
                long stop = take(f, --sp);
                long start = f[sp - 1];
                f[sp - 1] = SliceType.newSlice(s, start, stop, step);
                Objects.decref(s, start);
                Objects.decref(s, stop);
                Objects.xdecref(s, step);
            }
            case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT -> {
                long v = f[sp - 1];
                f[sp - 1] = unary(s, w & 0xFF, v);
                Objects.decref(s, v);
            }
            case IS_OP -> {
                long b = take(f, --sp);
                long a = f[sp - 1];
                f[sp - 1] = s.space().bool((a == b) != (arg != 0));
                Objects.decref(s, a);
                Objects.decref(s, b);
            }
            case CONTAINS_OP -> {
                long b = f[sp - 1];
                long a = f[sp - 2];
                long r = s.space().bool(Abstract.contains(s, b, a) != (arg != 0));
                f[--sp] = 0;
                f[sp - 1] = r;
                Objects.decref(s, a);
                Objects.decref(s, b);
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                long v = take(f, --sp);
                boolean none = v == s.space().none();
                Objects.decref(s, v);
                if (none == ((w & 0xFF) == POP_JUMP_IF_NONE)) {
                    pc = arg;
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                long v = f[sp - 1];
                if (Abstract.isTrue(s, v) == ((w & 0xFF) == JUMP_IF_TRUE_OR_POP)) {
                    pc = arg;
                } else {
                    sp--;
                    Objects.decref(s, v);
                }
            }
            case GET_ITER, GET_YIELD_FROM_ITER -> {
                long o = f[sp - 1];
                if ((w & 0xFF) == GET_ITER || !Generator.check(s, o)) {
                    f[sp - 1] = iter(s, o);
                    Objects.decref(s, o);
                }
            }
            case BUILD_TUPLE -> {
                long t = arg == 0 ? s.space().emptyTuple() : TupleType.allocate(s, arg);
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    TupleType.initItem(s, t, i, f[sp + i]);
                }
                f[sp++] = t;
            }
            case BUILD_LIST -> {
                long l = ListType.newList(s);
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    ListType.append(s, l, f[sp + i]);
                    Objects.decref(s, f[sp + i]);
                }
                f[sp++] = l;
            }
            case BUILD_SET -> sp = Builders.buildSet(s, f, sp, arg);
            case BUILD_MAP -> sp = Builders.buildMap(s, f, sp, arg);
            case LIST_APPEND -> {
                long v = take(f, --sp);
                ListType.append(s, f[sp - arg], v);
                Objects.decref(s, v);
            }
            case SET_ADD -> {
                long v = take(f, --sp);
                try {
                    SetType.add(s, f[sp - arg], v);
                } finally {
                    Objects.decref(s, v);
                }
            }
            case MAP_ADD -> {
                long v = take(f, --sp);
                long k = take(f, --sp);
                try {
                    DictType.setItem(s, f[sp - arg], k, v);
                } finally {
                    Objects.decref(s, k);
                    Objects.decref(s, v);
                }
            }
            case LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> {
                long it = take(f, --sp);
                try {
                    Builders.update(s, w & 0xFF, f, sp, arg, it);
                } finally {
                    Objects.decref(s, it);
                }
            }
            case LIST_TO_TUPLE -> {
                long l = f[sp - 1];
                f[sp - 1] = ListType.toTuple(s, l);
                Objects.decref(s, l);
            }
            case UNPACK_SEQUENCE -> sp = Builders.unpack(s, f, sp, arg, -1);
            case UNPACK_EX -> sp = Builders.unpack(s, f, sp, arg & 0xFF, arg >>> 8);
            case FORMAT_VALUE -> sp = Builders.formatValue(s, f, sp, arg);
            case BUILD_STRING -> sp = Builders.buildString(s, f, sp, arg);
            case MAKE_FUNCTION -> sp = Functions.make(ts, c, f, base, sp, arg);
            case RAISE_VARARGS -> throw Exceptions.raise(ts, f, sp, arg);
            case PUSH_EXC_INFO -> {
                long exc = f[sp - 1];
                long prev = ts.handled;
                f[sp - 1] = prev == 0 ? s.space().none() : prev;
                f[sp++] = exc;
                ts.handled = Objects.newRef(exc);
            }
            case POP_EXCEPT -> {
                long prev = take(f, --sp);
                long old = ts.handled;
                ts.handled = prev == s.space().none() ? 0 : prev;
                Objects.xdecref(s, old);
            }
            case RERAISE -> {
                long exc = take(f, --sp);
                ts.reraising = true;
                throw new PyException(exc, Objects.typeNameOf(exc));
            }
            case CHECK_EXC_MATCH -> {
                long type = f[sp - 1];
                f[sp - 1] = s.space().bool(Exceptions.matches(s, f[sp - 2], type));
                Objects.decref(s, type);
            }
            case LOAD_ASSERTION_ERROR -> f[sp++] = s.space().type(BuiltinType.ASSERTION_ERROR);
            case IMPORT_NAME -> sp = Imports.importName(ts, c, f, base, sp, arg);
            case IMPORT_FROM -> {
                long v = Imports.importFrom(ts.interp(), f[sp - 1], c.names[arg]);
                f[sp++] = v;
            }
            case IMPORT_STAR -> {
                long m = take(f, --sp);
                try {
                    Imports.importStar(ts.interp(), m, f[base + LoadedCode.LOCALS]);
                } finally {
                    Objects.decref(s, m);
                }
            }
            case PRINT_EXPR -> {
                long v = take(f, --sp);
                try {
                    Frames.printExpr(ts.interp(), v);
                } finally {
                    Objects.decref(s, v);
                }
            }
            case LOAD_BUILD_CLASS -> {
                long bc = DictType.getItemString(s, ts.interp().builtinsDict(), "__build_class__");
                if (bc == 0) {
                    throw Errors.raise(s, BuiltinType.NAME_ERROR, "__build_class__ not found");
                }
                f[sp++] = Objects.newRef(bc);
            }
            case SETUP_ANNOTATIONS -> {
                long locals = f[base + LoadedCode.LOCALS];
                if (DictType.getItemString(s, locals, "__annotations__") == 0) {
                    long d = DictType.newDict(s);
                    DictType.setItemString(s, locals, "__annotations__", d);
                    Objects.decref(s, d);
                }
            }
            case GET_LEN -> {
                long n = dev.isola.objects.IntType.fromLong(s, Abstract.length(s, f[sp - 1]));
                f[sp++] = n;
            }
            case SEND -> {
                long r = Generator.send(ts, f, sp);
                if (r < 0) {
                    sp--;
                    pc = arg;
                }
            }
            case BEFORE_WITH -> sp = With.before(s, f, sp);
            case WITH_EXCEPT_START -> sp = With.exceptStart(s, f, sp);
            default -> throw new IllegalStateException("bad opcode " + (w & 0xFF) + " at " + (pc - 1) + " in "
                    + c.code.qualname());
        }
        return (long) pc << 32 | (sp & 0xFFFFFFFFL);
    }

    /**
     * Pops slot {@code i}: returns its reference and clears it. When an instruction here throws,
     * the eval loop unwinds with the {@code sp} it had before the instruction, so a slot whose
     * reference was taken must read 0, not a reference released twice.
     */
    static long take(long[] f, int i) {
        long v = f[i];
        f[i] = 0;
        return v;
    }

    // ------------------------------------------------------------------ hot-path helpers

    static boolean truth(ObjectState s, long v) {
        if (v == s.space().trueObject()) {
            return true;
        }
        if (v == s.space().falseObject()) {
            return false;
        }
        try {
            return Abstract.isTrue(s, v);
        } finally {
            Objects.decref(s, v);
        }
    }

    static long binary(ObjectState s, long a, long b, int op) {
        long x = dev.isola.objects.IntType.exactCompact(s, a);
        if (x != Long.MIN_VALUE) {
            long y = dev.isola.objects.IntType.exactCompact(s, b);
            if (y != Long.MIN_VALUE) {
                // Two exact ints of at most 63 bits: + and - cannot overflow a long.
                switch (op >= INPLACE ? op - INPLACE : op) {
                    case ADD_OP -> {
                        return dev.isola.objects.IntType.fromLong(s, x + y);
                    }
                    case SUBTRACT_OP -> {
                        return dev.isola.objects.IntType.fromLong(s, x - y);
                    }
                    case MULTIPLY_OP -> {
                        long high = Math.multiplyHigh(x, y);
                        long low = x * y;
                        if (high == (low >> 63)) {
                            return dev.isola.objects.IntType.fromLong(s, low);
                        }
                    }
                    case FLOOR_DIVIDE_OP -> {
                        if (y != 0) {
                            return dev.isola.objects.IntType.fromLong(s, Math.floorDiv(x, y));
                        }
                    }
                    case REMAINDER_OP -> {
                        if (y != 0) {
                            return dev.isola.objects.IntType.fromLong(s, Math.floorMod(x, y));
                        }
                    }
                    default -> { }
                }
            }
        }
        if (op >= INPLACE) {
            NumberOp n = NUMBER_OPS.get(op - INPLACE);
            return n == NumberOp.POWER ? Abstract.inplacePower(s, a, b) : Abstract.inplaceOp(s, a, b, n);
        }
        NumberOp n = NUMBER_OPS.get(op);
        return n == NumberOp.POWER ? Abstract.power(s, a, b, s.space().none()) : Abstract.binaryOp(s, a, b, n);
    }

    static long compare(ObjectState s, long a, long b, int op) {
        long x = dev.isola.objects.IntType.exactCompact(s, a);
        if (x != Long.MIN_VALUE) {
            long y = dev.isola.objects.IntType.exactCompact(s, b);
            if (y != Long.MIN_VALUE) {
                boolean r = switch (op) {
                    case 0 -> x < y;
                    case 1 -> x <= y;
                    case 2 -> x == y;
                    case 3 -> x != y;
                    case 4 -> x > y;
                    default -> x >= y;
                };
                return s.space().bool(r);
            }
        }
        return Abstract.richCompare(s, a, b, COMPARE_OPS.get(op));
    }

    static long next(ObjectState s, long it) {
        return Abstract.next(s, it);
    }

    static long iter(ObjectState s, long o) {
        return Abstract.iter(s, o);
    }

    static long unary(ObjectState s, int op, long v) {
        return switch (op) {
            case UNARY_NEGATIVE -> Abstract.negative(s, v);
            case UNARY_POSITIVE -> Abstract.positive(s, v);
            case UNARY_INVERT -> Abstract.invert(s, v);
            default -> s.space().bool(!Abstract.isTrue(s, v));
        };
    }

    /** {@code LOAD_GLOBAL} at instruction {@code at}, through its inline cache. */
    /**
     * {@code o.name}: first the instance dict entry this instruction found last time (see
     * {@link LoadedCode#attrHints}), then the full lookup, remembering where the name was.
     */
    static long loadAttr(ObjectState s, LoadedCode c, long o, int arg, int at) {
        long name = c.names[arg];
        long d = HeapObjects.plainReadDict(s, o);
        if (d != 0) {
            int[] hints = c.attrHints();
            long v = DictType.hinted(d, hints[at], name);
            if (v == 0) {
                // A lookup may run __eq__ of odd keys: hold the dict while it does.
                Objects.incref(d);
                try {
                    long ix = DictType.entryIndex(s, d, name, StrType.hash(name));
                    if (ix >= 0) {
                        hints[at] = (int) ix;
                        v = DictType.hinted(d, ix, name);
                        if (v != 0) {
                            Objects.incref(v);
                        }
                    }
                } finally {
                    Objects.decref(s, d);
                }
                if (v != 0) {
                    return v;
                }
            }
            if (v != 0) {
                Objects.incref(v);
                return v;
            }
        }
        return Abstract.getAttr(s, o, name);
    }

    static long loadGlobalCached(ObjectState s, LoadedCode c, long globals, int arg, int at) {
        long builtins = c.interp.builtinsDict();
        long versions = (long) DictType.version(globals) << 32 | (DictType.version(builtins) & 0xFFFFFFFFL);
        long[] key = c.cacheKey;
        if (key != null && key[at] == globals && c.cacheVersions[at] == versions) {
            long v = c.cacheValue[at];
            Objects.incref(v);
            return v;
        }
        long v = loadGlobal(s, c, globals, arg);
        c.ensureCaches();
        if (c.cacheKey[at] != globals) {
            Objects.xdecref(s, c.cacheKey[at]);
            c.cacheKey[at] = Objects.newRef(globals);
        }
        c.cacheVersions[at] = versions;
        c.cacheValue[at] = v;
        return v;
    }

    static long loadGlobal(ObjectState s, LoadedCode c, long globals, int arg) {
        long name = c.names[arg];
        long hash = StrType.hash(name);
        long v = DictType.getItem(s, globals, name, hash);
        if (v == 0) {
            v = DictType.getItem(s, c.interp.builtinsDict(), name, hash);
            if (v == 0) {
                throw nameError(s, name);
            }
        }
        Objects.incref(v);
        return v;
    }

    static long loadName(ObjectState s, LoadedCode c, long[] f, int base, int arg) {
        long name = c.names[arg];
        long locals = f[base + LoadedCode.LOCALS];
        if (locals != 0 && Objects.type(locals) != s.space().type(BuiltinType.DICT)) {
            // A class body run in a metaclass's __prepare__ mapping: its __getitem__ decides.
            try {
                return Abstract.getItem(s, locals, name);
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.KEY_ERROR))) {
                    throw e;
                }
                e.release(s);
            }
            return loadGlobal(s, c, f[base], arg);
        }
        long v = locals != 0 ? DictType.getItem(s, locals, name, StrType.hash(name)) : 0;
        if (v != 0) {
            Objects.incref(v);
            return v;
        }
        return loadGlobal(s, c, f[base], arg);
    }

    static void storeName(ObjectState s, LoadedCode c, long[] f, int base, int arg, long v) {
        try {
            long locals = f[base + LoadedCode.LOCALS];
            if (Objects.type(locals) == s.space().type(BuiltinType.DICT)) {
                DictType.setItem(s, locals, c.names[arg], v);
            } else {
                Abstract.setItem(s, locals, c.names[arg], v);
            }
        } finally {
            Objects.decref(s, v);
        }
    }

    /**
     * {@code o.name} for a call. A method of a builtin type's table pushes its method descriptor
     * and {@code o} (no bound method is made; CALL calls the descriptor with o); anything else
     * pushes {@code NULL, o.name}, the shape of a plain callable.
     */
    static int loadMethod(ObjectState s, LoadedCode c, long[] f, int sp, int arg, int at) {
        long o = f[sp - 1];
        long type = Objects.type(o);
        long[] key = c.cacheKey;
        if (key != null && key[at] == type && type != 0) {
            f[sp - 1] = Objects.newRef(c.cacheValue[at]);
            f[sp++] = o;
            return sp;
        }
        dev.isola.objects.TypeSlots slots = s.slots(type);
        if (dev.isola.objects.HeapTypes.isHeapType(type)) {
            long m = dev.isola.objects.HeapObjects.findMethod(s, o, c.names[arg]);
            if (m != 0) {
                f[sp - 1] = Objects.newRef(m);
                f[sp++] = o;
                return sp;
            }
        } else if (dev.isola.objects.ObjectType.hasGenericGetAttr(s, slots)) {
            int method = slots.methodIndex(c.code.names().get(arg));
            if (method >= 0 && !slots.methods().get(method).classMethod()
                    && s.space().isImmortalAddress(type)) {
                long descriptor = c.interp.methodDescriptor(
                        dev.isola.memory.Memory.getInt(type + dev.isola.objects.TypeLayout.SLOTS_INDEX_OFFSET), method);
                c.ensureCaches();
                c.cacheKey[at] = type;
                c.cacheValue[at] = descriptor;
                f[sp - 1] = Objects.newRef(descriptor);
                f[sp++] = o;
                return sp;
            }
        }
        long attr = Abstract.getAttr(s, o, c.names[arg]);
        f[sp - 1] = 0;
        f[sp++] = attr;
        Objects.decref(s, o);
        return sp;
    }

    static void checkPoint(ThreadState ts) {
        ts.interp().checkPoint();
    }

    static PyException unboundLocal(ObjectState s, LoadedCode c, int index) {
        return Errors.raise(s, BuiltinType.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + c.code.varnames().get(index) + "' where it is not associated with a value");
    }

    static PyException nameError(ObjectState s, long name) {
        PyException e = Errors.raise(s, BuiltinType.NAME_ERROR, "name '" + StrType.toJava(name) + "' is not defined");
        dev.isola.objects.ExceptionTypes.setAttribute(s, e.exception(), "name", name);
        return e;
    }

    static void clearStack(ObjectState s, long[] f, int from, int to) {
        for (int i = from; i < to; i++) {
            Objects.xdecref(s, f[i]);
            f[i] = 0;
        }
    }

    /**
     * An exception reached instruction {@code index} of this frame: records the traceback entry,
     * chains the exception being handled as its context, and returns the exception-table entry
     * that handles it; with none, releases the value stack and rethrows.
     */
    static int unwind(ThreadState ts, LoadedCode c, long[] f, int index, int stackBase, int sp, PyException e) {
        ObjectState s = ts.interp().objects();
        long exc = e.exception();
        if (ts.reraising) {
            ts.reraising = false;
        } else {
            Exceptions.chainContext(ts, exc);
            Tracebacks.add(s, exc, c, index, f[stackBase - LoadedCode.HEADER - c.nlocals - c.ncells - c.nfree]);
        }
        int entry = c.findHandler(index);
        if (entry < 0) {
            clearStack(s, f, stackBase, sp);
            throw e;
        }
        clearStack(s, f, stackBase + c.code.exceptionTable()[entry + 3], sp);
        return entry;
    }

    static long codeOfFunction(long function) {
        return Memory.getLong(function + CodeLayouts.FUNCTION_CODE_OFFSET);
    }

    static InterpreterState interp(ObjectState s) {
        return InterpreterState.of(s);
    }

    static long exceptionArgs(long e) {
        return ExceptionTypes.args(e);
    }
}

package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.natives.Libm;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ByteArrayType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code random}: CPython 3.11's module functions (the bound methods of {@code random._inst}),
 * giving the same numbers for the same seed. The generator is {@link MersenneTwister}, whose
 * block the module object owns; this class holds the core methods ({@code seed},
 * {@code random}, {@code getrandbits}, state) and the integer methods; {@link RandomSequences}
 * and {@link RandomDistributions} port the rest of {@code Lib/random.py} operation for
 * operation. Argument errors read as the bound methods' ({@code Random.seed() ...}).
 *
 * <p>Not there: the {@code Random} and {@code SystemRandom} classes (no classes yet), the
 * {@code DeprecationWarning}s of {@code randrange} with integral floats (no warnings yet), and
 * a {@code gauss_next} other than None or a float: {@code setstate} keeps {@code float(x)}.
 */
public final class RandomModule {
    static final int VERSION = 3;

    private RandomModule() {}

    static ModuleDef def() {
        return new ModuleDef("random", methods(), RandomModule::init);
    }

    /** The methods of {@code Random}; also the module's functions, bound to its hidden instance (the module's own state). */
    static List<MethodDef> methods() {
        List<MethodDef> functions = new ArrayList<>(List.of(
                new MethodDef("seed", RandomModule::seed),
                new MethodDef("random", (s, m, args, kw) -> {
                    Args.none(s, "Random.random", args, kw);
                    return FloatType.fromDouble(s, MersenneTwister.random(state(m)));
                }),
                new MethodDef("getrandbits", (s, m, args, kw) ->
                        IntType.fromBig(s, getrandbits(s, m, Args.one(s, "Random.getrandbits", args, kw)))),
                new MethodDef("getstate", (s, m, args, kw) -> {
                    DefArgs.bind(s, "Random.getstate", args, kw, 0, 0);
                    return getstate(s, state(m));
                }),
                new MethodDef("setstate", RandomModule::setstate),
                new MethodDef("randbytes", RandomModule::randbytes),
                new MethodDef("randrange", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.randrange", args, kw, 3, 1, "start", "stop", "step");
                    return RandomIntegers.randrange(s, state(m), a[0], a[1], a[2]);
                }),
                new MethodDef("randint", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.randint", args, kw, 2, 2, "a", "b");
                    return RandomIntegers.randint(s, state(m), a[0], a[1]);
                })));
        functions.addAll(RandomSequences.functions());
        functions.addAll(RandomDistributions.functions());
        return functions;
    }

    private static void init(dev.isola.interp.runtime.InterpreterState interp, long module, long dict) {
        {
            long st = MersenneTwister.allocate(interp.objects());
            Memory.putLong(module + CodeLayouts.MODULE_STATE_OFFSET, st);
            seedFromEntropy(st);
            ObjectState s = interp.objects();
            try (RefScope t = new RefScope(s)) {
                DictType.setItemString(s, dict, "NV_MAGICCONST", t.f(4 * Libm.exp(-0.5) / Math.sqrt(2.0)));
                DictType.setItemString(s, dict, "LOG4", t.f(Libm.log(4.0)));
                DictType.setItemString(s, dict, "SG_MAGICCONST", t.f(1.0 + Libm.log(4.5)));
                DictType.setItemString(s, dict, "BPF", t.i(53));
                DictType.setItemString(s, dict, "RECIP_BPF", t.f(0x1p-53));
                DictType.setItemString(s, dict, "TWOPI", t.f(2 * Math.PI));
            }
            DictType.setItemString(s, dict, "Random", s.space().type(dev.isola.objects.BuiltinType.RANDOM));
        }
    }

    /**
     * {@code random.Random}: instances are laid out like the module object as far as the
     * generator goes (the state block at {@code MODULE_STATE_OFFSET}), so every module function
     * works unchanged as a method. {@code Random(x)} seeds with {@code x}; classes may derive
     * from it.
     */
    public static dev.isola.objects.TypeSlots randomSlots() {
        dev.isola.objects.TypeSlots.Builder b = dev.isola.objects.TypeSlots.builder()
                .newInstance((s, type, args, kwargs) -> {
                    long[] a = DefArgs.bind(s, "Random", args, kwargs, 1, 0, "x");
                    long r = s.allocInstance(type);
                    Memory.putLong(r + CodeLayouts.MODULE_STATE_OFFSET, MersenneTwister.allocate(s));
                    try {
                        long seedArgs = dev.isola.objects.TupleType.pack(s, a[0] == 0 ? s.space().none() : a[0]);
                        try {
                            dev.isola.objects.Objects.decref(s, seed(s, r, seedArgs, 0));
                        } finally {
                            dev.isola.objects.Objects.decref(s, seedArgs);
                        }
                    } catch (dev.isola.objects.PyException e) {
                        dev.isola.objects.Objects.decref(s, r);
                        throw e;
                    }
                    return r;
                })
                .dealloc((s, r) -> {
                    long st = state(r);
                    if (st != 0) {
                        s.freeBytes(st);
                    }
                    s.freeAny(r);
                });
        for (MethodDef m : methods()) {
            b.method(m.name(), m.impl());
        }
        return b.build();
    }

    /** The generator block of the module {@code m}. */
    static long state(long m) {
        return Memory.getLong(m + CodeLayouts.MODULE_STATE_OFFSET);
    }

    private static void seedFromEntropy(long st) {
        SecureRandom entropy = new SecureRandom();
        int[] key = new int[MersenneTwister.N];
        for (int i = 0; i < key.length; i++) {
            key[i] = entropy.nextInt();
        }
        MersenneTwister.initByArray(st, key);
    }

    /** {@code seed(a=None, version=2)}: random.py's conversions, then {@code _random.Random.seed}. */
    private static long seed(ObjectState s, long m, long args, long kwargs) {
        long[] a = DefArgs.bind(s, "Random.seed", args, kwargs, 2, 0, "a", "version");
        long st = state(m);
        long arg = a[0] == 0 ? s.space().none() : a[0];
        long version = a[1];
        boolean isStr = StrType.check(arg);
        boolean isBytes = BytesType.check(arg);
        boolean isByteArray = ByteArrayType.check(s, arg);
        try (RefScope t = new RefScope(s)) {
            if ((isStr || isBytes) && versionIs(t, version, 1)) {
                MersenneTwister.seed(st, versionOneSeed(isStr ? StrType.codePoints(arg) : latin1(BytesType.toArray(arg))));
            } else if ((isStr || isBytes || isByteArray) && versionIs(t, version, 2)) {
                byte[] bytes = isStr ? BytesType.toArray(t.own(Abstract.callMethod(s, arg, "encode")))
                        : isBytes ? BytesType.toArray(arg) : ByteArrayType.toArray(arg);
                MersenneTwister.seed(st, new BigInteger(1, withSha512(bytes)));
            } else if (arg == s.space().none()) {
                seedFromEntropy(st);
            } else if (IntType.check(arg)) {
                MersenneTwister.seed(st, IntType.toBig(arg).abs());
            } else if (FloatType.check(s, arg) || isStr || isBytes || isByteArray) {
                MersenneTwister.seed(st, unsigned(Abstract.hash(s, arg)));
            } else {
                throw Errors.typeError(s, "The only supported seed types are: None,\n"
                        + "int, float, str, bytes, and bytearray.");
            }
        }
        MersenneTwister.setGaussNext(st, null);
        return Objects.newRef(s.space().none());
    }

    private static boolean versionIs(RefScope t, long version, long n) {
        if (version == 0) {
            return n == 2;
        }
        return t.eq(version, t.i(n));
    }

    private static int[] latin1(byte[] bytes) {
        int[] cps = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            cps[i] = bytes[i] & 0xff;
        }
        return cps;
    }

    /** random.py's version 1 string hash (Python 2's), 64-bit unsigned. */
    private static BigInteger versionOneSeed(int[] cps) {
        long x = cps.length == 0 ? 0 : (long) cps[0] << 7;
        for (int c : cps) {
            x = (1000003 * x) ^ c;
        }
        x ^= cps.length;
        return unsigned(x);
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    /** {@code a + sha512(a).digest()}. */
    private static byte[] withSha512(byte[] a) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(a);
            byte[] out = new byte[a.length + digest.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(digest, 0, out, a.length, digest.length);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
    }

    /** {@code getrandbits(k)}, {@code k} converted as Argument Clinic's {@code int}. */
    static BigInteger getrandbits(ObjectState s, long m, long kObj) {
        long k = Abstract.index(s, kObj);
        try {
            if (!IntType.fitsLong(k) || IntType.longValue(k) != (int) IntType.longValue(k)) {
                throw Errors.overflowError(s, "Python int too large to convert to C int");
            }
            if (IntType.longValue(k) < 0) {
                throw Errors.valueError(s, "number of bits must be non-negative");
            }
            return MersenneTwister.bigBits(state(m), IntType.longValue(k));
        } finally {
            Objects.decref(s, k);
        }
    }

    /** {@code randbytes(n)}: {@code getrandbits(n * 8).to_bytes(n, 'little')}. */
    private static long randbytes(ObjectState s, long m, long args, long kwargs) {
        long n = DefArgs.bind(s, "Random.randbytes", args, kwargs, 1, 1, "n")[0];
        try (RefScope t = new RefScope(s)) {
            BigInteger bits = getrandbits(s, m, t.mul(n, t.i(8)));
            int size = (int) Abstract.asSize(s, n, BuiltinType.OVERFLOW_ERROR);
            byte[] big = bits.toByteArray();
            byte[] out = new byte[size];
            for (int i = 0; i < size && i < big.length; i++) {
                out[i] = big[big.length - 1 - i];
            }
            return BytesType.fromBytes(s, out);
        }
    }

    /** {@code (3, (mt[0], …, mt[623], index), gauss_next)}. */
    private static long getstate(ObjectState s, long st) {
        long inner = TupleType.allocate(s, MersenneTwister.N + 1);
        try {
            for (int i = 0; i < MersenneTwister.N; i++) {
                TupleType.initItem(s, inner, i, IntType.fromLong(s, MersenneTwister.word(st, i) & 0xffffffffL));
            }
            TupleType.initItem(s, inner, MersenneTwister.N, IntType.fromLong(s, MersenneTwister.index(st)));
            Double g = MersenneTwister.gaussNext(st);
            try (RefScope t = new RefScope(s)) {
                return TupleType.pack(s, t.i(VERSION), inner, g == null ? s.space().none() : t.f(g));
            }
        } finally {
            Objects.decref(s, inner);
        }
    }

    private static long setstate(ObjectState s, long m, long args, long kwargs) {
        long state = DefArgs.bind(s, "Random.setstate", args, kwargs, 1, 1, "state")[0];
        long st = state(m);
        try (RefScope t = new RefScope(s)) {
            long version = t.own(Abstract.getItem(s, state, t.i(0)));
            boolean v3 = t.eq(version, t.i(3));
            if (!v3 && !t.eq(version, t.i(2))) {
                throw Errors.valueError(s, "state with version " + Abstract.strJava(s, version)
                        + " passed to Random.setstate() of version " + VERSION);
            }
            long[] parts = unpack3(s, t, state);
            setGaussNext(s, st, parts[2]);
            long internal = parts[1];
            if (!v3) {
                internal = t.own(versionTwoState(s, t, internal));
            }
            setCoreState(s, st, internal);
        }
        return Objects.newRef(s.space().none());
    }

    /** {@code a, b, c = seq}, the items owned by {@code t}. */
    private static long[] unpack3(ObjectState s, RefScope t, long seq) {
        long it = t.own(Abstract.iter(s, seq));
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            long item = Abstract.next(s, it);
            if (item == 0) {
                throw Errors.valueError(s, "not enough values to unpack (expected 3, got " + i + ")");
            }
            out[i] = t.own(item);
        }
        long extra = Abstract.next(s, it);
        if (extra != 0) {
            Objects.decref(s, extra);
            throw Errors.valueError(s, "too many values to unpack (expected 3)");
        }
        return out;
    }

    /** Version 2 kept signed words: {@code tuple(x % 2**32 for x in internalstate)}. */
    private static long versionTwoState(ObjectState s, RefScope t, long internal) {
        long list = t.own(dev.isola.objects.ListType.newList(s));
        long modulus = t.own(IntType.fromBig(s, BigInteger.ONE.shiftLeft(32)));
        long it = t.own(Abstract.iter(s, internal));
        for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
            t.own(x);
            dev.isola.objects.ListType.append(s, list, t.mod(x, modulus));
        }
        return dev.isola.objects.ListType.toTuple(s, list);
    }

    /** {@code self.gauss_next = value}: None or a number (kept as a float). */
    private static void setGaussNext(ObjectState s, long st, long value) {
        MersenneTwister.setGaussNext(st, value == s.space().none() ? null
                : FloatType.check(s, value) ? FloatType.value(value) : Abstract.numberDouble(s, value));
    }

    /** {@code _random.Random.setstate}: 624 words and an index, checked before any is stored. */
    private static void setCoreState(ObjectState s, long st, long state) {
        if (!TupleType.check(state)) {
            throw Errors.typeError(s, "state vector must be a tuple");
        }
        if (TupleType.size(state) != MersenneTwister.N + 1) {
            throw Errors.valueError(s, "state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            long x = TupleType.getItem(state, i);
            if (!IntType.check(x)) {
                throw Errors.typeError(s, "an integer is required");
            }
            BigInteger v = IntType.toBig(x);
            if (v.signum() < 0) {
                throw Errors.overflowError(s, "can't convert negative value to unsigned int");
            }
            if (v.bitLength() > 64) {
                throw Errors.overflowError(s, "Python int too large to convert to C unsigned long");
            }
            words[i] = v.intValue();
        }
        long indexObj = Abstract.index(s, TupleType.getItem(state, MersenneTwister.N));
        long index;
        try {
            if (!IntType.fitsLong(indexObj)) {
                throw Errors.overflowError(s, "Python int too large to convert to C long");
            }
            index = IntType.longValue(indexObj);
        } finally {
            Objects.decref(s, indexObj);
        }
        if (index < 0 || index > MersenneTwister.N) {
            throw Errors.valueError(s, "invalid state");
        }
        MersenneTwister.setIndex(st, (int) index);
        for (int i = 0; i < words.length; i++) {
            MersenneTwister.setWord(st, i, words[i]);
        }
    }

    /** Releases a caught {@code TypeError} and returns true, or returns false for any other. */
    static boolean isTypeError(ObjectState s, PyException e) {
        if (e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
            e.release(s);
            return true;
        }
        return false;
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code _hashlib}: message digests over the JDK's {@link MessageDigest} (md5, sha1, the sha2
 * and sha3 families), for the standard library's {@code hashlib.py}. A digest in progress is a
 * Java object in the interpreter's handle table, named by an int the Python object holds and
 * frees ({@code _free}) when it goes; so nothing of it is shared between interpreters.
 */
final class HashlibModule {
    private HashlibModule() {}

    /** Python's names and the JDK's; the block sizes are the algorithms' own. */
    private static final Map<String, String> JAVA_NAMES = Map.ofEntries(Map.entry("md5", "MD5"),
            Map.entry("sha1", "SHA-1"), Map.entry("sha224", "SHA-224"), Map.entry("sha256", "SHA-256"),
            Map.entry("sha384", "SHA-384"), Map.entry("sha512", "SHA-512"), Map.entry("sha512_224", "SHA-512/224"),
            Map.entry("sha512_256", "SHA-512/256"), Map.entry("sha3_224", "SHA3-224"), Map.entry("sha3_256", "SHA3-256"),
            Map.entry("sha3_384", "SHA3-384"), Map.entry("sha3_512", "SHA3-512"));

    static ModuleDef def() {
        return new ModuleDef("_hashlib", List.of(
                new MethodDef("_new", HashlibModule::newDigest),
                new MethodDef("_update", HashlibModule::update),
                new MethodDef("_digest", HashlibModule::digest),
                new MethodDef("_copy", HashlibModule::copy),
                new MethodDef("_free", (s, m, a, k) -> {
                    InterpreterState.of(s).handles().remove(handle(s, Args.positional(s, "_free", a, k, 1, 1)[0]));
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("_digest_size", (s, m, a, k) ->
                        IntType.fromLong(s, digestOf(s, Args.positional(s, "_digest_size", a, k, 1, 1)[0]).getDigestLength())),
                new MethodDef("_algorithms", (s, m, a, k) -> {
                    long list = dev.isola.objects.ListType.newList(s);
                    for (String name : new java.util.TreeSet<>(JAVA_NAMES.keySet())) {
                        long str = StrType.fromJava(s, name);
                        dev.isola.objects.ListType.append(s, list, str);
                        Objects.decref(s, str);
                    }
                    return list;
                })),
                (interp, module, dict) -> { });
    }

    /** {@code _new(name)}: a handle of a fresh digest; ValueError "unsupported hash type" otherwise. */
    private static long newDigest(ObjectState s, long module, long args, long kwargs) {
        long name = Args.positional(s, "_new", args, kwargs, 1, 1)[0];
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "new() argument 'name' must be str, not " + Objects.typeNameOf(name));
        }
        String key = StrType.toJava(name).toLowerCase(Locale.ROOT).replace('-', '_');
        String java = JAVA_NAMES.get(key);
        if (java == null) {
            throw Errors.valueError(s, "unsupported hash type " + StrType.toJava(name));
        }
        try {
            return IntType.fromLong(s, InterpreterState.of(s).handles().add(MessageDigest.getInstance(java)));
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError(s, "unsupported hash type " + StrType.toJava(name));
        }
    }

    private static int handle(ObjectState s, long h) {
        return (int) Args.ssize(s, h);
    }

    private static MessageDigest digestOf(ObjectState s, long h) {
        if (InterpreterState.of(s).handles().get(handle(s, h)) instanceof MessageDigest md) {
            return md;
        }
        throw Errors.valueError(s, "not a digest in progress");
    }

    /** {@code _update(handle, data)}: feeds a bytes-like object; TypeError for str, as CPython says. */
    private static long update(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_update", args, kwargs, 2, 2);
        MessageDigest md = digestOf(s, a[0]);
        if (StrType.check(a[1])) {
            throw Errors.typeError(s, "Strings must be encoded before hashing");
        }
        long[] view = Buffers.view(s, a[1]);
        if (view == null) {
            throw Errors.typeError(s, "object supporting the buffer API required");
        }
        int chunk = 1 << 16;
        for (long off = 0; off < view[1]; off += chunk) {
            int n = (int) Math.min(chunk, view[1] - off);
            md.update(Memory.segment(view[0] + off, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
        return Objects.newRef(s.space().none());
    }

    /** {@code _digest(handle)}: the digest so far, leaving the running state as it was. */
    private static long digest(ObjectState s, long module, long args, long kwargs) {
        MessageDigest md = digestOf(s, Args.positional(s, "_digest", args, kwargs, 1, 1)[0]);
        try {
            return BytesType.fromBytes(s, ((MessageDigest) md.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw Errors.raise(s, dev.isola.objects.BuiltinType.RUNTIME_ERROR, "digest cannot be copied: " + e);
        }
    }

    private static long copy(ObjectState s, long module, long args, long kwargs) {
        MessageDigest md = digestOf(s, Args.positional(s, "_copy", args, kwargs, 1, 1)[0]);
        try {
            return IntType.fromLong(s, InterpreterState.of(s).handles().add(md.clone()));
        } catch (CloneNotSupportedException e) {
            throw Errors.raise(s, dev.isola.objects.BuiltinType.RUNTIME_ERROR, "digest cannot be copied: " + e);
        }
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeSlots;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * {@code os} on Linux: the path constants, {@code environ}, the current directory, the file
 * functions of {@link OsFiles}, {@code stat} ({@link OsStat}), {@code walk} ({@link OsWalk}) and
 * {@code os.path}, which is the {@code posixpath} module ({@link PosixPathModule}) and is put in
 * {@code sys.modules} as {@code os.path} when {@code os} is made.
 *
 * <p>The JVM cannot change its working directory, so the current directory is the
 * interpreter's own ({@link InterpreterState#workingDirectory}): {@code chdir} moves it and
 * {@link #resolve} turns every relative path of {@code os}, {@code os.path} and {@code open()}
 * into an absolute one against it. {@code environ} is a plain dict, a copy of the process
 * environment made when {@code os} is imported; changing it changes what {@code getenv},
 * {@code expanduser} and {@code expandvars} see, not the environment of the process.
 */
public final class OsModule {
    private OsModule() {}

    /** {@code R_OK}, {@code W_OK}, {@code X_OK} and {@code F_OK}, {@code access}'s modes. */
    private static final Map<String, Integer> ACCESS_MODES = Map.of("F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1);

    static ModuleDef def() {
        return new ModuleDef("os", List.of(
                new MethodDef("getcwd", OsModule::getcwd),
                new MethodDef("chdir", OsModule::chdir),
                new MethodDef("listdir", OsFiles::listdir),
                new MethodDef("__getattr__", (s, m, a, k) -> LazyAttributes.get(s, m, a, k, "os", "_osextra")),
                new MethodDef("mkdir", OsFiles::mkdir),
                new MethodDef("makedirs", OsFiles::makedirs),
                new MethodDef("remove", (s, m, a, k) -> OsFiles.remove(s, "remove", a, k)),
                new MethodDef("unlink", (s, m, a, k) -> OsFiles.remove(s, "unlink", a, k)),
                new MethodDef("rmdir", OsFiles::rmdir),
                new MethodDef("removedirs", OsModule::removedirs),
                new MethodDef("rename", (s, m, a, k) -> OsFiles.rename(s, "rename", a, k)),
                new MethodDef("replace", (s, m, a, k) -> OsFiles.rename(s, "replace", a, k)),
                new MethodDef("stat", OsFiles::stat),
                new MethodDef("lstat", OsFiles::lstat),
                new MethodDef("access", OsFiles::access),
                new MethodDef("symlink", OsFiles::symlink),
                new MethodDef("readlink", OsFiles::readlink),
                new MethodDef("walk", OsWalk::walk),
                new MethodDef("fspath", OsModule::fspath),
                new MethodDef("getenv", OsModule::getenv),
                new MethodDef("getpid", (s, m, a, k) -> {
                    Args.none(s, "getpid", a, k);
                    return IntType.fromLong(s, ProcessHandle.current().pid());
                }),
                new MethodDef("cpu_count", (s, m, a, k) -> {
                    Args.none(s, "cpu_count", a, k);
                    return IntType.fromLong(s, java.lang.Runtime.getRuntime().availableProcessors());
                }),
                new MethodDef("urandom", OsModule::urandom),
                new MethodDef("strerror", (s, m, a, k) -> {
                    long code = Args.positional(s, "strerror", a, k, 1, 1)[0];
                    return StrType.fromJava(s, OsErrors.strerror((int) Args.ssize(s, code)));
                })), OsModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        String[][] constants = {{"name", "posix"}, {"sep", "/"}, {"extsep", "."}, {"pathsep", ":"},
            {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."}, {"devnull", "/dev/null"},
            {"defpath", "/bin:/usr/bin"}};
        for (String[] c : constants) {
            put(s, dict, c[0], StrType.fromJava(s, c[1]));
        }
        put(s, dict, "altsep", Objects.newRef(s.space().none()));
        ACCESS_MODES.forEach((name, value) -> put(s, dict, name, IntType.fromLong(s, value)));
        DictType.setItemString(s, dict, "error", s.space().type(BuiltinType.OS_ERROR));
        DictType.setItemString(s, dict, "stat_result", s.space().type(BuiltinType.STAT_RESULT));
        long environ = DictType.newDict(s);
        put(s, dict, "environ", environ);
        for (var e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            long k = StrType.fromJava(s, e.getKey());
            long v = StrType.fromJava(s, e.getValue());
            try {
                DictType.setItem(s, environ, k, v);
            } finally {
                Objects.decref(s, k);
                Objects.decref(s, v);
            }
        }
        long path = interp.findModule("posixpath");
        if (path == 0) {
            path = interp.createModule(interp.runtime().moduleIndex("posixpath"));
        }
        DictType.setItemString(s, dict, "path", path);
        DictType.setItemString(s, interp.modules(), "os.path", path);
    }

    private static void put(ObjectState s, long dict, String name, long value) {
        try {
            DictType.setItemString(s, dict, name, value);
        } finally {
            Objects.decref(s, value);
        }
    }

    /**
     * The absolute path {@code path} names for interpreter {@code interp}: relative paths are
     * taken from its current directory. The caller refuses {@code ""} and paths holding NUL.
     */
    public static Path resolve(InterpreterState interp, String path) {
        return interp.workingDirectory().resolve(path);
    }

    /** The behaviour of an os type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case STAT_RESULT -> OsStat.slots();
            case WALK -> OsWalk.slots();
            default -> null;
        };
    }

    /** {@code os.environ} if {@code os} is imported and it is still a dict (borrowed), else 0. */
    static long environ(InterpreterState interp) {
        long os = interp.findModule("os");
        if (os == 0 || Objects.type(os) != interp.objects().space().type(BuiltinType.MODULE)) {
            return 0;
        }
        long env = DictType.getItemString(interp.objects(),
                dev.isola.memory.Memory.getLong(os + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET), "environ");
        return env != 0 && DictType.check(env) ? env : 0;
    }

    /** The value of environment variable {@code name} as {@code os.environ} has it, or null. */
    static String getenv(InterpreterState interp, String name) {
        long env = environ(interp);
        if (env == 0) {
            return System.getenv(name);
        }
        long v = DictType.getItemString(interp.objects(), env, name);
        return v != 0 && StrType.check(v) ? StrType.toJava(v) : null;
    }

    private static long getcwd(ObjectState s, long module, long args, long kwargs) {
        Args.none(s, "getcwd", args, kwargs);
        return StrType.fromJava(s, InterpreterState.of(s).workingDirectory().toString());
    }

    private static long chdir(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "chdir", args, kwargs, 0, 1, "path");
        String path = OsFiles.path(s, "chdir", a[0], OsFiles.PATH_OR_FD);
        OsStat.Stat st = OsFiles.stat(s, path, true);
        if (!st.isDir()) {
            throw OsErrors.raise(s, OsErrors.ENOTDIR, path);
        }
        Path dir = OsFiles.target(s, path);
        try {
            dir = dir.toRealPath();
        } catch (java.io.IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
        InterpreterState.of(s).setWorkingDirectory(dir);
        return Objects.newRef(s.space().none());
    }

    /** {@code removedirs(name)}: os.py's, removing empty parents until one fails. */
    private static long removedirs(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "removedirs", args, kwargs, 1, "name");
        String name = OsFiles.path(s, "rmdir", a[0], OsFiles.PATH_ONLY);
        OsFiles.rmdir(s, name);
        String[] ht = PosixPaths.split(name);
        if (ht[1].isEmpty()) {
            ht = PosixPaths.split(ht[0]);
        }
        while (!ht[0].isEmpty() && !ht[1].isEmpty()) {
            try {
                OsFiles.rmdir(s, ht[0]);
            } catch (dev.isola.objects.PyException e) {
                if (!e.matches(s.space().type(BuiltinType.OS_ERROR))) {
                    throw e;
                }
                e.release(s);
                break;
            }
            ht = PosixPaths.split(ht[0]);
        }
        return Objects.newRef(s.space().none());
    }

    private static long fspath(ObjectState s, long module, long args, long kwargs) {
        return OsFiles.fspath(s, Args.parse(s, "fspath", args, kwargs, 0, 1, "path")[0]);
    }

    private static long getenv(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "getenv", args, kwargs, 1, "key", "default");
        if (!StrType.check(a[0])) {
            throw Errors.typeError(s, "str expected, not " + Objects.typeNameOf(a[0]));
        }
        long dflt = a[1] == 0 ? s.space().none() : a[1];
        long env = DictType.getItemString(s, dev.isola.memory.Memory.getLong(module + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET), "environ");
        if (env == 0) {
            return Objects.newRef(dflt);
        }
        return Abstract.callMethod(s, env, "get", a[0], dflt);
    }

    private static long urandom(ObjectState s, long module, long args, long kwargs) {
        long n = Args.ssize(s, Args.positional(s, "urandom", args, kwargs, 1, 1)[0]);
        if (n < 0) {
            throw Errors.valueError(s, "negative argument not allowed");
        }
        byte[] bytes = new byte[Math.toIntExact(n)];
        new SecureRandom().nextBytes(bytes);
        return BytesType.fromBytes(s, bytes);
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.io.IOException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The file-system functions of {@code os}: directories ({@code listdir}, {@code mkdir},
 * {@code makedirs}, {@code rmdir}), files ({@code remove}, {@code rename}, {@code stat},
 * {@code access}, links), all over the JDK's {@code java.nio.file} with relative paths resolved
 * against the interpreter's current directory ({@link OsModule#resolve}).
 *
 * <p>Where the JDK's call does more than the system call CPython makes ({@code Files.delete}
 * removes directories too; {@code Path} drops a trailing slash and resolves {@code ""} to the
 * directory itself) the function checks first, so the errno is the one Linux gives. Paths are
 * str or {@code os.PathLike} giving str; bytes paths and file descriptors are refused with a
 * TypeError. Stateless.
 */
final class OsFiles {
    private OsFiles() {}

    /** What a function's path argument may be, for its TypeError (CPython's {@code path_converter}). */
    static final String PATH_OR_FD = "string, bytes, os.PathLike or integer";
    static final String PATH_ONLY = "string, bytes or os.PathLike";

    /** {@code os.fspath(o)}: a str or bytes (new reference), or TypeError. */
    static long fspath(ObjectState s, long o) {
        if (StrType.check(o) || BytesType.check(o)) {
            return Objects.newRef(o);
        }
        if (HeapTypes.lookup(s, Objects.type(o), "__fspath__") != 0) {
            long r = Abstract.callMethod(s, o, "__fspath__");
            if (!StrType.check(r) && !BytesType.check(r)) {
                String t = Objects.typeNameOf(r);
                Objects.decref(s, r);
                throw Errors.typeError(s, "expected " + Objects.typeNameOf(o) + ".__fspath__() to return str or bytes, not "
                        + t);
            }
            return r;
        }
        throw Errors.typeError(s, "expected str, bytes or os.PathLike object, not " + Objects.typeNameOf(o));
    }

    /** A path argument of {@code fname} as a Java string; {@code accepts} names what else the TypeError lists. */
    static String path(ObjectState s, String fname, long o, String accepts) {
        if (StrType.check(o) || BytesType.check(o) || HeapTypes.lookup(s, Objects.type(o), "__fspath__") != 0) {
            long p = fspath(s, o);
            try {
                if (BytesType.check(p)) {
                    throw Errors.typeError(s, fname + ": bytes paths are not supported");
                }
                String path = StrType.toJava(p);
                if (path.indexOf('\0') >= 0) {
                    throw Errors.valueError(s, "embedded null byte");
                }
                return path;
            } finally {
                Objects.decref(s, p);
            }
        }
        if (IntType.check(o) && accepts.contains("integer")) {
            throw Errors.typeError(s, fname + ": file descriptors are not supported");
        }
        throw Errors.typeError(s, fname + ": path should be " + accepts + ", not " + Objects.typeNameOf(o));
    }

    /** The file {@code path} names; {@code ""} names no file. */
    static Path target(ObjectState s, String path) {
        if (path.isEmpty()) {
            throw OsErrors.raise(s, OsErrors.ENOENT, path);
        }
        return OsModule.resolve(InterpreterState.of(s), path);
    }

    /** {@code stat(2)} or {@code lstat(2)} of {@code path}, raising the OSError. */
    static OsStat.Stat stat(ObjectState s, String path, boolean follow) {
        Path p = target(s, path);
        OsStat.Stat st;
        try {
            st = OsStat.read(p, follow);
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
        if (path.endsWith("/") && !st.isDir()) {
            throw OsErrors.raise(s, OsErrors.ENOTDIR, path);
        }
        return st;
    }

    /** {@link #stat}, or null where it would raise. */
    static OsStat.Stat statOrNull(ObjectState s, String path, boolean follow) {
        if (path.isEmpty()) {
            return null;
        }
        try {
            OsStat.Stat st = OsStat.read(OsModule.resolve(InterpreterState.of(s), path), follow);
            return path.endsWith("/") && !st.isDir() ? null : st;
        } catch (IOException e) {
            return null;
        }
    }

    static long stat(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "stat", args, kwargs, 0, 1, "path", "follow_symlinks");
        boolean follow = a[1] == 0 || Abstract.isTrue(s, a[1]);
        return OsStat.newResult(s, stat(s, path(s, "stat", a[0], PATH_OR_FD), follow));
    }

    static long lstat(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "lstat", args, kwargs, 0, 1, "path");
        return OsStat.newResult(s, stat(s, path(s, "lstat", a[0], PATH_ONLY), false));
    }

    static long listdir(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "listdir", args, kwargs, 0, 0, "path");
        String path = a[0] == 0 || a[0] == s.space().none() ? "."
                : path(s, "listdir", a[0], "string, bytes, os.PathLike, integer or None");
        long list = ListType.newList(s);
        try {
            for (String name : names(s, path)) {
                long n = StrType.fromJava(s, name);
                try {
                    ListType.append(s, list, n);
                } finally {
                    Objects.decref(s, n);
                }
            }
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    /** The names in directory {@code path}, in directory order, without {@code .} and {@code ..}. */
    static List<String> names(ObjectState s, String path) {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(target(s, path))) {
            for (Path p : dir) {
                out.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
        return out;
    }

    static long mkdir(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "mkdir", args, kwargs, 0, 1, "path", "mode");
        int mode = a[1] == 0 ? 0777 : (int) Args.ssize(s, a[1]);
        mkdir(s, path(s, "mkdir", a[0], PATH_ONLY), mode);
        return Objects.newRef(s.space().none());
    }

    private static void mkdir(ObjectState s, String path, int mode) {
        Path p = target(s, path);
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                perms.add(bits[i]);
            }
        }
        try {
            Files.createDirectory(p, PosixFilePermissions.asFileAttribute(perms));
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
    }

    /** {@code makedirs(name, mode=0o777, exist_ok=False)}, os.py's recursion. */
    static long makedirs(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "makedirs", args, kwargs, 1, "name", "mode", "exist_ok");
        String name = path(s, "mkdir", a[0], PATH_ONLY);
        int mode = a[1] == 0 ? 0777 : (int) Args.ssize(s, a[1]);
        makedirs(s, name, mode, a[2] != 0 && Abstract.isTrue(s, a[2]));
        return Objects.newRef(s.space().none());
    }

    private static void makedirs(ObjectState s, String name, int mode, boolean existOk) {
        String[] ht = PosixPaths.split(name);
        if (ht[1].isEmpty()) {
            ht = PosixPaths.split(ht[0]);
        }
        if (!ht[0].isEmpty() && !ht[1].isEmpty() && statOrNull(s, ht[0], true) == null) {
            try {
                makedirs(s, ht[0], 0777, existOk);
            } catch (dev.isola.objects.PyException e) {
                if (!e.matches(s.space().type(dev.isola.objects.BuiltinType.FILE_EXISTS_ERROR))) {
                    throw e;
                }
                e.release(s);
            }
            if (ht[1].equals(".")) {
                return;
            }
        }
        try {
            mkdir(s, name, mode);
        } catch (dev.isola.objects.PyException e) {
            OsStat.Stat st = statOrNull(s, name, true);
            if (!existOk || st == null || !st.isDir()) {
                throw e;
            }
            e.release(s);
        }
    }

    /** {@code remove(path)} and {@code unlink(path)}: {@code unlink(2)}, which refuses directories. */
    static long remove(ObjectState s, String fname, long args, long kwargs) {
        long[] a = Args.parse(s, fname, args, kwargs, 0, 1, "path");
        String path = path(s, fname, a[0], PATH_ONLY);
        Path p = target(s, path);
        OsStat.Stat st = statOrNull(s, path, false);
        if (st != null && st.isDir()) {
            throw OsErrors.raise(s, OsErrors.EISDIR, path);
        }
        if (path.endsWith("/") && st != null) {
            throw OsErrors.raise(s, OsErrors.ENOTDIR, path);
        }
        delete(s, p, path);
        return Objects.newRef(s.space().none());
    }

    static long rmdir(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "rmdir", args, kwargs, 0, 1, "path");
        rmdir(s, path(s, "rmdir", a[0], PATH_ONLY));
        return Objects.newRef(s.space().none());
    }

    /** {@code rmdir(2)}: only an empty directory goes. */
    static void rmdir(ObjectState s, String path) {
        Path p = target(s, path);
        OsStat.Stat st = statOrNull(s, path, false);
        if (st != null && !st.isDir()) {
            throw OsErrors.raise(s, OsErrors.ENOTDIR, path);
        }
        delete(s, p, path);
    }

    private static void delete(ObjectState s, Path p, String path) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
    }

    /** {@code rename(src, dst)} and {@code replace}: {@code rename(2)}, replacing {@code dst}. */
    static long rename(ObjectState s, String fname, long args, long kwargs) {
        long[] a = Args.parse(s, fname, args, kwargs, 0, 2, "src", "dst");
        String src = path(s, fname, a[0], PATH_ONLY);
        String dst = path(s, fname, a[1], PATH_ONLY);
        if (src.isEmpty() || dst.isEmpty()) {
            throw OsErrors.raise(s, OsErrors.ENOENT, OsErrors.strerror(OsErrors.ENOENT), src, dst);
        }
        InterpreterState interp = InterpreterState.of(s);
        try {
            Files.move(OsModule.resolve(interp, src), OsModule.resolve(interp, dst), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, src, dst);
        }
        return Objects.newRef(s.space().none());
    }

    /** {@code access(path, mode)}: {@code access(2)} with the real ids; False for any failure. */
    static long access(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "access", args, kwargs, 0, 2, "path", "mode");
        String path = path(s, "access", a[0], PATH_OR_FD);
        long mode = Args.ssize(s, a[1]);
        List<AccessMode> modes = new ArrayList<>();
        if ((mode & 4) != 0) {
            modes.add(AccessMode.READ);
        }
        if ((mode & 2) != 0) {
            modes.add(AccessMode.WRITE);
        }
        if ((mode & 1) != 0) {
            modes.add(AccessMode.EXECUTE);
        }
        boolean ok = statOrNull(s, path, true) != null;
        if (ok) {
            Path p = target(s, path);
            try {
                p.getFileSystem().provider().checkAccess(p, modes.toArray(AccessMode[]::new));
            } catch (IOException e) {
                ok = false;
            }
        }
        return Objects.newRef(ok ? s.space().trueObject() : s.space().falseObject());
    }

    /** {@code symlink(src, dst)}: {@code dst} becomes a link whose text is {@code src}. */
    static long symlink(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "symlink", args, kwargs, 0, 2, "src", "dst", "target_is_directory");
        String src = path(s, "symlink", a[0], PATH_ONLY);
        String dst = path(s, "symlink", a[1], PATH_ONLY);
        try {
            Files.createSymbolicLink(target(s, dst), Path.of(src));
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, src, dst);
        }
        return Objects.newRef(s.space().none());
    }

    static long readlink(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "readlink", args, kwargs, 0, 1, "path");
        String path = path(s, "readlink", a[0], PATH_ONLY);
        return StrType.fromJava(s, readlink(s, path));
    }

    /** The text of symbolic link {@code path}; EINVAL when it is not one. */
    static String readlink(ObjectState s, String path) {
        Path p = target(s, path);
        if (!Files.isSymbolicLink(p)) {
            throw OsErrors.raise(s, statOrNull(s, path, false) == null ? OsErrors.ENOENT : OsErrors.EINVAL, path);
        }
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw OsErrors.fromIO(s, e, path, null);
        }
    }

    /** Whether {@code path} is a directory, not following a final symbolic link when {@code follow} is false. */
    static boolean isDir(ObjectState s, String path, boolean follow) {
        return path.isEmpty() ? false : follow ? Files.isDirectory(OsModule.resolve(InterpreterState.of(s), path))
                : Files.isDirectory(OsModule.resolve(InterpreterState.of(s), path), LinkOption.NOFOLLOW_LINKS);
    }
}

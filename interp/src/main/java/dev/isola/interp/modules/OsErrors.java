package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * {@code OSError}s raised by the {@code os} functions: Linux errno numbers with glibc's
 * {@code strerror} texts, and the translation of the JDK's {@link IOException}s back to them.
 *
 * <p>The exception is made by calling the class with {@code (errno, strerror, filename)} (and
 * {@code filename2} for two-path calls), as CPython's {@code PyErr_SetFromErrnoWithFilenameObjects}
 * does; the subclass is chosen here from the errno ({@code ENOENT} → {@code FileNotFoundError} …)
 * for the errnos the file functions meet, and the plain {@code OSError} picks one itself for the
 * rest once it maps errnos. Stateless.
 */
public final class OsErrors {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EIO = 5;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EROFS = 30;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    /** glibc's {@code strerror} for the errnos above. */
    private static final Map<Integer, String> STRERROR = Map.ofEntries(
            Map.entry(EPERM, "Operation not permitted"),
            Map.entry(ENOENT, "No such file or directory"),
            Map.entry(EIO, "Input/output error"),
            Map.entry(EACCES, "Permission denied"),
            Map.entry(EBUSY, "Device or resource busy"),
            Map.entry(EEXIST, "File exists"),
            Map.entry(EXDEV, "Invalid cross-device link"),
            Map.entry(ENOTDIR, "Not a directory"),
            Map.entry(EISDIR, "Is a directory"),
            Map.entry(EINVAL, "Invalid argument"),
            Map.entry(EROFS, "Read-only file system"),
            Map.entry(ENAMETOOLONG, "File name too long"),
            Map.entry(ENOTEMPTY, "Directory not empty"),
            Map.entry(ELOOP, "Too many levels of symbolic links"));

    private OsErrors() {}

    /** {@code strerror(errno)}, or glibc's text for an unknown one. */
    public static String strerror(int errno) {
        return STRERROR.getOrDefault(errno, "Unknown error " + errno);
    }

    /** {@code OSError(errno, strerror(errno), filename)}; {@code filename} may be null. */
    public static PyException raise(ObjectState s, int errno, String filename) {
        return raise(s, errno, strerror(errno), filename, null);
    }

    /**
     * The OSError subclass for {@code errno} called with {@code (errno, strerror, filename)}, or
     * {@code (errno, strerror, filename, None, filename2)} when {@code filename2} is not null.
     */
    public static PyException raise(ObjectState s, int errno, String strerror, String filename, String filename2) {
        long type = s.space().type(subclass(errno));
        int n = filename2 != null ? 5 : filename != null ? 3 : 2;
        long args = TupleType.allocate(s, n);
        long exc;
        try {
            TupleType.initItem(s, args, 0, IntType.fromLong(s, errno));
            TupleType.initItem(s, args, 1, StrType.fromJava(s, strerror));
            if (n > 2) {
                TupleType.initItem(s, args, 2, StrType.fromJava(s, filename));
            }
            if (n > 3) {
                TupleType.initItem(s, args, 3, Objects.newRef(s.space().none()));
                TupleType.initItem(s, args, 4, StrType.fromJava(s, filename2));
            }
            exc = Abstract.call(s, type, args, 0);
        } finally {
            Objects.decref(s, args);
        }
        return new PyException(exc, Objects.typeName(Objects.type(exc)) + ": [Errno " + errno + "] " + strerror);
    }

    /** The OSError for an I/O exception of the JDK's file API on {@code filename} (and {@code filename2}). */
    public static PyException fromIO(ObjectState s, IOException e, String filename, String filename2) {
        return raise(s, errno(e), strerror(errno(e)), filename, filename2);
    }

    /** The errno behind one of the JDK's file exceptions (its reason is glibc's strerror text). */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            for (var entry : STRERROR.entrySet()) {
                if (reason.startsWith(entry.getValue())) {
                    return entry.getKey();
                }
            }
        }
        return EIO;
    }

    private static BuiltinType subclass(int errno) {
        return switch (errno) {
            case ENOENT -> BuiltinType.FILE_NOT_FOUND_ERROR;
            case EEXIST -> BuiltinType.FILE_EXISTS_ERROR;
            case EISDIR -> BuiltinType.IS_A_DIRECTORY_ERROR;
            case ENOTDIR -> BuiltinType.NOT_A_DIRECTORY_ERROR;
            case EACCES, EPERM -> BuiltinType.PERMISSION_ERROR;
            default -> BuiltinType.OS_ERROR;
        };
    }
}

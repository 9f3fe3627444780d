package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code OSError} and its subclasses (CPython's {@code OSError_new}): built with
 * {@code (errno, strerror[, filename[, winerror[, filename2]]])} it records those as attributes,
 * keeps only {@code (errno, strerror)} as {@code args} when a filename is given, and — when the
 * class called is {@code OSError} itself — becomes the subclass the errno names
 * ({@code OSError(2, ...)} is a {@code FileNotFoundError}). Its str is
 * {@code [Errno 2] No such file or directory: 'name'}. The attributes live in the exception's
 * {@code __dict__}; absent ones read as None.
 */
public final class OsErrors {
    private OsErrors() {
    }

    static void install(TypeSlots.Builder b) {
        b.newInstance(OsErrors::newInstance).str(OsErrors::str);
    }

    /** Raises the OSError subclass for {@code errno} with CPython's message shape. */
    public static PyException raise(ObjectState s, int errno, String strerror, String filename) {
        long args = filename == null
                ? TupleType.pack(s, IntType.fromLong(s, errno), StrType.fromJava(s, strerror))
                : TupleType.pack(s, IntType.fromLong(s, errno), StrType.fromJava(s, strerror), StrType.fromJava(s, filename));
        // pack took new references to the fresh items: drop ours.
        for (long i = 0; i < TupleType.size(args); i++) {
            Objects.decref(s, TupleType.getItem(args, i));
        }
        long e;
        try {
            e = newInstance(s, s.space().type(BuiltinType.OS_ERROR), args, 0);
        } finally {
            Objects.decref(s, args);
        }
        return new PyException(e, Objects.typeNameOf(e));
    }

    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long n = TupleType.size(args);
        boolean structured = n >= 2 && n <= 5;
        if (structured && type == s.space().type(BuiltinType.OS_ERROR)
                && IntType.check(TupleType.getItem(args, 0)) && IntType.fitsLong(TupleType.getItem(args, 0))) {
            BuiltinType sub = subclassFor(IntType.longValue(TupleType.getItem(args, 0)));
            if (sub != null) {
                type = s.space().type(sub);
            }
        }
        long filename = structured && n >= 3 ? TupleType.getItem(args, 2) : 0;
        boolean hasFilename = filename != 0 && filename != s.space().none();
        long kept = hasFilename ? TupleType.getSlice(s, args, 0, 2) : Objects.newRef(args);
        long e;
        try {
            e = ExceptionTypes.newInstance(s, type, kept);
        } finally {
            Objects.decref(s, kept);
        }
        if (structured) {
            ExceptionTypes.setAttribute(s, e, "errno", TupleType.getItem(args, 0));
            ExceptionTypes.setAttribute(s, e, "strerror", TupleType.getItem(args, 1));
            if (hasFilename) {
                ExceptionTypes.setAttribute(s, e, "filename", filename);
            }
            if (n == 5 && TupleType.getItem(args, 4) != s.space().none()) {
                ExceptionTypes.setAttribute(s, e, "filename2", TupleType.getItem(args, 4));
            }
        }
        return e;
    }

    /** CPython's errno → subclass table (Objects/exceptions.c). */
    private static BuiltinType subclassFor(long errno) {
        return switch ((int) errno) {
            case 2 -> BuiltinType.FILE_NOT_FOUND_ERROR;
            case 17 -> BuiltinType.FILE_EXISTS_ERROR;
            case 21 -> BuiltinType.IS_A_DIRECTORY_ERROR;
            case 20 -> BuiltinType.NOT_A_DIRECTORY_ERROR;
            case 1, 13 -> BuiltinType.PERMISSION_ERROR;
            case 110 -> BuiltinType.TIMEOUT_ERROR;
            default -> null;
        };
    }

    static long str(ObjectState s, long e) {
        long errno = attribute(s, e, "errno");
        long strerror = attribute(s, e, "strerror");
        long filename = attribute(s, e, "filename");
        long filename2 = attribute(s, e, "filename2");
        long none = s.space().none();
        if (filename != none) {
            String text = "[Errno " + Abstract.strJava(s, errno) + "] " + Abstract.strJava(s, strerror) + ": "
                    + Abstract.reprJava(s, filename);
            if (filename2 != none) {
                text += " -> " + Abstract.reprJava(s, filename2);
            }
            return StrType.fromJava(s, text);
        }
        if (errno != none && strerror != none) {
            return StrType.fromJava(s, "[Errno " + Abstract.strJava(s, errno) + "] " + Abstract.strJava(s, strerror));
        }
        return ExceptionTypes.str(s, e);
    }

    /** {@code e.name} from the dict, None when unset (borrowed). */
    private static long attribute(ObjectState s, long e, String name) {
        long dict = Memory.getLong(e + ExceptionTypes.DICT_OFFSET);
        long v = dict == 0 ? 0 : DictType.getItemString(s, dict, name);
        return v == 0 ? s.space().none() : v;
    }

    /** True for the attributes every OSError has (None until set). */
    static boolean isField(String name) {
        return name.equals("errno") || name.equals("strerror") || name.equals("filename") || name.equals("filename2");
    }
}

package dev.isola.objects;

/**
 * Raising Python exceptions from Java: builds the exception object in the calling interpreter
 * and returns the {@link PyException} to throw ({@code throw Errors.typeError(s, …)}), so the
 * compiler sees that control does not continue.
 */
public final class Errors {
    private Errors() {}

    /** An exception of {@code type} with a one-string {@code args}. */
    public static PyException raise(ObjectState s, BuiltinType type, String message) {
        return raise(s, s.space().type(type), message);
    }

    public static PyException raise(ObjectState s, long type, String message) {
        long text = StrType.fromJava(s, message);
        long args;
        try {
            args = TupleType.pack(s, text);
        } finally {
            Objects.decref(s, text);
        }
        long exc;
        try {
            exc = ExceptionTypes.newInstance(s, type, args);
        } finally {
            Objects.decref(s, args);
        }
        return new PyException(exc, Objects.typeName(type) + ": " + message);
    }

    /** An exception whose args are exactly {@code args} (borrowed). */
    public static PyException raiseWithArgs(ObjectState s, long type, long args) {
        long exc = ExceptionTypes.newInstance(s, type, args);
        return new PyException(exc, Objects.typeName(type));
    }

    public static PyException typeError(ObjectState s, String message) {
        return raise(s, BuiltinType.TYPE_ERROR, message);
    }

    public static PyException valueError(ObjectState s, String message) {
        return raise(s, BuiltinType.VALUE_ERROR, message);
    }

    public static PyException indexError(ObjectState s, String message) {
        return raise(s, BuiltinType.INDEX_ERROR, message);
    }

    public static PyException overflowError(ObjectState s, String message) {
        return raise(s, BuiltinType.OVERFLOW_ERROR, message);
    }

    public static PyException zeroDivision(ObjectState s, String message) {
        return raise(s, BuiltinType.ZERO_DIVISION_ERROR, message);
    }

    /** CPython's AttributeError for {@code obj.name}, with its {@code name} and {@code obj} attributes. */
    public static PyException attributeError(ObjectState s, long obj, String name) {
        return attributeError(s, obj, name, "'" + Objects.typeNameOf(obj) + "' object has no attribute '" + name + "'");
    }

    /** An AttributeError with its own message, carrying {@code name} and {@code obj}. */
    public static PyException attributeError(ObjectState s, long obj, String name, String message) {
        PyException e = raise(s, BuiltinType.ATTRIBUTE_ERROR, message);
        long n = StrType.fromJava(s, name);
        try {
            ExceptionTypes.setAttribute(s, e.exception(), "name", n);
            ExceptionTypes.setAttribute(s, e.exception(), "obj", obj);
        } finally {
            Objects.decref(s, n);
        }
        return e;
    }

    /** {@code KeyError(key)}: args is the key itself, as CPython. */
    public static PyException keyError(ObjectState s, long key) {
        long args = TupleType.pack(s, key);
        try {
            return raiseWithArgs(s, s.space().type(BuiltinType.KEY_ERROR), args);
        } finally {
            Objects.decref(s, args);
        }
    }

    /** {@code StopIteration(value)}, or with no args when {@code value} is 0. */
    public static PyException stopIteration(ObjectState s, long value) {
        long args = value == 0 ? Objects.newRef(s.space().emptyTuple()) : TupleType.pack(s, value);
        try {
            return raiseWithArgs(s, s.space().type(BuiltinType.STOP_ITERATION), args);
        } finally {
            Objects.decref(s, args);
        }
    }
}

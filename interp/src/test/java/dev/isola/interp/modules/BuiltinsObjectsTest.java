package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.ATTRIBUTE_ERROR;
import static dev.isola.objects.BuiltinType.BOOL;
import static dev.isola.objects.BuiltinType.INT;
import static dev.isola.objects.BuiltinType.STR;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.objects.BuiltinType;
import org.junit.jupiter.api.Test;

/** The builtins dict's names, type(), isinstance/issubclass, attribute functions, repr/ascii/format, vars. */
class BuiltinsObjectsTest extends ModuleTestSupport {
    @Test
    void typesAndConstantsAreInTheBuiltinsDict() {
        assertEquals(type(INT), builtin("int"));
        assertEquals(type(BuiltinType.TYPE), builtin("type"));
        assertEquals(type(BuiltinType.SLICE), builtin("slice"));
        assertEquals(type(BuiltinType.OBJECT), builtin("object"));
        assertEquals(none(), builtin("None"));
        assertEquals(s.space().trueObject(), builtin("True"));
        assertEquals(s.space().falseObject(), builtin("False"));
        assertEquals(s.space().ellipsis(), builtin("Ellipsis"));
        assertEquals(s.space().notImplemented(), builtin("NotImplemented"));
        for (BuiltinType t : BuiltinType.values()) {
            if (t.isException() && t.module().equals("builtins")) {
                assertEquals(type(t), builtin(t.pyName()), t.pyName());
            }
        }
        assertEquals("<built-in ", repr(builtin("print")).substring(0, 10));
    }

    @Test
    void typeOfAnObjectIsItsClass() {
        assertEquals(type(INT), call("type", integer(1)));
        assertEquals(type(BOOL), call("type", s.space().trueObject()));
        assertEquals(type(BuiltinType.TYPE), call("type", type(INT)));
        assertEquals("type() takes 1 or 3 arguments", raises(TYPE_ERROR, () -> call("type")));
        assertEquals("type() takes 1 or 3 arguments", raises(TYPE_ERROR, () -> call("type", integer(1), integer(2))));
        assertEquals("type() takes no keyword arguments",
                raises(TYPE_ERROR, () -> callKw("type", new long[] {integer(1)}, "x", integer(2))));
        long c = call("type", str("C"), tuple(), call("dict"));
        assertEquals("<class 'C'>", repr(c));
        assertEquals(type(BuiltinType.TYPE), call("type", c));
        assertEquals("type.__new__() argument 2 must be tuple, not int",
                raises(TYPE_ERROR, () -> call("type", str("C"), integer(1), call("dict"))));
    }

    @Test
    void typesConstructTheirInstances() {
        assertEquals("42", r("int", str("42")));
        assertEquals("2.5", r("float", str("2.5")));
        assertEquals("'1'", r("str", integer(1)));
        assertEquals("(1, 2)", r("tuple", ints(1, 2)));
        assertEquals("range(0, 3)", r("range", integer(3)));
        assertEquals("slice(None, 2, None)", r("slice", integer(2)));
        assertEquals("frozenset({1})", r("frozenset", ints(1)));
        assertEquals("bytearray(b'ab')", r("bytearray", call("bytes", ints(97, 98))));
        assertEquals("True", r("bool", integer(3)));
    }

    @Test
    void isinstanceWithTypesAndNestedTuples() {
        assertEquals("True", r("isinstance", s.space().trueObject(), type(INT)));
        assertEquals("True", r("isinstance", s.space().trueObject(), tuple(type(STR), tuple(type(INT)))));
        assertEquals("False", r("isinstance", integer(1), tuple()));
        assertEquals("isinstance() arg 2 must be a type, a tuple of types, or a union",
                raises(TYPE_ERROR, () -> call("isinstance", integer(1), integer(1))));
        assertEquals("isinstance expected 2 arguments, got 1", raises(TYPE_ERROR, () -> call("isinstance", integer(1))));
    }

    @Test
    void issubclassChecksBothArguments() {
        assertEquals("True", r("issubclass", type(BOOL), tuple(type(STR), type(INT))));
        assertEquals("False", r("issubclass", type(INT), type(BOOL)));
        assertEquals("True", r("issubclass", type(BuiltinType.KEY_ERROR), type(BuiltinType.LOOKUP_ERROR)));
        assertEquals("issubclass() arg 1 must be a class", raises(TYPE_ERROR, () -> call("issubclass", integer(1), type(INT))));
        assertEquals("issubclass() arg 2 must be a class, a tuple of classes, or a union",
                raises(TYPE_ERROR, () -> call("issubclass", type(INT), integer(1))));
    }

    @Test
    void callable() {
        assertEquals("True", r("callable", builtin("len")));
        assertEquals("True", r("callable", type(INT)));
        assertEquals("False", r("callable", integer(1)));
        assertEquals("callable() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> call("callable")));
    }

    @Test
    void reprAsciiAndFormat() {
        assertEquals("\"'é'\"", r("repr", str("é")));
        assertEquals("\"'\\\\xe9'\"", r("ascii", str("é")));
        assertEquals("'3.14'", r("format", flt(3.14159), str(".2f")));
        assertEquals("'5'", r("format", integer(5)));
        assertEquals("format() argument 2 must be str, not int", raises(TYPE_ERROR, () -> call("format", integer(1), integer(2))));
        assertEquals("format expected at least 1 argument, got 0", raises(TYPE_ERROR, () -> call("format")));
        assertEquals("repr() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> call("repr")));
    }

    @Test
    void getattrWithDefaultAndHasattr() {
        assertEquals("'A'", repr(callObject(call("getattr", str("a"), str("upper")))));
        assertEquals("5", r("getattr", integer(1), str("x"), integer(5)));
        assertEquals("'int' object has no attribute 'x'", raises(ATTRIBUTE_ERROR, () -> call("getattr", integer(1), str("x"))));
        assertEquals("attribute name must be string, not 'int'", raises(TYPE_ERROR, () -> call("getattr", integer(1), integer(2))));
        assertEquals("getattr expected at least 2 arguments, got 1", raises(TYPE_ERROR, () -> call("getattr", integer(1))));
        assertEquals("True", r("hasattr", str("a"), str("upper")));
        assertEquals("False", r("hasattr", integer(1), str("nope")));
        assertEquals("attribute name must be string, not 'int'", raises(TYPE_ERROR, () -> call("hasattr", integer(1), integer(2))));
    }

    @Test
    void setattrAndDelattrOnBuiltinsFail() {
        assertEquals("'int' object has no attribute 'x'",
                raises(ATTRIBUTE_ERROR, () -> call("setattr", integer(1), str("x"), integer(2))));
        assertEquals("'int' object has no attribute 'x'", raises(ATTRIBUTE_ERROR, () -> call("delattr", integer(1), str("x"))));
        assertEquals("attribute name must be string, not 'int'",
                raises(TYPE_ERROR, () -> call("setattr", integer(1), integer(2), integer(3))));
        assertEquals("setattr expected 3 arguments, got 2", raises(TYPE_ERROR, () -> call("setattr", integer(1), str("x"))));
        assertEquals("delattr expected 2 arguments, got 1", raises(TYPE_ERROR, () -> call("delattr", integer(1))));
    }

    @Test
    void varsNeedsADict() {
        assertEquals("vars() argument must have __dict__ attribute", raises(TYPE_ERROR, () -> call("vars", integer(1))));
        assertEquals("vars expected at most 1 argument, got 2", raises(TYPE_ERROR, () -> call("vars", integer(1), integer(2))));
        assertEquals("globals() takes no arguments (1 given)", raises(TYPE_ERROR, () -> call("globals", integer(1))));
        assertEquals("locals() takes no arguments (1 given)", raises(TYPE_ERROR, () -> call("locals", integer(1))));
    }

    @Test
    void everyBuiltinFunctionIsDefined() {
        for (String name : new String[] {"print", "len", "sorted", "min", "max", "sum", "abs", "all", "any",
                "isinstance", "issubclass", "callable", "repr", "ascii", "id", "hash", "ord", "chr", "hex", "oct",
                "bin", "divmod", "pow", "round", "iter", "next", "getattr", "setattr", "hasattr", "delattr",
                "globals", "locals", "vars", "input", "format"}) {
            assertEquals("True", r("callable", builtin(name)), name);
        }
        for (String name : new String[] {"int", "float", "bool", "str", "list", "tuple", "dict", "set", "frozenset",
                "bytes", "bytearray", "type", "object", "slice", "range", "enumerate", "zip", "map", "filter",
                "reversed"}) {
            assertEquals("<class '" + name + "'>", repr(builtin(name)), name);
        }
    }

    @Test
    void getattrOnTypesAndExceptionsInIsinstance() {
        assertEquals("'int'", r("getattr", type(INT), str("__name__")));
        long e = call("KeyError", str("k"));
        assertEquals("True", r("isinstance", e, tuple(type(BuiltinType.LOOKUP_ERROR))));
        assertEquals("True", r("isinstance", e, type(BuiltinType.BASE_EXCEPTION)));
        assertEquals("False", r("isinstance", e, type(BuiltinType.VALUE_ERROR)));
    }

    @Test
    void asciiEscapesAstralCharacters() {
        assertEquals("\"'\\\\U0001f600'\"", r("ascii", str("\uD83D\uDE00")));
        assertEquals("'[1]'", r("ascii", ints(1)));
    }
}

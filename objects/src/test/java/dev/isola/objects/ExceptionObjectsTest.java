package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Proves builtin exceptions behave as CPython's: args, str, repr, subclass matching. */
class ExceptionObjectsTest extends ObjectsTestSupport {
    @Test
    void strAndReprFollowArgs() {
        long none = track(ExceptionTypes.newInstance(s, space.type(BuiltinType.VALUE_ERROR), space.emptyTuple()));
        assertEquals("", Abstract.strJava(s, none));
        assertEquals("ValueError()", repr(none));
        long one = track(ExceptionTypes.newInstance(s, space.type(BuiltinType.VALUE_ERROR), tuple(str("bad"))));
        assertEquals("bad", Abstract.strJava(s, one));
        assertEquals("ValueError('bad')", repr(one));
        long two = track(ExceptionTypes.newInstance(s, space.type(BuiltinType.OS_ERROR), tuple(integer(2), str("x"))));
        assertEquals("(2, 'x')", Abstract.strJava(s, two));
        assertEquals("OSError(2, 'x')", repr(two));
        assertEquals("(2, 'x')", repr(track(Abstract.getAttr(s, two, "args"))));
    }

    @Test
    void keyErrorShowsTheKeysRepr() {
        String text = raises(BuiltinType.KEY_ERROR, () -> {
            throw Errors.keyError(s, str("missing"));
        });
        assertEquals("'missing'", text);
        assertEquals("LookupError matches", raises(BuiltinType.LOOKUP_ERROR, () -> {
            throw Errors.keyError(s, str("k"));
        }).equals("'k'") ? "LookupError matches" : "no");
    }

    @Test
    void stopIterationCarriesItsValue() {
        try {
            throw Errors.stopIteration(s, integer(1000));
        } catch (PyException e) {
            long value = track(Abstract.getAttr(s, e.exception(), "value"));
            assertEquals("1000", repr(value));
            e.release(s);
        }
        try {
            throw Errors.stopIteration(s, 0);
        } catch (PyException e) {
            assertEquals("None", repr(track(Abstract.getAttr(s, e.exception(), "value"))));
            e.release(s);
        }
    }

    @Test
    void callingAnExceptionTypeMakesAnInstance() {
        long e = track(Abstract.call(s, space.type(BuiltinType.RUNTIME_ERROR), tuple(str("boom")), 0));
        assertEquals("RuntimeError('boom')", repr(e));
        assertTrue(Objects.isInstance(e, space.type(BuiltinType.EXCEPTION)));
        assertEquals("None", repr(track(Abstract.getAttr(s, e, "__cause__"))));
    }

    @Test
    void protocolErrorsUseCPythonsMessages() {
        assertEquals("unsupported operand type(s) for +: 'NoneType' and 'tuple'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.binaryOp(s, space.none(), space.emptyTuple(), NumberOp.ADD)));
        assertEquals("'<' not supported between instances of 'str' and 'NoneType'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.richCompare(s, str("a"), space.none(), CompareOp.LT)));
        assertEquals("'NoneType' object has no attribute 'x'",
                raises(BuiltinType.ATTRIBUTE_ERROR, () -> Abstract.getAttr(s, space.none(), "x")));
        assertEquals("'NoneType' object is not callable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.call(s, space.none(), space.emptyTuple(), 0)));
        assertEquals("object of type 'NoneType' has no len()",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.length(s, space.none())));
        assertEquals("'NoneType' object is not subscriptable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.getItem(s, space.none(), space.smallInt(0))));
        assertEquals("'NoneType' object is not iterable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.iter(s, space.none())));
        assertEquals("bad operand type for unary -: 'NoneType'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.negative(s, space.none())));
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;
import org.junit.jupiter.api.Test;

/** Proves the bootstrapped object space: immortal, sealed, shared, and shaped like CPython's builtins. */
class ObjectSpaceBootstrapTest extends ObjectsTestSupport {
    @Test
    void singletonsAndStaticTypesAreImmortalAndInTheSealedHeap() {
        assertTrue(space.heap().isSealed());
        for (long addr : new long[] {space.none(), space.trueObject(), space.falseObject(), space.notImplemented(),
                space.ellipsis(), space.emptyTuple(), space.emptyStr(), space.emptyBytes(), space.smallInt(-5),
                space.smallInt(256), space.latin1Char('a'), space.type(BuiltinType.INT)}) {
            assertTrue(Refcount.isImmortal(addr), Memory.hex(addr));
            assertTrue(space.isImmortalAddress(addr), Memory.hex(addr));
        }
        for (BuiltinType t : BuiltinType.values()) {
            long type = space.type(t);
            assertEquals(space.type(BuiltinType.TYPE), Objects.type(type), t.pyName());
            String tpName = t.module().equals("builtins") ? t.pyName() : t.module() + "." + t.pyName();
            assertEquals(tpName, Objects.typeName(type));
            assertEquals(t.module(), StrType.toJava(Memory.getLong(type + TypeLayout.MODULE_OFFSET)));
            assertEquals(t.ordinal(), space.registry().address(t.ordinal()) == type ? t.ordinal() : -1);
        }
    }

    @Test
    void smallIntsAndOneCharStringsAreShared() {
        assertEquals(space.smallInt(7), IntType.fromLong(s, 7));
        assertEquals(space.smallInt(-5), IntType.fromLong(s, -5));
        long big = integer(257);
        assertFalse(space.isImmortalAddress(big), "257 is an ordinary object");
        assertEquals(space.latin1Char('x'), StrType.fromJava(s, "x"));
        assertEquals(space.latin1Char(0xe9), StrType.fromJava(s, "é"));
        assertEquals(space.emptyStr(), StrType.fromJava(s, ""));
        assertEquals(space.emptyTuple(), TupleType.pack(s));
        assertEquals("-5 256 'x' ''", repr(space.smallInt(-5)) + " " + repr(space.smallInt(256)) + " "
                + repr(space.latin1Char('x')) + " " + repr(space.emptyStr()));
    }

    @Test
    void identifiersAreInternedImmortalStrings() {
        long name = space.identifier("__init__");
        assertNotEquals(0, name);
        assertTrue(Refcount.isImmortal(name));
        assertEquals(name, s.intern("__init__"), "interning an identifier finds the immortal one");
        long mortal = s.intern("not_an_identifier_of_the_runtime");
        assertEquals(mortal, s.intern("not_an_identifier_of_the_runtime"), "interned per interpreter");
        Objects.decref(s, mortal);
        Objects.decref(s, mortal);
        assertEquals(space.identifier("int"), Memory.getLong(space.type(BuiltinType.INT) + TypeLayout.NAME_OFFSET));
    }

    @Test
    void typesHaveCPythonNamesReprsAndMros() {
        assertEquals("<class 'int'>", repr(space.type(BuiltinType.INT)));
        assertEquals("(<class 'bool'>, <class 'int'>, <class 'object'>)",
                repr(track(Abstract.getAttr(s, space.type(BuiltinType.BOOL), "__mro__"))));
        assertEquals("(<class 'ZeroDivisionError'>, <class 'ArithmeticError'>, <class 'Exception'>, "
                        + "<class 'BaseException'>, <class 'object'>)",
                repr(track(Abstract.getAttr(s, space.type(BuiltinType.ZERO_DIVISION_ERROR), "__mro__"))));
        assertEquals("<class 'object'>", repr(track(Abstract.getAttr(s, space.type(BuiltinType.INT), "__base__"))));
        assertEquals("None", repr(track(Abstract.getAttr(s, space.type(BuiltinType.OBJECT), "__base__"))));
        assertTrue(Objects.isSubtype(space.type(BuiltinType.KEY_ERROR), space.type(BuiltinType.LOOKUP_ERROR)));
        assertFalse(Objects.isSubtype(space.type(BuiltinType.KEY_ERROR), space.type(BuiltinType.INDEX_ERROR)));
        assertEquals("None NotImplemented Ellipsis True False",
                repr(space.none()) + " " + repr(space.notImplemented()) + " " + repr(space.ellipsis()) + " "
                        + repr(space.trueObject()) + " " + repr(space.falseObject()));
    }

    @Test
    void typeStateIsPerInterpreter() {
        assertEquals(BuiltinType.values().length, s.typeState().count());
        assertEquals(0, s.typeState().dict(BuiltinType.INT.ordinal()));
    }
}

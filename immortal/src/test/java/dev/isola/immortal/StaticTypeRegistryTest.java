package dev.isola.immortal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves static types are numbered once and each interpreter gets its own mutable slots. */
class StaticTypeRegistryTest {
    @Test
    void eachInterpreterHasItsOwnDictAndSubclassSlots() {
        StaticTypeRegistry registry = new StaticTypeRegistry();
        assertEquals(0, registry.register(0x1000, "object"));
        assertEquals(1, registry.register(0x2000, "int"));
        assertThrows(IllegalStateException.class, registry::newInterpreterState, "not frozen yet");
        registry.freeze();
        assertThrows(IllegalStateException.class, () -> registry.register(0x3000, "late"));
        StaticTypeState one = registry.newInterpreterState();
        StaticTypeState two = registry.newInterpreterState();
        one.setDict(1, 0xAAA0);
        one.addSubclass(1, 0xBBB0);
        assertEquals(0xAAA0, one.dict(1));
        assertEquals(0, two.dict(1), "another interpreter's int.__dict__ is separate");
        assertEquals(List.of(0xBBB0L), one.subclasses(1));
        assertEquals(List.of(), two.subclasses(1));
        assertEquals(2, one.count());
        assertEquals("int", registry.name(1));
        assertEquals(0x2000, registry.address(1));
        long[] dicts = one.takeDicts();
        assertEquals(1, dicts.length);
        assertEquals(0, one.dict(1));
    }
}

package dev.isola.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every value conversion, Java to Python and back, checked from both sides; no leaks. */
class ConversionsTest {
    private Isola isola;
    private PyInterpreter py;

    @BeforeEach
    void open() {
        isola = Isola.create();
        py = isola.interpreter().debugAllocator(true).build();
    }

    @AfterEach
    void close() {
        py.close();
        assertEquals(0, py.leakedBlocks(), "blocks left allocated");
        isola.close();
    }

    /** Sets {@code value}, checks Python sees {@code pyRepr}, and returns what comes back. */
    private Object roundTrip(Object value, String pyRepr) {
        py.set("v", value);
        assertEquals(pyRepr, py.eval("repr(v)"));
        return py.get("v");
    }

    @Test
    void scalarsToPythonAndBack() {
        assertNull(roundTrip(null, "None"));
        assertEquals(true, roundTrip(true, "True"));
        assertEquals(false, roundTrip(Boolean.FALSE, "False"));
        assertEquals(42L, roundTrip(42, "42"));
        assertEquals(-7L, roundTrip(-7L, "-7"));
        assertEquals(Long.MAX_VALUE, roundTrip(Long.MAX_VALUE, "9223372036854775807"));
        assertEquals(3L, roundTrip((short) 3, "3"));
        assertEquals(1.5, roundTrip(1.5, "1.5"));
        assertEquals(0.25, roundTrip(0.25f, "0.25"));
        assertEquals("héllo ✓", roundTrip("héllo ✓", "'héllo ✓'"));
        assertEquals("x", roundTrip('x', "'x'"));
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, (byte[]) roundTrip(new byte[] {0, 1, (byte) 255},
                "b'\\x00\\x01\\xff'"));
    }

    @Test
    void bigIntegers() {
        BigInteger big = BigInteger.TWO.pow(100).negate();
        assertEquals(big, roundTrip(big, big.toString()));
        assertEquals(BigInteger.TWO.pow(64), py.eval("2 ** 64"));
        assertEquals(Long.MIN_VALUE, py.eval("-2 ** 63"));
    }

    @Test
    void pythonScalarsToJava() {
        assertNull(py.eval("None"));
        assertEquals(true, py.eval("1 < 2"));
        assertEquals(6L, py.eval("2 * 3"));
        assertEquals(0.5, py.eval("1 / 2"));
        assertEquals("ab", py.eval("'a' + 'b'"));
        assertArrayEquals(new byte[] {'h', 'i'}, (byte[]) py.eval("b'hi'"));
    }

    @Test
    void containers() {
        assertEquals(Arrays.asList(1L, "a", null, List.of(2.5)), roundTrip(Arrays.asList(1, "a", null, List.of(2.5)),
                "[1, 'a', None, [2.5]]"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(true));
        assertEquals(Map.of("a", 1L, "b", List.of(true)), roundTrip(m, "{'a': 1, 'b': [True]}"));
        assertEquals(List.of(1L, 2L, 3L), roundTrip(new int[] {1, 2, 3}, "[1, 2, 3]"));
        assertEquals(List.of("x", "y"), roundTrip(new String[] {"x", "y"}, "['x', 'y']"));
        assertEquals(List.of(1L, "t"), py.eval("(1, 't')"));
        assertEquals(Map.of(List.of(1L, 2L), "p"), py.eval("{(1, 2): 'p'}"));
    }

    @Test
    void unconvertibleJavaValueNamesItsType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> py.set("t", new Object()));
        assertEquals("cannot convert a Java java.lang.Object to a Python object", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> py.set("t", List.of(1, Thread.currentThread())));
        assertEquals(false, py.contains("t"));
    }

    @Test
    void otherPythonObjectsComeBackAsHandles() {
        py.exec("class P:\n    def __init__(self, n): self.n = n\n    def twice(self): return self.n * 2\n"
                + "    def __repr__(self): return f'P({self.n})'\n");
        PyObject p = (PyObject) py.eval("P(21)");
        assertEquals("P", p.typeName());
        assertEquals("P(21)", p.repr());
        assertEquals(21L, p.getAttr("n"));
        assertEquals(42L, p.invoke("twice"));
        py.set("q", p);
        assertEquals(true, py.eval("q is not None and q.n == 21"));
        PyObject cls = (PyObject) py.get("P");
        PyObject made = (PyObject) cls.call(5);
        assertEquals("P(5)", made.toString());
        made.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, made::repr);
        assertEquals("the Python object was released", e.getMessage());
        PyObject fn = (PyObject) py.eval("len");
        assertEquals(3L, fn.call("abc"));
    }

    @Test
    void handleOfOneInterpreterIsRefusedByAnother() {
        PyObject o = (PyObject) py.eval("object()");
        try (PyInterpreter other = isola.newInterpreter()) {
            assertThrows(IllegalArgumentException.class, () -> other.set("o", o));
        }
        assertTrue(o.typeName().equals("object"));
    }
}

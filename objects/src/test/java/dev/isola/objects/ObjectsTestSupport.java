package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import dev.isola.memory.Allocator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the object tests: one {@link ObjectSpace} per test JVM (bootstrapping seals a heap,
 * so it is shared), and per test a fresh {@link ObjectState} whose allocator is an arena under
 * the debug hooks. After each test the state is closed and no block may be left: every test
 * proves it leaks nothing and frees nothing twice.
 *
 * <p>Helpers turn Java values into objects and back; they return new references that the test
 * must release (or hand to {@link #track}, released after the test).
 */
abstract class ObjectsTestSupport {
    private static final ObjectSpace SPACE = ObjectSpace.bootstrap();

    protected ObjectSpace space;
    protected ObjectState s;
    private DebugHooks hooks;
    private Allocator allocator;
    private final java.util.ArrayList<Long> tracked = new java.util.ArrayList<>();

    @BeforeEach
    void createState() {
        space = SPACE;
        hooks = new DebugHooks();
        allocator = hooks.wrap(Domain.OBJ, new ArenaAllocator());
        s = new ObjectState(space, allocator);
    }

    @AfterEach
    void closeStateAndCheckLeaks() {
        for (long addr : tracked) {
            Objects.decref(s, addr);
        }
        tracked.clear();
        s.close();
        hooks.checkAll();
        List<DebugHooks.Block> leaks = hooks.liveBlocks();
        hooks.close();
        assertEquals(List.of(), leaks, "blocks left allocated after the test");
    }

    /** Releases {@code addr} after the test; returns it. */
    protected long track(long addr) {
        tracked.add(addr);
        return addr;
    }

    protected long str(String text) {
        return track(StrType.fromJava(s, text));
    }

    protected long integer(long v) {
        return track(IntType.fromLong(s, v));
    }

    protected long big(String decimal) {
        return track(IntType.fromBig(s, new java.math.BigInteger(decimal)));
    }

    protected long tuple(long... items) {
        return track(TupleType.pack(s, items));
    }

    /** {@code repr(addr)} as Java text. */
    protected String repr(long addr) {
        return Abstract.reprJava(s, addr);
    }

    /** Runs {@code action}, expects a Python exception of {@code type}, returns {@code str(exception)}. */
    protected String raises(BuiltinType type, Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            try {
                if (!e.matches(space.type(type))) {
                    throw new AssertionError("expected " + type.pyName() + ", got " + e.getMessage());
                }
                return Abstract.strJava(s, e.exception());
            } finally {
                e.release(s);
            }
        }
        throw new AssertionError("expected " + type.pyName() + " to be raised");
    }

    /** Calls method {@code name} of {@code self}; the result is tracked. */
    protected long call(long self, String name, long... args) {
        return track(Abstract.callMethod(s, self, name, args));
    }
}

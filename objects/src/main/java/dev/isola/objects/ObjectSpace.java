package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.StaticTypeRegistry;
import java.util.Map;

/**
 * The runtime-wide, read-only object world every interpreter shares (DESIGN §5): the sealed
 * {@link ImmortalHeap} with the static types and singletons, the registry of static types, and
 * the Java slot tables of those types.
 *
 * <pre>
 *   immortal heap:  type objects │ None NotImplemented Ellipsis True False │ ints -5…256 (stride 24)
 *                   │ (), '', b'' │ 256 one-character latin-1 strs (stride 48) │ identifiers
 * </pre>
 *
 * <p>Made once by {@link #bootstrap()}; immutable afterwards and safe to read from any thread.
 * {@link #close()} unmaps the heap: only when no interpreter is left.
 */
public final class ObjectSpace implements AutoCloseable {
    /** Small ints -5 … 256 are immortal and shared, as in CPython. */
    public static final int SMALL_INT_MIN = -5;
    public static final int SMALL_INT_MAX = 256;

    private final ImmortalHeap heap;
    private final StaticTypeRegistry registry;
    /** By slot index; read on every dispatch, so an array rather than a list. */
    private final TypeSlots[] slotTables;
    private final long[] types;
    /** The hottest types as fields, for exact-type fast paths (one load, no array). */
    private final long intType;
    private final long floatType;
    private final long none;
    private final long notImplemented;
    private final long ellipsis;
    private final long trueObject;
    private final long falseObject;
    private final long smallInts;
    private final long latin1Chars;
    private final long emptyTuple;
    private final long emptyStr;
    private final long emptyBytes;
    private final Map<String, Long> identifiers;

    ObjectSpace(Bootstrap b) {
        heap = b.heap;
        registry = b.registry;
        slotTables = b.slotTables.toArray(new TypeSlots[0]);
        types = b.types.clone();
        intType = types[BuiltinType.INT.ordinal()];
        floatType = types[BuiltinType.FLOAT.ordinal()];
        none = b.none;
        notImplemented = b.notImplemented;
        ellipsis = b.ellipsis;
        trueObject = b.trueObject;
        falseObject = b.falseObject;
        smallInts = b.smallInts;
        latin1Chars = b.latin1Chars;
        emptyTuple = b.emptyTuple;
        emptyStr = b.emptyStr;
        emptyBytes = b.emptyBytes;
        identifiers = Map.copyOf(b.identifiers);
    }

    /** Builds and seals a new object space with the object layer's own behaviour only. */
    public static ObjectSpace bootstrap() {
        return bootstrap(new SpaceExtension() {
        });
    }

    /** Builds and seals a new object space, with the interpreter layer's slots and modules. */
    public static ObjectSpace bootstrap(SpaceExtension extension) {
        return new Bootstrap(extension).run();
    }

    /** Slot-table index of the extension's function table {@code i}. */
    public static int functionTableIndex(int i) {
        return BuiltinType.values().length + 1 + i;
    }

    /** Slot-table index of the dunder wrappers ({@link SlotWrappers}). */
    static int wrapperTableIndex() {
        return BuiltinType.values().length;
    }

    public ImmortalHeap heap() {
        return heap;
    }

    public StaticTypeRegistry registry() {
        return registry;
    }

    public TypeSlots slotTable(int index) {
        return slotTables[index];
    }

    /** How many slot tables the runtime has; heap types' tables are numbered from here. */
    public int slotTableCount() {
        return slotTables.length;
    }

    public long type(BuiltinType t) {
        return types[t.ordinal()];
    }

    /** {@code int}, exactly (not bool). */
    public long intType() {
        return intType;
    }

    public long floatType() {
        return floatType;
    }

    /** The static type with registry index {@code index}. */
    public long staticType(int index) {
        return types[index];
    }

    public long none() {
        return none;
    }

    public long notImplemented() {
        return notImplemented;
    }

    public long ellipsis() {
        return ellipsis;
    }

    public long trueObject() {
        return trueObject;
    }

    public long falseObject() {
        return falseObject;
    }

    public long bool(boolean value) {
        return value ? trueObject : falseObject;
    }

    public long emptyTuple() {
        return emptyTuple;
    }

    public long emptyStr() {
        return emptyStr;
    }

    public long emptyBytes() {
        return emptyBytes;
    }

    /** The immortal int for {@code value} in -5…256. */
    public long smallInt(long value) {
        return smallInts + (value - SMALL_INT_MIN) * Bootstrap.SMALL_INT_STRIDE;
    }

    public static boolean isSmallInt(long value) {
        return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX;
    }

    /** The immortal one-character string for code point {@code c} in 0…255. */
    public long latin1Char(int c) {
        return latin1Chars + (long) c * Bootstrap.LATIN1_STRIDE;
    }

    /** The immortal interned string for {@code text}, or 0 if it is not an identifier of the runtime. */
    public long identifier(String text) {
        Long addr = identifiers.get(text);
        return addr == null ? 0 : addr;
    }

    /** True when {@code addr} is in the immortal heap. */
    public boolean isImmortalAddress(long addr) {
        return heap.contains(addr);
    }

    @Override
    public void close() {
        heap.close();
    }
}

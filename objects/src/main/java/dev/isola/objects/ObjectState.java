package dev.isola.objects;

import dev.isola.immortal.StaticTypeState;
import dev.isola.memory.Allocator;
import dev.isola.memory.Memory;
import java.util.HashMap;
import java.util.Map;

/**
 * One interpreter's object world (held by the interpreter once it exists): the allocator its
 * objects come from, its view of the static types, its interned strings, and the shared,
 * read-only {@link ObjectSpace}.
 *
 * <p>Owned by one interpreter and used only under its lock (DESIGN §8.2): nothing here is
 * synchronised. The allocator is owned by the caller, who closes it after {@link #close()}.
 *
 * <p>Debug mode ({@code -Disola.debugObjects=true}): every object header is checked on each
 * refcount operation and every stored reference must be immortal or owned by this state's
 * allocator (DESIGN invariant 4); see {@link Objects}.
 */
public final class ObjectState implements AutoCloseable {
    private final ObjectSpace space;
    private final Allocator allocator;
    private final StaticTypeState typeState;
    private final Map<String, Long> interned = new HashMap<>();
    private final TypeAttributeCache typeAttributes = new TypeAttributeCache();
    /** Made with the interpreter's first weakref; until then deallocs skip the weakref check. */
    private Weakrefs.Table weakrefs;
    private final java.util.Set<Long> reprActive = new java.util.HashSet<>();
    private long memoryError;
    private boolean closed;
    private Object host;
    /** The list of GC objects, through their prefixes: {@code gc_next} at -16, {@code gc_prev} at -8. */
    private long gcFirst;
    private long gcCount;
    /** Tracked objects beyond which the next check point collects (see {@link #gcDue}). */
    private long gcThreshold = GC_MIN_THRESHOLD;
    private static final long GC_MIN_THRESHOLD = 20_000;
    /** The runtime's slot-table count: a type's slot index at or above it names one of {@link #heapSlots}. */
    private final int runtimeTables;
    /** Slot tables of this interpreter's classes (heap types), by slot index minus {@link #runtimeTables}. */
    private TypeSlots[] heapSlots = new TypeSlots[16];
    /** Free entries of {@link #heapSlots}, reused before the array grows. */
    private final java.util.ArrayDeque<Integer> freeHeapSlots = new java.util.ArrayDeque<>();
    private int heapSlotsUsed;
    private SuperType.ZeroArgSuper zeroArgSuper = s -> {
        throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "super(): no arguments");
    };
    /** Direct subclasses of each class that has any (CPython's {@code tp_subclasses}; weak: a class leaves when freed). */
    private final Map<Long, java.util.List<Long>> subclasses = new HashMap<>();

    public ObjectState(ObjectSpace space, Allocator allocator) {
        this.space = space;
        this.allocator = allocator;
        this.typeState = space.registry().newInterpreterState();
        this.runtimeTables = space.slotTableCount();
        // Made now, while memory can be had: raising MemoryError must not need any.
        this.memoryError = ExceptionTypes.newInstance(this, space.type(BuiltinType.MEMORY_ERROR), space.emptyTuple());
    }

    /**
     * The unbound methods and slot wrappers of static types, by type and name, made on first
     * access ({@code dict.__repr__}): CPython keeps one descriptor per name in the type's dict,
     * so {@code dict.__repr__ is dict.__repr__} and pprint's dispatch on them works. Owned.
     */
    private final Map<String, Long> staticAttributes = new HashMap<>();

    /** A new reference to the cached attribute {@code name} of static type {@code type}, made by {@code make} once. */
    public long staticAttribute(long type, String name, java.util.function.LongSupplier make) {
        String key = type + ":" + name;
        Long cached = staticAttributes.get(key);
        if (cached == null) {
            long made = make.getAsLong();
            if (made == 0) {
                return 0;
            }
            staticAttributes.put(key, made);
            cached = made;
        }
        return Objects.newRef(cached);
    }

    /** The interpreter this state belongs to, as the interpreter layer attached it. */
    public Object host() {
        return host;
    }

    public void attachHost(Object host) {
        if (this.host != null) {
            throw new IllegalStateException("object state already attached to " + this.host);
        }
        this.host = host;
    }

    public ObjectSpace space() {
        return space;
    }

    public Allocator allocator() {
        return allocator;
    }

    public StaticTypeState typeState() {
        return typeState;
    }

    /** The slot table of the type at {@code typeAddr}. */
    public TypeSlots slots(long typeAddr) {
        int i = Memory.getInt(typeAddr + TypeLayout.SLOTS_INDEX_OFFSET);
        return i < runtimeTables ? space.slotTable(i) : heapSlots[i - runtimeTables];
    }

    private SuperType.CurrentGlobals currentGlobals = s -> 0;
    private SuperType.FunctionCaller functionCaller;
    private SuperType.Unraisable unraisable = (s, e, where) -> e.release(s);
    /** Objects whose {@code __del__} has run (PEP 442: a finalizer runs once, even if the object is resurrected). */
    private final java.util.Set<Long> finalized = new java.util.HashSet<>();

    /** Calls a Python function with positional arguments from an array; packs a tuple when no interpreter installed a faster way. */
    public long callFunction(long function, long[] args, int start, int npos) {
        if (functionCaller != null) {
            return functionCaller.call(this, function, args, start, npos);
        }
        long tuple = TupleType.allocate(this, npos);
        for (int i = 0; i < npos; i++) {
            TupleType.initItem(this, tuple, i, Objects.newRef(args[start + i]));
        }
        try {
            return Abstract.call(this, function, tuple, 0);
        } finally {
            Objects.decref(this, tuple);
        }
    }

    public void setUnraisable(SuperType.Unraisable f) {
        unraisable = f;
    }

    /** See {@link SuperType.Unraisable}; takes ownership of {@code e}. */
    public void writeUnraisable(PyException e, long where) {
        unraisable.report(this, e, where);
    }

    /** Marks {@code addr} finalized; false if it already was. */
    boolean markFinalized(long addr) {
        return finalized.add(addr);
    }

    void forgetFinalized(long addr) {
        finalized.remove(addr);
    }

    public void setFunctionCaller(SuperType.FunctionCaller f) {
        functionCaller = f;
    }

    public SuperType.CurrentGlobals currentGlobals() {
        return currentGlobals;
    }

    public void setCurrentGlobals(SuperType.CurrentGlobals f) {
        currentGlobals = f;
    }

    /** How {@code super()} finds its class and instance: the interpreter installs a frame reader. */
    public SuperType.ZeroArgSuper zeroArgSuper() {
        return zeroArgSuper;
    }

    public void setZeroArgSuper(SuperType.ZeroArgSuper f) {
        zeroArgSuper = f;
    }

    /** Registers the slot table of a new heap type; returns the slot index to store in the type. */
    int addHeapSlots(TypeSlots slots) {
        Integer free = freeHeapSlots.poll();
        int i;
        if (free != null) {
            i = free;
        } else {
            i = heapSlotsUsed++;
            if (i == heapSlots.length) {
                heapSlots = java.util.Arrays.copyOf(heapSlots, i * 2);
            }
        }
        heapSlots[i] = slots;
        return runtimeTables + i;
    }

    /** The interpreter's weakref table, made on first use. */
    Weakrefs.Table weakrefs() {
        if (weakrefs == null) {
            weakrefs = new Weakrefs.Table();
        }
        return weakrefs;
    }

    /** True once the interpreter made a weakref: deallocs then look their object up. */
    boolean hasWeakrefs() {
        return weakrefs != null && !weakrefs.isEmpty();
    }

    /** The interpreter's type-attribute cache (see {@link HeapTypes#lookup}). */
    TypeAttributeCache typeAttributes() {
        return typeAttributes;
    }

    /** Replaces the slot table at heap slot index {@code index} (a class's dunder changed). */
    void setHeapSlots(int index, TypeSlots slots) {
        heapSlots[index - runtimeTables] = slots;
    }

    void addSubclass(long base, long type) {
        subclasses.computeIfAbsent(base, k -> new java.util.ArrayList<>()).add(type);
    }

    void removeSubclass(long base, long type) {
        java.util.List<Long> list = subclasses.get(base);
        if (list != null) {
            list.remove(type);
            if (list.isEmpty()) {
                subclasses.remove(base);
            }
        }
    }

    void forgetSubclasses(long type) {
        subclasses.remove(type);
    }

    /** The direct subclasses of {@code type} alive in this interpreter, oldest first (a copy). */
    public java.util.List<Long> subclasses(long type) {
        java.util.List<Long> list = subclasses.get(type);
        return list == null ? java.util.List.of() : java.util.List.copyOf(list);
    }

    /** Releases heap slot index {@code index} (its type is being freed). */
    void removeHeapSlots(int index) {
        heapSlots[index - runtimeTables] = null;
        freeHeapSlots.push(index - runtimeTables);
    }

    /**
     * A new zero-filled instance of {@code type} with its {@code tp_basicsize}, tracked by the
     * collector when the type says so; a heap type gains a reference from each instance (the
     * instance's dealloc gives it back), as in CPython.
     */
    public long allocInstance(long type) {
        long size = Memory.getLong(type + TypeLayout.BASICSIZE_OFFSET);
        long flags = Memory.getLong(type + TypeLayout.FLAGS_OFFSET);
        long addr = (flags & TypeFlags.HAVE_GC) != 0 ? allocGcObject(type, size) : allocObject(type, size);
        Memory.fill(addr + ObjectLayout.HEADER_SIZE, size - ObjectLayout.HEADER_SIZE, (byte) 0);
        return addr;
    }

    /** Slot table of the object's type. */
    public TypeSlots slotsOf(long addr) {
        return slots(Memory.getLong(addr + ObjectLayout.TYPE_OFFSET));
    }

    /**
     * A new object of {@code type}: {@code size} bytes (header included), refcount 1, the rest
     * of the payload uninitialised. Raises {@code MemoryError} when memory cannot be had.
     */
    public long allocObject(long type, long size) {
        if ((Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.HEAPTYPE) != 0) {
            return allocHeapInstance(type, size);
        }
        long addr = allocator.allocate(size);
        if (addr == 0) {
            throw memoryError(size);
        }
        Memory.putLong(addr, 1);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        return addr;
    }

    /** As {@link #allocObject} for a GC-tracked type: the 16-byte prefix is allocated before it. */
    public long allocGcObject(long type, long size) {
        if ((Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.HEAPTYPE) != 0) {
            return allocHeapInstance(type, size);
        }
        return allocTracked(type, size, 0);
    }

    /**
     * An instance of a class, whatever its builtin base asked for: always GC-tracked, with the
     * 8-byte managed-dict cell (zeroed) before the GC prefix when the class has
     * {@link TypeFlags#MANAGED_DICT}, and a new reference to the class.
     */
    private long allocHeapInstance(long type, long size) {
        boolean managed = (Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.MANAGED_DICT) != 0;
        long addr = allocTracked(type, size, managed ? MANAGED_DICT_SIZE : 0);
        if (managed) {
            Memory.putLong(addr - ObjectLayout.GC_PREFIX_SIZE - MANAGED_DICT_SIZE, 0);
        }
        Objects.incref(type);
        return addr;
    }

    /** Bytes before the GC prefix of a {@link TypeFlags#MANAGED_DICT} instance: its dict pointer. */
    public static final int MANAGED_DICT_SIZE = 8;

    private long allocTracked(long type, long size, int extra) {
        long block = allocator.allocate(size + ObjectLayout.GC_PREFIX_SIZE + extra);
        if (block == 0) {
            throw memoryError(size);
        }
        block += extra;
        long addr = block + ObjectLayout.GC_PREFIX_SIZE;
        // Track it: push on the front of the interpreter's list of GC objects.
        Memory.putLong(block, gcFirst);
        Memory.putLong(block + 8, 0);
        if (gcFirst != 0) {
            Memory.putLong(gcFirst - ObjectLayout.GC_PREFIX_SIZE + 8, addr);
        }
        gcFirst = addr;
        gcCount++;
        Memory.putLong(addr, 1);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        return addr;
    }

    /**
     * True when enough GC objects have been made since the last collection that the interpreter
     * should collect at its next check point. The collector is not generational, so the threshold
     * is proportional to what survived (twice the live count, as Go's GOGC=100): collection costs
     * amortised O(1) per allocation.
     */
    public boolean gcDue() {
        return gcCount > gcThreshold;
    }

    /** Called after a collection: the next one is due when the tracked count has doubled. */
    void collected() {
        gcThreshold = Math.max(GC_MIN_THRESHOLD, 2 * gcCount);
    }

    /** The most recently made tracked GC object, or 0; {@link CycleCollector} walks from here. */
    long gcFirst() {
        return gcFirst;
    }

    /** GC objects alive in this interpreter. */
    public long gcCount() {
        return gcCount;
    }

    /** Releases the memory of an object made by {@link #allocObject}. */
    public void freeObject(long addr) {
        long type = Memory.getLong(addr + ObjectLayout.TYPE_OFFSET);
        if ((Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.HEAPTYPE) != 0) {
            freeGcObject(addr);
            return;
        }
        allocator.free(addr);
    }

    /** Releases the memory of an object made by {@link #allocGcObject}. */
    public void freeGcObject(long addr) {
        long block = addr - ObjectLayout.GC_PREFIX_SIZE;
        long next = Memory.getLong(block);
        long prev = Memory.getLong(block + 8);
        if (prev != 0) {
            Memory.putLong(prev - ObjectLayout.GC_PREFIX_SIZE, next);
        } else {
            gcFirst = next;
        }
        if (next != 0) {
            Memory.putLong(next - ObjectLayout.GC_PREFIX_SIZE + 8, prev);
        }
        gcCount--;
        long type = Memory.getLong(addr + ObjectLayout.TYPE_OFFSET);
        if ((Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.MANAGED_DICT) != 0) {
            block -= MANAGED_DICT_SIZE;
        }
        allocator.free(block);
    }

    /** Frees {@code addr} as its type's layout requires (with or without the GC prefix). */
    public void freeAny(long addr) {
        long type = Memory.getLong(addr + ObjectLayout.TYPE_OFFSET);
        if ((Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.HAVE_GC) != 0) {
            freeGcObject(addr);
        } else {
            freeObject(addr);
        }
    }

    /** Raw bytes in the MEM sense (item arrays of lists, dict tables); 0-size gives a unique block. */
    public long allocBytes(long size) {
        long addr = allocator.allocate(size);
        if (addr == 0) {
            throw memoryError(size);
        }
        return addr;
    }

    public long reallocBytes(long addr, long size) {
        long moved = allocator.reallocate(addr, size);
        if (moved == 0) {
            throw memoryError(size);
        }
        return moved;
    }

    public void freeBytes(long addr) {
        allocator.free(addr);
    }

    /** The preallocated MemoryError instance, raised again (the allocator just failed). */
    private PyException memoryError(long size) {
        if (closed) {
            throw new IllegalStateException("object state is closed: cannot allocate " + size + " bytes");
        }
        if (memoryError == 0) {
            throw new OutOfMemoryError("cannot allocate " + size + " bytes while creating an object state");
        }
        Objects.incref(memoryError);
        return new PyException(memoryError, "MemoryError (" + size + " bytes could not be allocated)");
    }

    /** The interned string with {@code text}'s contents: immortal identifiers first, then this interpreter's. */
    public long intern(String text) {
        long immortal = space.identifier(text);
        if (immortal != 0) {
            return immortal;
        }
        Long addr = interned.get(text);
        if (addr == null) {
            addr = StrType.fromJava(this, text);
            StrType.markInterned(addr);
            interned.put(text, addr);
        }
        Objects.incref(addr);
        return addr;
    }

    /**
     * CPython's {@code Py_ReprEnter}: false when {@code addr} is already being repr'd in this
     * interpreter (the caller then writes {@code [...]} or {@code {...}}); otherwise marks it
     * and the caller must call {@link #reprLeave} when done.
     */
    public boolean reprEnter(long addr) {
        return reprActive.add(addr);
    }

    public void reprLeave(long addr) {
        reprActive.remove(addr);
    }

    /** Releases what this state holds: interned strings, the MemoryError instance, type dicts. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (long addr : staticAttributes.values()) {
            Objects.decref(this, addr);
        }
        staticAttributes.clear();
        closed = true;
        for (long addr : interned.values()) {
            Objects.decref(this, addr);
        }
        interned.clear();
        for (long dict : typeState.takeDicts()) {
            Objects.decref(this, dict);
        }
        if (memoryError != 0) {
            long e = memoryError;
            memoryError = 0;
            Objects.decref(this, e);
        }
    }
}

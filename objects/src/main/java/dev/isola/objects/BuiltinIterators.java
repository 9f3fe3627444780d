package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The iterator types that {@code builtins} exposes as classes: {@code enumerate}, {@code zip},
 * {@code map}, {@code filter} and {@code reversed} (CPython's {@code enumobject},
 * {@code zipobject}, {@code mapobject}, {@code filterobject}, {@code reversedobject}), and
 * {@code callable_iterator}, the result of {@code iter(callable, sentinel)}. One
 * 32-byte layout, two fields whose meaning depends on the type:
 *
 * <pre>
 *              +16                              +24
 *   enumerate  iterator   object, owned         count      int object, owned (next index)
 *   zip        iterators  tuple, owned          strict     int64, 0 or 1
 *   map        func       object, owned         iterators  tuple, owned
 *   filter     func       object, owned         iterator   object, owned
 *                         (None: truth test)
 *   reversed   seq        object, owned;        index      int64, next index (counts down)
 *                         0 once exhausted
 *   callable_  callable   object, owned;        sentinel   object, owned; 0 once exhausted
 *   iterator              0 once exhausted
 *   (32 bytes + 16 GC prefix)
 * </pre>
 *
 * <p>Invariants: every non-zero field at +16 is an owned reference; +24 is an owned reference
 * (or 0) for enumerate, map, filter and callable_iterator and a plain integer for zip and
 * reversed. An exhausted {@code reversed} or {@code callable_iterator} holds no reference and
 * stays exhausted. All five return themselves from
 * {@code iter}; {@code next} returns 0 when exhausted, as every {@code NextFunc}.
 *
 * <p>Constructors take CPython 3.11's arguments and raise its messages
 * ({@code zip(strict=True)}'s "zip() argument 2 is shorter than argument 1" …).
 */
public final class BuiltinIterators {
    public static final int FIRST_OFFSET = 16;
    public static final int SECOND_OFFSET = 24;
    public static final int SIZE = 32;

    private BuiltinIterators() {}

    static TypeSlots slots(BuiltinType t) {
        boolean ownsSecond = t != BuiltinType.ZIP && t != BuiltinType.REVERSED;
        TypeSlots.Builder b = TypeSlots.builder()
                .iter((s, it) -> Objects.newRef(it))
                .dealloc((s, it) -> {
                    Objects.xdecref(s, first(it));
                    if (ownsSecond) {
                        Objects.xdecref(s, second(it));
                    }
                    s.freeGcObject(it);
                })
                .traverse((s, it, visitor) -> {
                    if (first(it) != 0) {
                        visitor.visit(first(it));
                    }
                    if (ownsSecond && second(it) != 0) {
                        visitor.visit(second(it));
                    }
                });
        return switch (t) {
            case ENUMERATE -> b.newInstance(BuiltinIteratorOps::newEnumerate).next(BuiltinIteratorOps::enumerateNext).build();
            case ZIP -> b.newInstance(BuiltinIteratorOps::newZip).next(BuiltinIteratorOps::zipNext).build();
            case MAP -> b.newInstance(BuiltinIteratorOps::newMap).next(BuiltinIteratorOps::mapNext).build();
            case FILTER -> b.newInstance(BuiltinIteratorOps::newFilter).next(BuiltinIteratorOps::filterNext).build();
            case REVERSED -> b.newInstance(BuiltinIteratorOps::newReversed).next(BuiltinIteratorOps::reversedNext)
                    .method("__length_hint__", (s, it, args, kwargs) -> BuiltinIteratorOps.reversedLengthHint(s, it))
                    .build();
            case CALLABLE_ITERATOR -> b.next(BuiltinIteratorOps::callableNext).build();
            default -> throw new IllegalArgumentException("not a builtin iterator type: " + t);
        };
    }

    static long first(long it) {
        return Memory.getLong(it + FIRST_OFFSET);
    }

    static long second(long it) {
        return Memory.getLong(it + SECOND_OFFSET);
    }

    /** A new iterator object of {@code type} holding {@code first} and {@code second} (both taken over). */
    static long create(ObjectState s, long type, long first, long second) {
        long it = s.allocGcObject(type, SIZE);
        Memory.putLong(it + FIRST_OFFSET, first);
        Memory.putLong(it + SECOND_OFFSET, second);
        return it;
    }

    /** {@code iter(callable, sentinel)}: calls {@code callable()} until it returns {@code sentinel}. */
    public static long callableIterator(ObjectState s, long callable, long sentinel) {
        return create(s, s.space().type(BuiltinType.CALLABLE_ITERATOR), Objects.newRef(callable),
                Objects.newRef(sentinel));
    }

    /**
     * Checks the invariants of the class comment on {@code it}, one of the six types (or a
     * subclass); throws IllegalStateException naming the broken one.
     */
    public static void checkInvariants(ObjectState s, long it) {
        long first = first(it);
        long second = second(it);
        long type = Objects.type(it);
        ObjectSpace space = s.space();
        boolean ok;
        if (Objects.isSubtype(type, space.type(BuiltinType.ZIP))) {
            ok = TupleType.check(first) && (second == 0 || second == 1);
        } else if (Objects.isSubtype(type, space.type(BuiltinType.REVERSED))) {
            ok = first == 0 ? second == -1 : second >= -1;
        } else if (Objects.isSubtype(type, space.type(BuiltinType.CALLABLE_ITERATOR))) {
            ok = (first == 0) == (second == 0);
        } else if (Objects.isSubtype(type, space.type(BuiltinType.ENUMERATE))) {
            ok = first != 0 && IntType.check(second);
        } else if (Objects.isSubtype(type, space.type(BuiltinType.MAP))) {
            ok = first != 0 && TupleType.check(second);
        } else if (Objects.isSubtype(type, space.type(BuiltinType.FILTER))) {
            ok = first != 0 && second != 0;
        } else {
            throw new IllegalStateException("not a builtin iterator: type=" + Objects.typeName(type));
        }
        if (!ok) {
            throw new IllegalStateException("builtin iterator invariant broken: type=" + Objects.typeName(type)
                    + " first=" + Memory.hex(first) + " second=" + second);
        }
    }
}

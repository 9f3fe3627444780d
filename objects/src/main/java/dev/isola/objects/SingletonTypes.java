package dev.isola.objects;

/**
 * {@code NoneType}, {@code NotImplementedType} and {@code ellipsis}: one immortal instance each,
 * the 16-byte header alone.
 */
public final class SingletonTypes {
    private SingletonTypes() {}

    static TypeSlots slots(BuiltinType t) {
        String repr = switch (t) {
            case NONE -> "None";
            case NOT_IMPLEMENTED -> "NotImplemented";
            default -> "Ellipsis";
        };
        TypeSlots.Builder b = TypeSlots.builder()
                .repr((s, a) -> s.intern(repr))
                .newInstance((s, type, args, kwargs) -> {
                    if (TupleType.size(args) != 0 || kwargs != 0 && DictType.size(kwargs) != 0) {
                        throw Errors.typeError(s, t.pyName() + " takes no arguments");
                    }
                    return t == BuiltinType.NONE ? s.space().none()
                            : t == BuiltinType.NOT_IMPLEMENTED ? s.space().notImplemented() : s.space().ellipsis();
                })
                .dealloc((s, a) -> {
                    throw new IllegalStateException("deallocating an immortal singleton: " + repr);
                });
        if (t == BuiltinType.NONE) {
            // A constant since CPython 3.12 (gh-99540), so hashes of tuples holding None are stable.
            b.bool((s, a) -> false).hash((s, a) -> 0xFCA86420L);
        }
        return b.build();
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code type}: the type of types. A type object's layout is {@link TypeLayout}; calling a type
 * makes an instance through its {@code newInstance} slot.
 */
public final class TypeType {
    private TypeType() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr((s, t) -> StrType.fromJava(s, "<class '" + ObjectType.qualifiedName(t) + "'>"))
                .call(TypeType::call)
                .getAttr(TypeType::getAttr)
                .newInstance(TypeType::newType)
                .build();
    }

    static long call(ObjectState s, long type, long args, long kwargs) {
        TypeSlots slots = s.slots(type);
        if (slots.newInstance == null) {
            throw Errors.typeError(s, "cannot create '" + Objects.typeName(type) + "' instances");
        }
        return slots.newInstance.apply(s, type, args, kwargs);
    }

    /** {@code type(x)}: the type of {@code x}. Making a class with three arguments is not supported yet. */
    static long newType(ObjectState s, long metatype, long args, long kwargs) {
        long n = TupleType.size(args);
        boolean keywords = kwargs != 0 && DictType.size(kwargs) != 0;
        if (n == 1) {
            if (keywords) {
                throw Errors.typeError(s, "type() takes no keyword arguments");
            }
            return Objects.newRef(Objects.type(TupleType.getItem(args, 0)));
        }
        if (n == 3) {
            throw Errors.raise(s, BuiltinType.NOT_IMPLEMENTED_ERROR, "type() with 3 arguments is not supported yet");
        }
        throw Errors.typeError(s, "type() takes 1 or 3 arguments");
    }

    static long getAttr(ObjectState s, long type, long name) {
        String n = StrType.toJava(name);
        long field = switch (n) {
            case "__name__" -> Memory.getLong(type + TypeLayout.NAME_OFFSET);
            case "__qualname__" -> Memory.getLong(type + TypeLayout.QUALNAME_OFFSET);
            case "__module__" -> Memory.getLong(type + TypeLayout.MODULE_OFFSET);
            case "__mro__" -> Memory.getLong(type + TypeLayout.MRO_OFFSET);
            case "__bases__" -> Memory.getLong(type + TypeLayout.BASES_OFFSET);
            case "__base__" -> {
                long base = Memory.getLong(type + TypeLayout.BASE_OFFSET);
                yield base == 0 ? s.space().none() : base;
            }
            case "__basicsize__" -> -1;
            default -> 0;
        };
        if (field == -1) {
            return IntType.fromLong(s, Memory.getLong(type + TypeLayout.BASICSIZE_OFFSET));
        }
        if (field != 0) {
            return Objects.newRef(field);
        }
        int method = s.slots(type).methodIndex(n);
        if (method >= 0) {
            if (s.slots(type).methods().get(method).classMethod()) {
                return CodeLayouts.bindBuiltin(s, type, Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET), method);
            }
            // An unbound builtin method: called with the instance first.
            return CodeLayouts.unboundBuiltin(s, type, method);
        }
        return ObjectType.genericGetAttr(s, type, name);
    }
}

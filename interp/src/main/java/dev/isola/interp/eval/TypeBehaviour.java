package dev.isola.interp.eval;

import dev.isola.interp.modules.StdStream;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeSlots;

/**
 * The behaviour of the types whose layout the object layer fixes and the interpreter runs:
 * function, code, cell, module, generator, traceback and the standard streams. Given to the
 * object space at bootstrap ({@link dev.isola.objects.SpaceExtension}).
 */
public final class TypeBehaviour {
    private TypeBehaviour() {
    }

    /** Slots for {@code t}, or null to keep the object layer's. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case FUNCTION -> TypeSlots.builder()
                    .call(Calls::callSlot)
                    .descrGet((s, fn, obj, type) -> obj == 0 || obj == s.space().none() ? Objects.newRef(fn)
                            : dev.isola.objects.BoundMethod.newMethod(s, fn, obj))
                    .repr(Functions::repr)
                    .getAttr(Functions::getAttr)
                    .setAttr(Functions::setAttr)
                    .dealloc(Functions::dealloc)
                    .traverse((s, fn, v) -> Functions.traverse(fn, v))
                    .clear(Functions::clear)
                    .build();
            case CODE -> TypeSlots.builder()
                    .getAttr(CodeAttributes::getAttr)
                    .dealloc(CodeLoader::dealloc)
                    .repr((s, c) -> StrType.fromJava(s, "<code object "
                            + StrType.toJava(Memory.getLong(c + CodeLayouts.CODE_NAME_OFFSET)) + " at 0x"
                            + Long.toHexString(c) + ", file \""
                            + StrType.toJava(Memory.getLong(c + CodeLayouts.CODE_FILENAME_OFFSET)) + "\">"))
                    .build();
            case CELL -> TypeSlots.builder()
                    .dealloc(Cells::dealloc)
                    .clear((s, c) -> {
                        long x = Memory.getLong(c + CodeLayouts.CELL_CONTENTS_OFFSET);
                        Memory.putLong(c + CodeLayouts.CELL_CONTENTS_OFFSET, 0);
                        Objects.xdecref(s, x);
                    })
                    .traverse((s, c, v) -> {
                        long x = Memory.getLong(c + CodeLayouts.CELL_CONTENTS_OFFSET);
                        if (x != 0) {
                            v.visit(x);
                        }
                    })
                    .build();
            case MODULE -> TypeSlots.builder()
                    .getAttr(TypeBehaviour::moduleGetAttr)
                    .setAttr(TypeBehaviour::moduleSetAttr)
                    .repr(TypeBehaviour::moduleRepr)
                    .dealloc((s, m) -> {
                        Objects.decref(s, Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET));
                        Objects.decref(s, Memory.getLong(m + CodeLayouts.MODULE_NAME_OFFSET));
                        long state = Memory.getLong(m + CodeLayouts.MODULE_STATE_OFFSET);
                        if (state != 0) {
                            s.freeBytes(state);
                        }
                        s.freeGcObject(m);
                    })
                    .traverse((s, m, v) -> v.visit(Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET)))
                    .clear((s, m) -> DictType.clear(s, Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET)))
                    .build();
            case GENERATOR -> TypeSlots.builder()
                    .iter((s, g) -> Objects.newRef(g))
                    .next(Generator::next)
                    .repr(Generator::repr)
                    .dealloc(Generator::dealloc)
                    .traverse(Generator::traverse)
                    .clear(Generator::clearSlot)
                    .method("send", Generator::sendMethod)
                    .method("close", Generator::close)
                    .build();
            case TRACEBACK -> TypeSlots.builder()
                    .getAttr(Tracebacks::getAttr)
                    .dealloc(Tracebacks::dealloc)
                    .traverse(Tracebacks::traverse)
                    .clear(Tracebacks::clear)
                    .build();
            case TEXT_IO -> StdStream.slots();
            default -> null;
        };
    }

    private static long moduleGetAttr(ObjectState s, long m, long name) {
        long dict = Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET);
        if (StrType.toJava(name).equals("__dict__")) {
            return Objects.newRef(dict);
        }
        long v = DictType.getItem(s, dict, name);
        if (v != 0) {
            return Objects.newRef(v);
        }
        if (StrType.toJava(name).equals("__class__")) {
            return Objects.newRef(Objects.type(m));
        }
        String n = StrType.toJava(name);
        throw Errors.attributeError(s, m, n, "module '"
                + StrType.toJava(Memory.getLong(m + CodeLayouts.MODULE_NAME_OFFSET)) + "' has no attribute '" + n + "'");
    }

    private static void moduleSetAttr(ObjectState s, long m, long name, long value) {
        long dict = Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET);
        if (value == 0) {
            if (DictType.getItem(s, dict, name) == 0) {
                throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "module '"
                        + StrType.toJava(Memory.getLong(m + CodeLayouts.MODULE_NAME_OFFSET)) + "' has no attribute '"
                        + StrType.toJava(name) + "'");
            }
            DictType.delItem(s, dict, name);
        } else {
            DictType.setItem(s, dict, name, value);
        }
    }

    private static long moduleRepr(ObjectState s, long m) {
        String name = StrType.toJava(Memory.getLong(m + CodeLayouts.MODULE_NAME_OFFSET));
        String kind = name.equals("sys") || name.equals("builtins") ? " (built-in)" : "";
        return StrType.fromJava(s, "<module '" + name + "'" + kind + ">");
    }

    static String reprJava(ObjectState s, long o) {
        return Abstract.reprJava(s, o);
    }
}

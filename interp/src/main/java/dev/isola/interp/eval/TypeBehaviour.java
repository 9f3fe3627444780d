package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
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
                    .getAttr(GeneratorMethods::getAttr)
                    .dealloc(GeneratorMethods::dealloc)
                    .traverse(Generator::traverse)
                    .clear(Generator::clearSlot)
                    .method("send", GeneratorMethods::send)
                    .method("throw", GeneratorMethods::throwMethod)
                    .method("close", GeneratorMethods::closeMethod)
                    .build();
            case FRAME -> TypeSlots.builder()
                    .getAttr(FrameObjects::getAttr)
                    .dealloc(FrameObjects::dealloc)
                    .traverse(FrameObjects::traverse)
                    .clear(FrameObjects::clear)
                    .build();
            case TRACEBACK -> TypeSlots.builder()
                    .getAttr(Tracebacks::getAttr)
                    .dealloc(Tracebacks::dealloc)
                    .traverse(Tracebacks::traverse)
                    .clear(Tracebacks::clear)
                    .build();
            case RANDOM -> dev.isola.interp.modules.RandomModule.randomSlots();
            case TEXT_IO, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM, STRING_IO, BYTES_IO ->
                    dev.isola.interp.modules.IoObjects.slots(t);
            default -> {
                TypeSlots own = dev.isola.interp.modules.ItertoolsModule.slots(t);
                own = own != null ? own : dev.isola.interp.modules.FunctoolsModule.slots(t);
                own = own != null ? own : dev.isola.interp.modules.OsModule.slots(t);
                own = own != null ? own : dev.isola.interp.modules.SysStructs.slots(t);
                own = own != null ? own : dev.isola.interp.modules.StructModule.slots(t);
                own = own != null ? own : dev.isola.interp.modules.ArrayModule.slots(t);
                own = own != null ? own : dev.isola.interp.modules.ThreadModule.slots(t);
                yield own != null ? own : dev.isola.interp.modules.ReModule.slots(t);
            }
        };
    }

    /**
     * A module's attribute: its dict, else its {@code __getattr__} (PEP 562), else
     * AttributeError, which says "partially initialized" while the module's import runs.
     */
    private static long moduleGetAttr(ObjectState s, long m, long name) {
        long dict = Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET);
        String n = StrType.toJava(name);
        if (n.equals("__dict__")) {
            return Objects.newRef(dict);
        }
        long v = DictType.getItem(s, dict, name);
        if (v != 0) {
            return Objects.newRef(v);
        }
        if (n.equals("__class__")) {
            return Objects.newRef(Objects.type(m));
        }
        long hook = DictType.getItemString(s, dict, "__getattr__");
        if (hook != 0) {
            long args = TupleType.pack(s, name);
            try {
                return Abstract.call(s, hook, args, 0);
            } finally {
                Objects.decref(s, args);
            }
        }
        long modName = DictType.getItemString(s, dict, "__name__");
        if (modName == 0 || !StrType.check(modName)) {
            throw Errors.attributeError(s, m, n, "module has no attribute '" + n + "'");
        }
        String partial = InterpreterState.of(s).isInitializing(m)
                ? "partially initialized " : "";
        String circular = partial.isEmpty() ? "" : " (most likely due to a circular import)";
        throw Errors.attributeError(s, m, n, partial + "module '" + StrType.toJava(modName) + "' has no attribute '"
                + n + "'" + circular);
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

    /** {@code <module 'name' from 'file'>}, or without {@code from} when it has no {@code __file__}. */
    private static long moduleRepr(ObjectState s, long m) {
        String name = StrType.toJava(Memory.getLong(m + CodeLayouts.MODULE_NAME_OFFSET));
        long dict = Memory.getLong(m + CodeLayouts.MODULE_DICT_OFFSET);
        long nameObj = DictType.getItemString(s, dict, "__name__");
        String shown = nameObj != 0 ? Abstract.reprJava(s, nameObj) : "'?'";
        long file = DictType.getItemString(s, dict, "__file__");
        if (file != 0 && StrType.check(file)) {
            return StrType.fromJava(s, "<module " + shown + " from " + Abstract.reprJava(s, file) + ">");
        }
        if (DictType.getItemString(s, dict, "__path__") != 0) {
            return StrType.fromJava(s, "<module " + shown + " (namespace)>");
        }
        String kind = name.equals("sys") || name.equals("builtins") ? " (built-in)" : "";
        return StrType.fromJava(s, "<module " + shown + kind + ">");
    }

    static String reprJava(ObjectState s, long o) {
        return Abstract.reprJava(s, o);
    }
}

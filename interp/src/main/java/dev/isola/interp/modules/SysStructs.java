package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * {@code sys.version_info}, a tuple whose items also have names (CPython's struct sequence:
 * {@code sys.version_info.major}, {@code sys.version_info >= (3, 8)}), and
 * {@code sys.implementation}, a namespace naming Isola.
 *
 * <pre>
 *   type                  layout
 *   sys.version_info      a tuple of 5 items (major, minor, micro, releaselevel, serial)
 *   types.SimpleNamespace ModuleObjectLayout: ref 0 version_info, ref 1 name, ref 2 cache_tag
 * </pre>
 */
public final class SysStructs {
    /** The language version Isola implements: CPython 3.11's. */
    static final long HEXVERSION = 0x030B00F0;
    private static final List<String> NAMES = List.of("major", "minor", "micro", "releaselevel", "serial");

    private SysStructs() {}

    static long versionInfo(ObjectState s) {
        long t = TupleType.allocate(s, 5);
        TupleType.initItem(s, t, 0, s.space().smallInt(3));
        TupleType.initItem(s, t, 1, s.space().smallInt(11));
        TupleType.initItem(s, t, 2, s.space().smallInt(0));
        TupleType.initItem(s, t, 3, StrType.fromJava(s, "final"));
        TupleType.initItem(s, t, 4, s.space().smallInt(0));
        Memory.putLong(t + ObjectLayout.TYPE_OFFSET, s.space().type(BuiltinType.VERSION_INFO));
        return t;
    }

    static long implementation(ObjectState s) {
        long o = ModuleObjectLayout.create(s, BuiltinType.SIMPLE_NAMESPACE);
        ModuleObjectLayout.setRef(s, o, 0, versionInfo(s));
        ModuleObjectLayout.setRef(s, o, 1, StrType.fromJava(s, "isola"));
        ModuleObjectLayout.setRef(s, o, 2, s.space().none());
        return o;
    }

    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case VERSION_INFO -> TypeSlots.builder()
                    .newInstance((s, type, args, kwargs) -> {
                        throw Errors.typeError(s, "cannot create 'sys.version_info' instances");
                    })
                    .repr((s, v) -> {
                        StringBuilder b = new StringBuilder("sys.version_info(");
                        for (int i = 0; i < NAMES.size(); i++) {
                            b.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append('=')
                                    .append(Abstract.reprJava(s, TupleType.getItem(v, i)));
                        }
                        return StrType.fromJava(s, b.append(')').toString());
                    })
                    .getAttr((s, v, name) -> {
                        int i = NAMES.indexOf(StrType.toJava(name));
                        return i >= 0 ? Objects.newRef(TupleType.getItem(v, i))
                                : s.space().slotTable(BuiltinType.TUPLE.ordinal()).getAttr.apply(s, v, name);
                    })
                    .build();
            case SIMPLE_NAMESPACE -> ModuleObjectLayout.builder()
                    .repr((s, o) -> StrType.fromJava(s, "namespace(name=" + Abstract.reprJava(s, ModuleObjectLayout.ref(o, 1))
                            + ", cache_tag=None, version=" + Abstract.reprJava(s, ModuleObjectLayout.ref(o, 0))
                            + ", hexversion=" + HEXVERSION + ")"))
                    .getAttr((s, o, name) -> switch (StrType.toJava(name)) {
                        case "name" -> Objects.newRef(ModuleObjectLayout.ref(o, 1));
                        case "cache_tag" -> Objects.newRef(ModuleObjectLayout.ref(o, 2));
                        case "version" -> Objects.newRef(ModuleObjectLayout.ref(o, 0));
                        case "hexversion" -> IntType.fromLong(s, HEXVERSION);
                        case "_multiarch" -> StrType.fromJava(s, "x86_64-linux-gnu");
                        default -> FunctoolsTypes.genericGetAttr(s, o, name);
                    })
                    .build();
            default -> null;
        };
    }
}

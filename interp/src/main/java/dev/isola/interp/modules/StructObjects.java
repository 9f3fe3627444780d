package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;

import dev.isola.objects.BuiltinType;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeSlots;

/**
 * {@code struct.Struct}: a compiled format with the module's functions as methods. Ref 0 holds
 * the format as a str, long 0 its size (see {@link StructModule} for the layout); each call parses
 * the format again, which costs one pass over a short string.
 */
final class StructObjects {
    private StructObjects() {}

    static TypeSlots structSlots() {
        return ModuleObjectLayout.builder()
                .newInstance(StructObjects::newStruct)
                .getAttr(StructObjects::getAttr)
                .method("pack", (s, o, args, kw) -> {
                    Args.noKeywords(s, "pack", kw);
                    return StructModule.pack(s, format(s, o), args, 0);
                })
                .method("pack_into", (s, o, args, kw) -> {
                    Args.noKeywords(s, "pack_into", kw);
                    return StructModule.packInto(s, format(s, o), args, 0);
                })
                .method("unpack", (s, o, args, kw) ->
                        StructModule.unpack(s, format(s, o), Args.one(s, "unpack", args, kw)))
                .method("unpack_from", (s, o, args, kw) -> {
                    long[] a = Args.parse(s, "unpack_from", args, kw, 0, 1, "buffer", "offset");
                    return StructModule.unpackFrom(s, format(s, o), a[0], a[1]);
                })
                .method("iter_unpack", (s, o, args, kw) ->
                        StructModule.iterUnpack(s, ref(o, 0), Args.one(s, "iter_unpack", args, kw)))
                .method("__sizeof__", (s, o, args, kw) ->
                        IntType.fromLong(s, ModuleObjectLayout.SIZE + 24L * format(s, o).codes().size()))
                .build();
    }

    private static long newStruct(ObjectState s, long type, long args, long kwargs) {
        long format = Args.parse(s, "Struct", args, kwargs, 0, 1, "format")[0];
        String text = StructModule.formatText(s, format);
        StructFormat f = StructFormat.parse(s, text);
        long o = ItertoolsBasic.create(s, BuiltinType.STRUCT, StrType.fromJava(s, text), 0);
        putLong(o, 0, f.size());
        return o;
    }

    private static StructFormat format(ObjectState s, long o) {
        return StructFormat.parse(s, StrType.toJava(ref(o, 0)));
    }

    private static long getAttr(ObjectState s, long o, long name) {
        return switch (StrType.toJava(name)) {
            case "format" -> Objects.newRef(ref(o, 0));
            case "size" -> IntType.fromLong(s, getLong(o, 0));
            default -> FunctoolsTypes.genericGetAttr(s, o, name);
        };
    }
}

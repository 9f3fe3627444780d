package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code struct}: packing values into bytes by a format string, CPython 3.11's functions,
 * {@code Struct} class and {@code error}. The format grammar is {@link StructFormat}; one value's
 * conversion is {@link StructCodec}. (CPython splits this into {@code struct} over
 * {@code _struct}; here one builtin module, whose types still say {@code _struct}.)
 *
 * <pre>
 *   type                     ref 0            ref 1         long 0
 *   _struct.Struct           format (str)     -             size
 *   _struct.unpack_iterator  format (str)     buffer        offset of the next record
 * </pre>
 */
public final class StructModule {
    private StructModule() {}

    static ModuleDef def() {
        return new ModuleDef("struct", List.of(
                new MethodDef("pack", (s, m, args, kw) -> {
                    Args.noKeywords(s, "pack", kw);
                    return pack(s, formatOf(s, firstArg(s, args)), args, 1);
                }),
                new MethodDef("unpack", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "unpack", args, kw, 2, 2);
                    return unpack(s, formatOf(s, a[0]), a[1]);
                }),
                new MethodDef("calcsize", (s, m, args, kw) ->
                        IntType.fromLong(s, formatOf(s, Args.one(s, "calcsize", args, kw)).size())),
                new MethodDef("pack_into", (s, m, args, kw) -> {
                    Args.noKeywords(s, "pack_into", kw);
                    return packInto(s, formatOf(s, firstArg(s, args)), args, 1);
                }),
                new MethodDef("unpack_from", (s, m, args, kw) -> {
                    long[] a = Args.parse(s, "unpack_from", args, kw, 1, 2, "format", "buffer", "offset");
                    return unpackFrom(s, formatOf(s, a[0]), a[1], a[2]);
                }),
                new MethodDef("iter_unpack", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "iter_unpack", args, kw, 2, 2);
                    return iterUnpack(s, a[0], a[1]);
                }),
                new MethodDef("_clearcache", (s, m, args, kw) -> Objects.newRef(s.space().none()))),
                StructModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        DictType.setItemString(s, dict, "Struct", s.space().type(BuiltinType.STRUCT));
        DictType.setItemString(s, dict, "error", s.space().type(BuiltinType.STRUCT_ERROR));
    }

    private static long firstArg(ObjectState s, long args) {
        if (TupleType.size(args) == 0) {
            throw Errors.typeError(s, "missing format argument");
        }
        return TupleType.getItem(args, 0);
    }

    /** The format as Java text: a str, or bytes read as Latin-1. */
    static String formatText(ObjectState s, long format) {
        if (StrType.check(format)) {
            return StrType.toJava(format);
        }
        if (BytesType.check(format)) {
            return new String(BytesType.toArray(format), StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError(s, "Struct() argument 1 must be a str or bytes object, not "
                + Objects.typeNameOf(format));
    }

    static StructFormat formatOf(ObjectState s, long format) {
        return StructFormat.parse(s, formatText(s, format));
    }

    /** Packs args[first:] into a new bytes object. */
    static long pack(ObjectState s, StructFormat f, long args, int first) {
        long given = TupleType.size(args) - first;
        if (given != f.items()) {
            throw StructFormat.error(s, "pack expected " + f.items() + " items for packing (got " + given + ")");
        }
        long out = BytesType.allocate(s, f.size());
        try {
            packValues(s, f, args, first, BytesType.data(out));
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        return out;
    }

    /** Packs args[first+2:] into buffer args[first] at offset args[first+1]. */
    static long packInto(ObjectState s, StructFormat f, long args, int first) {
        long given = TupleType.size(args) - first;
        if (given != f.items() + 2) {
            throw StructFormat.error(s, given == 0 ? "pack_into expected buffer argument"
                    : given == 1 ? "pack_into expected offset argument"
                    : "pack_into expected " + f.items() + " items for packing (got " + (given - 2) + ")");
        }
        long[] view = Buffers.writable(s, TupleType.getItem(args, first));
        long offset = Abstract.asSize(s, TupleType.getItem(args, first + 1), BuiltinType.INDEX_ERROR);
        long size = f.size();
        if (offset < 0) {
            if (offset + size > 0) {
                throw StructFormat.error(s, "no space to pack " + size + " bytes at offset " + offset);
            }
            if (offset + view[1] < 0) {
                throw StructFormat.error(s, "offset " + offset + " out of range for " + view[1] + "-byte buffer");
            }
            offset += view[1];
        }
        if (view[1] - offset < size) {
            throw StructFormat.error(s, "pack_into requires a buffer of at least " + (size + offset)
                    + " bytes for packing " + size + " bytes at offset " + offset
                    + " (actual buffer size is " + view[1] + ")");
        }
        packValues(s, f, args, first + 2, view[0] + offset);
        return Objects.newRef(s.space().none());
    }

    private static void packValues(ObjectState s, StructFormat f, long args, int first, long base) {
        Memory.fill(base, f.size(), (byte) 0);
        int next = first;
        for (StructFormat.Code c : f.codes()) {
            long addr = base + c.offset();
            if (c.letter() == 's' || c.letter() == 'p') {
                long[] data = StructCodec.bytesArgument(s, c.letter(), TupleType.getItem(args, next++));
                boolean pascal = c.letter() == 'p';
                long room = pascal ? c.count() - 1 : c.count();
                long n = Math.min(data[1], room);
                if (n > 0) {
                    Memory.copy(data[0], addr + (pascal ? 1 : 0), n);
                }
                if (pascal && c.count() > 0) {
                    Memory.putByte(addr, (byte) Math.min(Math.max(n, 0), 255));
                }
                continue;
            }
            for (long i = 0; i < c.count(); i++) {
                StructCodec.pack(s, f.order(), c.letter(), c.itemSize(), addr + i * c.itemSize(),
                        TupleType.getItem(args, next++));
            }
        }
    }

    /** The values of one record at {@code base}: a new tuple. */
    static long unpackAt(ObjectState s, StructFormat f, long base) {
        long out = TupleType.allocate(s, f.items());
        try {
            int next = 0;
            for (StructFormat.Code c : f.codes()) {
                long addr = base + c.offset();
                if (c.letter() == 's') {
                    TupleType.initItem(s, out, next++, BytesType.fromMemory(s, addr, c.count()));
                } else if (c.letter() == 'p') {
                    long n = c.count() == 0 ? 0 : Math.min(Memory.getByte(addr) & 0xff, c.count() - 1);
                    TupleType.initItem(s, out, next++, BytesType.fromMemory(s, addr + 1, n));
                } else {
                    for (long i = 0; i < c.count(); i++) {
                        TupleType.initItem(s, out, next++, StructCodec.unpack(s, f.order(), c.letter(),
                                c.itemSize(), addr + i * c.itemSize()));
                    }
                }
            }
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        return out;
    }

    static long unpack(ObjectState s, StructFormat f, long buffer) {
        long[] view = Buffers.readable(s, buffer);
        if (view[1] != f.size()) {
            throw StructFormat.error(s, "unpack requires a buffer of " + f.size() + " bytes");
        }
        return unpackAt(s, f, view[0]);
    }

    static long unpackFrom(ObjectState s, StructFormat f, long buffer, long offsetArg) {
        long[] view = Buffers.readable(s, buffer);
        long offset = offsetArg == 0 ? 0 : Abstract.asSize(s, offsetArg, BuiltinType.INDEX_ERROR);
        long size = f.size();
        if (offset < 0) {
            if (offset + view[1] < 0) {
                throw StructFormat.error(s, "offset " + offset + " out of range for " + view[1] + "-byte buffer");
            }
            if (offset + size > 0) {
                throw StructFormat.error(s, "not enough data to unpack " + size + " bytes at offset " + offset);
            }
            offset += view[1];
        }
        if (view[1] - offset < size) {
            throw StructFormat.error(s, "unpack_from requires a buffer of at least " + (size + offset)
                    + " bytes for unpacking " + size + " bytes at offset " + offset
                    + " (actual buffer size is " + view[1] + ")");
        }
        return unpackAt(s, f, view[0] + offset);
    }

    static long iterUnpack(ObjectState s, long format, long buffer) {
        String text = formatText(s, format);
        StructFormat f = StructFormat.parse(s, text);
        long[] view = Buffers.readable(s, buffer);
        if (f.size() == 0) {
            throw StructFormat.error(s, "cannot iteratively unpack with a struct of length 0");
        }
        if (view[1] % f.size() != 0) {
            throw StructFormat.error(s, "iterative unpacking requires a buffer of a multiple of " + f.size()
                    + " bytes");
        }
        return ItertoolsBasic.create(s, BuiltinType.STRUCT_UNPACK_ITERATOR, StrType.fromJava(s, text),
                Objects.newRef(buffer));
    }

    /** The behaviour of a struct type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case STRUCT -> StructObjects.structSlots();
            case STRUCT_UNPACK_ITERATOR -> dev.isola.objects.ModuleObjectLayout.iteratorBuilder()
                    .next(StructModule::iteratorNext)
                    .method("__length_hint__", (s, it, args, kw) -> {
                        if (ref(it, 1) == 0) {
                            return IntType.fromLong(s, 0);
                        }
                        long size = StructFormat.parse(s, StrType.toJava(ref(it, 0))).size();
                        long[] view = Buffers.readable(s, ref(it, 1));
                        return IntType.fromLong(s, Math.max(0, (view[1] - getLong(it, 0)) / size));
                    })
                    .build();
            default -> null;
        };
    }

    private static long iteratorNext(ObjectState s, long it) {
        if (ref(it, 1) == 0) {
            return 0;
        }
        StructFormat f = StructFormat.parse(s, StrType.toJava(ref(it, 0)));
        long[] view = Buffers.readable(s, ref(it, 1));
        long offset = getLong(it, 0);
        if (offset + f.size() > view[1]) {
            dev.isola.objects.ModuleObjectLayout.setRef(s, it, 1, 0);
            return 0;
        }
        putLong(it, 0, offset + f.size());
        return unpackAt(s, f, view[0] + offset);
    }
}

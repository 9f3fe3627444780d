package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _zlib}: the JDK's zlib ({@link Deflater}, {@link Inflater}, {@link CRC32},
 * {@link Adler32}) under the standard library's {@code zlib.py}. One-shot compress and
 * decompress with CPython's wbits conventions (9..15 zlib, -9..-15 raw deflate, 25..31 gzip on
 * decompress), and streaming objects held in the interpreter's handle table.
 */
final class ZlibModule {
    private ZlibModule() {}

    static ModuleDef def() {
        return new ModuleDef("_zlib", List.of(
                new MethodDef("compress", ZlibModule::compress),
                new MethodDef("decompress", ZlibModule::decompress),
                new MethodDef("crc32", (s, m, a, k) -> checksum(s, a, k, "crc32", new CRC32(), 0)),
                new MethodDef("adler32", (s, m, a, k) -> checksum(s, a, k, "adler32", new Adler32(), 1)),
                new MethodDef("_deflater", ZlibModule::newDeflater),
                new MethodDef("_deflate", ZlibModule::deflate),
                new MethodDef("_inflater", ZlibModule::newInflater),
                new MethodDef("_inflate", ZlibModule::inflate),
                new MethodDef("_free", (s, m, a, k) -> {
                    Object o = InterpreterState.of(s).handles().remove((int) Args.ssize(s, Args.positional(s, "_free", a, k, 1, 1)[0]));
                    if (o instanceof Deflater d) {
                        d.end();
                    } else if (o instanceof Inflater i) {
                        i.end();
                    }
                    return Objects.newRef(s.space().none());
                })),
                (interp, module, dict) -> { });
    }

    private static byte[] data(ObjectState s, long o) {
        long[] v = Buffers.readable(s, o);
        return v[1] == 0 ? new byte[0]
                : dev.isola.memory.Memory.segment(v[0], v[1]).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private static PyException error(ObjectState s, long module, String message) {
        long dict = dev.isola.memory.Memory.getLong(module + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET);
        long type = dev.isola.objects.DictType.getItemString(s, dict, "error");
        return type != 0 ? Errors.raise(s, type, message) : Errors.valueError(s, message);
    }

    /** {@code compress(data, level=-1, wbits=15)}. */
    private static long compress(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "compress", args, kwargs, 1, 1, "data", "level", "wbits");
        byte[] in = data(s, a[0]);
        int level = a[1] == 0 ? -1 : (int) Args.ssize(s, a[1]);
        int wbits = a[2] == 0 ? 15 : (int) Args.ssize(s, a[2]);
        if (level < -1 || level > 9) {
            throw error(s, module, "Bad compression level");
        }
        Deflater d = deflater(s, module, level, wbits);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 2));
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return BytesType.fromBytes(s, gzipWrap(out.toByteArray(), in, wbits));
        } finally {
            d.end();
        }
    }

    private static Deflater deflater(ObjectState s, long module, int level, int wbits) {
        if (wbits >= 9 && wbits <= 15) {
            return new Deflater(level, false);
        }
        if (wbits >= -15 && wbits <= -9 || wbits >= 25 && wbits <= 31) {
            return new Deflater(level, true);
        }
        throw error(s, module, "Invalid initialization option");
    }

    /** A gzip member around raw deflate data (wbits 25..31), with a header as zlib writes it. */
    private static byte[] gzipWrap(byte[] raw, byte[] in, int wbits) {
        if (wbits < 25) {
            return raw;
        }
        CRC32 crc = new CRC32();
        crc.update(in);
        byte[] out = new byte[10 + raw.length + 8];
        out[0] = 0x1f;
        out[1] = (byte) 0x8b;
        out[2] = 8;
        out[9] = 3; // OS: Unix
        System.arraycopy(raw, 0, out, 10, raw.length);
        int p = 10 + raw.length;
        long c = crc.getValue();
        long size = in.length & 0xffffffffL;
        for (int i = 0; i < 4; i++) {
            out[p + i] = (byte) (c >>> (8 * i));
            out[p + 4 + i] = (byte) (size >>> (8 * i));
        }
        return out;
    }

    /** {@code decompress(data, wbits=15, bufsize=16384)}: zlib, raw, gzip (or auto with wbits 32+). */
    private static long decompress(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "decompress", args, kwargs, 1, 1, "data", "wbits", "bufsize");
        byte[] in = data(s, a[0]);
        int wbits = a[1] == 0 ? 15 : (int) Args.ssize(s, a[1]);
        int offset = 0;
        boolean raw;
        if (wbits >= 9 && wbits <= 15 || wbits == 0) {
            raw = false;
        } else if (wbits >= -15 && wbits <= -9) {
            raw = true;
        } else if (wbits >= 25 && wbits <= 31 || wbits >= 40 && wbits <= 47) {
            boolean gzip = in.length >= 2 && (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b;
            if (!gzip && wbits < 40) {
                throw error(s, module, "Error -3 while decompressing data: incorrect header check");
            }
            raw = gzip;
            offset = gzip ? gzipHeaderLength(s, module, in) : 0;
        } else {
            throw error(s, module, "Invalid initialization option");
        }
        Inflater inf = new Inflater(raw);
        try {
            inf.setInput(in, offset, in.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 3));
            byte[] buf = new byte[1 << 16];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw error(s, module, "Error -5 while decompressing data: incomplete or truncated stream");
                }
                out.write(buf, 0, n);
            }
            return BytesType.fromBytes(s, out.toByteArray());
        } catch (DataFormatException e) {
            throw error(s, module, "Error -3 while decompressing data: " + e.getMessage());
        } finally {
            inf.end();
        }
    }

    private static int gzipHeaderLength(ObjectState s, long module, byte[] in) {
        if (in.length < 10) {
            throw error(s, module, "Error -5 while decompressing data: incomplete or truncated stream");
        }
        int flags = in[3] & 0xff;
        int p = 10;
        if ((flags & 4) != 0) {
            p += 2 + ((in[p] & 0xff) | (in[p + 1] & 0xff) << 8);
        }
        if ((flags & 8) != 0) {
            while (p < in.length && in[p] != 0) {
                p++;
            }
            p++;
        }
        if ((flags & 16) != 0) {
            while (p < in.length && in[p] != 0) {
                p++;
            }
            p++;
        }
        if ((flags & 2) != 0) {
            p += 2;
        }
        return p;
    }

    private static long checksum(ObjectState s, long args, long kwargs, String name, java.util.zip.Checksum c,
            long initial) {
        long[] a = Args.positional(s, name, args, kwargs, 1, 2);
        byte[] in = data(s, a[0]);
        long start = a[1] == 0 ? initial : IntType.check(a[1]) ? masked(s, a[1]) : initial;
        long value;
        if (start == initial) {
            c.update(in);
            value = c.getValue();
        } else if (c instanceof CRC32) {
            value = crcCombine(start, in);
        } else {
            value = adlerContinue(start, in);
        }
        return IntType.fromLong(s, value & 0xffffffffL);
    }

    private static long masked(ObjectState s, long v) {
        long x = IntType.fitsLong(v) ? IntType.longValue(v) : IntType.toBig(v).longValue();
        return x & 0xffffffffL;
    }

    /** CRC-32 continued from a previous value (the table algorithm zlib uses). */
    private static long crcCombine(long crc, byte[] in) {
        long c = ~crc & 0xffffffffL;
        for (byte b : in) {
            c ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320L : c >>> 1;
            }
        }
        return ~c & 0xffffffffL;
    }

    private static long adlerContinue(long adler, byte[] in) {
        long a = adler & 0xffff;
        long b = (adler >>> 16) & 0xffff;
        for (byte x : in) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    /** {@code _deflater(level, wbits)}: a handle of a streaming compressor. */
    private static long newDeflater(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_deflater", args, kwargs, 2, 2);
        int level = (int) Args.ssize(s, a[0]);
        if (level < -1 || level > 9) {
            throw error(s, module, "Bad compression level");
        }
        Deflater d = deflater(s, module, level, (int) Args.ssize(s, a[1]));
        return IntType.fromLong(s, InterpreterState.of(s).handles().add(d));
    }

    /** {@code _deflate(handle, data, mode)}: mode 0 no flush, 2 sync flush, 3 full flush, 4 finish. */
    private static long deflate(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_deflate", args, kwargs, 3, 3);
        Deflater d = (Deflater) InterpreterState.of(s).handles().get((int) Args.ssize(s, a[0]));
        byte[] in = data(s, a[1]);
        int mode = (int) Args.ssize(s, a[2]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        if (in.length > 0) {
            d.setInput(in);
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
            }
        }
        if (mode == 4) {
            d.finish();
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
        } else if (mode == 2 || mode == 3) {
            int flush = mode == 2 ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return BytesType.fromBytes(s, out.toByteArray());
    }

    /** {@code _inflater(wbits)}: a handle of a streaming decompressor. */
    private static long newInflater(ObjectState s, long module, long args, long kwargs) {
        int wbits = (int) Args.ssize(s, Args.positional(s, "_inflater", args, kwargs, 1, 1)[0]);
        boolean raw = wbits >= -15 && wbits <= -9;
        if (!raw && !(wbits >= 9 && wbits <= 15 || wbits == 0)) {
            throw error(s, module, "Invalid initialization option");
        }
        return IntType.fromLong(s, InterpreterState.of(s).handles().add(new Inflater(raw)));
    }

    /** {@code _inflate(handle, data)}: (output, finished, unused tail length). */
    private static long inflate(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_inflate", args, kwargs, 2, 2);
        Inflater inf = (Inflater) InterpreterState.of(s).handles().get((int) Args.ssize(s, a[0]));
        byte[] in = data(s, a[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        try {
            if (in.length > 0 && !inf.finished()) {
                inf.setInput(in);
            }
            while (!inf.finished() && !inf.needsInput()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsDictionary()) {
                    throw error(s, module, "Error 2 while decompressing data");
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw error(s, module, "Error -3 while decompressing data: " + e.getMessage());
        }
        long bytes = BytesType.fromBytes(s, out.toByteArray());
        long fin = Objects.newRef(s.space().bool(inf.finished()));
        long rest = IntType.fromLong(s, inf.finished() ? inf.getRemaining() : 0);
        try {
            return dev.isola.objects.TupleType.pack(s, bytes, fin, rest);
        } finally {
            Objects.decref(s, bytes);
            Objects.decref(s, fin);
            Objects.decref(s, rest);
        }
    }
}

package dev.isola.objects;

import dev.isola.objects.Codecs.Codec;
import java.io.ByteArrayOutputStream;

/**
 * UTF-16 and UTF-32, little- and big-endian, and the BOM forms {@code utf-16}/{@code utf-32}
 * (which write a little-endian BOM, as CPython does on little-endian machines, and read either).
 * Lone surrogates cannot be encoded ({@code surrogates not allowed}) unless the handler is
 * {@code surrogatepass}; the other handlers are those of {@link Codecs}.
 */
final class WideCodecs {
    private WideCodecs() {
    }

    static long encode(ObjectState s, Codec codec, long str, int[] t, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(t.length * 4 + 4);
        boolean big = codec == Codec.UTF16BE || codec == Codec.UTF32BE;
        boolean utf32 = codec == Codec.UTF32 || codec == Codec.UTF32LE || codec == Codec.UTF32BE;
        if (codec == Codec.UTF16 || codec == Codec.UTF32) {
            write(out, 0xfeff, utf32, false);
        }
        for (int i = 0; i < t.length; i++) {
            int c = t[i];
            if (c >= 0xd800 && c <= 0xdfff) {
                switch (errors) {
                    case "surrogatepass" -> write(out, c, utf32, big);
                    case "ignore" -> { }
                    case "replace" -> write(out, '?', utf32, big);
                    default -> {
                        int end = i + 1;
                        while (end < t.length && t[end] >= 0xd800 && t[end] <= 0xdfff) {
                            end++;
                        }
                        throw Codecs.encodeException(s, codec.pyName, str, i, end, "surrogates not allowed");
                    }
                }
                continue;
            }
            if (!utf32 && c >= 0x10000) {
                int v = c - 0x10000;
                write(out, 0xd800 | v >> 10, false, big);
                write(out, 0xdc00 | v & 0x3ff, false, big);
            } else {
                write(out, c, utf32, big);
            }
        }
        return BytesType.fromBytes(s, out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, int unit, boolean utf32, boolean big) {
        int n = utf32 ? 4 : 2;
        for (int k = 0; k < n; k++) {
            int shift = big ? 8 * (n - 1 - k) : 8 * k;
            out.write(unit >>> shift & 0xff);
        }
    }

    static long decode(ObjectState s, Codec codec, long owner, byte[] b, String errors) {
        boolean utf32 = codec == Codec.UTF32 || codec == Codec.UTF32LE || codec == Codec.UTF32BE;
        int unit = utf32 ? 4 : 2;
        boolean big = codec == Codec.UTF16BE || codec == Codec.UTF32BE;
        int i = 0;
        if ((codec == Codec.UTF16 || codec == Codec.UTF32) && b.length >= unit) {
            long first = read(b, 0, unit, false);
            if (first == 0xfeff) {
                i = unit;
            } else if (first == (utf32 ? 0xfffe0000L : 0xfffe)) {
                big = true;
                i = unit;
            }
        }
        StrBuilder out = new StrBuilder(b.length / unit);
        while (i < b.length) {
            if (i + unit > b.length) {
                i = Codecs.decodeError(s, out, codec, errors, owner, b, i, b.length, "truncated data");
                continue;
            }
            long c = read(b, i, unit, big);
            if (utf32) {
                if (c > 0x10ffff || c >= 0xd800 && c <= 0xdfff && !errors.equals("surrogatepass")) {
                    i = Codecs.decodeError(s, out, codec, errors, owner, b, i, i + 4,
                            c > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
                    continue;
                }
                out.append((int) c);
                i += 4;
                continue;
            }
            if (c < 0xd800 || c > 0xdfff) {
                out.append((int) c);
                i += 2;
            } else if (c <= 0xdbff && i + 4 <= b.length && (read(b, i + 2, 2, big) & 0xfc00) == 0xdc00) {
                long lo = read(b, i + 2, 2, big);
                out.append((int) (0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00)));
                i += 4;
            } else if (errors.equals("surrogatepass")) {
                out.append((int) c);
                i += 2;
            } else if (c <= 0xdbff && i + 4 > b.length) {
                i = Codecs.decodeError(s, out, codec, errors, owner, b, i, b.length, "unexpected end of data");
            } else {
                i = Codecs.decodeError(s, out, codec, errors, owner, b, i, i + 2,
                        c <= 0xdbff ? "illegal UTF-16 surrogate" : "illegal encoding");
            }
        }
        return out.build(s);
    }

    private static long read(byte[] b, int at, int n, boolean big) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            int shift = big ? 8 * (n - 1 - k) : 8 * k;
            v |= (long) (b[at + k] & 0xff) << shift;
        }
        return v;
    }
}

package dev.isola.interp.modules;

import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code struct} format string ({@code "<2hxq"}): its byte order, its codes with their
 * offsets, the total size and how many values it packs. Immutable; parsed anew by each call (a
 * format is short and parsing is one pass), so a {@code Struct} object keeps only the string.
 *
 * <p>The first character may choose the byte order: {@code @} native order, sizes and
 * alignment (the default); {@code =} native order, standard sizes; {@code <} little-endian,
 * {@code >} and {@code !} big-endian. Native sizes are those of x86-64 Linux (LP64).
 * A code is an optional repeat count and a letter; {@code s} and {@code p} take the count as a
 * length and one value, {@code x} pads and takes none, the others repeat.
 *
 * @param order '@', '=', '<' or '>'
 * @param codes the codes in order, each with its absolute offset
 * @param size the total size in bytes
 * @param items how many values pack takes and unpack returns
 */
record StructFormat(char order, List<Code> codes, long size, long items) {
    /** One code: {@code count} repetitions (or the length, for s and p) of {@code letter} at {@code offset}. */
    record Code(char letter, long count, long offset, int itemSize) {}

    static final String NATIVE_LETTERS = "xcbB?hHiIlLqQnNefdspP";
    private static final String STANDARD_LETTERS = "xcbB?hHiIlLqQefdsp";

    boolean native_() {
        return order == '@';
    }

    boolean bigEndian() {
        return order == '>';
    }

    /** The size of one {@code letter} in this byte order (its alignment too, for native order). */
    static int itemSize(char letter, boolean nativeSizes) {
        return switch (letter) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeSizes ? 8 : 4;
            default -> 8;
        };
    }

    static StructFormat parse(ObjectState s, String format) {
        char order = '@';
        int i = 0;
        if (!format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0) {
            order = format.charAt(0) == '!' ? '>' : format.charAt(0);
            i = 1;
        }
        boolean nativeSizes = order == '@';
        String letters = nativeSizes ? NATIVE_LETTERS : STANDARD_LETTERS;
        List<Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i++);
            if (Character.isWhitespace(c) && c < 128) {
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = c - '0';
                while (true) {
                    c = i < n ? format.charAt(i++) : '\0';
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (count > (Long.MAX_VALUE - (c - '0')) / 10) {
                        throw error(s, "total struct size too long");
                    }
                    count = count * 10 + (c - '0');
                }
                if (c == '\0') {
                    throw error(s, "repeat count given without format specifier");
                }
            }
            if (letters.indexOf(c) < 0) {
                throw error(s, "bad char in struct format");
            }
            int itemSize = itemSize(c, nativeSizes);
            if (nativeSizes && size > 0) {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            long offset = size;
            if (count > (Long.MAX_VALUE - size) / itemSize) {
                throw error(s, "total struct size too long");
            }
            size += count * itemSize;
            if (c == 's' || c == 'p') {
                items++;
                codes.add(new Code(c, count, offset, itemSize));
            } else if (c != 'x') {
                items += count;
                if (count > 0) {
                    codes.add(new Code(c, count, offset, itemSize));
                }
            }
        }
        return new StructFormat(order, List.copyOf(codes), size, items);
    }

    static PyException error(ObjectState s, String message) {
        return Errors.raise(s, BuiltinType.STRUCT_ERROR, message);
    }
}

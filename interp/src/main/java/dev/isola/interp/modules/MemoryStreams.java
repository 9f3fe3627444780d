package dev.isola.interp.modules;

import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import java.util.Arrays;

/**
 * {@code io.StringIO} and {@code io.BytesIO}: streams over a growable in-memory buffer with a
 * position, as CPython's. StringIO's position counts characters (UTF-16 units here, code points
 * in CPython: equal for text without astral characters); its {@code newline} defaults to
 * {@code "\n"} (no translation). Writing past the end pads with NULs.
 */
final class MemoryStreams {
    private MemoryStreams() {
    }

    static final class Text extends IoStream {
        private final StringBuilder buf = new StringBuilder();
        private int pos;
        private boolean closed;

        Text(String initial) {
            buf.append(initial);
        }

        @Override String name() { return "<StringIO>"; }
        @Override String mode() { return "w+"; }
        @Override boolean binary() { return false; }
        @Override boolean readable() { return true; }
        @Override boolean writable() { return true; }
        @Override boolean seekable() { return true; }
        @Override boolean closed() { return closed; }
        @Override void close(ObjectState s) { closed = true; }

        String value(ObjectState s) {
            checkOpen(s);
            return buf.toString();
        }

        @Override
        String readText(ObjectState s, long n) {
            checkOpen(s);
            int end = n < 0 ? buf.length() : (int) Math.min(buf.length(), pos + n);
            if (pos >= end) {
                return "";
            }
            String r = buf.substring(pos, end);
            pos = end;
            return r;
        }

        @Override
        String readLineText(ObjectState s, long limit) {
            checkOpen(s);
            if (pos >= buf.length()) {
                return "";
            }
            int nl = buf.indexOf("\n", pos);
            int end = nl < 0 ? buf.length() : nl + 1;
            if (limit >= 0) {
                end = (int) Math.min(end, pos + limit);
            }
            String r = buf.substring(pos, end);
            pos = end;
            return r;
        }

        @Override
        long writeText(ObjectState s, String text) {
            checkOpen(s);
            while (buf.length() < pos) {
                buf.append('\0');
            }
            int end = Math.min(buf.length(), pos + text.length());
            buf.replace(pos, end, text);
            pos += text.length();
            return text.codePointCount(0, text.length());
        }

        @Override
        long seek(ObjectState s, long offset, int whence) {
            checkOpen(s);
            if (whence == 0 && offset < 0) {
                throw Errors.valueError(s, "Negative seek position " + offset);
            }
            if (whence != 0 && offset != 0) {
                throw unsupported(s, "Can't do nonzero cur-relative seeks");
            }
            pos = whence == 0 ? (int) offset : whence == 1 ? pos : buf.length();
            return pos;
        }

        @Override
        long tell(ObjectState s) {
            checkOpen(s);
            return pos;
        }

        @Override
        long truncate(ObjectState s, long size) {
            checkOpen(s);
            long to = size < 0 ? pos : size;
            if (to < buf.length()) {
                buf.setLength((int) to);
            }
            return to;
        }
    }

    static final class Bytes extends IoStream {
        private byte[] data;
        private int size;
        private int pos;
        private boolean closed;

        Bytes(byte[] initial) {
            data = initial.clone();
            size = initial.length;
        }

        @Override String name() { return "<BytesIO>"; }
        @Override String mode() { return "w+b"; }
        @Override boolean binary() { return true; }
        @Override boolean readable() { return true; }
        @Override boolean writable() { return true; }
        @Override boolean seekable() { return true; }
        @Override boolean closed() { return closed; }
        @Override void close(ObjectState s) { closed = true; }

        byte[] value(ObjectState s) {
            checkOpen(s);
            return Arrays.copyOf(data, size);
        }

        @Override
        byte[] readBytes(ObjectState s, long n) {
            checkOpen(s);
            int end = n < 0 ? size : (int) Math.min(size, pos + n);
            if (pos >= end) {
                return new byte[0];
            }
            byte[] r = Arrays.copyOfRange(data, pos, end);
            pos = end;
            return r;
        }

        @Override
        byte[] readLineBytes(ObjectState s, long limit) {
            checkOpen(s);
            int end = pos;
            while (end < size && data[end] != '\n') {
                end++;
            }
            if (end < size) {
                end++;
            }
            if (limit >= 0) {
                end = (int) Math.min(end, pos + limit);
            }
            byte[] r = Arrays.copyOfRange(data, Math.min(pos, size), Math.max(Math.min(pos, size), end));
            pos = Math.max(pos, end);
            return r;
        }

        @Override
        long writeBytes(ObjectState s, byte[] b) {
            checkOpen(s);
            int end = pos + b.length;
            if (end > data.length) {
                data = Arrays.copyOf(data, Math.max(end, data.length * 2));
            }
            if (pos > size) {
                Arrays.fill(data, size, pos, (byte) 0);
            }
            System.arraycopy(b, 0, data, pos, b.length);
            pos = end;
            size = Math.max(size, end);
            return b.length;
        }

        @Override
        long seek(ObjectState s, long offset, int whence) {
            checkOpen(s);
            long base = whence == 0 ? 0 : whence == 1 ? pos : size;
            long to = base + offset;
            if (whence == 0 && offset < 0) {
                throw Errors.valueError(s, "negative seek value " + offset);
            }
            pos = (int) Math.max(0, to);
            return pos;
        }

        @Override
        long tell(ObjectState s) {
            checkOpen(s);
            return pos;
        }

        @Override
        long truncate(ObjectState s, long sizeArg) {
            checkOpen(s);
            long to = sizeArg < 0 ? pos : sizeArg;
            if (to < size) {
                size = (int) to;
            }
            return to;
        }
    }
}

package dev.isola.interp.modules;

import dev.isola.objects.Codecs;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.OsErrors;
import dev.isola.objects.StrType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * A file opened by {@code open()}: a {@link FileChannel} with CPython's modes ({@code r w a x}
 * with {@code b t +}), binary or text. Writes are buffered (8 KiB) and flushed before any read,
 * seek, tell or close. A text stream decodes the rest of the file on its first read and serves
 * reads from that; {@code tell()} is the byte offset of what has been consumed (CPython's cookie
 * is the same number for stateless codecs such as UTF-8). Universal newlines on reading when
 * {@code newline} is None; {@code \n} becomes {@code newline} on writing when that is given.
 */
final class FileStream extends IoStream {
    private static final int WRITE_BUFFER = 8192;

    private final String name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private final String encoding;
    private final String errors;
    private final String newline;
    private FileChannel channel;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Text read state: the decoded rest of the file from byte offset {@link #textStart}, consumed up to {@link #textPos}. */
    private String text;
    private int textPos;
    private long textStart;

    private FileStream(String name, String mode, boolean binary, boolean readable, boolean writable, String encoding,
            String errors, String newline, FileChannel channel) {
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.channel = channel;
    }

    /**
     * Opens {@code path} (resolved) for {@code mode} (already validated: exactly one of
     * {@code r w a x}, maybe {@code +} and {@code b}); OSError subclasses with CPython's messages.
     */
    static FileStream open(ObjectState s, String name, Path path, String mode, String encoding, String errors,
            String newline) {
        boolean plus = mode.indexOf('+') >= 0;
        char kind = mode.replaceAll("[bt+]", "").charAt(0);
        Set<OpenOption> options = new java.util.HashSet<>();
        boolean readable = kind == 'r' || plus;
        boolean writable = kind != 'r' || plus;
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        switch (kind) {
            case 'w' -> {
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> {
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.APPEND);
            }
            case 'x' -> options.add(StandardOpenOption.CREATE_NEW);
            default -> {
            }
        }
        if (Files.isDirectory(path)) {
            throw OsErrors.raise(s, 21, "Is a directory", name);
        }
        try {
            FileChannel ch = FileChannel.open(path, options);
            if (kind == 'a') {
                ch.position(ch.size());
            }
            boolean binary = mode.indexOf('b') >= 0;
            return new FileStream(name, mode, binary, readable, writable, encoding, errors, newline, ch);
        } catch (NoSuchFileException e) {
            throw OsErrors.raise(s, 2, "No such file or directory", name);
        } catch (AccessDeniedException e) {
            throw OsErrors.raise(s, 13, "Permission denied", name);
        } catch (FileAlreadyExistsException e) {
            throw OsErrors.raise(s, 17, "File exists", name);
        } catch (NotDirectoryException e) {
            throw OsErrors.raise(s, 20, "Not a directory", name);
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    static dev.isola.objects.PyException ioError(ObjectState s, IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left")) {
            return OsErrors.raise(s, 28, "No space left on device", null);
        }
        return OsErrors.raise(s, 5, "Input/output error", null);
    }

    @Override String name() { return name; }
    @Override String mode() { return mode; }
    @Override boolean binary() { return binary; }
    @Override boolean readable() { return readable; }
    @Override boolean writable() { return writable; }
    @Override boolean seekable() { return true; }
    @Override boolean closed() { return channel == null; }
    @Override String encoding() { return binary ? null : encoding; }

    @Override
    void close(ObjectState s) {
        if (channel == null) {
            return;
        }
        try {
            flush(s);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // The channel is gone either way.
            }
            channel = null;
        }
    }

    @Override
    void flush(ObjectState s) {
        checkOpen(s);
        if (pending.size() == 0) {
            return;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(pending.toByteArray());
            while (b.hasRemaining()) {
                channel.write(b);
            }
            pending.reset();
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    /** Makes the channel position the logical position: pending writes out, unread decoded text given back. */
    private void sync(ObjectState s) {
        flush(s);
        if (text != null) {
            try {
                channel.position(textStart + encodedLength(s, text.substring(0, textPos)));
            } catch (IOException e) {
                throw ioError(s, e);
            }
            text = null;
        }
    }

    private long encodedLength(ObjectState s, String t) {
        if (t.isEmpty()) {
            return 0;
        }
        long str = StrType.fromJava(s, t);
        try {
            return Codecs.encodeToArray(s, str, encoding, "surrogateescape".equals(errors) ? errors : "strict").length;
        } finally {
            Objects.decref(s, str);
        }
    }

    private byte[] readRaw(ObjectState s, long n) {
        try {
            if (n < 0) {
                return readToEnd();
            }
            int want = (int) Math.min(n, Integer.MAX_VALUE - 16);
            ByteBuffer b = ByteBuffer.allocate(want);
            while (b.hasRemaining() && channel.read(b) > 0) {
                // keep reading
            }
            return b.position() == want ? b.array() : java.util.Arrays.copyOf(b.array(), b.position());
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    /**
     * Everything up to end of file. The size the file reports is only a first guess: files of
     * /proc and pipes say 0 and still have contents, so reading goes on until the channel ends.
     */
    private byte[] readToEnd() throws IOException {
        long left = Math.max(0, channel.size() - channel.position());
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(Math.max(left + 1, 8192), Integer.MAX_VALUE - 16));
        while (true) {
            if (!b.hasRemaining()) {
                if (b.capacity() >= Integer.MAX_VALUE - 16) {
                    break;
                }
                ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(b.capacity() * 2L, Integer.MAX_VALUE - 16));
                b.flip();
                bigger.put(b);
                b = bigger;
            }
            if (channel.read(b) < 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    // ---------------------------------------------------------------- binary

    @Override
    byte[] readBytes(ObjectState s, long n) {
        checkReadable(s);
        sync(s);
        return readRaw(s, n);
    }

    @Override
    byte[] readLineBytes(ObjectState s, long limit) {
        checkReadable(s);
        sync(s);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            ByteBuffer one = ByteBuffer.allocate(1);
            while (limit < 0 || line.size() < limit) {
                one.clear();
                if (channel.read(one) <= 0) {
                    break;
                }
                line.write(one.get(0));
                if (one.get(0) == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw ioError(s, e);
        }
        return line.toByteArray();
    }

    @Override
    long writeBytes(ObjectState s, byte[] b) {
        checkWritable(s);
        if (text != null) {
            sync(s);
        }
        pending.writeBytes(b);
        if (pending.size() >= WRITE_BUFFER) {
            flush(s);
        }
        return b.length;
    }

    // ---------------------------------------------------------------- text

    private void loadText(ObjectState s) {
        if (text != null) {
            return;
        }
        flush(s);
        try {
            textStart = channel.position();
        } catch (IOException e) {
            throw ioError(s, e);
        }
        long str = Codecs.decodeBytes(s, readRaw(s, -1), encoding, errors);
        try {
            text = StrType.toJava(str);
        } finally {
            Objects.decref(s, str);
        }
        textPos = 0;
    }

    @Override
    String readText(ObjectState s, long n) {
        checkReadable(s);
        loadText(s);
        StringBuilder out = new StringBuilder();
        while ((n < 0 || out.length() < n) && textPos < text.length()) {
            out.append(nextChar());
        }
        return out.toString();
    }

    @Override
    String readLineText(ObjectState s, long limit) {
        checkReadable(s);
        loadText(s);
        StringBuilder out = new StringBuilder();
        while ((limit < 0 || out.length() < limit) && textPos < text.length()) {
            char c = nextChar();
            out.append(c);
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))
                    || newline != null && !newline.isEmpty() && out.toString().endsWith(newline)) {
                break;
            }
        }
        return out.toString();
    }

    /** The next character as universal newlines deliver it ({@code \r\n} and {@code \r} as {@code \n} when newline is None). */
    private char nextChar() {
        char c = text.charAt(textPos++);
        if (c == '\r' && newline == null) {
            if (textPos < text.length() && text.charAt(textPos) == '\n') {
                textPos++;
            }
            return '\n';
        }
        return c;
    }

    @Override
    long writeText(ObjectState s, String t) {
        checkWritable(s);
        String out = newline != null && !newline.isEmpty() && !newline.equals("\n") ? t.replace("\n", newline) : t;
        long str = StrType.fromJava(s, out);
        try {
            writeBytes(s, Codecs.encodeToArray(s, str, encoding, errors));
        } finally {
            Objects.decref(s, str);
        }
        return t.codePointCount(0, t.length());
    }

    // ---------------------------------------------------------------- position

    @Override
    long seek(ObjectState s, long offset, int whence) {
        checkOpen(s);
        if (!binary && whence != 0 && offset != 0) {
            throw unsupported(s, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        }
        if (whence == 0 && offset < 0) {
            throw Errors.valueError(s, (binary ? "negative seek position " : "Negative seek position ") + offset);
        }
        sync(s);
        try {
            long to = whence == 0 ? offset : whence == 1 ? channel.position() + offset : channel.size() + offset;
            channel.position(Math.max(0, to));
            return channel.position();
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    @Override
    long tell(ObjectState s) {
        checkOpen(s);
        if (text != null) {
            return textStart + encodedLength(s, text.substring(0, textPos));
        }
        try {
            return channel.position() + pending.size();
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    @Override
    long truncate(ObjectState s, long size) {
        checkWritable(s);
        sync(s);
        try {
            long to = size < 0 ? channel.position() : size;
            long at = channel.position();
            if (to < channel.size()) {
                channel.truncate(to);
            } else if (to > channel.size()) {
                channel.write(ByteBuffer.allocate(1), to - 1);
            }
            channel.position(at);
            return to;
        } catch (IOException e) {
            throw ioError(s, e);
        }
    }

    @Override
    long fileno(ObjectState s) {
        checkOpen(s);
        return 3;
    }

    private void checkReadable(ObjectState s) {
        checkOpen(s);
        if (!readable) {
            throw unsupported(s, binary ? "read" : "not readable");
        }
    }

    private void checkWritable(ObjectState s) {
        checkOpen(s);
        if (!writable) {
            throw unsupported(s, binary ? "write" : "not writable");
        }
    }
}

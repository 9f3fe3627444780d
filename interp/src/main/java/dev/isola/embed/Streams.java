package dev.isola.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An embedded interpreter's standard streams, over the Java streams or writers it was given. */
final class Streams {
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;

    Streams(InterpreterBuilder b) {
        this.out = print(b.stdoutWriter != null ? new WriterStream(b.stdoutWriter) : b.stdout);
        this.err = print(b.stderrWriter != null ? new WriterStream(b.stderrWriter) : b.stderr);
        this.in = new BufferedReader(new InputStreamReader(b.stdin, StandardCharsets.UTF_8));
    }

    private static PrintStream print(OutputStream o) {
        return o instanceof PrintStream p && p.charset().equals(StandardCharsets.UTF_8) ? p
                : new PrintStream(o, false, StandardCharsets.UTF_8);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    BufferedReader in() {
        return in;
    }

    void flush() {
        out.flush();
        err.flush();
    }

    /** UTF-8 bytes decoded onto a Writer; a character split between writes is kept for the next. */
    private static final class WriterStream extends OutputStream {
        private final Writer writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer pending = ByteBuffer.allocate(8);

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer input;
            if (pending.position() > 0) {
                input = ByteBuffer.allocate(pending.position() + len);
                input.put(pending.flip()).put(b, off, len).flip();
                pending.clear();
            } else {
                input = ByteBuffer.wrap(b, off, len);
            }
            CharBuffer chars = CharBuffer.allocate(len + 8);
            decoder.decode(input, chars, false);
            writer.write(chars.array(), 0, chars.position());
            pending.put(input);
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }
    }
}

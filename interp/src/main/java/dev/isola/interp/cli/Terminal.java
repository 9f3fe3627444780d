package dev.isola.interp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal while the REPL reads a line: raw mode through {@code stty}, key bytes
 * from stdin into a {@link LineEditor}, its redraw bytes to stdout.
 *
 * <p>The terminal is raw only inside {@link #readLine}; the Python code runs with it back in
 * the mode saved by {@code stty -g} at {@link #open}, so its output and {@code input()} behave as
 * in a plain shell. The saved mode is restored in a {@code finally}, at {@link #close}, and by a
 * shutdown hook in case the JVM exits while the terminal is raw.
 *
 * <p>Bytes read past the end of a line (typed ahead, or a multi-line paste) wait in
 * {@code pending} for the next {@link #readLine}; Python's {@code input()} does not see them.
 *
 * <p>Not thread-safe: owned by the REPL thread. The shutdown hook only runs {@code stty} with the
 * immutable saved mode.
 */
final class Terminal implements AutoCloseable {
    /** Seconds to wait for {@code stty} or {@code test}. */
    private static final long COMMAND_TIMEOUT_SECONDS = 5;

    private final InputStream in;
    private final OutputStream out;
    private final String savedMode;
    private final Thread restoreHook;
    private final byte[] pending = new byte[4096];
    private int pendingIndex;
    private int pendingCount;

    private Terminal(InputStream in, OutputStream out, String savedMode) {
        this.in = in;
        this.out = out;
        this.savedMode = savedMode;
        this.restoreHook = new Thread(() -> stty(savedMode, false), "isola-terminal-restore");
        java.lang.Runtime.getRuntime().addShutdownHook(restoreHook);
    }

    /**
     * The terminal, when there is a console and stdin is a terminal whose mode {@code stty} can
     * save; otherwise null, and the caller reads lines without editing.
     */
    static Terminal open(InputStream in, OutputStream out) {
        java.io.Console console = System.console();
        if (console == null || !console.isTerminal() || !stdinIsTerminal()) {
            return null;
        }
        String mode = stty("-g", true);
        if (mode == null || !mode.matches("[A-Za-z0-9:=_-]+")) {
            return null;
        }
        boolean raw = stty("raw -echo", false) != null;
        if (stty(mode, false) == null || !raw) {
            return null;
        }
        return new Terminal(in, out, mode);
    }

    /**
     * Reads one line with {@code editor} after {@code prompt}: {@link LineEditor.Status#ACCEPTED}
     * (the line is in {@link LineEditor#line()}), {@code EOF} or {@code INTERRUPTED}. End of input
     * counts as {@code EOF}. {@link #open} checked that raw mode can be set; should it fail here
     * anyway, the editor still runs and the terminal echoes the keys a second time.
     */
    LineEditor.Status readLine(LineEditor editor, String prompt) throws IOException {
        boolean raw = stty("raw -echo", false) != null;
        try {
            editor.begin(prompt);
            flush(editor);
            while (true) {
                if (pendingIndex == pendingCount) {
                    int n = in.read(pending);
                    if (n < 0) {
                        return LineEditor.Status.EOF;
                    }
                    pendingIndex = 0;
                    pendingCount = n;
                    continue;
                }
                LineEditor.Status status = editor.feed(pending[pendingIndex++]);
                flush(editor);
                if (status != LineEditor.Status.EDITING) {
                    return status;
                }
            }
        } finally {
            if (raw) {
                restore();
            }
        }
    }

    @Override
    public void close() {
        restore();
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(restoreHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs (or ran) anyway.
        }
    }

    private void flush(LineEditor editor) throws IOException {
        byte[] bytes = editor.takeOutput();
        if (bytes.length > 0) {
            out.write(bytes);
            out.flush();
        }
    }

    private void restore() {
        stty(savedMode, false);
    }

    private static boolean stdinIsTerminal() {
        return run(new ProcessBuilder("/bin/sh", "-c", "test -t 0").redirectInput(ProcessBuilder.Redirect.INHERIT))
                != null;
    }

    /** Runs {@code stty ARGS < /dev/tty}; its trimmed output when {@code capture}, "" otherwise, null on failure. */
    private static String stty(String args, boolean capture) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "stty " + args + " < /dev/tty");
        if (!capture) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return run(pb);
    }

    /** Runs a command with stderr discarded; its stdout when it exits with 0 in time, else null. */
    private static String run(ProcessBuilder pb) {
        try {
            Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            return p.exitValue() == 0 ? output : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

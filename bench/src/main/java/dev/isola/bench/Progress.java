package dev.isola.bench;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

/**
 * A one-line progress display on stderr, rewritten in place with {@code \r} and wiped by
 * {@link #clear}. Shown only when stderr is a terminal, so logs and pipes stay clean. Not
 * thread-safe: the measuring thread alone calls it.
 */
final class Progress {
    private final PrintStream err;
    private int width;

    private Progress(PrintStream err) {
        this.err = err;
    }

    /** Progress on {@code err} when it is the process's stderr and that is a terminal; else {@link #none()}. */
    static Progress on(PrintStream err) {
        return new Progress(err == System.err && stderrIsTerminal() ? err : null);
    }

    /** Shows nothing. */
    static Progress none() {
        return new Progress(null);
    }

    void show(String text) {
        if (err == null) {
            return;
        }
        String pad = " ".repeat(Math.max(0, width - text.length()));
        err.print("\r" + text + pad);
        err.flush();
        width = text.length();
    }

    void clear() {
        if (err == null || width == 0) {
            return;
        }
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }

    /** {@code isatty(2)}; false when it cannot be asked. The launcher enables native access. */
    @SuppressWarnings("restricted")
    private static boolean stderrIsTerminal() {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle isatty = linker.downcallHandle(linker.defaultLookup().find("isatty").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            return (int) isatty.invokeExact(2) == 1;
        } catch (Throwable t) {
            return false;
        }
    }
}

package dev.isola.interp.cli;

import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The interactive loop: {@code >>> } and {@code ... } prompts, a block ends at an empty line,
 * an expression's value is echoed ({@code PRINT_EXPR}). {@code EOF} (Ctrl-D) leaves.
 *
 * <p>When stdin is a terminal, lines are read through a {@link LineEditor} with the terminal in
 * raw mode ({@link Terminal}): cursor keys, kill keys, and history kept in
 * {@code ~/.isola_history}; Ctrl-C abandons the pending input with {@code KeyboardInterrupt}.
 * Otherwise (piped input, or {@code stty} unavailable) lines come from the interpreter's stdin
 * reader, unedited, and no history is recorded.
 *
 * <p>Not thread-safe: runs on the interpreter thread.
 */
final class Repl {
    /** The history file, in the user's home directory. */
    private static final String HISTORY_FILE = ".isola_history";

    private final InterpreterState interp;
    /** The last line {@link #readPlain} read. */
    private String plainLine;

    Repl(InterpreterState interp) {
        this.interp = interp;
    }

    int run() {
        interp.out().println("Isola (Python 3.11 language core) on Java " + System.getProperty("java.version"));
        interp.out().println("Type Ctrl-D to exit.");
        long mainDict = PythonMain.mainDict(interp);
        try (Terminal terminal = Terminal.open(System.in, interp.out())) {
            LineEditor editor = terminal == null ? null
                    : new LineEditor(LineEditor.History.load(historyFile(), LineEditor.History.CAPACITY));
            StringBuilder buffer = new StringBuilder();
            while (true) {
                String prompt = buffer.isEmpty() ? ">>> " : "... ";
                LineEditor.Status status;
                try {
                    status = terminal == null ? readPlain(prompt) : terminal.readLine(editor, prompt);
                } catch (IOException e) {
                    return 1;
                }
                if (status == LineEditor.Status.INTERRUPTED) {
                    interp.out().println("KeyboardInterrupt");
                    interp.out().flush();
                    buffer.setLength(0);
                    continue;
                }
                if (status != LineEditor.Status.ACCEPTED) {
                    return 0;
                }
                String line = terminal == null ? plainLine : editor.line();
                if (buffer.isEmpty() && line.isBlank()) {
                    continue;
                }
                buffer.append(line).append('\n');
                String source = buffer.toString();
                boolean block = source.lines().findFirst().orElse("").stripTrailing().endsWith(":");
                if (block && !line.isBlank()) {
                    continue;
                }
                if (!block && incomplete(source)) {
                    continue;
                }
                buffer.setLength(0);
                PythonMain.runInteractive(interp, mainDict, source);
            }
        }
    }

    /** Reads a line from the stdin reader after {@code prompt} into {@link #plainLine}; {@code EOF} ends with a newline. */
    private LineEditor.Status readPlain(String prompt) throws IOException {
        interp.out().print(prompt);
        interp.out().flush();
        plainLine = interp.in().readLine();
        if (plainLine == null) {
            interp.out().println();
            return LineEditor.Status.EOF;
        }
        return LineEditor.Status.ACCEPTED;
    }

    private static Path historyFile() {
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? null : Path.of(home, HISTORY_FILE);
    }

    /** True when {@code source} only fails because it ends too early (an open bracket or string). */
    static boolean incomplete(String source) {
        try {
            Parser.parse(source, "<stdin>");
            return false;
        } catch (PySyntaxError e) {
            String m = e.msg();
            return m.contains("was never closed") || m.contains("unterminated triple-quoted")
                    || m.contains("unexpected EOF") || m.startsWith("expected an indented block");
        }
    }
}

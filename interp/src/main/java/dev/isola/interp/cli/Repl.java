package dev.isola.interp.cli;

import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import java.io.IOException;

/**
 * The interactive loop: {@code >>> } and {@code ... } prompts, a block ends at an empty line,
 * an expression's value is echoed ({@code PRINT_EXPR}). Reads lines from the interpreter's
 * stdin; {@code EOF} (Ctrl-D) leaves.
 */
final class Repl {
    private final InterpreterState interp;

    Repl(InterpreterState interp) {
        this.interp = interp;
    }

    int run() {
        interp.out().println("Isola (Python 3.11 language core) on Java " + System.getProperty("java.version"));
        interp.out().println("Type Ctrl-D to exit.");
        long mainDict = PythonMain.mainDict(interp);
        StringBuilder buffer = new StringBuilder();
        while (true) {
            interp.out().print(buffer.isEmpty() ? ">>> " : "... ");
            interp.out().flush();
            String line;
            try {
                line = interp.in().readLine();
            } catch (IOException e) {
                return 1;
            }
            if (line == null) {
                interp.out().println();
                return 0;
            }
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

package dev.isola.embed;

/**
 * A Python exception (including SyntaxError) that reached the embedding API: its Python type
 * name, its message ({@code str(exc)}) and the traceback text CPython's {@code sys.excepthook}
 * would print.
 */
public final class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String traceback;

    public PythonException(String pythonType, String pythonMessage, String traceback) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.traceback = traceback;
    }

    /** The exception's type name, qualified by its module unless builtin ({@code "ValueError"}). */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exc)}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The formatted traceback, as CPython prints an uncaught exception. */
    public String traceback() {
        return traceback;
    }
}

package dev.isola.interp.cli;

/**
 * Ctrl-C for the command line: SIGINT runs {@code action} (the interpreter's interrupt request)
 * instead of ending the JVM, through the JDK's {@code sun.misc.Signal}. Where the platform
 * refuses the handler, Ctrl-C keeps its default effect.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void onSigint(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT handler here: the default (ending the process) stays.
        }
    }
}

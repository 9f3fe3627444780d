package dev.isola.interp.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C for the command line: SIGINT runs {@code action} (the interpreter's interrupt request)
 * instead of ending the JVM, through the JDK's {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}). It is reached reflectively so that the build stays free of javac's
 * "internal proprietary API" warnings; where the platform refuses the handler, Ctrl-C keeps
 * its default effect.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void onSigint(Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler onSignal = (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                    action.run();
                    return null;
                }
                return method.getDeclaringClass() == Object.class ? objectMethod(proxy, method, args) : null;
            };
            Object h = Proxy.newProxyInstance(Interrupts.class.getClassLoader(), new Class<?>[] {handler}, onSignal);
            Method handle = signal.getMethod("handle", signal, handler);
            handle.invoke(null, signal.getConstructor(String.class).newInstance("INT"), h);
        } catch (ReflectiveOperationException | IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT handler here: the default (ending the process) stays.
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "SigintHandler";
        };
    }
}

package dev.isola.natives;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** Linking helpers shared by the header classes. Stateless. */
final class Natives {
    static final Linker LINKER = Linker.nativeLinker();

    /** Options for leaf calls: they never call back and return quickly. */
    static final Linker.Option LEAF = Linker.Option.critical(false);

    private Natives() {}

    /** Links {@code name} from the C library (libc, found by the native linker). */
    static MethodHandle libc(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return link(LINKER.defaultLookup(), "libc", name, descriptor, options);
    }

    static MethodHandle link(SymbolLookup lookup, String library, String name,
                             FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = lookup.find(name).orElseThrow(() ->
                new UnsatisfiedLinkError("symbol not found: library=" + library + " symbol=" + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** A MethodHandle invocation threw: only an Error (e.g. stack overflow) can get here. */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            return e;
        }
        return new IllegalStateException("unexpected checked exception from a native call", t);
    }
}

package dev.isola.objects;

import dev.isola.objects.SlotFunctions.TernaryFunc;

/**
 * A method of a builtin type ({@code str.split}, {@code list.append} …), CPython's
 * {@code PyMethodDef}: called as {@code impl(state, self, args, kwargs)} with {@code args} a
 * tuple and {@code kwargs} a dict or 0; returns a new reference. A class method
 * ({@code METH_CLASS}: {@code dict.fromkeys}, {@code bytes.fromhex}) gets the type as
 * {@code self}, whether it is looked up on the type or on an instance.
 */
public record MethodDef(String name, TernaryFunc impl, String doc, boolean classMethod) {
    public MethodDef(String name, TernaryFunc impl) {
        this(name, impl, null, false);
    }
}

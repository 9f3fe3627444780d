package dev.isola.objects;

import dev.isola.objects.SlotFunctions.TernaryFunc;

/**
 * A method of a builtin type ({@code str.split}, {@code list.append} …), CPython's
 * {@code PyMethodDef}: called as {@code impl(state, self, args, kwargs)} with {@code args} a
 * tuple and {@code kwargs} a dict or 0; returns a new reference.
 */
public record MethodDef(String name, TernaryFunc impl, String doc) {
    public MethodDef(String name, TernaryFunc impl) {
        this(name, impl, null);
    }
}

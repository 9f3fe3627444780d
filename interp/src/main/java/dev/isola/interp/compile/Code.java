package dev.isola.interp.compile;

import java.util.List;

/**
 * Compiled code: what the {@link Compiler} makes of a module, a function body, a lambda or a
 * comprehension. Pure Java and immutable, so it can be cached and shared; an interpreter turns
 * it into a code object of its own ({@code LoadedCode}) by creating its constants.
 *
 * <h2>Constants</h2>
 * {@link #consts} holds {@link Long}, {@link java.math.BigInteger}, {@link Double},
 * {@link String}, {@code byte[]}, {@link Boolean}, {@link dev.isola.interp.parse.Ast.Singleton}
 * (None, Ellipsis), {@link ConstTuple} and nested {@link Code}.
 *
 * <h2>Frame layout</h2>
 * {@code varnames} are the fast locals, arguments first in CPython's order: positional-only
 * and positional ({@code argcount} of them), keyword-only ({@code kwonlyargcount}), then
 * {@code *args} if {@link #VARARGS}, then {@code **kwargs} if {@link #VARKEYWORDS}. Cells follow:
 * {@code cellvars} then {@code freevars}. {@code cell2arg[i]} is the argument index that cell
 * variable {@code i} starts from, or -1.
 *
 * <h2>Positions</h2>
 * {@code positions} holds four ints per instruction — line, end line, column, end column
 * (0-based columns, CPython's {@code co_positions()}) — or -1s where an instruction has none.
 *
 * @param exceptionTable entries of five ints {@code (start, end, target, depth, lasti)}, inner
 *     ranges before outer ones; see {@link Opcode}
 */
public record Code(
        String name,
        String qualname,
        String filename,
        int firstLineno,
        int argcount,
        int posonlyargcount,
        int kwonlyargcount,
        int flags,
        List<String> varnames,
        List<String> cellvars,
        List<String> freevars,
        int[] cell2arg,
        List<String> names,
        List<Object> consts,
        int[] code,
        int[] exceptionTable,
        int[] positions,
        int stacksize) {

    /** CPython's {@code co_flags} bits, with their values. */
    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int NOFREE = 0x40;

    /** A complex constant: an imaginary literal ({@code 2j}) or a folded complex. */
    public record ConstComplex(double real, double imag) {
    }

    /** A tuple of constants: folded {@code (1, 2)} displays and the keyword names of a call. */
    public record ConstTuple(List<Object> items) {
    }

    /**
     * A frozenset of constants, built in item order: CPython's constant for the items of a set
     * display ({@code {1, 2, 3}}) and of {@code x in {1, 2, 3}}. Its table layout is what makes
     * the set's iteration order CPython's.
     */
    public record ConstFrozenSet(List<Object> items) {
    }

    public int nlocals() {
        return varnames.size();
    }

    /** Line of instruction {@code index}, or -1. */
    public int lineOf(int index) {
        return positions[4 * index];
    }

    /** Number of argument slots, including {@code *args} and {@code **kwargs}. */
    public int totalArgs() {
        return argcount + kwonlyargcount + ((flags & VARARGS) != 0 ? 1 : 0) + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }
}

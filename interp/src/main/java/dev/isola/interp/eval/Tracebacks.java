package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.TupleType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

/**
 * Traceback objects and the display of an uncaught exception, as CPython 3.11 prints it: the
 * chain of causes and contexts, one entry per frame with its source line, the {@code ~~^^}
 * error-location line (PEP 657), repeated entries collapsed, and the exception line.
 */
public final class Tracebacks {
    private static final int RECURSIVE_CUTOFF = 3;

    private Tracebacks() {
    }

    /** Prepends a traceback entry for instruction {@code index} of {@code c} to {@code exc}. */
    static void add(ObjectState s, long exc, LoadedCode c, int index, long globals) {
        long tb = s.allocGcObject(s.space().type(BuiltinType.TRACEBACK), CodeLayouts.TRACEBACK_SIZE);
        Memory.putLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET, Memory.getLong(exc + ExceptionTypes.TRACEBACK_OFFSET));
        Memory.putLong(tb + CodeLayouts.TRACEBACK_CODE_OFFSET, Objects.newRef(c.codeObject));
        Memory.putInt(tb + CodeLayouts.TRACEBACK_LASTI_OFFSET, index);
        Memory.putInt(tb + CodeLayouts.TRACEBACK_LINENO_OFFSET, index >= 0 ? c.code.lineOf(index) : c.code.firstLineno());
        Memory.putLong(tb + CodeLayouts.TRACEBACK_GLOBALS_OFFSET, Objects.newRef(globals));
        Memory.putLong(exc + ExceptionTypes.TRACEBACK_OFFSET, tb);
    }

    /**
     * Frees a traceback and every following entry it held the last reference to, in a loop: a
     * RecursionError's chain is as long as the recursion, and freeing it recursively would need
     * as much Java stack again.
     */
    static void dealloc(ObjectState s, long tb) {
        while (tb != 0) {
            long next = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET);
            Objects.decref(s, Memory.getLong(tb + CodeLayouts.TRACEBACK_CODE_OFFSET));
            Objects.decref(s, Memory.getLong(tb + CodeLayouts.TRACEBACK_GLOBALS_OFFSET));
            s.freeGcObject(tb);
            if (next != 0 && dev.isola.immortal.Refcount.get(next) == 1) {
                tb = next;
            } else {
                Objects.xdecref(s, next);
                tb = 0;
            }
        }
    }

    static void traverse(ObjectState s, long tb, dev.isola.objects.SlotFunctions.Visitor v) {
        long next = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET);
        if (next != 0) {
            v.visit(next);
        }
        v.visit(Memory.getLong(tb + CodeLayouts.TRACEBACK_GLOBALS_OFFSET));
    }

    static void clear(ObjectState s, long tb) {
        long next = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET);
        Memory.putLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET, 0);
        Objects.xdecref(s, next);
    }

    static long getAttr(ObjectState s, long tb, long name) {
        return switch (StrType.toJava(name)) {
            case "tb_next" -> {
                long next = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET);
                yield Objects.newRef(next == 0 ? s.space().none() : next);
            }
            case "tb_lineno" -> IntType.fromLong(s, Memory.getInt(tb + CodeLayouts.TRACEBACK_LINENO_OFFSET));
            case "tb_lasti" -> IntType.fromLong(s, 2L * Memory.getInt(tb + CodeLayouts.TRACEBACK_LASTI_OFFSET));
            case "tb_frame" -> Objects.newRef(s.space().none());
            default -> throw dev.isola.objects.Errors.attributeError(s, tb, StrType.toJava(name));
        };
    }

    /** The full display of {@code exc} with its chain, as {@code sys.excepthook} writes it. */
    public static String format(InterpreterState interp, long exc) {
        StringBuilder out = new StringBuilder();
        formatChain(interp, exc, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void formatChain(InterpreterState interp, long exc, StringBuilder out, Set<Long> seen) {
        seen.add(exc);
        long cause = Memory.getLong(exc + ExceptionTypes.CAUSE_OFFSET);
        long context = Memory.getLong(exc + ExceptionTypes.CONTEXT_OFFSET);
        boolean suppress = Memory.getLong(exc + ExceptionTypes.SUPPRESS_CONTEXT_OFFSET) != 0;
        if (cause != 0 && !seen.contains(cause)) {
            formatChain(interp, cause, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != 0 && !suppress && !seen.contains(context)) {
            formatChain(interp, context, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(interp, exc, out);
    }

    /** {@link #formatWithoutChain}, public for the {@code traceback} module. */
    public static String formatOnly(InterpreterState interp, long exc) {
        return formatWithoutChain(interp, exc);
    }

    /** The exception line(s) without the traceback: CPython's {@code format_exception_only}. */
    public static String exceptionDisplay(InterpreterState interp, long exc) {
        String syntax = syntaxErrorDisplay(interp, exc);
        return syntax != null ? syntax : exceptionLine(interp, exc) + "\n";
    }

    /** Appends a {@code (filename, lineno, name, line)} tuple per entry of traceback {@code tb} to {@code list}. */
    public static void entries(InterpreterState interp, long tb, long list) {
        ObjectState s = interp.objects();
        for (; tb != 0; tb = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET)) {
            LoadedCode c = CodeLoader.of(interp, Memory.getLong(tb + CodeLayouts.TRACEBACK_CODE_OFFSET));
            int line = Memory.getInt(tb + CodeLayouts.TRACEBACK_LINENO_OFFSET);
            String text = interp.sourceLine(c.code.filename(), line);
            long f = StrType.fromJava(s, c.code.filename());
            long l = IntType.fromLong(s, line);
            long n = StrType.fromJava(s, c.code.name());
            long t = text == null ? Objects.newRef(s.space().none()) : StrType.fromJava(s, text.strip());
            try {
                long entry = TupleType.pack(s, f, l, n, t);
                try {
                    ListType.append(s, list, entry);
                } finally {
                    Objects.decref(s, entry);
                }
            } finally {
                Objects.decref(s, f);
                Objects.decref(s, l);
                Objects.decref(s, n);
                Objects.decref(s, t);
            }
        }
    }

    /** {@code exc}'s traceback and exception line without its chain, as an unraisable exception is shown. */
    static String formatWithoutChain(InterpreterState interp, long exc) {
        StringBuilder out = new StringBuilder();
        formatOne(interp, exc, out);
        return out.toString();
    }

    private static void formatOne(InterpreterState interp, long exc, StringBuilder out) {
        long tb = Memory.getLong(exc + ExceptionTypes.TRACEBACK_OFFSET);
        if (tb != 0) {
            out.append("Traceback (most recent call last):\n");
            String lastFile = null;
            int lastLine = -1;
            String lastName = null;
            int count = 0;
            for (; tb != 0; tb = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET)) {
                LoadedCode c = CodeLoader.of(interp, Memory.getLong(tb + CodeLayouts.TRACEBACK_CODE_OFFSET));
                int line = Memory.getInt(tb + CodeLayouts.TRACEBACK_LINENO_OFFSET);
                String file = c.code.filename();
                String name = c.code.name();
                if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                    count++;
                } else {
                    repeated(out, count);
                    lastFile = file;
                    lastLine = line;
                    lastName = name;
                    count = 1;
                }
                if (count > RECURSIVE_CUTOFF) {
                    continue;
                }
                out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name)
                        .append('\n');
                sourceLine(interp, c.code, Memory.getInt(tb + CodeLayouts.TRACEBACK_LASTI_OFFSET), out);
            }
            repeated(out, count);
        }
        String syntax = syntaxErrorDisplay(interp, exc);
        out.append(syntax != null ? syntax : exceptionLine(interp, exc) + "\n");
    }

    /**
     * The location block of a SyntaxError that carries one ({@code filename}, {@code lineno},
     * {@code offset}, {@code text} … attributes, as a module that failed to compile for an import
     * raises), as CPython's {@code format_exception_only} prints it; null for other exceptions.
     */
    private static String syntaxErrorDisplay(InterpreterState interp, long exc) {
        ObjectState s = interp.objects();
        if (!Objects.isInstance(exc, s.space().type(BuiltinType.SYNTAX_ERROR))) {
            return null;
        }
        long dict = Memory.getLong(exc + ExceptionTypes.DICT_OFFSET);
        if (dict == 0) {
            return null;
        }
        long filename = DictType.getItemString(s, dict, "filename");
        long lineno = DictType.getItemString(s, dict, "lineno");
        long msg = DictType.getItemString(s, dict, "msg");
        if (filename == 0 || !StrType.check(filename) || lineno == 0 || !IntType.check(lineno) || msg == 0
                || !StrType.check(msg)) {
            return null;
        }
        long text = DictType.getItemString(s, dict, "text");
        String type = StrType.toJava(Memory.getLong(Objects.type(exc) + dev.isola.objects.TypeLayout.QUALNAME_OFFSET));
        return new dev.isola.interp.parse.PySyntaxError(type, StrType.toJava(msg), StrType.toJava(filename),
                (int) IntType.longValue(lineno), intAttr(s, dict, "offset"), intAttr(s, dict, "end_lineno"),
                intAttr(s, dict, "end_offset"), text != 0 && StrType.check(text) ? StrType.toJava(text) : null)
                .formatDisplay();
    }

    private static int intAttr(ObjectState s, long dict, String key) {
        long v = DictType.getItemString(s, dict, key);
        return v != 0 && IntType.check(v) ? (int) IntType.longValue(v) : 0;
    }

    private static void repeated(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private static void sourceLine(InterpreterState interp, Code code, int index, StringBuilder out) {
        if (index < 0) {
            // Raised before the first instruction (throw() into an unstarted generator): the def line.
            String text = interp.sourceLine(code.filename(), code.firstLineno());
            if (text != null && !text.isBlank()) {
                out.append("    ").append(text.strip()).append('\n');
            }
            return;
        }
        int[] p = code.positions();
        int line = p[4 * index];
        String text = interp.sourceLine(code.filename(), line);
        if (text == null) {
            return;
        }
        int indent = 0;
        while (indent < text.length() && isWhitespace(text.charAt(indent))) {
            indent++;
        }
        String stripped = text.substring(indent).stripTrailing();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        int endLine = p[4 * index + 1];
        int start = p[4 * index + 2];
        int end = p[4 * index + 3];
        if (line < 0 || endLine < 0 || start < 0 || end < 0) {
            return;
        }
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (line == endLine) {
            int[] anchors = anchors(text, start, end);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
            }
        } else {
            end = text.stripTrailing().length();
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == stripped.length() && !special) {
            return;
        }
        out.append("    ");
        for (int col = indent; col < end; col++) {
            if (col < start) {
                out.append(' ');
            } else if (special && leftEnd <= col && col < rightStart) {
                out.append(secondary);
            } else {
                out.append(primary);
            }
        }
        out.append('\n');
    }

    /** The operator of a binary operation or the brackets of a subscript, as absolute columns. */
    private static int[] anchors(String text, int start, int end) {
        if (end > text.length() || start >= end) {
            return null;
        }
        String segment = text.substring(start, end);
        Ast.Module m;
        try {
            m = Parser.parse(segment, "<string>");
        } catch (RuntimeException e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt es)) {
            return null;
        }
        if (es.value() instanceof Ast.BinOp b) {
            int from = b.left().pos().endColOffset();
            int to = b.right().pos().colOffset();
            for (int i = from; i < to && i < segment.length(); i++) {
                if (isWhitespace(segment.charAt(i))) {
                    continue;
                }
                int right = i + 1;
                if (i + 1 < to && !isWhitespace(segment.charAt(i + 1))) {
                    right++;
                }
                return new int[] {start + i, start + right};
            }
            return null;
        }
        if (es.value() instanceof Ast.Subscript sub) {
            return new int[] {start + sub.value().pos().endColOffset(), start + sub.slice().pos().endColOffset() + 1};
        }
        return null;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** {@code Type: message}, or {@code Type} when the message is empty; module-qualified outside builtins and __main__. */
    /**
     * CPython's {@code PyErr_WriteUnraisable}: an exception that cannot propagate (from
     * {@code __del__}) is printed to {@code sys.stderr} after "Exception ignored in:" and the
     * repr of {@code where}. Takes ownership of {@code e}.
     */
    public static void writeUnraisable(InterpreterState interp, PyException e, long where) {
        writeUnraisable(interp, e, where, "Exception ignored in: ");
    }

    /** {@link #writeUnraisable} with CPython's other headings ("Exception ignored in thread started by: "). */
    public static void writeUnraisable(InterpreterState interp, PyException e, long where, String heading) {
        ObjectState s = interp.objects();
        try {
            String what;
            try {
                what = Abstract.reprJava(s, where);
            } catch (PyException inner) {
                inner.release(s);
                what = "<object repr() failed>";
            }
            interp.err().print(heading + what + "\n" + format(interp, e.exception()));
            interp.err().flush();
        } finally {
            e.release(s);
        }
    }

    public static String exceptionLine(InterpreterState interp, long exc) {
        ObjectState s = interp.objects();
        long type = Objects.type(exc);
        String name = StrType.toJava(Memory.getLong(type + dev.isola.objects.TypeLayout.QUALNAME_OFFSET));
        long module = Memory.getLong(type + dev.isola.objects.TypeLayout.MODULE_OFFSET);
        if (module != 0 && StrType.check(module)) {
            String m = StrType.toJava(module);
            if (!m.equals("builtins") && !m.equals("__main__")) {
                name = m + "." + name;
            }
        }
        String msg;
        try {
            long str = Abstract.str(s, exc);
            msg = StrType.toJava(str);
            Objects.decref(s, str);
        } catch (PyException e) {
            e.release(s);
            msg = "<exception str() failed>";
        }
        if (Objects.type(exc) == s.space().type(BuiltinType.NAME_ERROR)) {
            msg += Suggestions.forNameError(interp, exc);
        } else if (Objects.type(exc) == s.space().type(BuiltinType.ATTRIBUTE_ERROR)) {
            msg += Suggestions.forAttributeError(interp, exc);
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    static List<Long> chain(long exc) {
        List<Long> all = new ArrayList<>();
        for (long e = exc; e != 0 && all.size() < 100; e = Memory.getLong(e + ExceptionTypes.CONTEXT_OFFSET)) {
            all.add(e);
        }
        return all;
    }

    static boolean hasDict(ObjectState s, long d) {
        return DictType.check(d);
    }
}

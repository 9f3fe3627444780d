package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code print} and {@code input}. Both find {@code sys.stdout} in the sys module's dict at
 * each call, so a program may replace it. When the file is one of the interpreter's own
 * {@code TextIOWrapper}s, {@code print} writes to its Java stream directly (the fast path:
 * no bound method and no str object per piece); any other file gets {@code file.write(text)}
 * per piece, as CPython's {@code PyFile_WriteObject}.
 */
final class BuiltinsIO {
    private BuiltinsIO() {}

    static List<MethodDef> functions() {
        return List.of(new MethodDef("print", BuiltinsIO::print), new MethodDef("input", BuiltinsIO::input),
                new MethodDef("open", IoObjects::open));
    }

    /** {@code sys.<name>} (borrowed), or 0 when sys or the name is missing. */
    static long sysAttr(ObjectState s, String name) {
        long sys = InterpreterState.of(s).sys();
        if (sys == 0) {
            return 0;
        }
        return DictType.getItemString(s, Memory.getLong(sys + CodeLayouts.MODULE_DICT_OFFSET), name);
    }

    /** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    private static long print(ObjectState s, long m, long args, long kwargs) {
        long[] kw = Args.keywordOnly(s, "print", kwargs, "sep", "end", "file", "flush");
        long none = s.space().none();
        long file = kw[2] == 0 || kw[2] == none ? sysAttr(s, "stdout") : kw[2];
        if (file == 0) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "lost sys.stdout");
        }
        if (file == none) {
            return none;
        }
        String sep = text(s, kw[0], "sep", " ");
        String end = text(s, kw[1], "end", "\n");
        long n = TupleType.size(args);
        PrintStream out = StdStream.javaOut(s, file);
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                write(s, file, out, sep);
            }
            long str = Abstract.str(s, TupleType.getItem(args, i));
            try {
                if (out != null) {
                    out.print(StrType.toJava(str));
                } else {
                    StdStream.writeObject(s, file, str);
                }
            } finally {
                Objects.decref(s, str);
            }
        }
        write(s, file, out, end);
        if (kw[3] != 0 && Abstract.isTrue(s, kw[3])) {
            flush(s, file);
        }
        return none;
    }

    private static String text(ObjectState s, long value, String what, String absent) {
        if (value == 0 || value == s.space().none()) {
            return absent;
        }
        if (!StrType.check(value)) {
            throw Errors.typeError(s, what + " must be None or a string, not " + Objects.typeNameOf(value));
        }
        return StrType.toJava(value);
    }

    private static void write(ObjectState s, long file, PrintStream out, String text) {
        if (out != null) {
            out.print(text);
        } else {
            StdStream.writeTo(s, file, text);
        }
    }

    private static void flush(ObjectState s, long file) {
        PrintStream out = StdStream.javaOut(s, file);
        if (out != null) {
            out.flush();
        } else {
            Objects.decref(s, Abstract.callMethod(s, file, "flush"));
        }
    }

    /**
     * {@code input(prompt=None)}: writes the prompt to {@code sys.stdout} without a newline,
     * flushes it, and reads one line of the interpreter's input without its newline.
     */
    private static long input(ObjectState s, long m, long args, long kwargs) {
        long[] a = Args.positional(s, "input", args, kwargs, 0, 1);
        long stdout = sysAttr(s, "stdout");
        if (stdout == 0 || stdout == s.space().none()) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "input(): lost sys.stdout");
        }
        if (a[0] != 0) {
            long prompt = Abstract.str(s, a[0]);
            try {
                StdStream.writeObject(s, stdout, prompt);
            } finally {
                Objects.decref(s, prompt);
            }
        }
        flush(s, stdout);
        String line = StdStream.readLine(s, InterpreterState.of(s).in(), -1);
        if (line == null) {
            throw Errors.raise(s, BuiltinType.EOF_ERROR, "EOF when reading a line");
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return StrType.fromJava(s, line);
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The builtins that run source at run time: {@code compile}, {@code exec}, {@code eval}
 * (CPython's {@code builtin_compile_impl}, {@code builtin_exec_impl}, {@code builtin_eval_impl}).
 *
 * <p>Globals and locals default to the calling frame's: at module level both are the module's
 * dict; in a function, its globals and a snapshot of its locals ({@code locals()}), so
 * assignments made by {@code exec} do not reach the function's variables, as in CPython 3.11.
 * A globals dict without {@code __builtins__} gets the builtins dict. Locals must be a dict here
 * (CPython takes any mapping), and a function's snapshot is fresh at each call where CPython
 * keeps one per frame, so names {@code exec} adds are not seen by a later {@code locals()}.
 */
final class BuiltinsExec {
    private BuiltinsExec() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("compile", BuiltinsExec::compile),
                new MethodDef("exec", (s, m, args, kwargs) -> run(s, "exec", args, kwargs)),
                new MethodDef("eval", (s, m, args, kwargs) -> run(s, "eval", args, kwargs)));
    }

    private static long compile(ObjectState s, long m, long args, long kwargs) {
        long[] a = clinicArgs(s, "compile", args, kwargs, 3, "source", "filename", "mode", "flags",
                "dont_inherit", "optimize", "_feature_version");
        String filename = fsPath(s, a[1]);
        if (!StrType.check(a[2])) {
            throw Errors.typeError(s, "compile() argument 'mode' must be str, not " + Objects.typeNameOf(a[2]));
        }
        String mode = StrType.toJava(a[2]);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError(s, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (a[3] != 0 && !IntType.check(a[3])) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(a[3]) + "' object cannot be interpreted as an integer");
        }
        String source = source(s, a[0], "compile", "string, bytes or AST object");
        return load(s, source, filename, mode);
    }

    /**
     * Binds arguments with Argument Clinic's messages ({@code missing required argument 'x' (pos
     * n)}, {@code 'x' is an invalid keyword argument for f()}); the last name is keyword-only.
     */
    private static long[] clinicArgs(ObjectState s, String name, long args, long kwargs, int required,
            String... names) {
        int n = (int) TupleType.size(args);
        int positional = names.length - 1;
        if (n > positional) {
            throw Errors.typeError(s, name + "() takes at most " + positional + " positional arguments (" + n + " given)");
        }
        long[] out = new long[names.length];
        for (int i = 0; i < n; i++) {
            out[i] = TupleType.getItem(args, i);
        }
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                int at = List.of(names).indexOf(key);
                if (at < 0) {
                    throw Errors.typeError(s, "'" + key + "' is an invalid keyword argument for " + name + "()");
                }
                if (out[at] != 0) {
                    throw Errors.typeError(s, "argument for " + name + "() given by name ('" + key
                            + "') and position (" + (at + 1) + ")");
                }
                out[at] = cursor[2];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                throw Errors.typeError(s, name + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    private static String fsPath(ObjectState s, long o) {
        if (StrType.check(o)) {
            return StrType.toJava(o);
        }
        if (BytesType.check(o)) {
            return new String(BytesType.toArray(o), StandardCharsets.UTF_8);
        }
        throw Errors.typeError(s, "expected str, bytes or os.PathLike object, not " + Objects.typeNameOf(o));
    }

    /** The source text of a str or bytes argument. */
    private static String source(ObjectState s, long o, String function, String kinds) {
        String text;
        if (StrType.check(o)) {
            text = StrType.toJava(o);
        } else if (BytesType.check(o)) {
            text = new String(BytesType.toArray(o), StandardCharsets.UTF_8);
        } else {
            throw Errors.typeError(s, function + "() arg 1 must be a " + kinds);
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(s, BuiltinType.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        return text;
    }

    /** Compiles {@code source} in {@code mode} to a new code object; a syntax error as SyntaxError. */
    static long load(ObjectState s, String source, String filename, String mode) {
        Code code;
        try {
            Ast.Module tree = Parser.parse(source, filename);
            code = switch (mode) {
                case "eval" -> Compiler.compileExpression(tree, filename, source);
                case "single" -> Compiler.compileInteractive(tree, filename, source);
                default -> Compiler.compileModule(tree, filename, source);
            };
        } catch (PySyntaxError e) {
            throw syntaxError(s, e);
        }
        return CodeLoader.load(InterpreterState.of(s), code);
    }

    /** A Python SyntaxError (or subclass) carrying the compiler's position fields. */
    static PyException syntaxError(ObjectState s, PySyntaxError e) {
        BuiltinType type = switch (e.pythonType()) {
            case "IndentationError" -> BuiltinType.INDENTATION_ERROR;
            case "TabError" -> BuiltinType.TAB_ERROR;
            default -> BuiltinType.SYNTAX_ERROR;
        };
        long msg = StrType.fromJava(s, e.msg());
        long filename = StrType.fromJava(s, e.filename());
        long text = e.text() == null ? Objects.newRef(s.space().none()) : StrType.fromJava(s, e.text() + "\n");
        long lineno = IntType.fromLong(s, e.lineno());
        long offset = IntType.fromLong(s, e.offset());
        long endLineno = IntType.fromLong(s, e.endLineno());
        long endOffset = IntType.fromLong(s, e.endOffset());
        long details = TupleType.pack(s, filename, lineno, offset, text, endLineno, endOffset);
        long args = TupleType.pack(s, msg, details);
        try {
            PyException exc = Errors.raiseWithArgs(s, s.space().type(type), args);
            long x = exc.exception();
            ExceptionTypes.setAttribute(s, x, "msg", msg);
            ExceptionTypes.setAttribute(s, x, "filename", filename);
            ExceptionTypes.setAttribute(s, x, "lineno", lineno);
            ExceptionTypes.setAttribute(s, x, "offset", offset);
            ExceptionTypes.setAttribute(s, x, "text", text);
            ExceptionTypes.setAttribute(s, x, "end_lineno", endLineno);
            ExceptionTypes.setAttribute(s, x, "end_offset", endOffset);
            return exc;
        } finally {
            for (long o : new long[] {args, details, msg, filename, text, lineno, offset, endLineno, endOffset}) {
                Objects.decref(s, o);
            }
        }
    }

    /** {@code exec(source, globals=None, locals=None, /)} and {@code eval(...)}. */
    private static long run(ObjectState s, String name, long args, long kwargs) {
        if (Args.hasKeywords(kwargs)) {
            long[] cursor = new long[3];
            DictType.next(kwargs, cursor);
            throw Errors.typeError(s, "'" + StrType.toJava(cursor[1]) + "' is an invalid keyword argument for "
                    + name + "()");
        }
        long n = TupleType.size(args);
        if (name.equals("exec") && (n < 1 || n > 3)) {
            throw Errors.typeError(s, n < 1 ? "exec() takes at least 1 positional argument (0 given)"
                    : "exec() takes at most 3 positional arguments (" + n + " given)");
        }
        long[] a = Args.positional(s, name, args, 0, 1, 3);
        InterpreterState interp = InterpreterState.of(s);
        long none = s.space().none();
        long globals = a[1] == none ? 0 : a[1];
        long locals = a[2] == none ? 0 : a[2];
        if (globals != 0 && !DictType.check(globals)) {
            throw Errors.typeError(s, name.equals("exec") ? "exec() globals must be a dict, not "
                    + Objects.typeNameOf(globals) : "globals must be a real dict; try eval(expr, {}, mapping)");
        }
        if (locals != 0 && !DictType.check(locals)) {
            throw Errors.typeError(s, "locals must be a mapping");
        }
        long ownedLocals = 0;
        if (globals == 0) {
            globals = Frames.currentGlobals(interp);
            if (locals == 0) {
                ownedLocals = Frames.locals(interp);
                locals = ownedLocals;
            }
        } else if (locals == 0) {
            locals = globals;
        }
        try {
            if (DictType.getItemString(s, globals, "__builtins__") == 0) {
                DictType.setItemString(s, globals, "__builtins__", interp.builtinsDict());
            }
            long code;
            if (Objects.type(a[0]) == s.space().type(BuiltinType.CODE)) {
                code = Objects.newRef(a[0]);
            } else {
                String text = source(s, a[0], name, "string, bytes or code object");
                if (name.equals("eval")) {
                    text = text.substring(leadingBlanks(text));
                }
                code = load(s, text, "<string>", name);
            }
            try {
                return Frames.runCode(interp, code, globals, locals);
            } finally {
                Objects.decref(s, code);
            }
        } finally {
            Objects.xdecref(s, ownedLocals);
        }
    }

    /** eval() skips leading spaces and tabs of a string, as CPython does. */
    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}

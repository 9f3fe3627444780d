package dev.isola.interp.cli;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.compile.SyntaxWarnings;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.interp.eval.ModuleLoader;
import dev.isola.interp.modules.SysModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program as {@code __main__} the way CPython's {@code pymain_run_python} does: compile
 * errors and uncaught exceptions are printed to {@code sys.stderr} and give exit status 1,
 * {@code SystemExit} gives its code.
 */
public final class Runner {
    private Runner() {
    }

    /**
     * Runs the script {@code source} as {@code __main__}; returns the process exit status. A
     * script from a file ({@code filename} not {@code <...>}) puts its directory first on
     * {@code sys.path}.
     */
    public static int runMain(InterpreterState interp, String source, String filename) {
        if (!filename.startsWith("<")) {
            SysModule.configurePath(interp, scriptDirectory(filename), List.of());
        }
        return runMain(interp, source, filename, null);
    }

    /**
     * Runs {@code source} as {@code __main__}, with {@code __package__} set to {@code pkg} when
     * it is a module run by {@code -m} (null for a script); returns the process exit status.
     */
    public static int runMain(InterpreterState interp, String source, String filename, String pkg) {
        ObjectState s = interp.objects();
        long main = interp.newModule("__main__");
        long dict = Memory.getLong(main + CodeLayouts.MODULE_DICT_OFFSET);
        DictType.setItemString(s, interp.modules(), "__main__", main);
        long codeObject = 0;
        try {
            if (pkg != null) {
                long p = StrType.fromJava(s, pkg);
                DictType.setItemString(s, dict, "__package__", p);
                Objects.decref(s, p);
            }
            if (!filename.startsWith("<")) {
                long f = StrType.fromJava(s, filename);
                DictType.setItemString(s, dict, "__file__", f);
                Objects.decref(s, f);
            }
            try {
                interp.registerSource(filename, source);
                Ast.Module tree = Parser.parse(source, filename);
                Code code = Compiler.compileModule(tree, filename, source);
                ModuleLoader.printWarnings(interp, filename, SyntaxWarnings.check(tree));
                codeObject = CodeLoader.load(interp, code);
            } catch (PySyntaxError e) {
                interp.out().flush();
                interp.err().print(e.formatDisplay());
                interp.err().flush();
                return 1;
            }
            long r = Frames.runModule(interp, codeObject, dict);
            Objects.decref(s, r);
            interp.out().flush();
            return 0;
        } catch (PyException e) {
            return handleUncaught(interp, e);
        } finally {
            Objects.xdecref(s, codeObject);
            Objects.decref(s, main);
        }
    }

    /** The directory of a script, symbolic links resolved, as CPython puts it on {@code sys.path}. */
    static String scriptDirectory(String filename) {
        Path p = Path.of(filename);
        try {
            p = p.toRealPath();
        } catch (IOException | RuntimeException e) {
            p = p.toAbsolutePath();
        }
        Path parent = p.getParent();
        return parent == null ? "" : parent.toString();
    }

    /** Prints an uncaught exception (or serves SystemExit) and returns the exit status. */
    public static int handleUncaught(InterpreterState interp, PyException e) {
        ObjectState s = interp.objects();
        long exc = e.take();
        try {
            interp.out().flush();
            if (Objects.isInstance(exc, s.space().type(BuiltinType.SYSTEM_EXIT))) {
                return systemExit(interp, exc);
            }
            interp.err().print(Tracebacks.format(interp, exc));
            interp.err().flush();
            // CPython dies of the SIGINT it caught, which shells report as 128 + 2.
            return Objects.isInstance(exc, s.space().type(BuiltinType.KEYBOARD_INTERRUPT)) ? 130 : 1;
        } finally {
            Objects.decref(s, exc);
        }
    }

    private static int systemExit(InterpreterState interp, long exc) {
        ObjectState s = interp.objects();
        long args = ExceptionTypes.args(exc);
        long code = TupleType.size(args) == 0 ? s.space().none()
                : TupleType.size(args) == 1 ? TupleType.getItem(args, 0) : args;
        if (code == s.space().none()) {
            return 0;
        }
        if (IntType.check(code)) {
            return (int) IntType.longValue(code);
        }
        String text = Abstract.strJava(s, code);
        interp.err().print(text + "\n");
        interp.err().flush();
        return 1;
    }
}

package dev.isola.interp.cli;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.eval.ModuleFinder;
import dev.isola.interp.eval.ModuleLoader;
import dev.isola.interp.modules.SysModule;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.Allocator;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import dev.isola.memory.LibcAllocator;
import dev.isola.memory.MimallocAllocator;
import dev.isola.memory.Memory;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code python}-compatible command line: {@code isola script.py [args]},
 * {@code isola -c CODE [args]}, {@code isola -m module [args]}, {@code isola -} (the program on
 * stdin), and the interactive REPL when stdin is a terminal.
 *
 * <p>The interpreter runs on a thread of its own with a large Java stack, so that Python's
 * recursion limit, not the JVM's stack, bounds recursion.
 */
public final class PythonMain {
    /** Java stack of the interpreter thread: room for deep Python recursion (reserved, not committed). */
    private static final long STACK_SIZE = 1L << 30;

    private PythonMain() {
    }

    /** Runs a command line; returns the exit status. SIGINT is left to the JVM. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return run(args, stdin, out, err, false);
    }

    /**
     * Runs a command line; returns the exit status. With {@code handleSigint}, Ctrl-C raises
     * {@code KeyboardInterrupt} in the running code instead of killing the JVM (the process's
     * own command line, not embedders, should ask for this).
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, boolean handleSigint) {
        return run(args, System.getenv(), stdin, out, err, handleSigint);
    }

    /** Runs a command line with {@code env} as the environment it reads ({@code PYTHONPATH} …). */
    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err,
            boolean handleSigint) {
        int[] status = {0};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> status[0] = runOnThisThread(args, env, stdin, out, err, handleSigint),
                "isola-main", STACK_SIZE);
        t.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] != null) {
            err.println("isola: internal error: " + failure[0]);
            failure[0].printStackTrace(err);
            return 70;
        }
        return status[0];
    }

    static int runOnThisThread(String[] args, Map<String, String> env, InputStream stdin, PrintStream out,
            PrintStream err, boolean handleSigint) {
        int i = 0;
        String command = null;
        String module = null;
        boolean ignoreEnvironment = false;
        while (i < args.length && args[i].startsWith("-") && !args[i].equals("-")) {
            String a = args[i++];
            switch (a) {
                case "-c" -> {
                    if (i >= args.length) {
                        err.println("Argument expected for the -c option");
                        return 2;
                    }
                    command = args[i++];
                }
                case "-m" -> {
                    if (i >= args.length) {
                        err.println("Argument expected for the -m option");
                        return 2;
                    }
                    module = args[i++];
                }
                case "-E", "-I" -> ignoreEnvironment = true;
                case "-u", "-B", "-s", "-S" -> {
                }
                case "-V", "--version" -> {
                    out.println("Python 3.11.0 (Isola)");
                    return 0;
                }
                default -> {
                    err.println("Unknown option: " + a);
                    return 2;
                }
            }
            if (command != null || module != null) {
                break;
            }
        }
        List<String> argv = new ArrayList<>();
        String filename;
        String source;
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        if (command != null) {
            argv.add("-c");
            filename = "<string>";
            source = command;
        } else if (module != null) {
            argv.add(module);
            filename = null;
            source = null;
        } else if (i < args.length && !args[i].equals("-")) {
            filename = args[i++];
            argv.add(filename);
            try {
                source = Files.readString(Path.of(filename), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("isola: can't open file '" + Path.of(filename).toAbsolutePath()
                        + "': [Errno 2] No such file or directory");
                return 2;
            } catch (IOException | RuntimeException e) {
                err.println("isola: can't open file '" + filename + "': " + e.getMessage());
                return 2;
            }
        } else {
            if (i < args.length) {
                i++;
            }
            argv.add(i > 0 && args.length > 0 && args[i - 1].equals("-") ? "-" : "");
            filename = "<stdin>";
            source = null;
        }
        argv.addAll(Arrays.asList(args).subList(i, args.length));
        String malloc = env.getOrDefault("PYTHONMALLOC", "");
        DebugHooks hooks = malloc.endsWith("debug") ? new DebugHooks() : null;
        try (Runtime runtime = Runtime.create();
                Allocator base = baseAllocator(malloc)) {
            Allocator allocator = hooks == null ? base : hooks.wrap(Domain.OBJ, base);
            InterpreterState interp = runtime.newInterpreter(allocator, argv, out, err, in);
            if (handleSigint) {
                Interrupts.onSigint(interp::interrupt);
            }
            try {
                SysModule.configurePath(interp, module != null ? Path.of("").toAbsolutePath().toString() : null,
                        ignoreEnvironment ? List.of() : pythonPath(env.get("PYTHONPATH")));
                if (module != null) {
                    return runModule(interp, module);
                }
                if (source == null) {
                    if (System.console() != null && argv.get(0).isEmpty()) {
                        return new Repl(interp).run();
                    }
                    source = readAll(in);
                }
                // CPython 3.9+ makes __main__'s file absolute: tracebacks, warnings and
                // __file__ show the absolute path, while sys.argv[0] stays as given.
                String shown = filename.startsWith("<") ? filename
                        : Path.of(filename).toAbsolutePath().normalize().toString();
                return Runner.runMain(interp, source, shown);
            } finally {
                out.flush();
                err.flush();
                interp.close();
                if (hooks != null) {
                    hooks.checkAll();
                    int live = hooks.liveBlocks().size();
                    if (live > 0) {
                        err.println("isola: PYTHONMALLOC=debug: " + live + " blocks left allocated at exit");
                    }
                    hooks.close();
                }
            }
        }
    }

    /**
     * The allocator {@code PYTHONMALLOC} names, as CPython reads it: {@code pymalloc} (the
     * default: the arena allocator), {@code malloc} (libc), {@code mimalloc}; a {@code _debug}
     * suffix, or {@code debug} alone, adds the debug hooks.
     */
    static Allocator baseAllocator(String malloc) {
        return switch (malloc.replace("_debug", "")) {
            case "malloc" -> new LibcAllocator();
            case "mimalloc" -> new MimallocAllocator();
            default -> new ArenaAllocator();
        };
    }

    /**
     * {@code -m module}: runs a source module found on {@code sys.path} (a package's
     * {@code __main__} submodule) as {@code __main__}, with its full path as {@code sys.argv[0]},
     * as CPython's runpy does; its parent packages are imported first.
     */
    private static int runModule(InterpreterState interp, String module) {
        try {
            if (module.startsWith(".")) {
                throw new ModuleLoader.NotRunnable("Relative module names not supported");
            }
            if (interp.runtime().moduleIndex(module) >= 0) {
                throw new ModuleLoader.NotRunnable("No code object available for " + module);
            }
            ModuleFinder.Spec spec = ModuleLoader.findSpec(interp, module);
            if (spec == null) {
                throw new ModuleLoader.NotRunnable("No module named " + module);
            }
            if (spec.isPackage()) {
                if (module.equals("__main__") || module.endsWith(".__main__")) {
                    throw new ModuleLoader.NotRunnable("Cannot use package as __main__ module");
                }
                ModuleFinder.Spec main = ModuleLoader.findSpec(interp, module + ".__main__");
                if (main == null || main.isPackage()) {
                    String why = main == null ? "No module named " + module + ".__main__"
                            : "Cannot use package as __main__ module";
                    throw new ModuleLoader.NotRunnable(why + "; '" + module + "' is a package and cannot be directly executed");
                }
                spec = main;
            }
            if (spec.origin() == null) {
                throw new ModuleLoader.NotRunnable("'" + module + "' is a namespace package and cannot be executed");
            }
            SysModule.setArgv0(interp, spec.origin());
            return Runner.runMain(interp, spec.source(), spec.origin(), spec.parent());
        } catch (ModuleLoader.NotRunnable e) {
            interp.err().println("isola: " + e.getMessage());
            return 1;
        } catch (PyException e) {
            return Runner.handleUncaught(interp, e);
        }
    }

    /** The entries of {@code PYTHONPATH}, empty ones left out. */
    private static List<String> pythonPath(String env) {
        if (env == null || env.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(env.split(java.io.File.pathSeparator)).filter(e -> !e.isEmpty()).toList();
    }

    private static String readAll(BufferedReader in) {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                b.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Compiles and runs one interactive input in {@code __main__}; false if it is incomplete. */
    static boolean runInteractive(InterpreterState interp, long mainDict, String source) {
        Code code;
        try {
            code = Compiler.compileInteractive(Parser.parse(source, "<stdin>"), "<stdin>", source);
        } catch (PySyntaxError e) {
            interp.err().print(e.formatDisplay());
            interp.err().flush();
            return true;
        }
        long codeObject = CodeLoader.load(interp, code);
        try {
            Objects.decref(interp.objects(), Frames.runModule(interp, codeObject, mainDict));
        } catch (PyException e) {
            Runner.handleUncaught(interp, e);
        } finally {
            Objects.decref(interp.objects(), codeObject);
            interp.out().flush();
        }
        return true;
    }

    static long mainDict(InterpreterState interp) {
        long main = interp.newModule("__main__");
        DictType.setItemString(interp.objects(), interp.modules(), "__main__", main);
        Objects.decref(interp.objects(), main);
        return Memory.getLong(main + CodeLayouts.MODULE_DICT_OFFSET);
    }
}

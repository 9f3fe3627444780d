package dev.isola.bench;

import dev.isola.interp.cli.PythonMain;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Properties;

/**
 * The {@code isola} launcher's entry point: parses the verb and hands over. Running Python
 * arrives with the language-core work; until then only the {@code bench} verbs and
 * {@code help}/{@code --version} exist. Exit status 0 on success, 1 when a run fails, 2 on a
 * usage error.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            usage: isola [option] ... [-c cmd | -m mod | file | -] [arg] ...
                   isola <verb> [arguments]
            Python:
              file [args]            runs a Python program (sys.argv = [file, args...])
              -c CODE [args]         runs CODE
              -m MODULE [args]       runs a builtin module
              -                      reads the program from stdin; no argument: the REPL
            Verbs:
              bench alloc [--json]   ns per alloc+free pair for each allocator and size, and 2-thread
                                     scaling (about 15 s); --json prints JSON to stdout
              bench lang [--json] [--steady]
                                     fib(30), sum of squares, sorting floats, word count: Isola
                                     beside python3, steady state and whole process
              bench interp           many interpreters: fib scaling with 1 and 2 workers as
                                     interpreters and as threads, create/close latency and
                                     memory per interpreter, beside python3
              bench jmh [JMH args]   runs the JMH suites in this jar, e.g. 'bench jmh -l',
                                     'bench jmh AllocFreePair -f 1 -wi 3 -i 5'
              help, --help           this text
              --version              the version of Isola and of the JDK
            """;

    private Main() {}

    public static void main(String[] args) {
        // Python's streams are UTF-8 whatever the locale (PEP 538/540), and stdout is
        // block-buffered unless it is a terminal, as CPython's is.
        boolean terminal = System.console() != null && System.console().isTerminal();
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream out = new PrintStream(terminal ? stdout : new BufferedOutputStream(stdout, 1 << 16), terminal,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs the command line {@code args}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return PythonMain.run(args, System.in, out, err, true);
        }
        return switch (args[0]) {
            case "help", "--help", "-h" -> {
                out.print(HELP);
                yield OK;
            }
            case "--version", "-V" -> {
                out.println("isola " + version() + " (Java " + System.getProperty("java.runtime.version") + ")");
                yield OK;
            }
            case "bench" -> bench(Arrays.copyOfRange(args, 1, args.length), out, err);
            default -> PythonMain.run(args, System.in, out, err, true);
        };
    }

    private static int bench(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("isola bench: missing verb; expected 'alloc', 'lang', 'interp' or 'jmh' (see 'isola help')");
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "alloc" -> alloc(rest, out, err);
            case "lang" -> lang(rest, out, err);
            case "interp" -> interp(rest, out, err);
            case "jmh" -> jmh(rest, err);
            default -> {
                err.println("isola bench: unknown verb '" + args[0]
                        + "'; expected 'alloc', 'lang', 'interp' or 'jmh' (see 'isola help')");
                yield USAGE;
            }
        };
    }

    private static int alloc(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else {
                err.println("isola bench alloc: unknown argument '" + arg + "'; expected --json or nothing");
                return USAGE;
            }
        }
        AllocBench.Result result = AllocBench.measure(AllocBench.Settings.STANDARD, Progress.on(err));
        out.println(json ? AllocBench.json(result) : AllocBench.table(result));
        return OK;
    }

    private static int lang(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean process = true;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--steady" -> process = false;
                default -> {
                    err.println("isola bench lang: unknown argument '" + arg + "'; expected --json or --steady");
                    return USAGE;
                }
            }
        }
        try {
            LangBench.print(out, LangBench.measure(Progress.on(err), process), json);
            return OK;
        } catch (IOException | InterruptedException | RuntimeException e) {
            err.println("isola bench lang: " + e.getMessage());
            return FAILED;
        }
    }

    private static int interp(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            err.println("isola bench interp: unknown argument '" + arg + "'; expected nothing");
            return USAGE;
        }
        try {
            Progress progress = Progress.on(err);
            var rows = InterpBench.measure(progress);
            progress.clear();
            out.print(InterpBench.table(rows));
            return OK;
        } catch (IOException | InterruptedException | RuntimeException e) {
            err.println("isola bench interp: " + e.getMessage());
            return FAILED;
        }
    }

    private static int jmh(String[] args, PrintStream err) {
        try {
            org.openjdk.jmh.Main.main(args);
            return OK;
        } catch (IOException e) {
            err.println("isola bench jmh: " + e.getMessage());
            return FAILED;
        }
    }

    /** The Maven version of this module, from the jar's pom.properties; "dev" outside a jar. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/dev.isola/isola-bench/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // Fall through: a version is not worth failing for.
        }
        return "dev";
    }
}

package dev.isola.bench;

import java.io.IOException;
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
            usage: isola <verb> [arguments]
              bench alloc [--json]   ns per alloc+free pair for each allocator and size, and 2-thread
                                     scaling (about 15 s); --json prints JSON to stdout
              bench jmh [JMH args]   runs the JMH suites in this jar, e.g. 'bench jmh -l',
                                     'bench jmh AllocFreePair -f 1 -wi 3 -i 5'
              help, --help           this text
              --version              the version of Isola and of the JDK
            Running Python (a script, -c CODE, the REPL) arrives with the language-core work.
            """;

    private Main() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs the command line {@code args}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return notYet(err);
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
            default -> notYet(err);
        };
    }

    private static int bench(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("isola bench: missing verb; expected 'alloc' or 'jmh' (see 'isola help')");
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "alloc" -> alloc(rest, out, err);
            case "jmh" -> jmh(rest, err);
            default -> {
                err.println("isola bench: unknown verb '" + args[0]
                        + "'; expected 'alloc' or 'jmh' (see 'isola help')");
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

    private static int jmh(String[] args, PrintStream err) {
        try {
            org.openjdk.jmh.Main.main(args);
            return OK;
        } catch (IOException e) {
            err.println("isola bench jmh: " + e.getMessage());
            return FAILED;
        }
    }

    private static int notYet(PrintStream err) {
        err.println("isola: running Python (a script, -c CODE, the REPL) arrives with the language-core work;"
                + " for now there are 'bench alloc', 'bench jmh', 'help' and '--version'");
        return USAGE;
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

package dev.isola.bench;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code isola bench lang}: the language-core workloads — recursive {@code fib(30)}, a loop
 * summing {@code i*i} for 10 million {@code i}, building and sorting a million floats, a dict
 * word count over a million words — and the full-language ones: a class-heavy particle system
 * (methods, attributes, operator dunders, {@code super()}), a generator pipeline, and a seeded
 * {@code random} queue simulation; each under Isola and under the machine's {@code python3} in
 * the same run.
 *
 * <h2>Method</h2>
 * Steady state: the workload module is loaded once and its {@code bench()} called
 * {@link #RUNS} times in the same process; the figure is the median of the runs after the first
 * {@link #WARMUP} (Isola: the JIT has compiled the eval loop; CPython: its specializing
 * interpreter has warmed up). CPython is timed the same way by {@code harness.py}.
 * Whole process: the wall time of {@code isola workload.py} (with the launcher's JVM flags and
 * AOT cache) and {@code python3 workload.py}, start to exit, median of
 * {@link #PROCESS_RUNS}. The ratio is Isola's time over CPython's:
 * below 1 means Isola is faster.
 */
final class LangBench {
    static final List<String> WORKLOADS = List.of("fib", "sum_squares", "sort_floats", "word_count", "classes",
            "generators", "simulation");
    static final int RUNS = 8;
    static final int WARMUP = 3;
    static final int PROCESS_RUNS = 3;

    private LangBench() {
    }

    record Figure(String workload, double isolaSteady, double cpythonSteady, double isolaProcess,
            double cpythonProcess) {
    }

    static List<Figure> measure(Progress progress, boolean withProcess) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("isola-lang-bench");
        for (String w : WORKLOADS) {
            copy(w + ".py", dir);
        }
        copy("harness.py", dir);
        List<Figure> figures = new ArrayList<>();
        try (Runtime runtime = Runtime.create()) {
            for (String w : WORKLOADS) {
                Path file = dir.resolve(w + ".py");
                progress.show("bench lang: " + w + " on Isola (steady state)");
                double isola = median(isolaSteady(runtime, file));
                progress.show("bench lang: " + w + " on python3 (steady state)");
                double cpython = median(cpythonSteady(dir, file));
                double isolaProc = Double.NaN;
                double cpythonProc = Double.NaN;
                if (withProcess) {
                    progress.show("bench lang: " + w + " whole process");
                    isolaProc = processTime(isolaCommand(file));
                    cpythonProc = processTime(List.of("python3", file.toString()));
                }
                figures.add(new Figure(w, isola, cpython, isolaProc, cpythonProc));
            }
        } finally {
            progress.clear();
        }
        return figures;
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = LangBench.class.getResourceAsStream("lang/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Seconds per {@code bench()} call, after loading the module once. */
    static double[] isolaSteady(Runtime runtime, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        double[] times = new double[RUNS];
        try (ArenaAllocator allocator = new ArenaAllocator()) {
            InterpreterState interp = runtime.newInterpreter(allocator, List.of(file.toString()), System.out,
                    System.err, new BufferedReader(new StringReader("")));
            try {
                Code code = Compiler.compile(source, file.toString());
                long module = interp.newModule("workload");
                long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
                long codeObject = CodeLoader.load(interp, code);
                try {
                    Objects.decref(interp.objects(), Frames.runModule(interp, codeObject, dict));
                    long bench = DictType.getItemString(interp.objects(), dict, "bench");
                    for (int i = 0; i < RUNS; i++) {
                        long t = System.nanoTime();
                        long r = Abstract.call(interp.objects(), bench, interp.objects().space().emptyTuple(), 0);
                        times[i] = (System.nanoTime() - t) / 1e9;
                        Objects.decref(interp.objects(), r);
                    }
                } catch (PyException e) {
                    throw new IllegalStateException(file.getFileName() + " failed under Isola:\n"
                            + Tracebacks.format(interp, e.exception()));
                } finally {
                    Objects.decref(interp.objects(), codeObject);
                    Objects.decref(interp.objects(), module);
                }
            } finally {
                interp.close();
            }
        }
        return times;
    }

    static double[] cpythonSteady(Path dir, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", dir.resolve("harness.py").toString(), file.toString(),
                String.valueOf(RUNS)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python3 harness failed: " + out);
        }
        return Arrays.stream(out.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> isolaCommand(Path file) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
                "-XX:+UseParallelGC", "-Xss4m"));
        File aot = new File(classPath.replaceFirst("\\.jar$", ".aot"));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator) && aot.isFile()) {
            // The launcher's AOT cache, as ./isola runs it.
            command.addAll(List.of("-XX:AOTCache=" + aot, "-Xlog:aot*=off", "-Xlog:cds*=off"));
        }
        command.addAll(List.of("-cp", classPath, Main.class.getName(), file.toString()));
        return command;
    }

    /** Median wall seconds of running {@code command} to exit. */
    static double processTime(List<String> command) throws IOException, InterruptedException {
        double[] t = new double[PROCESS_RUNS];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    static double median(double[] times) {
        double[] steady = Arrays.copyOfRange(times, Math.min(WARMUP, times.length - 1), times.length);
        Arrays.sort(steady);
        return steady[steady.length / 2];
    }

    static String table(List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %12s %12s %7s %12s %12s %7s%n", "workload", "isola s",
                "python3 s", "ratio", "isola proc", "python3 proc", "ratio"));
        for (Figure f : figures) {
            b.append(String.format(Locale.ROOT, "%-12s %12.3f %12.3f %7.2f %12.3f %12.3f %7.2f%n", f.workload(),
                    f.isolaSteady(), f.cpythonSteady(), f.isolaSteady() / f.cpythonSteady(), f.isolaProcess(),
                    f.cpythonProcess(), f.isolaProcess() / f.cpythonProcess()));
        }
        b.append("steady: median seconds per run after warm-up, in-process; proc: whole process, start to exit;\n"
                + "ratio: Isola / python3 (below 1: Isola faster)\n");
        return b.toString();
    }

    static String json(List<Figure> figures) {
        List<Object> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workload", f.workload());
            row.put("isola_steady_s", f.isolaSteady());
            row.put("python3_steady_s", f.cpythonSteady());
            row.put("steady_ratio", f.isolaSteady() / f.cpythonSteady());
            row.put("isola_process_s", f.isolaProcess());
            row.put("python3_process_s", f.cpythonProcess());
            row.put("process_ratio", f.isolaProcess() / f.cpythonProcess());
            rows.add(row);
        }
        return Json.write(Map.of("lang", rows));
    }

    static void print(PrintStream out, List<Figure> figures, boolean json) {
        out.println(json ? json(figures) : table(figures));
    }
}

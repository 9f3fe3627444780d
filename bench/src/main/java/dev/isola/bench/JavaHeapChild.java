package dev.isola.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM in which {@code bench alloc} measures {@code java-heap}, and the parent's side
 * of talking to it. The child runs ParallelGC, as the launcher does, but with
 * {@code -XX:-UseAdaptiveSizePolicy}, so the young generation keeps its starting size and is
 * fully touched within the first warm-up; why that matters is in {@link AllocBench}.
 *
 * <p>Protocol: the parent runs {@code java FLAGS -cp <its class path> dev.isola.bench.JavaHeapChild
 * <warmupNanos> <rounds> <roundNanos>}; the child prints one line per size,
 * {@code <size> <ns per pair>}, in {@link AllocBench#sizes()} order, and exits 0. Anything else
 * it prints (JVM warnings) is ignored; a missing size or a non-zero exit is an error that quotes
 * the child's output.
 */
public final class JavaHeapChild {
    static final String KIND = "java-heap";
    static final String FLAGS_TEXT = "-XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy";

    private JavaHeapChild() {}

    /** The child's entry point; see the class comment. */
    public static void main(String[] args) {
        AllocBench.Settings settings = new AllocBench.Settings(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Long.parseLong(args[2]), 0, 0, 0);
        double[] ns = AllocBench.measureHere(KIND, settings);
        int[] sizes = AllocBench.sizes();
        for (int i = 0; i < sizes.length; i++) {
            System.out.println(sizes[i] + " " + ns[i]);
        }
    }

    /** Runs the child and returns ns per pair for each of {@link AllocBench#sizes()}. */
    static double[] measure(AllocBench.Settings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(FLAGS_TEXT.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JavaHeapChild.class.getName(),
                Long.toString(settings.warmupNanos()), Integer.toString(settings.rounds()),
                Long.toString(settings.roundNanos())));
        String output;
        int status;
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            status = child.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the java-heap child JVM: command=" + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the java-heap child JVM ran", e);
        }
        int[] sizes = AllocBench.sizes();
        double[] ns = new double[sizes.length];
        int found = 0;
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length == 2 && found < sizes.length && fields[0].equals(Integer.toString(sizes[found]))) {
                ns[found++] = Double.parseDouble(fields[1]);
            }
        }
        if (status != 0 || found != sizes.length) {
            throw new IllegalStateException("the java-heap child JVM failed: status=" + status + " sizes=" + found
                    + "/" + sizes.length + " output:\n" + output);
        }
        return ns;
    }
}

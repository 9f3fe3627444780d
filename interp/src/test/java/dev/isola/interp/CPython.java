package dev.isola.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program under the machine's {@code python3} when it is CPython 3.11, for differential tests. */
final class CPython {
    private static final String VERSION = probe();

    private CPython() {
    }

    private static String probe() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print('%d.%d' % sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? v : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    static boolean available() {
        return VERSION.equals("3.11");
    }

    static String why() {
        return VERSION.isEmpty() ? "python3 not found: differential comparison skipped"
                : "python3 is " + VERSION + ", expected outputs are CPython 3.11's: differential comparison skipped";
    }

    static ProgramCorpusTest.Result run(Path dir, String relative, String stdin) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(List.of("python3", relative)).directory(dir.toFile());
        b.environment().put("PYTHONHASHSEED", "0");
        b.environment().put("PYTHONIOENCODING", "utf-8");
        b.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        b.environment().remove("PYTHONPATH");
        // stderr goes to a file: reading the two pipes one after the other deadlocks as soon as
        // the other one fills (64 KiB of output).
        Path errFile = java.nio.file.Files.createTempFile("isola-cpython-", ".err");
        b.redirectError(errFile.toFile());
        Process p = b.start();
        byte[] out;
        byte[] err;
        try {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            out = p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
            err = java.nio.file.Files.readAllBytes(errFile);
        } finally {
            java.nio.file.Files.deleteIfExists(errFile);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 " + relative + " did not finish in 60 s");
        }
        // CPython prints the absolute path of __main__'s file (since 3.9); the corpus files hold
        // the path as given, relative to the corpus directory, as regen.py writes them.
        String prefix = dir.toAbsolutePath().normalize() + "/";
        return new ProgramCorpusTest.Result(new String(out, StandardCharsets.UTF_8).replace(prefix, ""),
                new String(err, StandardCharsets.UTF_8).replace(prefix, ""), p.exitValue());
    }
}

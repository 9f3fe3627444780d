package dev.isola.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §8.1: no mutable static state outside the allow-list. Runtime state lives in the
 * {@code Runtime}, {@code Interpreter} and {@code ThreadState} objects, never in statics.
 *
 * <p>Reads every class file under {@code <module>/target/classes} of every module the root
 * POM lists (bench depends on them all, so Maven has built them first) and runs
 * {@link StaticStateAnalyzer} over them. Test classes are not scanned: fixtures are not
 * runtime state. Each exception is a line of {@value #ALLOW_LIST} at the repository root,
 * tab-separated {@code class field reason}, the reason one non-empty line — the counterpart
 * of c-analyzer's {@code ignored.tsv}. {@code some.package.*} in the class column covers
 * generated code we do not write (JMH's harness); {@code *} in the field column covers a
 * whole class. A violation is charged to the most specific entry naming it, and an entry
 * charged with none fails the test too, so the list cannot rot.
 */
class NoMutableStaticStateTest {
    static final String ALLOW_LIST = "static-state-allowlist.tsv";
    private static final String HEADER = "class\tfield\treason";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    /**
     * One allow-list line. {@code className} is a binary name, or {@code some.package.*} for
     * every class in that package and below; {@code field} is a name, or {@code *} for all.
     */
    private record Entry(int line, String className, String field, String reason) {
        /** How closely this entry names {@code v}: 0 when it does not, higher when more exactly. */
        int specificity(StaticStateAnalyzer.Violation v) {
            int fieldScore = field.equals(v.field()) ? 1 : field.equals("*") ? 0 : -1;
            if (fieldScore < 0) {
                return 0;
            }
            if (className.equals(v.className())) {
                return Integer.MAX_VALUE - 1 + fieldScore;
            }
            String prefix = className.endsWith(".*") ? className.substring(0, className.length() - 1) : null;
            return prefix != null && v.className().startsWith(prefix) ? 2 * prefix.length() + fieldScore : 0;
        }

        String pattern() {
            return className + "." + field;
        }
    }

    @Test
    void everyStaticFieldIsImmutableOrAllowListed() throws IOException {
        Path root = projectRoot();
        List<byte[]> classFiles = new ArrayList<>();
        for (String module : modules(root)) {
            classFiles.addAll(readClassFiles(root.resolve(module).resolve("target/classes")));
        }
        StaticStateAnalyzer analyzer = new StaticStateAnalyzer(classFiles);
        assertTrue(analyzer.classCount() > 0, "no class files found under " + root + "/*/target/classes");

        Path allowListFile = root.resolve(ALLOW_LIST);
        List<Entry> allowed = readAllowList(allowListFile);
        Set<Entry> stale = new LinkedHashSet<>(allowed);
        List<String> unlisted = new ArrayList<>();
        for (StaticStateAnalyzer.Violation v : analyzer.violations()) {
            Entry best = null;
            for (Entry entry : allowed) {
                if (entry.specificity(v) > (best == null ? 0 : best.specificity(v))) {
                    best = entry;
                }
            }
            if (best == null) {
                unlisted.add(v.message());
            } else {
                stale.remove(best);
            }
        }
        if (unlisted.isEmpty() && stale.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        if (!unlisted.isEmpty()) {
            report.append("Mutable static state (DESIGN §2: nothing mutable is static), ")
                    .append(unlisted.size()).append(" field(s) not on ").append(ALLOW_LIST).append(":\n");
            unlisted.forEach(message -> report.append("  ").append(message).append('\n'));
            report.append("""
                    Fix: move the state into the Runtime, Interpreter or ThreadState object that owns it;
                    or make the field final with an immutable type (a primitive, String, a final class,
                    record or enum of ours whose instance fields are all final and immutable, or a JDK
                    type on StaticStateAnalyzer.IMMUTABLE_JDK_TYPES); or, if it truly must stay, add a
                    line "<class>\\t<field>\\t<one-line reason>" to\s""").append(allowListFile).append('\n');
        }
        if (!stale.isEmpty()) {
            report.append("Stale entries in ").append(allowListFile)
                    .append(" (no violating field needs them any more; delete the line):\n");
            stale.forEach(entry -> report.append("  line ").append(entry.line()).append(": ")
                    .append(entry.pattern()).append('\n'));
        }
        fail(report.toString());
    }

    /** Walks up from the working directory (surefire's is the module's) to the root POM. */
    private static Path projectRoot() throws IOException {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>native</module>")) {
                return dir;
            }
        }
        throw new AssertionError("no pom.xml with <module>native</module> in " + start + " or above");
    }

    private static List<String> modules(Path root) throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    private static List<byte[]> readClassFiles(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            throw new AssertionError(classes + " is missing: build every module first (mvn -pl bench -am test)");
        }
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                files.add(Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** The entries in file order; a malformed file fails the test. */
    private static List<Entry> readAllowList(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing; its first non-comment line must be \""
                    + HEADER.replace("\t", "\\t") + "\"");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = Files.readAllLines(file);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1) + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!line.equals(HEADER)) {
                    throw new AssertionError(where + "expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
                }
                header = false;
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                throw new AssertionError(where + "expected 3 tab-separated, non-empty columns: class, field, reason");
            }
            Entry entry = new Entry(i + 1, columns[0].strip(), columns[1].strip(), columns[2].strip());
            if (!seen.add(entry.pattern())) {
                throw new AssertionError(where + "duplicate entry " + entry.pattern());
            }
            entries.add(entry);
        }
        return entries;
    }
}

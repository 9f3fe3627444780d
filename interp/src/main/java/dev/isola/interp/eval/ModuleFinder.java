package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.StrType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The path-based finder (CPython's {@code PathFinder} and {@code FileFinder}): looks a module up
 * in the entries of {@code sys.path}, or of its parent package's {@code __path__}, in order. In
 * each directory entry a package {@code name/__init__.py} wins over a module {@code name.py}; a
 * directory {@code name/} without {@code __init__.py} is remembered as a portion of a namespace
 * package, made only when no entry holds a regular module or package.
 *
 * <p>The entry {@value #STDLIB} is Isola's own library: source modules shipped as class-path
 * resources under {@value #STDLIB_RESOURCES}, so the jar alone is a complete installation. Their
 * {@code __file__} is the pseudo-path {@code isola://stdlib/name.py}.
 *
 * <p>Relative entries resolve against the process's working directory, {@code ''} meaning the
 * directory itself, and origins are absolute paths, as CPython 3.11 makes them. Nothing is cached
 * between lookups: each import asks the file system again (CPython's caches are invalidated by
 * directory mtime; correctness first).
 */
public final class ModuleFinder {
    /** The {@code sys.path} entry that stands for Isola's bundled standard library. */
    public static final String STDLIB = "isola://stdlib";
    /** The class-path directory holding the bundled standard library. */
    static final String STDLIB_RESOURCES = "dev/isola/stdlib";

    private ModuleFinder() {
    }

    /**
     * A module found on a path: {@code origin} is its file ({@code __file__}), null for a
     * namespace package; {@code searchLocations} is a package's {@code __path__}, null for a
     * plain module.
     */
    public record Spec(String name, String origin, List<String> searchLocations) {
        public boolean isPackage() {
            return searchLocations != null;
        }

        /** The module's parent package name ({@code __package__}): itself for a package. */
        public String parent() {
            return isPackage() ? name : name.substring(0, Math.max(0, name.lastIndexOf('.')));
        }

        /** The module's source text. */
        public String source() {
            try {
                if (origin.startsWith(STDLIB + "/")) {
                    String resource = STDLIB_RESOURCES + origin.substring(STDLIB.length());
                    try (InputStream in = ModuleFinder.class.getClassLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IOException("resource vanished: " + resource);
                        }
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                return Files.readString(Path.of(origin), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Finds module {@code name} (its full dotted name) in the str entries of {@code path} (a
     * list, borrowed: {@code sys.path} or the parent's {@code __path__}); null if it is nowhere.
     */
    public static Spec find(InterpreterState interp, String name, long path) {
        String child = name.substring(name.lastIndexOf('.') + 1);
        List<String> namespace = new ArrayList<>();
        for (String entry : entries(interp.objects(), path)) {
            Spec spec = entry.equals(STDLIB) || entry.startsWith(STDLIB + "/")
                    ? findResource(name, entry, child)
                    : findFile(name, entry, child, namespace);
            if (spec != null) {
                return spec;
            }
        }
        return namespace.isEmpty() ? null : new Spec(name, null, namespace);
    }

    /** The str entries of a path list, read before any lookup (the list may be any object). */
    private static List<String> entries(ObjectState s, long path) {
        List<String> out = new ArrayList<>();
        if (path == 0 || !ListType.check(path)) {
            return out;
        }
        for (long i = 0; i < ListType.size(path); i++) {
            long e = ListType.getItem(path, i);
            if (StrType.check(e)) {
                out.add(StrType.toJava(e));
            }
        }
        return out;
    }

    private static Spec findFile(String name, String entry, String child, List<String> namespace) {
        Path base;
        try {
            base = entry.isEmpty() || entry.equals(".") ? Path.of("").toAbsolutePath() : Path.of(entry).toAbsolutePath();
        } catch (RuntimeException e) {
            return null;
        }
        Path dir = base.resolve(child);
        if (Files.isDirectory(dir)) {
            Path init = dir.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return new Spec(name, init.toString(), List.of(dir.toString()));
            }
            namespace.add(dir.toString());
        }
        Path file = base.resolve(child + ".py");
        if (Files.isRegularFile(file)) {
            return new Spec(name, file.toString(), null);
        }
        return null;
    }

    private static Spec findResource(String name, String entry, String child) {
        String dir = STDLIB_RESOURCES + entry.substring(STDLIB.length());
        ClassLoader loader = ModuleFinder.class.getClassLoader();
        URL init = loader.getResource(dir + "/" + child + "/__init__.py");
        if (init != null) {
            return new Spec(name, entry + "/" + child + "/__init__.py", List.of(entry + "/" + child));
        }
        URL file = loader.getResource(dir + "/" + child + ".py");
        if (file != null) {
            return new Spec(name, entry + "/" + child + ".py", null);
        }
        return null;
    }
}

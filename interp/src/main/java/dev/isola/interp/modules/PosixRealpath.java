package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.ObjectState;
import dev.isola.objects.StrType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code posixpath.realpath(filename, *, strict=False)}: CPython 3.11's {@code _joinrealpath},
 * which walks the path a component at a time, {@code lstat}s each and splices in the text of
 * every symbolic link, remembering links already resolved ({@code seen}) so that a loop ends:
 * with {@code strict} an OSError, otherwise the rest of the path joined on unresolved.
 * Stateless.
 */
final class PosixRealpath {
    private PosixRealpath() {}

    private record Joined(String path, boolean ok) {
    }

    static long realpath(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "realpath", args, kwargs, 1, "filename", "strict");
        String filename = PosixPathModule.str(s, a[0]);
        boolean strict = a[1] != 0 && Abstract.isTrue(s, a[1]);
        Joined j = join(s, "", filename, strict, new HashMap<>());
        return StrType.fromJava(s, PosixPaths.abspath(PosixPathModule.cwd(s), j.path()));
    }

    /** {@code _joinrealpath(path, rest, strict, seen)}; a null value in {@code seen} marks a link being resolved. */
    private static Joined join(ObjectState s, String path, String rest, boolean strict, Map<String, String> seen) {
        if (PosixPaths.isabs(rest)) {
            rest = rest.substring(1);
            path = "/";
        }
        while (!rest.isEmpty()) {
            int k = rest.indexOf('/');
            String name = k < 0 ? rest : rest.substring(0, k);
            rest = k < 0 ? "" : rest.substring(k + 1);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!path.isEmpty()) {
                    String[] ht = PosixPaths.split(path);
                    path = ht[0];
                    if (ht[1].equals("..")) {
                        path = PosixPaths.join(path, List.of("..", ".."));
                    }
                } else {
                    path = "..";
                }
                continue;
            }
            String newpath = PosixPaths.join(path, List.of(name));
            OsStat.Stat st = strict ? OsFiles.stat(s, newpath, false) : OsFiles.statOrNull(s, newpath, false);
            if (st == null || !st.isLink()) {
                path = newpath;
                continue;
            }
            if (seen.containsKey(newpath)) {
                String known = seen.get(newpath);
                if (known != null) {
                    path = known;
                    continue;
                }
                if (strict) {
                    OsFiles.stat(s, newpath, true);
                }
                return new Joined(PosixPaths.join(newpath, List.of(rest)), false);
            }
            seen.put(newpath, null);
            Joined inner = join(s, path, OsFiles.readlink(s, newpath), strict, seen);
            path = inner.path();
            if (!inner.ok()) {
                return new Joined(PosixPaths.join(path, List.of(rest)), false);
            }
            seen.put(newpath, path);
        }
        return new Joined(path, true);
    }
}

package dev.isola.interp.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string algorithms of CPython 3.11's {@code posixpath.py} (and {@code genericpath.py}) on
 * Java strings, line for line, so that every result matches CPython's, edge cases included
 * ({@code ''}, {@code '//'}, trailing slashes, dotfiles). Only {@code '/'} and {@code '.'} are
 * searched for, so UTF-16 indexes cut where Python's code-point indexes do. Stateless; nothing
 * here touches the file system.
 */
final class PosixPaths {
    private PosixPaths() {}

    /** {@code _varprog}: {@code \$(\w+|\{[^}]*\})} with {@code re.ASCII}. */
    private static final Pattern VAR = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");

    static boolean isabs(String p) {
        return p.startsWith("/");
    }

    /** {@code join(a, *p)}. */
    static String join(String a, List<String> p) {
        StringBuilder path = new StringBuilder(a);
        for (String b : p) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.isEmpty() || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    /** {@code split(p)}: {@code (head, tail)}. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !allSlashes(head)) {
            head = stripTrailingSlashes(head);
        }
        return new String[] {head, tail};
    }

    static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String dirname(String p) {
        return split(p)[0];
    }

    /** {@code genericpath._splitext(p, '/', None, '.')}: a leading run of dots is not an extension. */
    static String[] splitext(String p) {
        int sepIndex = p.lastIndexOf('/');
        int dotIndex = p.lastIndexOf('.');
        if (dotIndex > sepIndex) {
            for (int i = sepIndex + 1; i < dotIndex; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dotIndex), p.substring(dotIndex)};
                }
            }
        }
        return new String[] {p, ""};
    }

    /** {@code normpath(path)}: two leading slashes stay two (POSIX leaves them to the implementation). */
    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? path.startsWith("//") && !path.startsWith("///") ? 2 : 1 : 0;
        List<String> comps = new ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && comps.isEmpty())
                    || (!comps.isEmpty() && comps.getLast().equals(".."))) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.removeLast();
            }
        }
        String out = "/".repeat(initialSlashes) + String.join("/", comps);
        return out.isEmpty() ? "." : out;
    }

    /** {@code abspath(path)} with {@code cwd} as {@code os.getcwd()}. */
    static String abspath(String cwd, String path) {
        return normpath(isabs(path) ? path : join(cwd, List.of(path)));
    }

    /** {@code relpath(path, start)}; the caller has refused an empty {@code path}. */
    static String relpath(String cwd, String path, String start) {
        List<String> startList = components(abspath(cwd, start));
        List<String> pathList = components(abspath(cwd, path));
        int i = 0;
        while (i < startList.size() && i < pathList.size() && startList.get(i).equals(pathList.get(i))) {
            i++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        return rel.isEmpty() ? "." : join(rel.getFirst(), rel.subList(1, rel.size()));
    }

    private static List<String> components(String p) {
        List<String> out = new ArrayList<>();
        for (String c : p.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code commonprefix} of strings: the longest common leading run of characters. */
    static String commonprefix(List<String> m) {
        String s1 = m.getFirst();
        String s2 = m.getFirst();
        for (String s : m) {
            s1 = compare(s, s1) < 0 ? s : s1;
            s2 = compare(s, s2) > 0 ? s : s2;
        }
        int i = 0;
        while (i < s1.length() && s1.charAt(i) == s2.charAt(i)) {
            i++;
        }
        return s1.substring(0, i);
    }

    /**
     * {@code commonpath(paths)} of a non-empty list; IllegalArgumentException carries the
     * ValueError's message when absolute and relative paths are mixed.
     */
    static String commonpath(List<String> paths) {
        boolean abs = paths.getFirst().startsWith("/");
        List<List<String>> split = new ArrayList<>();
        for (String p : paths) {
            if (p.startsWith("/") != abs) {
                throw new IllegalArgumentException("Can't mix absolute and relative paths");
            }
            List<String> comps = new ArrayList<>();
            for (String c : p.split("/", -1)) {
                if (!c.isEmpty() && !c.equals(".")) {
                    comps.add(c);
                }
            }
            split.add(comps);
        }
        List<String> s1 = split.getFirst();
        List<String> s2 = split.getFirst();
        for (List<String> s : split) {
            s1 = compare(s, s1) < 0 ? s : s1;
            s2 = compare(s, s2) > 0 ? s : s2;
        }
        int i = 0;
        while (i < s1.size() && s1.get(i).equals(s2.get(i))) {
            i++;
        }
        return (abs ? "/" : "") + String.join("/", s1.subList(0, i));
    }

    /** {@code expanduser}: {@code home.apply(null)} is the current user's home, {@code home.apply(name)} another's (null if unknown). */
    static String expanduser(String path, Function<String, String> home) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String userhome = home.apply(i == 1 ? null : path.substring(1, i));
        if (userhome == null) {
            return path;
        }
        String out = stripTrailingSlashes(userhome) + path.substring(i);
        return out.isEmpty() ? "/" : out;
    }

    /** {@code expandvars}: {@code $name} and {@code ${name}} replaced when {@code env} knows the name. */
    static String expandvars(String path, Function<String, String> env) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        int i = 0;
        Matcher m = VAR.matcher(path);
        while (m.find(i)) {
            int start = m.start();
            int end = m.end();
            String name = m.group(1);
            if (name.startsWith("{") && name.endsWith("}")) {
                name = name.substring(1, name.length() - 1);
            }
            String value = env.apply(name);
            if (value == null) {
                i = end;
            } else {
                String tail = path.substring(end);
                path = path.substring(0, start) + value;
                i = path.length();
                path += tail;
                m = VAR.matcher(path);
            }
        }
        return path;
    }

    /** Python's ordering of str: by code point. */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; ) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean allSlashes(String s) {
        return s.chars().allMatch(c -> c == '/');
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }
}

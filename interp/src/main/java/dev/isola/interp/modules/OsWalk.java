package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ListType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.walk(top, topdown=True, onerror=None, followlinks=False)}: CPython 3.11's recursive
 * generator turned into an iterator over an explicit stack, lazily, so that a caller may prune
 * {@code dirnames} in place when walking top-down. Names come in directory order (as
 * {@code scandir}'s); a name is a directory when {@code stat} (following links) says so.
 *
 * <pre>
 *   ref 0    stack (list), its last item next:
 *              str                   a directory still to scan
 *              (top, dirnames)       top-down: push the subdirectories the caller left in dirnames
 *              (top, dirs, files)    bottom-up: the triple to yield
 *   ref 1    onerror callable, or 0
 *   long 0   1 when top-down
 *   long 1   1 when following symbolic links to directories
 * </pre>
 */
final class OsWalk {
    private OsWalk() {}

    static long walk(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "walk", args, kwargs, 1, "top", "topdown", "onerror", "followlinks");
        String top = OsFiles.path(s, "walk", a[0], OsFiles.PATH_ONLY);
        long w = ModuleObjectLayout.create(s, BuiltinType.WALK);
        try {
            long t = StrType.fromJava(s, top);
            try {
                setRef(s, w, 0, ListType.pack(s, t));
            } finally {
                Objects.decref(s, t);
            }
            if (a[2] != 0 && a[2] != s.space().none()) {
                setRef(s, w, 1, Objects.newRef(a[2]));
            }
            putLong(w, 0, a[1] == 0 || Abstract.isTrue(s, a[1]) ? 1 : 0);
            putLong(w, 1, a[3] != 0 && Abstract.isTrue(s, a[3]) ? 1 : 0);
        } catch (RuntimeException e) {
            Objects.decref(s, w);
            throw e;
        }
        return w;
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.iteratorBuilder().next(OsWalk::next).build();
    }

    private static long next(ObjectState s, long w) {
        long stack = ref(w, 0);
        boolean topdown = getLong(w, 0) != 0;
        boolean followlinks = getLong(w, 1) != 0;
        while (stack != 0 && ListType.size(stack) > 0) {
            long item = Abstract.callMethod(s, stack, "pop");
            try {
                if (StrType.check(item)) {
                    long triple = scan(s, w, item, topdown, followlinks);
                    if (triple != 0) {
                        return triple;
                    }
                } else if (TupleType.size(item) == 3) {
                    return Objects.newRef(item);
                } else {
                    String top = StrType.toJava(TupleType.getItem(item, 0));
                    long dirs = TupleType.getItem(item, 1);
                    List<String> into = new ArrayList<>();
                    long it = Abstract.iter(s, dirs);
                    try {
                        for (long d = Abstract.next(s, it); d != 0; d = Abstract.next(s, it)) {
                            try {
                                String path = PosixPaths.join(top, List.of(StrType.toJava(d)));
                                OsStat.Stat st = OsFiles.statOrNull(s, path, false);
                                if (followlinks || st == null || !st.isLink()) {
                                    into.add(path);
                                }
                            } finally {
                                Objects.decref(s, d);
                            }
                        }
                    } finally {
                        Objects.decref(s, it);
                    }
                    push(s, stack, into.reversed());
                }
            } finally {
                Objects.decref(s, item);
            }
        }
        setRef(s, w, 0, 0);
        setRef(s, w, 1, 0);
        return 0;
    }

    /**
     * Lists directory {@code topObj}: top-down returns the triple, bottom-up stacks it. A directory
     * that cannot be listed is skipped (0), after {@code onerror(error)} when there is one.
     */
    private static long scan(ObjectState s, long w, long topObj, boolean topdown, boolean followlinks) {
        String top = StrType.toJava(topObj);
        List<String> names;
        try {
            names = OsFiles.names(s, top);
        } catch (PyException e) {
            long onerror = ref(w, 1);
            if (!e.matches(s.space().type(BuiltinType.OS_ERROR))) {
                throw e;
            }
            if (onerror == 0) {
                e.release(s);
                return 0;
            }
            long one = TupleType.pack(s, e.exception());
            try {
                Objects.decref(s, Abstract.call(s, onerror, one, 0));
            } finally {
                Objects.decref(s, one);
                e.release(s);
            }
            return 0;
        }
        long dirs = ListType.newList(s);
        long files = ListType.newList(s);
        List<String> into = new ArrayList<>();
        try {
            for (String name : names) {
                String path = PosixPaths.join(top, List.of(name));
                OsStat.Stat st = OsFiles.statOrNull(s, path, true);
                boolean isDir = st != null && st.isDir();
                append(s, isDir ? dirs : files, name);
                if (isDir && !topdown) {
                    OsStat.Stat link = OsFiles.statOrNull(s, path, false);
                    if (followlinks || link == null || !link.isLink()) {
                        into.add(path);
                    }
                }
            }
            long stack = ref(w, 0);
            if (topdown) {
                long marker = TupleType.pack(s, topObj, dirs);
                try {
                    ListType.append(s, stack, marker);
                } finally {
                    Objects.decref(s, marker);
                }
                return TupleType.pack(s, topObj, dirs, files);
            }
            long triple = TupleType.pack(s, topObj, dirs, files);
            try {
                ListType.append(s, stack, triple);
            } finally {
                Objects.decref(s, triple);
            }
            push(s, stack, into.reversed());
            return 0;
        } finally {
            Objects.decref(s, dirs);
            Objects.decref(s, files);
        }
    }

    private static void push(ObjectState s, long stack, List<String> paths) {
        for (String p : paths) {
            append(s, stack, p);
        }
    }

    private static void append(ObjectState s, long list, String text) {
        long str = StrType.fromJava(s, text);
        try {
            ListType.append(s, list, str);
        } finally {
            Objects.decref(s, str);
        }
    }
}

package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code os.stat_result}: what {@code stat(2)} says of a file, read through the JDK's
 * {@code unix:*} attribute view, as CPython's struct sequence: a tuple of ten visible items
 * followed by hidden ones that only attributes reach.
 *
 * <pre>
 *   index  0        1       2       3        4       5       6        7 8 9
 *          st_mode  st_ino  st_dev  st_nlink st_uid  st_gid  st_size  int atime, mtime, ctime
 *   hidden 10 11 12                    13 14 15                            16
 *          st_atime st_mtime st_ctime  st_atime_ns st_mtime_ns st_ctime_ns st_rdev
 *          (floats)                    (ints)
 * </pre>
 *
 * <p>Invariant: the tuple's size field says {@value #VISIBLE} (what {@code len}, indexing,
 * comparison and the tuple traverse see) while {@value #TOTAL} items are allocated and owned;
 * the dealloc restores the full size before the tuple's own. Only {@link #newResult} makes
 * these objects ({@code os.stat_result(...)} is refused), so every one has the hidden items.
 * {@code st_blksize} and {@code st_blocks} are missing: the JDK does not report them.
 */
final class OsStat {
    private OsStat() {}

    static final int VISIBLE = 10;
    static final int TOTAL = 17;

    private static final List<String> NAMES = List.of("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
            "st_size", "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns",
            "st_mtime_ns", "st_ctime_ns", "st_rdev");

    /** The facts {@code stat(2)} gives, times in nanoseconds since the epoch. */
    record Stat(int mode, long ino, long dev, long nlink, long uid, long gid, long size, long atimeNs, long mtimeNs,
            long ctimeNs, long rdev) {
        boolean isDir() {
            return (mode & 0170000) == 0040000;
        }

        boolean isLink() {
            return (mode & 0170000) == 0120000;
        }

        boolean isRegular() {
            return (mode & 0170000) == 0100000;
        }

        /** {@code st_mtime} as CPython computes it: {@code sec + nsec * 1e-9}. */
        static double seconds(long ns) {
            return Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9;
        }
    }

    /** {@code stat(2)} ({@code lstat(2)} when {@code follow} is false) of {@code p}. */
    static Stat read(Path p, boolean follow) throws IOException {
        Map<String, Object> a = follow ? Files.readAttributes(p, "unix:*")
                : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        return new Stat((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"),
                ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(),
                ((Number) a.get("gid")).longValue(), (Long) a.get("size"), nanos(a.get("lastAccessTime")),
                nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), (Long) a.get("rdev"));
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    /** A new {@code os.stat_result} for {@code st}. */
    static long newResult(ObjectState s, Stat st) {
        long t = TupleType.allocate(s, TOTAL);
        long[] ints = {st.mode(), st.ino(), st.dev(), st.nlink(), st.uid(), st.gid(), st.size(),
            Math.floorDiv(st.atimeNs(), 1_000_000_000L), Math.floorDiv(st.mtimeNs(), 1_000_000_000L),
            Math.floorDiv(st.ctimeNs(), 1_000_000_000L)};
        for (int i = 0; i < ints.length; i++) {
            TupleType.initItem(s, t, i, IntType.fromLong(s, ints[i]));
        }
        long[] ns = {st.atimeNs(), st.mtimeNs(), st.ctimeNs()};
        for (int i = 0; i < 3; i++) {
            TupleType.initItem(s, t, 10 + i, FloatType.fromDouble(s, Stat.seconds(ns[i])));
            TupleType.initItem(s, t, 13 + i, IntType.fromLong(s, ns[i]));
        }
        TupleType.initItem(s, t, 16, IntType.fromLong(s, st.rdev()));
        Memory.putLong(t + TupleType.SIZE_OFFSET, VISIBLE);
        Memory.putLong(t + ObjectLayout.TYPE_OFFSET, s.space().type(BuiltinType.STAT_RESULT));
        return t;
    }

    static TypeSlots slots() {
        return TypeSlots.builder()
                .newInstance((s, type, args, kwargs) -> {
                    throw Errors.typeError(s, "cannot create 'os.stat_result' instances");
                })
                .dealloc((s, t) -> {
                    Memory.putLong(t + TupleType.SIZE_OFFSET, TOTAL);
                    s.space().slotTable(BuiltinType.TUPLE.ordinal()).dealloc.apply(s, t);
                })
                .repr((s, t) -> {
                    StringBuilder b = new StringBuilder("os.stat_result(");
                    for (int i = 0; i < VISIBLE; i++) {
                        b.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append('=')
                                .append(Abstract.reprJava(s, TupleType.getItem(t, i)));
                    }
                    return StrType.fromJava(s, b.append(')').toString());
                })
                .getAttr((s, t, name) -> {
                    int i = NAMES.lastIndexOf(StrType.toJava(name));
                    return i >= 0 ? Objects.newRef(TupleType.getItem(t, i))
                            : s.space().slotTable(BuiltinType.TUPLE.ordinal()).getAttr.apply(s, t, name);
                })
                .build();
    }
}

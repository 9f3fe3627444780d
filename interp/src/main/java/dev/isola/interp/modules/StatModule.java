package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.DictType;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stat}: the POSIX part of CPython 3.11's {@code stat.py}: the {@code ST_*} indexes into
 * {@code os.stat_result}, the {@code S_IF*} file types and permission bits, the {@code S_IS*}
 * tests, {@code S_IMODE}, {@code S_IFMT} and {@code filemode}. The BSD and Windows flags
 * ({@code UF_*}, {@code SF_*}, {@code FILE_ATTRIBUTE_*}) are left out. Stateless.
 */
final class StatModule {
    private StatModule() {}

    private static final int S_IFMT = 0170000;

    /** A file type: {@code S_IF<name>}, its {@code S_IS<name>} test, and its {@code filemode} letter. */
    private record FileType(String name, int bits, char letter) {
    }

    private record Constant(String name, int value) {
    }

    private static final List<FileType> TYPES = List.of(new FileType("LNK", 0120000, 'l'),
            new FileType("SOCK", 0140000, 's'), new FileType("REG", 0100000, '-'), new FileType("BLK", 0060000, 'b'),
            new FileType("DIR", 0040000, 'd'), new FileType("CHR", 0020000, 'c'), new FileType("FIFO", 0010000, 'p'));

    private static final List<Constant> CONSTANTS = List.of(new Constant("ST_MODE", 0), new Constant("ST_INO", 1),
            new Constant("ST_DEV", 2), new Constant("ST_NLINK", 3), new Constant("ST_UID", 4), new Constant("ST_GID", 5),
            new Constant("ST_SIZE", 6), new Constant("ST_ATIME", 7), new Constant("ST_MTIME", 8),
            new Constant("ST_CTIME", 9), new Constant("S_IFDOOR", 0), new Constant("S_IFPORT", 0),
            new Constant("S_IFWHT", 0), new Constant("S_ISUID", 04000), new Constant("S_ISGID", 02000),
            new Constant("S_ENFMT", 02000), new Constant("S_ISVTX", 01000), new Constant("S_IREAD", 0400),
            new Constant("S_IWRITE", 0200), new Constant("S_IEXEC", 0100), new Constant("S_IRWXU", 0700),
            new Constant("S_IRUSR", 0400), new Constant("S_IWUSR", 0200), new Constant("S_IXUSR", 0100),
            new Constant("S_IRWXG", 070), new Constant("S_IRGRP", 040), new Constant("S_IWGRP", 020),
            new Constant("S_IXGRP", 010), new Constant("S_IRWXO", 07), new Constant("S_IROTH", 04),
            new Constant("S_IWOTH", 02), new Constant("S_IXOTH", 01));

    static ModuleDef def() {
        List<MethodDef> f = new ArrayList<>();
        f.add(new MethodDef("S_IMODE", (s, m, a, k) -> IntType.fromLong(s, mode(s, "S_IMODE", a, k) & 07777)));
        f.add(new MethodDef("S_IFMT", (s, m, a, k) -> IntType.fromLong(s, mode(s, "S_IFMT", a, k) & S_IFMT)));
        for (FileType t : TYPES) {
            String name = "S_IS" + t.name();
            int bits = t.bits();
            f.add(new MethodDef(name, (s, m, a, k) -> PosixPathModule.bool(s, (mode(s, name, a, k) & S_IFMT) == bits)));
        }
        for (String name : List.of("S_ISDOOR", "S_ISPORT", "S_ISWHT")) {
            f.add(new MethodDef(name, (s, m, a, k) -> {
                mode(s, name, a, k);
                return PosixPathModule.bool(s, false);
            }));
        }
        f.add(new MethodDef("filemode", (s, m, a, k) -> StrType.fromJava(s, filemode(mode(s, "filemode", a, k)))));
        return new ModuleDef("stat", List.copyOf(f), StatModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        for (FileType t : TYPES) {
            put(s, dict, "S_IF" + t.name(), t.bits());
        }
        for (Constant c : CONSTANTS) {
            put(s, dict, c.name(), c.value());
        }
    }

    private static void put(ObjectState s, long dict, String name, int value) {
        long v = IntType.fromLong(s, value);
        try {
            DictType.setItemString(s, dict, name, v);
        } finally {
            Objects.decref(s, v);
        }
    }

    private static long mode(ObjectState s, String fname, long args, long kwargs) {
        long o = Args.one(s, "_stat." + fname, args, kwargs);
        if (!IntType.check(o)) {
            throw dev.isola.objects.Errors.typeError(s, "an integer is required");
        }
        return Args.ssize(s, o);
    }

    /** {@code filemode(mode)}: {@code ls -l}'s ten characters ({@code _stat}'s: {@code ?} for an unknown type). */
    static String filemode(long mode) {
        StringBuilder b = new StringBuilder();
        char type = '?';
        for (FileType t : TYPES) {
            if ((mode & S_IFMT) == t.bits()) {
                type = t.letter();
            }
        }
        b.append(type);
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            boolean set = (mode & (0400 >> i)) != 0;
            char c = set ? rwx.charAt(i) : '-';
            if (i == 2 || i == 5 || i == 8) {
                long special = i == 2 ? 04000 : i == 5 ? 02000 : 01000;
                char on = i == 8 ? 't' : 's';
                if ((mode & special) != 0) {
                    c = set ? on : Character.toUpperCase(on);
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}

package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean: 'x'?" in the display of a {@code NameError}, as CPython 3.11's
 * {@code suggestions.c}: the closest name by a Levenshtein distance where a case change costs 1
 * and any other edit 2, among the failing frame's local names, then its globals, then the
 * builtins; no more than a third of the characters may change.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    static String forNameError(InterpreterState interp, long exc) {
        long dict = Memory.getLong(exc + ExceptionTypes.DICT_OFFSET);
        long nameObj = dict == 0 ? 0 : DictType.getItemString(interp.objects(), dict, "name");
        if (nameObj == 0 || !StrType.check(nameObj)) {
            return "";
        }
        String name = StrType.toJava(nameObj);
        long tb = Memory.getLong(exc + ExceptionTypes.TRACEBACK_OFFSET);
        if (tb == 0) {
            return "";
        }
        while (Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET) != 0) {
            tb = Memory.getLong(tb + CodeLayouts.TRACEBACK_NEXT_OFFSET);
        }
        LoadedCode c = CodeLoader.of(interp, Memory.getLong(tb + CodeLayouts.TRACEBACK_CODE_OFFSET));
        String s = best(c.code.varnames(), name);
        if (s == null) {
            s = best(keys(Memory.getLong(tb + CodeLayouts.TRACEBACK_GLOBALS_OFFSET)), name);
        }
        if (s == null) {
            s = best(keys(interp.builtinsDict()), name);
        }
        return s == null ? "" : ". Did you mean: '" + s + "'?";
    }

    /**
     * For {@code AttributeError} with {@code name} and {@code obj}: the closest name in
     * {@code dir(obj)} — a module's dict, or the type's methods and the dunders its slots
     * provide.
     */
    static String forAttributeError(InterpreterState interp, long exc) {
        ObjectState s = interp.objects();
        long dict = Memory.getLong(exc + ExceptionTypes.DICT_OFFSET);
        if (dict == 0) {
            return "";
        }
        long name = DictType.getItemString(s, dict, "name");
        long obj = DictType.getItemString(s, dict, "obj");
        if (name == 0 || obj == 0 || !StrType.check(name)) {
            return "";
        }
        List<String> candidates;
        if (Objects.type(obj) == s.space().type(BuiltinType.MODULE)) {
            candidates = keys(Memory.getLong(obj + CodeLayouts.MODULE_DICT_OFFSET));
        } else {
            candidates = new ArrayList<>();
            for (var m : s.slotsOf(obj).methods()) {
                candidates.add(m.name());
            }
            candidates.addAll(List.of("__class__", "__doc__", "__dir__", "__format__", "__init__", "__new__",
                    "__reduce__", "__reduce_ex__", "__sizeof__", "__subclasshook__", "__init_subclass__",
                    "__delattr__", "__setattr__", "__getattribute__", "__repr__", "__str__", "__hash__", "__eq__",
                    "__ne__", "__lt__", "__le__", "__gt__", "__ge__"));
        }
        String best = best(candidates, StrType.toJava(name));
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    private static List<String> keys(long dict) {
        List<String> out = new ArrayList<>();
        long[] cursor = new long[3];
        while (DictType.next(dict, cursor)) {
            if (StrType.check(cursor[1])) {
                out.add(StrType.toJava(cursor[1]));
            }
        }
        return out;
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (aStart < aEnd && bStart < bEnd && a.charAt(aStart) == b.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            String t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        for (int i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) {
            buffer[i] = tmp;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            char code = b.charAt(bStart + bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a.charAt(aStart + i));
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}

package dev.isola.interp.compile;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A small abstract interpreter over compiled {@link Code}: follows every path from instruction 0
 * and from every exception handler, and fails if the stack depth could go negative, exceed
 * {@code stacksize} or differ between two paths into the same instruction, if a jump or handler
 * target is out of range, or if a handler's depth is above the depth of an instruction it covers.
 * Recurses into nested code objects. Stateless.
 */
final class CodeChecker {
    private CodeChecker() {
    }

    static void check(Code code) {
        int[] insns = code.code();
        int n = insns.length;
        String where = code.qualname() + " (" + code.filename() + ")";
        if (code.positions().length != 4 * n) {
            throw new AssertionError(where + ": positions length " + code.positions().length + " for " + n);
        }
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] table = code.exceptionTable();
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int i = w[0];
            int d = w[1];
            while (true) {
                if (i < 0 || i >= n) {
                    throw new AssertionError(where + ": control reaches index " + i + " outside 0.." + n);
                }
                if (d < 0 || d > code.stacksize()) {
                    throw new AssertionError(where + ": depth " + d + " at " + i + " outside 0.." + code.stacksize());
                }
                if (depth[i] >= 0) {
                    if (depth[i] != d) {
                        throw new AssertionError(where + ": depth " + depth[i] + " and " + d + " at " + i);
                    }
                    break;
                }
                depth[i] = d;
                for (int t = 0; t < table.length; t += 5) {
                    if (table[t] <= i && i < table[t + 1]) {
                        if (table[t + 3] > d) {
                            throw new AssertionError(where + ": handler depth " + table[t + 3] + " above " + d
                                    + " at " + i);
                        }
                        work.push(new int[] {table[t + 2], table[t + 3] + 1});
                        break;
                    }
                }
                int op = Opcode.op(insns[i]);
                int arg = Opcode.arg(insns[i]);
                if (Opcode.isJump(op)) {
                    if (arg >= n) {
                        throw new AssertionError(where + ": jump target " + arg + " out of range at " + i);
                    }
                    int jd = d + Opcode.stackEffect(op, arg, true);
                    work.push(new int[] {arg, jd});
                    if (op == Opcode.JUMP) {
                        break;
                    }
                }
                d += Opcode.stackEffect(op, arg, false);
                if (d < 0 || d > code.stacksize()) {
                    throw new AssertionError(where + ": depth " + d + " after " + i + " (" + Opcode.name(op) + ")");
                }
                if (op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE) {
                    break;
                }
                i++;
            }
        }
        for (Object k : code.consts()) {
            if (k instanceof Code nested) {
                check(nested);
            }
        }
    }
}

package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction buffer of one code object under compilation, and its assembler: labels,
 * constant and name pools, source positions, exception handlers, stack depth and the final
 * {@link Code}.
 *
 * <h2>Exception handlers</h2>
 * The compiler brackets protected code with {@link #setup} and {@link #popBlock}, which maintain
 * a stack of handler labels as instructions are emitted; every instruction records the innermost
 * handler in force when it was emitted. {@code setup} also leaves a pseudo-instruction in the
 * buffer so that {@link #stackDepth} learns the stack depth at the start of the protected range
 * (CPython's {@code SETUP_FINALLY}/{@code SETUP_CLEANUP}/{@code SETUP_WITH}). Assembly drops the
 * pseudo-instructions and the unreachable instructions, and turns each run of instructions with
 * the same handler into one exception-table entry; runs never overlap, so "inner ranges first"
 * holds trivially.
 *
 * <h2>Invariants</h2>
 * Every jump targets a placed label; the stack depth at each reachable instruction is the same
 * along every path (checked: a violation is a compiler bug and throws); a handler entered from a
 * range starts at the depth of its {@code setup} plus one (the exception).
 *
 * <p>Single-use; not thread-safe.
 */
final class CodeBuilder {
    /** Pseudo-instruction: start of a range protected by the handler at label {@code target}. */
    static final int SETUP = 255;
    /** {@code setup} kinds: try/finally/cleanup push the exception; with replaces {@code __enter__}'s result. */
    static final int SETUP_FINALLY = 0;
    static final int SETUP_WITH = 1;

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private int[] targets = new int[64];
    private int[] handlers = new int[64];
    private int[] pos = new int[256];
    private int size;
    private int[] labelAt = new int[16];
    private int labelCount;
    private final ArrayDeque<Integer> handlerStack = new ArrayDeque<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private Ast.Pos loc;

    /** Current source position; null for artificial instructions. */
    Ast.Pos loc() {
        return loc;
    }

    void setLoc(Ast.Pos p) {
        loc = p;
    }

    int newLabel() {
        if (labelCount == labelAt.length) {
            labelAt = Arrays.copyOf(labelAt, labelCount * 2);
        }
        labelAt[labelCount] = -1;
        return labelCount++;
    }

    void place(int label) {
        labelAt[label] = size;
    }

    int size() {
        return size;
    }

    int lastOp() {
        return size == 0 ? -1 : ops[size - 1];
    }

    void emit(int op) {
        add(op, 0, -1);
    }

    void emit(int op, int arg) {
        add(op, arg, -1);
    }

    void jump(int op, int label) {
        add(op, 0, label);
    }

    void setup(int label, int kind) {
        add(SETUP, kind, label);
        handlerStack.push(label);
    }

    void popBlock() {
        handlerStack.pop();
    }

    /** A copy of the handler stack, to restore after emitting an early exit's unwinding code. */
    ArrayDeque<Integer> saveHandlers() {
        return new ArrayDeque<>(handlerStack);
    }

    void restoreHandlers(ArrayDeque<Integer> saved) {
        handlerStack.clear();
        handlerStack.addAll(saved);
    }

    private void add(int op, int arg, int target) {
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            targets = Arrays.copyOf(targets, n);
            handlers = Arrays.copyOf(handlers, n);
            pos = Arrays.copyOf(pos, 4 * n);
        }
        ops[size] = op;
        args[size] = arg;
        targets[size] = target;
        handlers[size] = handlerStack.isEmpty() ? -1 : handlerStack.peek();
        Ast.Pos p = loc;
        pos[4 * size] = p == null ? -1 : p.lineno();
        pos[4 * size + 1] = p == null ? -1 : p.endLineno();
        pos[4 * size + 2] = p == null ? -1 : p.colOffset();
        pos[4 * size + 3] = p == null ? -1 : p.endColOffset();
        size++;
    }

    int addConst(Object value) {
        if (value instanceof Code) {
            consts.add(value);
            return consts.size() - 1;
        }
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    private static Object constKey(Object v) {
        return switch (v) {
            case byte[] b -> List.of("bytes", new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            case Code.ConstTuple t -> {
                List<Object> items = new ArrayList<>();
                items.add("tuple");
                for (Object o : t.items()) {
                    items.add(constKey(o));
                }
                yield items;
            }
            default -> List.of(v.getClass().getName(), v);
        };
    }

    int addName(String name) {
        return nameIndex.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    // ---- assembly ----

    private static boolean terminates(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE || op == Opcode.JUMP;
    }

    /** Whether a label points past the last instruction (so the code needs a final return). */
    boolean labelAtEnd() {
        for (int i = 0; i < labelCount; i++) {
            if (labelAt[i] == size) {
                return true;
            }
        }
        return false;
    }

    boolean endsWithTerminator() {
        return size > 0 && terminates(ops[size - 1]) && !labelAtEnd();
    }

    /**
     * CPython's {@code stackdepth}: a worklist over the instructions from index 0 and from each
     * handler target. Fills {@code depthAt} (-1 where unreachable) and {@code handlerDepth}
     * (per label, -1 where its range is unreachable) and returns the maximum depth.
     */
    private int stackDepth(int[] depthAt, int[] handlerDepth) {
        Arrays.fill(depthAt, -1);
        Arrays.fill(handlerDepth, -1);
        int max = 0;
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int i = w[0];
            int d = w[1];
            while (i < size) {
                if (depthAt[i] >= 0) {
                    if (depthAt[i] != d) {
                        throw new IllegalStateException("inconsistent stack depth at " + i + ": " + depthAt[i]
                                + " vs " + d + " (" + Opcode.name(ops[i]) + ")");
                    }
                    break;
                }
                depthAt[i] = d;
                int op = ops[i];
                if (op == SETUP) {
                    int hd = d + (args[i] == SETUP_WITH ? 0 : 1);
                    handlerDepth[targets[i]] = hd - 1;
                    max = Math.max(max, hd);
                    work.push(new int[] {labelAt[targets[i]], hd});
                    i++;
                    continue;
                }
                if (targets[i] >= 0) {
                    int jd = d + Opcode.stackEffect(op, args[i], true);
                    max = Math.max(max, jd);
                    work.push(new int[] {labelAt[targets[i]], jd});
                    if (op == Opcode.JUMP) {
                        break;
                    }
                }
                d += Opcode.stackEffect(op, args[i], false);
                if (d < 0) {
                    throw new IllegalStateException("negative stack depth at " + i + " (" + Opcode.name(op) + ")");
                }
                max = Math.max(max, d);
                if (terminates(op)) {
                    break;
                }
                i++;
            }
        }
        return max;
    }

    /** Pseudo-instructions and unreachable code (CPython's dead-block elimination) are dropped. */
    private boolean kept(int i, int[] depthAt) {
        return ops[i] != SETUP && depthAt[i] >= 0;
    }

    /** Assembles the buffer into a code object; the caller has emitted the final return. */
    Code build(String name, String qualname, String filename, int firstLineno, int argcount, int posonly, int kwonly,
            int flags, List<String> varnames, List<String> cellvars, List<String> freevars, int[] cell2arg) {
        for (int i = 0; i < size; i++) {
            if (targets[i] >= 0 && labelAt[targets[i]] < 0) {
                throw new IllegalStateException("unplaced label " + targets[i] + " in " + qualname);
            }
        }
        int[] depthAt = new int[size];
        int[] handlerDepth = new int[labelCount];
        int stacksize = stackDepth(depthAt, handlerDepth);
        int[] finalIndex = new int[size + 1];
        int n = 0;
        for (int i = 0; i < size; i++) {
            finalIndex[i] = n;
            if (kept(i, depthAt)) {
                n++;
            }
        }
        finalIndex[size] = n;
        int[] code = new int[n];
        int[] positions = new int[4 * n];
        int[] handlerOf = new int[n];
        for (int i = 0; i < size; i++) {
            if (!kept(i, depthAt)) {
                continue;
            }
            int k = finalIndex[i];
            int arg = targets[i] >= 0 ? finalIndex[labelAt[targets[i]]] : args[i];
            code[k] = Opcode.encode(ops[i], arg);
            System.arraycopy(pos, 4 * i, positions, 4 * k, 4);
            handlerOf[k] = handlers[i];
        }
        List<Integer> table = new ArrayList<>();
        int k = 0;
        while (k < n) {
            int h = handlerOf[k];
            int start = k;
            while (k < n && handlerOf[k] == h) {
                k++;
            }
            if (h >= 0 && handlerDepth[h] >= 0) {
                table.addAll(List.of(start, k, finalIndex[labelAt[h]], handlerDepth[h], 0));
            }
        }
        int[] exc = table.stream().mapToInt(Integer::intValue).toArray();
        return new Code(name, qualname, filename, firstLineno, argcount, posonly, kwonly, flags, List.copyOf(varnames),
                List.copyOf(cellvars), List.copyOf(freevars), cell2arg, List.copyOf(names),
                java.util.Collections.unmodifiableList(new ArrayList<>(consts)), code, exc, positions, stacksize);
    }
}

package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code dis}-like listing of {@link Code}, for tests and debugging: a header, one line per
 * instruction ({@code index  OPNAME  arg  (resolved)}, the line number where it changes), the
 * exception table, then every nested code object in constant order.
 *
 * <p>Stateless; thread-safe.
 */
public final class Disassembler {
    private Disassembler() {
    }

    public static String dis(Code code) {
        StringBuilder sb = new StringBuilder();
        dis(code, sb);
        return sb.toString();
    }

    private static void dis(Code code, StringBuilder sb) {
        sb.append("Disassembly of <code ").append(code.qualname()).append(" line ").append(code.firstLineno())
                .append(" stacksize ").append(code.stacksize()).append(" flags 0x")
                .append(Integer.toHexString(code.flags())).append(">:\n");
        int line = -2;
        int[] insns = code.code();
        for (int i = 0; i < insns.length; i++) {
            int op = Opcode.op(insns[i]);
            int arg = Opcode.arg(insns[i]);
            int l = code.lineOf(i);
            String lineCol = l != line && l >= 0 ? String.valueOf(l) : "";
            line = l >= 0 ? l : line;
            sb.append(String.format("%4s %5d  %-20s", lineCol, i, Opcode.name(op)));
            if (hasArg(op)) {
                sb.append(String.format(" %5d", arg));
                String r = resolve(code, op, arg);
                if (r != null) {
                    sb.append(" (").append(r).append(')');
                }
            }
            sb.append('\n');
        }
        int[] t = code.exceptionTable();
        if (t.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < t.length; i += 5) {
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", t[i], t[i + 1], t[i + 2], t[i + 3],
                        t[i + 4] != 0 ? " lasti" : ""));
            }
        }
        for (Object k : code.consts()) {
            if (k instanceof Code nested) {
                sb.append('\n');
                dis(nested, sb);
            }
        }
    }

    private static boolean hasArg(int op) {
        return switch (op) {
            case Opcode.NOP, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR,
                    Opcode.DELETE_SUBSCR, Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE, Opcode.UNARY_INVERT,
                    Opcode.UNARY_NOT, Opcode.GET_ITER, Opcode.LIST_TO_TUPLE, Opcode.RETURN_VALUE,
                    Opcode.PUSH_EXC_INFO, Opcode.POP_EXCEPT, Opcode.RERAISE, Opcode.CHECK_EXC_MATCH,
                    Opcode.LOAD_ASSERTION_ERROR, Opcode.IMPORT_STAR, Opcode.PRINT_EXPR, Opcode.LOAD_BUILD_CLASS,
                    Opcode.SETUP_ANNOTATIONS, Opcode.GET_LEN, Opcode.YIELD_VALUE, Opcode.GET_YIELD_FROM_ITER,
                    Opcode.BEFORE_WITH, Opcode.WITH_EXCEPT_START -> false;
            default -> true;
        };
    }

    private static String resolve(Code code, int op, int arg) {
        return switch (op) {
            case Opcode.LOAD_CONST -> repr(code.consts().get(arg));
            case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST -> code.varnames().get(arg);
            case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLOSURE ->
                    arg < code.cellvars().size() ? code.cellvars().get(arg)
                            : code.freevars().get(arg - code.cellvars().size());
            case Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL, Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME,
                    Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.LOAD_METHOD,
                    Opcode.IMPORT_NAME, Opcode.IMPORT_FROM -> code.names().get(arg);
            case Opcode.BINARY_OP -> {
                int base = arg >= Opcode.INPLACE ? arg - Opcode.INPLACE : arg;
                String sym = dev.isola.objects.NumberOp.values()[base].symbol();
                yield arg >= Opcode.INPLACE ? sym + "=" : sym;
            }
            case Opcode.COMPARE_OP -> dev.isola.objects.CompareOp.values()[arg].symbol();
            default -> Opcode.isJump(op) ? "to " + arg : null;
        };
    }

    /** A Python-like repr of a constant. */
    public static String repr(Object v) {
        return switch (v) {
            case String s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Double d -> d.isInfinite() ? (d > 0 ? "inf" : "-inf") : d.isNaN() ? "nan"
                    : d == Math.rint(d) && Math.abs(d) < 1e16 ? String.valueOf(d) : Double.toString(d);
            case byte[] bs -> {
                StringBuilder sb = new StringBuilder("b'");
                for (byte x : bs) {
                    int ch = x & 0xFF;
                    sb.append(ch >= 32 && ch < 127 && ch != '\'' && ch != '\\' ? String.valueOf((char) ch)
                            : String.format("\\x%02x", ch));
                }
                yield sb.append('\'').toString();
            }
            case Ast.Singleton s -> s.name();
            case Code.ConstTuple t -> {
                List<String> items = new ArrayList<>();
                for (Object o : t.items()) {
                    items.add(repr(o));
                }
                yield "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
            }
            case Code c -> "<code " + c.qualname() + ">";
            default -> String.valueOf(v);
        };
    }
}

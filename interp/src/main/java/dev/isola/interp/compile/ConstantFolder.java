package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Ast.Expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Constant folding as CPython 3.11's {@code Python/ast_opt.c} does it: unary operators on
 * constants, binary operators on int, float, str, bytes and tuple constants, and tuples of
 * constants, indexing of str, bytes and tuple constants, and {@code __debug__} (always true: there
 * is no {@code -O}). An operation is folded only if it cannot raise and its result stays small:
 * integers of at most {@value #MAX_INT_SIZE} bits from {@code *}, {@code **} and {@code <<},
 * strings and bytes of at most {@value #MAX_STR_SIZE} items from repetition, tuples of at most
 * {@value #MAX_COLLECTION_SIZE} items. Float floor division, modulo and power are left to run
 * time (their corner cases are not worth duplicating here).
 *
 * <p>Stateless; thread-safe. {@link #fold} returns null when an expression is not constant.
 */
final class ConstantFolder {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ConstantFolder() {
    }

    /** The constant value of {@code e} after folding, or null. */
    static Object fold(Expr e) {
        return switch (e) {
            case Ast.Constant c -> c.value();
            case Ast.Name n when n.ctx() == Ast.ExprContext.Load && n.id().equals("__debug__") -> Boolean.TRUE;
            case Ast.UnaryOp u -> {
                Object v = fold(u.operand());
                yield v == null ? null : unary(u.op(), v);
            }
            case Ast.BinOp b -> {
                Object l = fold(b.left());
                if (l == null) {
                    yield null;
                }
                Object r = fold(b.right());
                yield r == null ? null : binary(b.op(), l, r);
            }
            case Ast.TupleExpr t when t.ctx() == Ast.ExprContext.Load -> tuple(t.elts());
            case Ast.Subscript s when s.ctx() == Ast.ExprContext.Load -> {
                Object v = fold(s.value());
                Object k = v == null ? null : fold(s.slice());
                yield k == null ? null : subscript(v, k);
            }
            default -> null;
        };
    }

    /** {@code "abc"[1]}, {@code (1, 2)[-1]}, {@code b"ab"[0]}: an integer index in range. */
    private static Object subscript(Object v, Object k) {
        BigInteger big = bigOf(k);
        if (big == null || big.bitLength() > 31) {
            return null;
        }
        int i = big.intValue();
        switch (v) {
            case String str -> {
                int[] cps = str.codePoints().toArray();
                int j = i < 0 ? i + cps.length : i;
                return j < 0 || j >= cps.length ? null : new String(cps, j, 1);
            }
            case byte[] bs -> {
                int j = i < 0 ? i + bs.length : i;
                return j < 0 || j >= bs.length ? null : (Object) (long) (bs[j] & 0xFF);
            }
            case Code.ConstTuple t -> {
                int j = i < 0 ? i + t.items().size() : i;
                return j < 0 || j >= t.items().size() ? null : t.items().get(j);
            }
            default -> {
                return null;
            }
        }
    }

    /** The folded tuple of {@code elts}, or null if one is not constant. */
    static Code.ConstTuple tuple(List<Expr> elts) {
        List<Object> items = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            if (x instanceof Ast.Starred) {
                return null;
            }
            Object v = fold(x);
            if (v == null) {
                return null;
            }
            items.add(v);
        }
        return new Code.ConstTuple(items);
    }

    static boolean truthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case byte[] b -> b.length != 0;
            case Code.ConstTuple t -> !t.items().isEmpty();
            case Code.ConstComplex c -> c.real() != 0.0 || c.imag() != 0.0;
            case Ast.Singleton s -> s == Ast.Singleton.Ellipsis;
            default -> true;
        };
    }

    private static BigInteger bigOf(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> null;
        };
    }

    private static Object norm(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValue() : b;
    }

    private static Object unary(Ast.UnaryOpKind op, Object v) {
        if (op == Ast.UnaryOpKind.Not) {
            return !truthy(v);
        }
        BigInteger i = bigOf(v);
        if (i != null) {
            return switch (op) {
                case USub -> norm(i.negate());
                case UAdd -> norm(i);
                case Invert -> norm(i.not());
                default -> null;
            };
        }
        if (v instanceof Double d) {
            return switch (op) {
                case USub -> -d;
                case UAdd -> d;
                default -> null;
            };
        }
        return null;
    }

    private static Object binary(Ast.Operator op, Object l, Object r) {
        BigInteger a = bigOf(l);
        BigInteger b = bigOf(r);
        if (a != null && b != null) {
            if (l instanceof Boolean x && r instanceof Boolean y) {
                switch (op) {
                    case BitAnd -> {
                        return x & y;
                    }
                    case BitOr -> {
                        return x | y;
                    }
                    case BitXor -> {
                        return x ^ y;
                    }
                    default -> {
                    }
                }
            }
            return intOp(op, a, b);
        }
        if ((a != null || l instanceof Double) && (b != null || r instanceof Double)) {
            double x = a != null ? a.doubleValue() : (Double) l;
            double y = b != null ? b.doubleValue() : (Double) r;
            if (Double.isInfinite(x) && a != null || Double.isInfinite(y) && b != null) {
                return null;
            }
            return switch (op) {
                case Add -> x + y;
                case Sub -> x - y;
                case Mult -> x * y;
                case Div -> y == 0.0 ? null : x / y;
                default -> null;
            };
        }
        if (op == Ast.Operator.Add) {
            if (l instanceof String x && r instanceof String y) {
                return x + y;
            }
            if (l instanceof byte[] x && r instanceof byte[] y) {
                byte[] z = Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, z, x.length, y.length);
                return z;
            }
            if (l instanceof Code.ConstTuple x && r instanceof Code.ConstTuple y) {
                List<Object> z = new ArrayList<>(x.items());
                z.addAll(y.items());
                return new Code.ConstTuple(z);
            }
            return null;
        }
        if (op == Ast.Operator.Mult) {
            if (b != null) {
                return repeat(l, b);
            }
            if (a != null) {
                return repeat(r, a);
            }
        }
        return null;
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (count.signum() < 0 || count.bitLength() > 31) {
            return null;
        }
        int n = count.intValue();
        switch (seq) {
            case String s -> {
                if ((long) s.length() * n > MAX_STR_SIZE) {
                    return null;
                }
                return s.repeat(n);
            }
            case byte[] bs -> {
                if ((long) bs.length * n > MAX_STR_SIZE) {
                    return null;
                }
                byte[] z = new byte[bs.length * n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(bs, 0, z, i * bs.length, bs.length);
                }
                return z;
            }
            case Code.ConstTuple t -> {
                if ((long) t.items().size() * n > MAX_COLLECTION_SIZE) {
                    return null;
                }
                List<Object> z = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    z.addAll(t.items());
                }
                return new Code.ConstTuple(z);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object intOp(Ast.Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add -> {
                return norm(a.add(b));
            }
            case Sub -> {
                return norm(a.subtract(b));
            }
            case Mult -> {
                if (a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                return norm(a.multiply(b));
            }
            case FloorDiv, Mod -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(b);
                }
                return norm(op == Ast.Operator.FloorDiv ? qr[0] : qr[1]);
            }
            case Div -> {
                if (b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53) {
                    return null;
                }
                return a.doubleValue() / b.doubleValue();
            }
            case Pow -> {
                if (b.signum() < 0 || b.bitLength() > 31) {
                    return null;
                }
                if (a.signum() != 0 && b.signum() > 0 && (long) a.bitLength() * b.intValue() > MAX_INT_SIZE) {
                    return null;
                }
                return norm(a.pow(b.intValue()));
            }
            case LShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() == 0) {
                    return 0L;
                }
                if (b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE || a.bitLength() > MAX_INT_SIZE - b.intValue()) {
                    return null;
                }
                return norm(a.shiftLeft(b.intValue()));
            }
            case RShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                return norm(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
            }
            case BitAnd -> {
                return norm(a.and(b));
            }
            case BitOr -> {
                return norm(a.or(b));
            }
            case BitXor -> {
                return norm(a.xor(b));
            }
            default -> {
                return null;
            }
        }
    }
}

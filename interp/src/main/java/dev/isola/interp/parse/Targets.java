package dev.isola.interp.parse;

import dev.isola.interp.parse.Ast.*;
import java.util.List;

/**
 * Assignment and deletion targets. The parser reads a target as an expression (as CPython's
 * grammar does in its {@code invalid_*} rules) and then checks and converts it here: a target
 * is a Name, Attribute or Subscript, or a Tuple/List/Starred of targets; anything else yields
 * "cannot assign to <description>" with CPython's description of the node.
 *
 * <p>Stateless; safe to use from any thread.
 */
final class Targets {
    private Targets() {
    }

    /** The first sub-expression that cannot be a target in {@code ctx}, or null. */
    static Expr invalidTarget(Expr e, ExprContext ctx) {
        return switch (e) {
            case Name n -> null;
            case Attribute a -> null;
            case Subscript s -> null;
            case Starred s -> ctx == ExprContext.Del ? e : invalidTarget(s.value(), ctx);
            case TupleExpr t -> firstInvalid(t.elts(), ctx);
            case ListExpr l -> firstInvalid(l.elts(), ctx);
            default -> e;
        };
    }

    static Expr firstInvalid(List<Expr> elts, ExprContext ctx) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, ctx);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static Expr withCtx(Expr e, ExprContext ctx) {
        return switch (e) {
            case Name n -> new Name(n.id(), ctx, n.pos());
            case Attribute a -> new Attribute(a.value(), a.attr(), ctx, a.pos());
            case Subscript s -> new Subscript(s.value(), s.slice(), ctx, s.pos());
            case Starred s -> new Starred(withCtx(s.value(), ctx), ctx, s.pos());
            case TupleExpr t -> new TupleExpr(t.elts().stream().map(x -> withCtx(x, ctx)).toList(), ctx, t.pos());
            case ListExpr l -> new ListExpr(l.elts().stream().map(x -> withCtx(x, ctx)).toList(), ctx, l.pos());
            default -> throw new IllegalStateException("not a target: " + e);
        };
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String describe(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case TupleExpr t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case DictExpr d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> c.value() == Singleton.None ? "None" : c.value() == Singleton.Ellipsis ? "ellipsis"
                    : c.value() instanceof Boolean z ? (z ? "True" : "False") : "literal";
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }
}

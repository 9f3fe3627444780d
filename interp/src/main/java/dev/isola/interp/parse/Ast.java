package dev.isola.interp.parse;

import java.util.List;

/**
 * The abstract syntax tree the {@link Parser} builds: CPython 3.11's {@code ast} module as Java
 * records. Node and field names are CPython's (fields in camelCase: {@code formatSpec} is
 * {@code format_spec}), in CPython's order, so that {@link AstDump} can print
 * {@code ast.dump(tree)} generically. Where a Python name would clash with {@code java.util}
 * or with the sealed interfaces, the record carries a suffix and {@link AstDump} maps it back:
 * {@code ExprStmt} is {@code Expr}; {@code ListExpr}, {@code TupleExpr}, {@code SetExpr},
 * {@code DictExpr} are {@code List}, {@code Tuple}, {@code Set}, {@code Dict}; the helper
 * records {@code Arguments}, {@code Arg}, {@code Keyword}, {@code Alias}, {@code WithItem},
 * {@code Comprehension} are CPython's lower-case {@code arguments}, {@code arg} ….
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A Java {@code null} field is an absent optional field ({@code expr?} in ASDL); inside a
 *       list ({@code Dict.keys}, {@code Arguments.kwDefaults}) it is Python's {@code None}.</li>
 *   <li>{@link Constant#value()} is a {@link Boolean}, {@link Long}, {@link java.math.BigInteger},
 *       {@link Double}, {@link String}, {@code byte[]} or a {@link Singleton}; never null.</li>
 *   <li>{@link Pos} holds CPython's attributes {@code lineno, col_offset, end_lineno,
 *       end_col_offset}: 1-based lines, 0-based columns counted in code points (CPython counts
 *       UTF-8 bytes; the two agree on ASCII lines).</li>
 * </ul>
 * Records are immutable; a tree is safe to share between threads.
 */
public final class Ast {
    private Ast() {
    }

    /** Source span of a node: CPython's four position attributes. */
    public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {
        static Pos span(Pos from, Pos to) {
            return new Pos(from.lineno, from.colOffset, to.endLineno, to.endColOffset);
        }
    }

    /** A node with a source position. */
    public sealed interface Located permits Expr, Stmt, Arg, Keyword, Alias, ExceptHandler {
        Pos pos();
    }

    public enum Singleton { None, Ellipsis }

    public enum ExprContext { Load, Store, Del }

    public enum BoolOpKind { And, Or }

    public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

    public enum UnaryOpKind { Invert, Not, UAdd, USub }

    public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

    // ---- module ----

    /** {@code type_ignores} is always empty: Isola does not parse type comments. */
    public record Module(List<Stmt> body, List<Object> typeIgnores) {
    }

    // ---- statements ----

    public sealed interface Stmt extends Located {
    }

    public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
            Expr returns, Pos pos) implements Stmt {
    }

    public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, Pos pos) implements Stmt {
    }

    public record Return(Expr value, Pos pos) implements Stmt {
    }

    public record Delete(List<Expr> targets, Pos pos) implements Stmt {
    }

    public record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    }

    public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
    }

    /** {@code simple} is 1 for a plain name target not in parentheses, else 0. */
    public record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Pos pos) implements Stmt {
    }

    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    public record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    }

    public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    }

    public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, Pos pos) implements Stmt {
    }

    public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    }

    public record Import(List<Alias> names, Pos pos) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}. */
    public record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    }

    public record Global(List<String> names, Pos pos) implements Stmt {
    }

    public record Nonlocal(List<String> names, Pos pos) implements Stmt {
    }

    /** CPython's {@code Expr}: an expression statement. */
    public record ExprStmt(Expr value, Pos pos) implements Stmt {
    }

    public record Pass(Pos pos) implements Stmt {
    }

    public record Break(Pos pos) implements Stmt {
    }

    public record Continue(Pos pos) implements Stmt {
    }

    // ---- expressions ----

    public sealed interface Expr extends Located {
    }

    public record BoolOp(BoolOpKind op, List<Expr> values, Pos pos) implements Expr {
    }

    public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    }

    public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
    }

    public record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {
    }

    public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    }

    public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    }

    /** A null key is a {@code **mapping} entry. */
    public record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    }

    public record SetExpr(List<Expr> elts, Pos pos) implements Expr {
    }

    public record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record Yield(Expr value, Pos pos) implements Expr {
    }

    public record YieldFrom(Expr value, Pos pos) implements Expr {
    }

    public record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {
    }

    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    }

    /** {@code conversion} is -1 or the code point of {@code r}, {@code s}, {@code a}. */
    public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    }

    public record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    }

    /** {@code kind} is "u" for a {@code u''} string, else null. */
    public record Constant(Object value, String kind, Pos pos) implements Expr {
    }

    public record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {
    }

    public record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {
    }

    public record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {
    }

    public record Name(String id, ExprContext ctx, Pos pos) implements Expr {
    }

    public record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    }

    public record TupleExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    }

    public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    }

    // ---- helpers ----

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) {
    }

    public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Located {
    }

    /** {@code kwDefaults} has one entry per keyword-only arg, null where it has no default. */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    }

    public record Arg(String arg, Expr annotation, Pos pos) implements Located {
    }

    /** {@code arg} is null for {@code **kwargs}. */
    public record Keyword(String arg, Expr value, Pos pos) implements Located {
    }

    public record Alias(String name, String asname, Pos pos) implements Located {
    }

    public record WithItem(Expr contextExpr, Expr optionalVars) {
    }
}

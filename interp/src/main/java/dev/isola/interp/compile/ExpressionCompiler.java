package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Ast.Expr;
import dev.isola.objects.CompareOp;
import dev.isola.objects.NumberOp;

import java.util.ArrayList;
import java.util.List;

/**
 * The expression half of the {@link Compiler}: loads, stores and deletes of every expression
 * kind, conditional jumps ({@link #jumpIf}), calls (plain, method and {@code *}/{@code **}),
 * displays with unpacking, f-strings and comprehensions (each a nested code object called with
 * the iterator of its outermost iterable).
 *
 * <p>Positions: {@link #visit} sets the builder's location to the node for the duration of the
 * node and restores it after, so an instruction carries the span of the node that emits it (a
 * {@code BINARY_OP} the BinOp's, a {@code CALL} the Call's).
 *
 * <p>Stack discipline is CPython 3.11's: a plain call pushes {@code NULL}, the callable, then the
 * arguments; a method call {@code o.m(…)} uses {@code LOAD_METHOD}, which pushes two items.
 *
 * <p>Shares the compiler's state; single-use; not thread-safe.
 */
final class ExpressionCompiler {
    /** CPython's {@code STACK_USE_GUIDELINE}: beyond it, calls and displays are built incrementally. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Compiler c;
    /** The last comparison a {@link #jumpIf} tested, for CPython's position quirk; null if none. */
    private Ast.Pos lastCompare;

    ExpressionCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    private void loadConst(Object v) {
        b().emit(Opcode.LOAD_CONST, b().addConst(v));
    }

    static int numberOp(Ast.Operator op) {
        NumberOp n = switch (op) {
            case Add -> NumberOp.ADD;
            case Sub -> NumberOp.SUBTRACT;
            case Mult -> NumberOp.MULTIPLY;
            case MatMult -> NumberOp.MATRIX_MULTIPLY;
            case Div -> NumberOp.TRUE_DIVIDE;
            case Mod -> NumberOp.REMAINDER;
            case Pow -> NumberOp.POWER;
            case LShift -> NumberOp.LSHIFT;
            case RShift -> NumberOp.RSHIFT;
            case BitOr -> NumberOp.OR;
            case BitXor -> NumberOp.XOR;
            case BitAnd -> NumberOp.AND;
            case FloorDiv -> NumberOp.FLOOR_DIVIDE;
        };
        return n.ordinal();
    }

    private void compareOp(Ast.CmpOp op) {
        CodeBuilder b = b();
        switch (op) {
            case Eq -> b.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
            case NotEq -> b.emit(Opcode.COMPARE_OP, CompareOp.NE.ordinal());
            case Lt -> b.emit(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
            case LtE -> b.emit(Opcode.COMPARE_OP, CompareOp.LE.ordinal());
            case Gt -> b.emit(Opcode.COMPARE_OP, CompareOp.GT.ordinal());
            case GtE -> b.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
            case Is -> b.emit(Opcode.IS_OP, 0);
            case IsNot -> b.emit(Opcode.IS_OP, 1);
            case In -> b.emit(Opcode.CONTAINS_OP, 0);
            case NotIn -> b.emit(Opcode.CONTAINS_OP, 1);
        }
    }

    /** Compiles {@code e} for its context (load, store or delete) with its own position. */
    void visit(Expr e) {
        CodeBuilder b = b();
        Ast.Pos saved = b.loc();
        b.setLoc(e.pos());
        visit1(e);
        c.u.b.setLoc(saved);
    }

    /** An iterable of a for loop, comprehension or {@code in} test: a list display becomes a tuple. */
    void visitIterable(Expr e) {
        if (e instanceof Ast.ListExpr l && l.elts().stream().noneMatch(x -> x instanceof Ast.Starred)) {
            visit(new Ast.TupleExpr(l.elts(), Ast.ExprContext.Load, l.pos()));
        } else {
            visit(e);
        }
    }

    private void visit1(Expr e) {
        CodeBuilder b = b();
        switch (e) {
            case Ast.BoolOp o -> {
                int end = b.newLabel();
                int jump = o.op() == Ast.BoolOpKind.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
                List<Expr> values = o.values();
                for (int i = 0; i < values.size() - 1; i++) {
                    visit(values.get(i));
                    b.jump(jump, end);
                }
                visit(values.get(values.size() - 1));
                b.place(end);
            }
            case Ast.NamedExpr n -> {
                visit(n.value());
                b.emit(Opcode.COPY, 1);
                visit(n.target());
            }
            case Ast.BinOp o -> {
                Object v = ConstantFolder.fold(o);
                if (v != null) {
                    loadConst(v);
                } else {
                    visit(o.left());
                    visit(o.right());
                    b.emit(Opcode.BINARY_OP, numberOp(o.op()));
                }
            }
            case Ast.UnaryOp o -> {
                Object v = ConstantFolder.fold(o);
                if (v != null) {
                    loadConst(v);
                } else {
                    visit(o.operand());
                    b.emit(switch (o.op()) {
                        case Invert -> Opcode.UNARY_INVERT;
                        case Not -> Opcode.UNARY_NOT;
                        case UAdd -> Opcode.UNARY_POSITIVE;
                        case USub -> Opcode.UNARY_NEGATIVE;
                    });
                }
            }
            case Ast.Lambda l -> c.lambda(l);
            case Ast.IfExp i -> {
                int end = b.newLabel();
                int next = b.newLabel();
                jumpIf(i.test(), next, false);
                visit(i.body());
                b.jump(Opcode.JUMP, end);
                b.place(next);
                visit(i.orelse());
                b.place(end);
            }
            case Ast.DictExpr d -> dict(d);
            case Ast.SetExpr s -> starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Ast.ListComp l -> comprehension(e, "<listcomp>", l.generators(), l.elt(), null, Opcode.BUILD_LIST);
            case Ast.SetComp s -> comprehension(e, "<setcomp>", s.generators(), s.elt(), null, Opcode.BUILD_SET);
            case Ast.DictComp d -> comprehension(e, "<dictcomp>", d.generators(), d.key(), d.value(), Opcode.BUILD_MAP);
            case Ast.GeneratorExp g -> comprehension(e, "<genexpr>", g.generators(), g.elt(), null, -1);
            case Ast.Yield y -> {
                checkYield(e);
                if (y.value() != null) {
                    visit(y.value());
                } else {
                    loadConst(Ast.Singleton.None);
                }
                b.emit(Opcode.YIELD_VALUE);
            }
            case Ast.YieldFrom y -> {
                checkYield(e);
                visit(y.value());
                b.emit(Opcode.GET_YIELD_FROM_ITER);
                loadConst(Ast.Singleton.None);
                int start = b.newLabel();
                int exit = b.newLabel();
                b.place(start);
                b.jump(Opcode.SEND, exit);
                b.emit(Opcode.YIELD_VALUE);
                b.jump(Opcode.JUMP, start);
                b.place(exit);
            }
            case Ast.Compare o -> compare(o);
            case Ast.Call call -> call(call);
            case Ast.FormattedValue f -> {
                visit(f.value());
                int flags = switch (f.conversion()) {
                    case 's' -> Opcode.FORMAT_STR;
                    case 'r' -> Opcode.FORMAT_REPR;
                    case 'a' -> Opcode.FORMAT_ASCII;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    visit(f.formatSpec());
                    flags |= Opcode.FORMAT_HAS_SPEC;
                }
                b.emit(Opcode.FORMAT_VALUE, flags);
            }
            case Ast.JoinedStr j -> {
                for (Expr v : j.values()) {
                    visit(v);
                }
                if (j.values().size() != 1) {
                    b.emit(Opcode.BUILD_STRING, j.values().size());
                }
            }
            case Ast.Constant k -> loadConst(k.value());
            case Ast.Attribute a -> {
                visit(a.value());
                b.setLoc(matchAttr(e.pos(), a));
                int op = switch (a.ctx()) {
                    case Load -> Opcode.LOAD_ATTR;
                    case Store -> Opcode.STORE_ATTR;
                    case Del -> Opcode.DELETE_ATTR;
                };
                b.emit(op, c.attrName(a.attr()));
            }
            case Ast.Subscript s when s.ctx() == Ast.ExprContext.Load && ConstantFolder.fold(s) != null ->
                    loadConst(ConstantFolder.fold(s));
            case Ast.Subscript s -> {
                visit(s.value());
                visit(s.slice());
                b.emit(switch (s.ctx()) {
                    case Load -> Opcode.BINARY_SUBSCR;
                    case Store -> Opcode.STORE_SUBSCR;
                    case Del -> Opcode.DELETE_SUBSCR;
                });
            }
            case Ast.Starred s -> {
                if (s.ctx() == Ast.ExprContext.Store) {
                    throw c.error("starred assignment target must be in a list or tuple", s.pos());
                }
                throw c.error("can't use starred expression here", s.pos());
            }
            case Ast.Name n when ConstantFolder.fold(n) != null -> loadConst(ConstantFolder.fold(n));
            case Ast.Name n -> c.nameOp(n.id(), n.ctx());
            case Ast.ListExpr l -> sequence(l.elts(), l.ctx(), false);
            case Ast.TupleExpr t -> {
                Code.ConstTuple k = t.ctx() == Ast.ExprContext.Load ? ConstantFolder.tuple(t.elts()) : null;
                if (k != null) {
                    loadConst(k);
                } else {
                    sequence(t.elts(), t.ctx(), true);
                }
            }
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    visit(s.lower());
                } else {
                    loadConst(Ast.Singleton.None);
                }
                if (s.upper() != null) {
                    visit(s.upper());
                } else {
                    loadConst(Ast.Singleton.None);
                }
                if (s.step() != null) {
                    visit(s.step());
                }
                b.emit(Opcode.BUILD_SLICE, s.step() != null ? 3 : 2);
            }
        }
    }

    private void checkYield(Expr e) {
        if (!c.u.isFunction()) {
            throw c.error("'yield' outside function", e.pos());
        }
    }

    /**
     * CPython's {@code update_start_location_to_match_attr}: an attribute access spanning lines
     * starts, for the caret display, at the attribute name.
     */
    static Ast.Pos matchAttr(Ast.Pos p, Ast.Attribute a) {
        if (p == null || p.lineno() == a.pos().endLineno()) {
            return p;
        }
        int line = a.pos().endLineno();
        int len = a.attr().length();
        int col = len <= a.pos().endColOffset() ? a.pos().endColOffset() - len : -1;
        int endLine = Math.max(line, p.endLineno());
        int endCol = col < 0 ? -1 : p.endColOffset();
        if (line == endLine && col >= 0) {
            endCol = Math.max(col, endCol);
        }
        return new Ast.Pos(line, col, endLine, endCol);
    }

    private void sequence(List<Expr> elts, Ast.ExprContext ctx, boolean tuple) {
        switch (ctx) {
            case Load -> starUnpack(elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple);
            case Store -> {
                unpack(elts);
                for (Expr x : elts) {
                    visit(x instanceof Ast.Starred s ? s.value() : x);
                }
            }
            case Del -> {
                for (Expr x : elts) {
                    visit(x);
                }
            }
        }
    }

    private void unpack(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Ast.Starred s) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment", b().loc());
                }
                if (i >= 1 << 8 || n - i - 1 >= 1 << 16) {
                    throw c.error("too many expressions in star-unpacking assignment", b().loc());
                }
                b().emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            b().emit(Opcode.UNPACK_SEQUENCE, n);
        }
    }

    /**
     * CPython's {@code starunpack_helper}: a list, set or tuple display of {@code elts} over
     * {@code pushed} items already on the stack.
     */
    private void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        CodeBuilder b = b();
        int n = elts.size();
        if (n > 2) {
            Code.ConstTuple k = ConstantFolder.tuple(elts);
            if (k != null) {
                if (tuple && pushed == 0) {
                    loadConst(k);
                } else {
                    b.emit(build, build == Opcode.BUILD_SET ? 0 : pushed);
                    loadConst(build == Opcode.BUILD_SET ? new Code.ConstFrozenSet(k.items()) : k);
                    b.emit(extend, 1);
                    if (tuple) {
                        b.emit(Opcode.LIST_TO_TUPLE);
                    }
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(x -> x instanceof Ast.Starred);
        if (!seenStar && !big) {
            for (Expr x : elts) {
                visit(x);
            }
            b.emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            b.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Ast.Starred s) {
                if (!built) {
                    b.emit(build, i + pushed);
                    built = true;
                }
                visit(s.value());
                b.emit(extend, 1);
            } else {
                visit(x);
                if (built) {
                    b.emit(add, 1);
                }
            }
        }
        if (tuple) {
            b.emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Ast.DictExpr d) {
        CodeBuilder b = b();
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        b.emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    b.emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(d.values().get(i));
                b.emit(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    b.emit(Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                b.emit(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            b.emit(Opcode.BUILD_MAP, 0);
        }
    }

    private void subdict(Ast.DictExpr d, int begin, int end) {
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
        }
        b().emit(Opcode.BUILD_MAP, end - begin);
    }

    private void compare(Ast.Compare o) {
        CodeBuilder b = b();
        int n = o.ops().size() - 1;
        visit(o.left());
        if (n == 0) {
            visitComparator(o, 0);
            compareOp(o.ops().get(0));
            return;
        }
        int cleanup = b.newLabel();
        for (int i = 0; i < n; i++) {
            visitComparator(o, i);
            b.emit(Opcode.SWAP, 2);
            b.emit(Opcode.COPY, 2);
            compareOp(o.ops().get(i));
            b.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitComparator(o, n);
        compareOp(o.ops().get(n));
        int end = b.newLabel();
        b.jump(Opcode.JUMP, end);
        b.place(cleanup);
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.POP_TOP);
        b.place(end);
    }

    /**
     * As CPython's {@code fold_compare}, only the last comparator of an {@code in} test becomes a
     * tuple: a middle one is also an operand of the next comparison.
     */
    private void visitComparator(Ast.Compare o, int i) {
        Ast.CmpOp op = o.ops().get(i);
        if ((op == Ast.CmpOp.In || op == Ast.CmpOp.NotIn) && i == o.ops().size() - 1) {
            visitIterable(o.comparators().get(i));
        } else {
            visit(o.comparators().get(i));
        }
    }

    /**
     * Jumps to {@code label} if {@code e} is true ({@code cond}) or false (compile.c's
     * {@code compiler_jump_if}). As in CPython 3.11, a comparison tested here leaves its position
     * as the current one (so {@code assert a < b} raises with the span of {@code a < b}); other
     * tests leave the position as it was.
     */
    void jumpIf(Expr e, int label, boolean cond) {
        CodeBuilder b = b();
        Ast.Pos saved = b.loc();
        Ast.Pos outer = lastCompare;
        lastCompare = null;
        b.setLoc(e.pos());
        jumpIf1(e, label, cond);
        if (e instanceof Ast.Compare) {
            lastCompare = e.pos();
        }
        b.setLoc(lastCompare != null ? lastCompare : saved);
        if (lastCompare == null) {
            lastCompare = outer;
        }
    }

    private void jumpIf1(Expr e, int label, boolean cond) {
        CodeBuilder b = b();
        Object k = e instanceof Ast.Constant || e instanceof Ast.UnaryOp || e instanceof Ast.BinOp
                || e instanceof Ast.Name ? ConstantFolder.fold(e) : null;
        if (k != null) {
            if (ConstantFolder.truthy(k) == cond) {
                b.jump(Opcode.JUMP, label);
            }
            return;
        }
        switch (e) {
            case Ast.UnaryOp u when u.op() == Ast.UnaryOpKind.Not -> jumpIf(u.operand(), label, !cond);
            case Ast.BoolOp o -> {
                List<Expr> s = o.values();
                boolean cond2 = o.op() == Ast.BoolOpKind.Or;
                int next2 = cond2 != cond ? b.newLabel() : label;
                for (int i = 0; i < s.size() - 1; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(s.size() - 1), label, cond);
                if (next2 != label) {
                    b.place(next2);
                }
            }
            case Ast.IfExp i -> {
                int end = b.newLabel();
                int next2 = b.newLabel();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), label, cond);
                b.jump(Opcode.JUMP, end);
                b.place(next2);
                jumpIf(i.orelse(), label, cond);
                b.place(end);
            }
            case Ast.Compare o when o.ops().size() > 1 -> {
                int n = o.ops().size() - 1;
                int cleanup = b.newLabel();
                visit(o.left());
                for (int i = 0; i < n; i++) {
                    visitComparator(o, i);
                    b.emit(Opcode.SWAP, 2);
                    b.emit(Opcode.COPY, 2);
                    compareOp(o.ops().get(i));
                    b.jump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                }
                visitComparator(o, n);
                compareOp(o.ops().get(n));
                b.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, label);
                int end = b.newLabel();
                b.jump(Opcode.JUMP, end);
                b.place(cleanup);
                b.emit(Opcode.POP_TOP);
                if (!cond) {
                    b.jump(Opcode.JUMP, label);
                }
                b.place(end);
            }
            case Ast.Compare o when (o.ops().get(0) == Ast.CmpOp.Is || o.ops().get(0) == Ast.CmpOp.IsNot)
                    && o.comparators().get(0) instanceof Ast.Constant k2 && k2.value() == Ast.Singleton.None -> {
                visit(o.left());
                boolean jumpIfNone = (o.ops().get(0) == Ast.CmpOp.Is) == cond;
                b.jump(jumpIfNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, label);
            }
            default -> {
                visit(e);
                b.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, label);
            }
        }
    }

    // ---- calls ----

    private void validateKeywords(List<Ast.Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    throw c.error("keyword argument repeated: " + name, keywords.get(j).pos());
                }
            }
        }
    }

    private void call(Ast.Call e) {
        if (methodCall(e)) {
            return;
        }
        b().emit(Opcode.PUSH_NULL);
        visit(e.func());
        callHelper(0, e.args(), e.keywords(), e.pos());
    }

    /** {@code o.m(args)} without unpacking: {@code LOAD_METHOD} then {@code CALL}. */
    private boolean methodCall(Ast.Call e) {
        if (!(e.func() instanceof Ast.Attribute meth) || meth.ctx() != Ast.ExprContext.Load
                || e.args().size() + e.keywords().size() >= STACK_USE_GUIDELINE
                || e.args().stream().anyMatch(x -> x instanceof Ast.Starred)
                || e.keywords().stream().anyMatch(k -> k.arg() == null)) {
            return false;
        }
        validateKeywords(e.keywords());
        CodeBuilder b = b();
        visit(meth.value());
        Ast.Pos callPos = e.pos();
        b.setLoc(matchAttr(meth.pos(), meth));
        b.emit(Opcode.LOAD_METHOD, c.attrName(meth.attr()));
        b.setLoc(callPos);
        for (Expr a : e.args()) {
            visit(a);
        }
        emitCall(e.args().size(), e.keywords(), matchAttr(callPos, meth));
        return true;
    }

    private void emitCall(int positional, List<Ast.Keyword> keywords, Ast.Pos pos) {
        CodeBuilder b = b();
        List<Object> kwnames = new ArrayList<>();
        for (Ast.Keyword k : keywords) {
            visit(k.value());
            kwnames.add(k.arg());
        }
        b.setLoc(pos);
        if (kwnames.isEmpty()) {
            b.emit(Opcode.CALL, positional);
        } else {
            loadConst(new Code.ConstTuple(kwnames));
            b.emit(Opcode.CALL_KW, positional + kwnames.size());
        }
    }

    /**
     * The arguments and the call, with {@code n} positional arguments already pushed (compile.c's
     * {@code compiler_call_helper}).
     */
    void callHelper(int n, List<Expr> args, List<Ast.Keyword> keywords, Ast.Pos pos) {
        validateKeywords(keywords);
        CodeBuilder b = b();
        boolean ex = n + args.size() + 2 * keywords.size() > STACK_USE_GUIDELINE
                || args.stream().anyMatch(x -> x instanceof Ast.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            for (Expr a : args) {
                visit(a);
            }
            emitCall(n + args.size(), keywords, pos);
            return;
        }
        if (n == 0 && args.size() == 1 && args.get(0) instanceof Ast.Starred only) {
            // f(*x): x itself goes to CALL_FUNCTION_EX, which makes the tuple (and names f in
            // "argument after * must be an iterable"), as CPython's compiler_call_helper does.
            visit(only.value());
        } else {
            starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Ast.Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (seen > 0) {
                        subkwargs(keywords, i - seen, i);
                        if (haveDict) {
                            b.emit(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        b.emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visit(kw.value());
                    b.emit(Opcode.DICT_MERGE, 1);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subkwargs(keywords, keywords.size() - seen, keywords.size());
                if (haveDict) {
                    b.emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        b.setLoc(pos);
        b.emit(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    private void subkwargs(List<Ast.Keyword> keywords, int begin, int end) {
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg());
            visit(keywords.get(i).value());
        }
        b().emit(Opcode.BUILD_MAP, end - begin);
    }

    // ---- assignment ----

    void augAssign(Ast.AugAssign s) {
        CodeBuilder b = b();
        Expr t = s.target();
        b.setLoc(t.pos());
        switch (t) {
            case Ast.Attribute a -> {
                visit(a.value());
                b.emit(Opcode.COPY, 1);
                b.setLoc(matchAttr(t.pos(), a));
                b.emit(Opcode.LOAD_ATTR, c.attrName(a.attr()));
            }
            case Ast.Subscript sub -> {
                visit(sub.value());
                visit(sub.slice());
                b.emit(Opcode.COPY, 2);
                b.emit(Opcode.COPY, 2);
                b.emit(Opcode.BINARY_SUBSCR);
            }
            case Ast.Name n -> c.nameOp(n.id(), Ast.ExprContext.Load);
            default -> throw c.error("illegal expression for augmented assignment", t.pos());
        }
        b.setLoc(s.pos());
        visit(s.value());
        b.emit(Opcode.BINARY_OP, numberOp(s.op()) + Opcode.INPLACE);
        b.setLoc(t.pos());
        switch (t) {
            case Ast.Attribute a -> {
                b.setLoc(matchAttr(t.pos(), a));
                b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.STORE_ATTR, c.attrName(a.attr()));
            }
            case Ast.Subscript sub -> {
                b.emit(Opcode.SWAP, 3);
                b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.STORE_SUBSCR);
            }
            case Ast.Name n -> c.nameOp(n.id(), Ast.ExprContext.Store);
            default -> throw new IllegalStateException();
        }
    }

    // ---- comprehensions ----

    /** {@code build} is the container's BUILD_* opcode, or -1 for a generator expression. */
    private void comprehension(Expr e, String name, List<Ast.Comprehension> gens, Expr elt, Expr value, int build) {
        c.enterUnit(e, Compiler.UnitKind.COMPREHENSION, name, e.pos().lineno());
        c.u.argcount = 1;
        CodeBuilder inner = b();
        inner.setLoc(e.pos());
        if (build >= 0) {
            inner.emit(build, 0);
        }
        generator(gens, 0, 0, elt, value, build);
        if (build >= 0) {
            b().setLoc(e.pos());
            b().emit(Opcode.RETURN_VALUE);
        }
        Code code = c.exitUnit(true);
        CodeBuilder b = b();
        b.emit(Opcode.PUSH_NULL);
        c.makeClosure(code, 0);
        visitIterable(gens.get(0).iter());
        b.emit(Opcode.GET_ITER);
        b.emit(Opcode.CALL, 1);
    }

    private void generator(List<Ast.Comprehension> gens, int index, int depth, Expr elt, Expr value, int build) {
        CodeBuilder b = b();
        Ast.Comprehension g = gens.get(index);
        int start = b.newLabel();
        int ifCleanup = b.newLabel();
        int anchor = b.newLabel();
        if (index == 0) {
            b.emit(Opcode.LOAD_FAST, 0);
        } else {
            visitIterable(g.iter());
            b.emit(Opcode.GET_ITER);
        }
        b.place(start);
        b.jump(Opcode.FOR_ITER, anchor);
        depth++;
        visit(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            generator(gens, index + 1, depth, elt, value, build);
        } else {
            switch (build) {
                case Opcode.BUILD_LIST -> {
                    visit(elt);
                    b.emit(Opcode.LIST_APPEND, depth + 1);
                }
                case Opcode.BUILD_SET -> {
                    visit(elt);
                    b.emit(Opcode.SET_ADD, depth + 1);
                }
                case Opcode.BUILD_MAP -> {
                    visit(elt);
                    visit(value);
                    b.emit(Opcode.MAP_ADD, depth + 1);
                }
                default -> {
                    visit(elt);
                    b.emit(Opcode.YIELD_VALUE);
                    b.emit(Opcode.POP_TOP);
                }
            }
        }
        b.place(ifCleanup);
        b.jump(Opcode.JUMP, start);
        b.place(anchor);
    }
}

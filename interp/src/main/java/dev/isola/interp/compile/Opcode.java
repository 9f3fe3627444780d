package dev.isola.interp.compile;

import java.util.List;

/**
 * Isola's bytecode: the instruction set the {@link Compiler} emits and the eval loop runs. The
 * design is CPython 3.11's (a stack machine; calls with a NULL-or-self slot under the callable;
 * exception handling by table), in the compact shape of Lua's {@code lopcodes.h}.
 *
 * <h2>Encoding</h2>
 * One {@code int} per instruction: {@code op | arg << 8}. The opcode is the low 8 bits, the
 * argument the high 24 (unsigned, 0 … 16,777,215; there is no {@code EXTENDED_ARG}). Jump
 * arguments are absolute instruction indices. Instructions that take no argument have 0.
 *
 * <h2>Stack notation</h2>
 * {@code a b → c} pops {@code b} (the top) then {@code a} and pushes {@code c}. {@code NULL} is
 * the address 0, never an object. {@code L[i]} is local {@code i} ({@code Code.varnames});
 * {@code C[i]} is cell {@code i} of the frame: cell variables first ({@code Code.cellvars}),
 * then free variables ({@code Code.freevars}, taken from the function's closure). {@code K[i]}
 * is {@code Code.consts[i]}, {@code N[i]} is {@code Code.names[i]}.
 *
 * <h2>Frame entry</h2>
 * Before the first instruction the frame holds the bound arguments in {@code L[0…]}, a fresh
 * empty cell for every cell variable (holding the argument when {@code Code.cell2arg} says the
 * cell variable is an argument; that local is then cleared), and the closure's cells after them.
 * There is no {@code MAKE_CELL} or {@code COPY_FREE_VARS}.
 *
 * <h2>Exceptions</h2>
 * {@code Code.exceptionTable} holds entries {@code (start, end, target, depth, lasti)}: when an
 * instruction with index in {@code [start, end)} raises, the stack is popped down to
 * {@code depth} items, the index of the raising instruction is pushed (as an int object) if
 * {@code lasti} is 1, the exception object is pushed, and execution continues at
 * {@code target}. The first matching entry wins: the compiler lists inner ranges first. With no
 * entry the frame is popped and the exception propagates, gaining a traceback entry.
 * Nothing is executed to enter a {@code try}: raising is the only cost.
 *
 * <pre>
 * name                 arg          stack                       effect
 * -------------------- ------------ --------------------------- -------------------------------------------
 * NOP                  -            →
 * POP_TOP              -            a →
 * PUSH_NULL            -            → NULL
 * COPY                 n ≥ 1        a … → a … a                 push the n-th item (1 = top)
 * SWAP                 n ≥ 2        a … b → b … a               exchange top and n-th item
 * LOAD_CONST           i            → K[i]
 * LOAD_FAST            i            → L[i]                      UnboundLocalError if unset
 * STORE_FAST           i            v →                         L[i] := v
 * DELETE_FAST          i            →                           UnboundLocalError if unset
 * LOAD_DEREF           i            → C[i].contents             unset: UnboundLocalError (cellvar) or
 *                                                               NameError "free variable … referenced
 *                                                               before assignment in enclosing scope"
 * STORE_DEREF          i            v →                         C[i].contents := v
 * DELETE_DEREF         i            →
 * LOAD_CLOSURE         i            → C[i]                      the cell itself (for MAKE_FUNCTION)
 * LOAD_GLOBAL          i            → globals[N[i]] or builtins[N[i]], else NameError
 * STORE_GLOBAL         i            v →
 * DELETE_GLOBAL        i            →
 * LOAD_NAME            i            → locals, globals, then builtins  (module and class bodies)
 * STORE_NAME           i            v →                         into the frame's locals mapping
 * DELETE_NAME          i            →
 * LOAD_ATTR            i            o → o.N[i]
 * STORE_ATTR           i            v o →                       o.N[i] := v
 * DELETE_ATTR          i            o →
 * LOAD_METHOD          i            o → meth o | NULL o.N[i]   meth: an unbound function found on the type
 * CALL                 argc         f s a1…an → r               f NULL: call s(a1…an); else f(s, a1…an)
 * CALL_KW              argc         f s a1…an kwnames → r       as CALL; the last len(kwnames) of the argc
 *                                                               arguments are keyword arguments; kwnames
 *                                                               is a constant tuple of str
 * CALL_FUNCTION_EX     flags        NULL f args [kw] → r        args a tuple; kw (flags &amp; 1) a dict
 * BINARY_SUBSCR        -            o k → o[k]
 * STORE_SUBSCR         -            v o k →                     o[k] := v
 * DELETE_SUBSCR        -            o k →
 * BUILD_SLICE          2 or 3       a b [c] → slice(a, b[, c])
 * BINARY_OP            op           a b → a op b                op: NumberOp ordinal, + INPLACE for a op= b
 * UNARY_NEGATIVE       -            a → -a
 * UNARY_POSITIVE       -            a → +a
 * UNARY_INVERT         -            a → ~a
 * UNARY_NOT            -            a → not a
 * COMPARE_OP           op           a b → a op b                op: CompareOp ordinal
 * IS_OP                inv          a b → (a is b) != inv
 * CONTAINS_OP          inv          a b → (a in b) != inv
 * JUMP                 t            →                           pc := t (a backward jump is a check point)
 * POP_JUMP_IF_FALSE    t            v →                         if not v: pc := t
 * POP_JUMP_IF_TRUE     t            v →                         if v: pc := t
 * POP_JUMP_IF_NONE     t            v →                         if v is None: pc := t
 * POP_JUMP_IF_NOT_NONE t            v →                         if v is not None: pc := t
 * JUMP_IF_FALSE_OR_POP t            v → v | →                   if not v: pc := t, keep v; else pop
 * JUMP_IF_TRUE_OR_POP  t            v → v | →                   if v: pc := t, keep v; else pop
 * GET_ITER             -            o → iter(o)
 * FOR_ITER             t            it → it next(it)            exhausted: pop it, pc := t
 * BUILD_TUPLE          n            a1…an → (a1, …, an)
 * BUILD_LIST           n            a1…an → [a1, …, an]
 * BUILD_SET            n            a1…an → {a1, …, an}
 * BUILD_MAP            n            k1 v1 … kn vn → {k1: v1, …}
 * LIST_APPEND          i            … v →                       list at depth i (after popping v) .append(v)
 * SET_ADD              i            … v →                       likewise, set.add(v)
 * MAP_ADD              i            … k v →                     likewise, dict[k] = v
 * LIST_EXTEND          i            … it →                      list at depth i .extend(it)
 * SET_UPDATE           i            … it →                      set at depth i .update(it)
 * DICT_UPDATE          i            … m →                       dict at depth i .update(m); TypeError
 *                                                               "'X' object is not a mapping"
 * DICT_MERGE           i            … m →                       as DICT_UPDATE for f(**m): duplicate keys
 *                                                               raise "f() got multiple values for keyword
 *                                                               argument 'k'", f being at depth i + 2
 * LIST_TO_TUPLE        -            list → tuple
 * UNPACK_SEQUENCE      n            seq → an … a1               a1 on top; ValueError on a count mismatch
 * UNPACK_EX            a | b &lt;&lt; 8     seq → z … list … a1           a before the star, b after; a1 on top
 * FORMAT_VALUE         flags        v [spec] → str              flags &amp; 3: 0 none, 1 str, 2 repr, 3 ascii;
 *                                                               flags &amp; 4: a format spec is on top
 * BUILD_STRING         n            s1…sn → s1 + … + sn
 * MAKE_FUNCTION        flags        [defaults] [kwdefaults] [annotations] [closure] code → f
 *                                                               flags &amp; 1: tuple of defaults, &amp; 2: dict
 *                                                               of keyword-only defaults, &amp; 8: tuple of
 *                                                               cells; name and qualname come from code
 * RETURN_VALUE         -            v →                         return v from the frame
 * RAISE_VARARGS        0, 1, 2      [exc [cause]] →             0: re-raise the exception being handled
 *                                                               (RuntimeError "No active exception to
 *                                                               reraise" if none); 2: raise exc from cause
 * PUSH_EXC_INFO        -            exc → prev exc              make exc the handled exception
 *                                                               (sys.exc_info), save the previous one
 * POP_EXCEPT           -            prev →                      restore the handled exception
 * RERAISE              -            exc →                       raise exc again, keeping its traceback
 * CHECK_EXC_MATCH      -            exc type → exc bool         isinstance(exc, type), type a class or a
 *                                                               tuple; TypeError "catching classes that do
 *                                                               not inherit from BaseException is not
 *                                                               allowed" otherwise
 * LOAD_ASSERTION_ERROR -            → AssertionError
 * IMPORT_NAME          i            level fromlist → module     import N[i]
 * IMPORT_FROM          i            module → module module.N[i] ImportError "cannot import name …"
 * IMPORT_STAR          -            module →                    into the frame's locals mapping
 * PRINT_EXPR           -            v →                         REPL echo: if v is not None, print repr(v)
 *                                                               and bind builtins._
 * LOAD_BUILD_CLASS     -            → __build_class__
 * SETUP_ANNOTATIONS    -            →                           __annotations__ = {} if absent
 * GET_LEN              -            o → o len(o)
 * YIELD_VALUE          -            v → sent                    suspend the generator, yielding v; resume
 *                                                               with the value sent (None for next())
 * GET_YIELD_FROM_ITER  -            o → iter(o)                 a generator stays itself
 * SEND                 t            it v → it r | → value       r yielded by it.send(v) (next(it) when v is
 *                                                               None); it returned value: pc := t
 * BEFORE_WITH          -            mgr → exit res              exit: mgr.__exit__ bound; res: mgr.__enter__()
 * WITH_EXCEPT_START    -            exit prev exc → exit prev exc res
 *                                                               res = exit(type(exc), exc, exc.__traceback__)
 * </pre>
 *
 * <h2>Generators</h2>
 * Calling a function whose code has {@link Code#GENERATOR} makes a generator with the bound
 * frame and runs nothing; the frame runs on {@code next()}/{@code send()} until
 * {@code YIELD_VALUE} or {@code RETURN_VALUE}.
 *
 * <h2>Check points</h2>
 * The eval loop checks its breaker (switch requests, interrupts, limits) on backward
 * {@code JUMP}s and at frame entry, so a loop or a recursion always reaches one.
 */
public final class Opcode {
    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int COPY = 3;
    public static final int SWAP = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int DELETE_FAST = 8;
    public static final int LOAD_DEREF = 9;
    public static final int STORE_DEREF = 10;
    public static final int DELETE_DEREF = 11;
    public static final int LOAD_CLOSURE = 12;
    public static final int LOAD_GLOBAL = 13;
    public static final int STORE_GLOBAL = 14;
    public static final int DELETE_GLOBAL = 15;
    public static final int LOAD_NAME = 16;
    public static final int STORE_NAME = 17;
    public static final int DELETE_NAME = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    public static final int LOAD_METHOD = 22;
    public static final int CALL = 23;
    public static final int CALL_KW = 24;
    public static final int CALL_FUNCTION_EX = 25;
    public static final int BINARY_SUBSCR = 26;
    public static final int STORE_SUBSCR = 27;
    public static final int DELETE_SUBSCR = 28;
    public static final int BUILD_SLICE = 29;
    public static final int BINARY_OP = 30;
    public static final int UNARY_NEGATIVE = 31;
    public static final int UNARY_POSITIVE = 32;
    public static final int UNARY_INVERT = 33;
    public static final int UNARY_NOT = 34;
    public static final int COMPARE_OP = 35;
    public static final int IS_OP = 36;
    public static final int CONTAINS_OP = 37;
    public static final int JUMP = 38;
    public static final int POP_JUMP_IF_FALSE = 39;
    public static final int POP_JUMP_IF_TRUE = 40;
    public static final int POP_JUMP_IF_NONE = 41;
    public static final int POP_JUMP_IF_NOT_NONE = 42;
    public static final int JUMP_IF_FALSE_OR_POP = 43;
    public static final int JUMP_IF_TRUE_OR_POP = 44;
    public static final int GET_ITER = 45;
    public static final int FOR_ITER = 46;
    public static final int BUILD_TUPLE = 47;
    public static final int BUILD_LIST = 48;
    public static final int BUILD_SET = 49;
    public static final int BUILD_MAP = 50;
    public static final int LIST_APPEND = 51;
    public static final int SET_ADD = 52;
    public static final int MAP_ADD = 53;
    public static final int LIST_EXTEND = 54;
    public static final int SET_UPDATE = 55;
    public static final int DICT_UPDATE = 56;
    public static final int DICT_MERGE = 57;
    public static final int LIST_TO_TUPLE = 58;
    public static final int UNPACK_SEQUENCE = 59;
    public static final int UNPACK_EX = 60;
    public static final int FORMAT_VALUE = 61;
    public static final int BUILD_STRING = 62;
    public static final int MAKE_FUNCTION = 63;
    public static final int RETURN_VALUE = 64;
    public static final int RAISE_VARARGS = 65;
    public static final int PUSH_EXC_INFO = 66;
    public static final int POP_EXCEPT = 67;
    public static final int RERAISE = 68;
    public static final int CHECK_EXC_MATCH = 69;
    public static final int LOAD_ASSERTION_ERROR = 70;
    public static final int IMPORT_NAME = 71;
    public static final int IMPORT_FROM = 72;
    public static final int IMPORT_STAR = 73;
    public static final int PRINT_EXPR = 74;
    public static final int LOAD_BUILD_CLASS = 75;
    public static final int SETUP_ANNOTATIONS = 76;
    public static final int GET_LEN = 77;
    public static final int YIELD_VALUE = 78;
    public static final int GET_YIELD_FROM_ITER = 79;
    public static final int SEND = 80;
    public static final int BEFORE_WITH = 81;
    public static final int WITH_EXCEPT_START = 82;

    /** Added to a {@code NumberOp} ordinal in {@code BINARY_OP} for the in-place form. */
    public static final int INPLACE = 32;

    public static final int MAKE_FUNCTION_DEFAULTS = 1;
    public static final int MAKE_FUNCTION_KWDEFAULTS = 2;
    public static final int MAKE_FUNCTION_ANNOTATIONS = 4;
    public static final int MAKE_FUNCTION_CLOSURE = 8;

    public static final int FORMAT_CONVERSION_MASK = 3;
    public static final int FORMAT_STR = 1;
    public static final int FORMAT_REPR = 2;
    public static final int FORMAT_ASCII = 3;
    public static final int FORMAT_HAS_SPEC = 4;

    public static final int OP_MASK = 0xFF;
    public static final int ARG_SHIFT = 8;
    public static final int MAX_ARG = (1 << 24) - 1;

    private static final List<String> NAMES = List.of(
            "NOP", "POP_TOP", "PUSH_NULL", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
            "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL",
            "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
            "LOAD_METHOD", "CALL", "CALL_KW", "CALL_FUNCTION_EX", "BINARY_SUBSCR", "STORE_SUBSCR",
            "DELETE_SUBSCR", "BUILD_SLICE", "BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT",
            "UNARY_NOT", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
            "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER",
            "FOR_ITER", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LIST_APPEND", "SET_ADD", "MAP_ADD",
            "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE",
            "UNPACK_EX", "FORMAT_VALUE", "BUILD_STRING", "MAKE_FUNCTION", "RETURN_VALUE", "RAISE_VARARGS",
            "PUSH_EXC_INFO", "POP_EXCEPT", "RERAISE", "CHECK_EXC_MATCH", "LOAD_ASSERTION_ERROR", "IMPORT_NAME",
            "IMPORT_FROM", "IMPORT_STAR", "PRINT_EXPR", "LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS", "GET_LEN",
            "YIELD_VALUE", "GET_YIELD_FROM_ITER", "SEND", "BEFORE_WITH", "WITH_EXCEPT_START");

    private Opcode() {
    }

    public static int count() {
        return NAMES.size();
    }

    public static String name(int op) {
        return op >= 0 && op < NAMES.size() ? NAMES.get(op) : "<" + op + ">";
    }

    public static int encode(int op, int arg) {
        if (arg < 0 || arg > MAX_ARG) {
            throw new IllegalArgumentException("instruction argument out of range: op=" + name(op) + " arg=" + arg);
        }
        return op | arg << ARG_SHIFT;
    }

    public static int op(int word) {
        return word & OP_MASK;
    }

    public static int arg(int word) {
        return word >>> ARG_SHIFT;
    }

    public static boolean isJump(int op) {
        return op == JUMP || op == FOR_ITER || op == SEND || (op >= POP_JUMP_IF_FALSE && op <= JUMP_IF_TRUE_OR_POP);
    }

    /**
     * Net stack effect of an instruction; {@code jump} selects the effect when a conditional
     * jump is taken. Used by the compiler to size the value stack.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, JUMP, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, GET_ITER, LIST_TO_TUPLE,
                    SETUP_ANNOTATIONS, YIELD_VALUE, GET_YIELD_FROM_ITER -> 0;
            case BEFORE_WITH, WITH_EXCEPT_START -> 1;
            case SEND -> jump ? -1 : 0;
            case SWAP -> 0;
            case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_SUBSCR, BINARY_OP,
                    COMPARE_OP, IS_OP, CONTAINS_OP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                    POP_JUMP_IF_NOT_NONE, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
                    RETURN_VALUE, POP_EXCEPT, RERAISE, IMPORT_NAME, IMPORT_STAR, PRINT_EXPR -> -1;
            case PUSH_NULL, COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
                    LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, PUSH_EXC_INFO, IMPORT_FROM, GET_LEN -> 1;
            case DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, LOAD_ATTR, CHECK_EXC_MATCH -> 0;
            case LOAD_METHOD -> 1;
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD -> -2;
            case STORE_SUBSCR -> -3;
            case CALL -> -arg - 1;
            case CALL_KW -> -arg - 2;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case BUILD_SLICE -> 1 - arg;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >>> 8);
            case FORMAT_VALUE -> (arg & FORMAT_HAS_SPEC) != 0 ? -1 : 0;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & (MAKE_FUNCTION_DEFAULTS | MAKE_FUNCTION_KWDEFAULTS
                    | MAKE_FUNCTION_ANNOTATIONS | MAKE_FUNCTION_CLOSURE));
            case RAISE_VARARGS -> -arg;
            default -> throw new IllegalArgumentException("unknown opcode " + op);
        };
    }
}

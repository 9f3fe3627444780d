package dev.isola.objects;

/**
 * The binary number operations of a type's number slots, with their symbols and dunder names
 * (for messages like {@code unsupported operand type(s) for +: 'int' and 'str'}).
 */
public enum NumberOp {
    ADD("+", "__add__"), SUBTRACT("-", "__sub__"), MULTIPLY("*", "__mul__"), REMAINDER("%", "__mod__"),
    DIVMOD("divmod()", "__divmod__"), POWER("** or pow()", "__pow__"), LSHIFT("<<", "__lshift__"),
    RSHIFT(">>", "__rshift__"), AND("&", "__and__"), XOR("^", "__xor__"), OR("|", "__or__"),
    FLOOR_DIVIDE("//", "__floordiv__"), TRUE_DIVIDE("/", "__truediv__"), MATRIX_MULTIPLY("@", "__matmul__");

    private final String symbol;
    private final String dunder;

    NumberOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public String symbol() {
        return symbol;
    }

    public String dunder() {
        return dunder;
    }
}
